//! The country under the markers: governorates shaded by their number of
//! members (a choropleth), the Greater Tunis inset and its frame.

use super::{esc, frame, Labels, Options, Projection, INSET_W, INSET_X, INSET_Y, TUNIS_BOX};
use crate::geo::{shapes, touches, Shape};
use std::fmt::Write;

/// The country drawn for one language and set of options, without the
/// markers: the same under every member's locator map, so drawn once.
#[derive(Debug, Clone, Default)]
pub struct Land(String);

impl Land {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

pub fn land(labels: &Labels<'_>, options: &Options) -> Land {
    let f = frame();
    let (main, inset, inset_h) = (f.main, f.inset, f.inset_h);
    let p = options.precision;
    let mut s = String::with_capacity(24_000);
    let _ = write!(s, "<defs><clipPath id=\"inset-clip\"><rect x=\"{INSET_X}\" y=\"{INSET_Y}\" width=\"{INSET_W}\" height=\"{inset_h:.0}\"/></clipPath></defs>");
    s.push_str("<g class=\"map-land\">");
    for shape in shapes() {
        let names: Vec<String> = shape
            .covers
            .iter()
            .map(|k| (labels.governorate)(k))
            .collect();
        let class = class_of(shape, options);
        draw_path(&mut s, shape, &main, p, &class, Some(&names.join(" / ")));
    }
    s.push_str("</g>");
    // The inset's frame on the main map, and the inset itself.
    let (x0, y0) = main.xy(TUNIS_BOX.lon_min, TUNIS_BOX.lat_max);
    let (x1, y1) = main.xy(TUNIS_BOX.lon_max, TUNIS_BOX.lat_min);
    let _ = write!(s, "<rect class=\"map-inset-frame\" x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>", x1 - x0, y1 - y0);
    let _ = write!(
        s,
        "<line class=\"map-inset-line\" x1=\"{x1:.1}\" y1=\"{y0:.1}\" x2=\"{INSET_X}\" y2=\"{INSET_Y}\"/>"
    );
    let _ = write!(
        s,
        "<text class=\"map-inset-label\" x=\"{:.0}\" y=\"17\" text-anchor=\"middle\" direction=\"{}\">{}</text>",
        INSET_X + INSET_W / 2.0,
        labels.dir,
        esc(labels.greater_tunis)
    );
    let _ = write!(s, "<rect class=\"map-inset\" x=\"{INSET_X}\" y=\"{INSET_Y}\" width=\"{INSET_W}\" height=\"{inset_h:.0}\"/>");
    s.push_str("<g class=\"map-land\" clip-path=\"url(#inset-clip)\" aria-hidden=\"true\">");
    for shape in shapes().iter().filter(|sh| touches(sh, TUNIS_BOX)) {
        draw_path(
            &mut s,
            shape,
            &inset,
            p.max(1),
            &class_of(shape, options),
            None,
        );
    }
    s.push_str("</g>");
    Land(s)
}

fn class_of(shape: &Shape, options: &Options) -> String {
    let n: usize = options
        .counts
        .iter()
        .filter(|(k, _)| shape.covers.contains(k))
        .map(|(_, n)| n)
        .sum();
    format!("gov fill-{}", n.min(3))
}

/// One governorate's outline as a path; with a `title`, a tooltip.
pub(super) fn draw_path(
    s: &mut String,
    shape: &Shape,
    proj: &Projection,
    p: usize,
    class: &str,
    title: Option<&str>,
) {
    let _ = write!(
        s,
        "<path class=\"{class}\" data-gov=\"{}\" d=\"",
        shape.covers.join(" ")
    );
    for ring in shape.polygons.iter().flatten() {
        for (i, [lon, lat]) in ring.iter().enumerate() {
            let (x, y) = proj.xy(*lon, *lat);
            let _ = write!(s, "{}{x:.p$} {y:.p$}", if i == 0 { "M" } else { " " });
        }
        s.push('Z');
    }
    s.push('"');
    match title {
        Some(t) => {
            let _ = write!(s, "><title>{}</title></path>", esc(t));
        }
        None => s.push_str("/>"),
    }
}
