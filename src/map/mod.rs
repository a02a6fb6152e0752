//! The map of Tunisia, drawn at build time as inline SVG from public-domain
//! boundaries (data/tunisia/, Natural Earth admin-1, simplified): no tile
//! server, no script, works offline and from `file://`.
//!
//! Greater Tunis is dense, so its members are drawn in an inset placed in
//! the sea to the east; there each marker is a link, and in the main map
//! they are plain dots under the inset's frame. The map is never mirrored:
//! geography does not flip in right-to-left pages.
//!
//! The directory's map is drawn twice over the same land, at two scales
//! (`markers::NARROW`, `markers::WIDE`), and the stylesheet shows the
//! one that fits the screen: markers are sized in SVG units, so only a
//! layout made for the scale it is seen at gives 24 px targets that do
//! not overlap.

mod labels;
mod land;
mod layout;
mod markers;

use crate::geo::{bounds, Bounds};
pub use land::{land, Land};
use std::fmt::Write;

/// Main map: width of Tunisia in SVG units.
const WIDTH: f64 = 300.0;
/// Space to the east for the inset.
const INSET_X: f64 = 318.0;
const INSET_W: f64 = 150.0;
const INSET_Y: f64 = 24.0;
/// Greater Tunis, in degrees. A taller inset would hold more names, but
/// would take the sea beside Sousse and Monastir where theirs go.
const TUNIS_BOX: Bounds = Bounds {
    lon_min: 9.92,
    lon_max: 10.42,
    lat_min: 36.66,
    lat_max: 37.0,
};

/// Equirectangular, scaled by the cosine of the middle latitude so that
/// Tunisia keeps its shape; x grows east, y grows south.
#[derive(Clone, Copy)]
struct Projection {
    b: Bounds,
    k: f64,
    cos: f64,
    dx: f64,
    dy: f64,
}

impl Projection {
    fn fit(b: Bounds, width: f64, dx: f64, dy: f64) -> Projection {
        let cos = ((b.lat_min + b.lat_max) / 2.0).to_radians().cos();
        Projection {
            b,
            k: width / ((b.lon_max - b.lon_min) * cos),
            cos,
            dx,
            dy,
        }
    }

    fn height(&self) -> f64 {
        (self.b.lat_max - self.b.lat_min) * self.k
    }

    fn xy(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            self.dx + (lon - self.b.lon_min) * self.cos * self.k,
            self.dy + (self.b.lat_max - lat) * self.k,
        )
    }
}

/// The main map, the inset, and the drawing's width and height.
struct Frame {
    main: Projection,
    inset: Projection,
    inset_h: f64,
    width: f64,
    height: f64,
}

fn frame() -> Frame {
    let main = Projection::fit(bounds(), WIDTH, 4.0, 4.0);
    let inset = Projection::fit(TUNIS_BOX, INSET_W, INSET_X, INSET_Y);
    Frame {
        main,
        inset,
        inset_h: inset.height(),
        width: INSET_X + INSET_W + 4.0,
        height: main.height() + 8.0,
    }
}

/// A marker on the map.
pub struct Marker<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    /// Where the marker leads (the directory: the member's card).
    pub url: &'a str,
    /// Governorate key: clusters are made of one governorate's members.
    pub governorate: &'a str,
    pub lat: f64,
    pub lon: f64,
}

/// Texts in the reader's language.
pub struct Labels<'a> {
    /// Accessible name of the whole map.
    pub title: &'a str,
    pub greater_tunis: &'a str,
    /// Governorate key → name.
    pub governorate: &'a dyn Fn(&str) -> String,
    /// Accessible name of a cluster: governorate name (empty when it
    /// holds several) and number of members.
    pub cluster: &'a dyn Fn(&str, usize) -> String,
    pub dir: &'a str,
}

/// What the map is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The directory: markers are links to the cards, clustered and
    /// sized for the screen, governorates named.
    Directory,
    /// One member's page: its marker, its governorate outlined and named.
    Locator,
    /// A small picture (the home page): plain dots.
    Picture,
}

pub struct Options {
    pub kind: Kind,
    /// Decimals kept in coordinates: 1 for the directory, 0 for locators.
    pub precision: usize,
    /// Governorate key → number of members, for the choropleth.
    pub counts: Vec<(String, usize)>,
    /// Where a cluster leads: given its governorate, or `None` when it
    /// holds several.
    pub cluster_url: fn(Option<&str>) -> String,
}

pub fn svg(markers: &[Marker<'_>], labels: &Labels<'_>, options: &Options) -> String {
    svg_on(&land(labels, options), markers, labels, options)
}

/// The map with `markers` on an already drawn `land` (from `land` with
/// the same labels and options).
pub fn svg_on(
    land: &Land,
    markers: &[Marker<'_>],
    labels: &Labels<'_>,
    options: &Options,
) -> String {
    let f = frame();
    let mut s = String::with_capacity(land.len() + 1000 + 800 * markers.len());
    let _ = write!(
        s,
        "<svg class=\"map\" viewBox=\"0 0 {:.0} {:.0}\" role=\"group\" aria-label=\"{}\" direction=\"ltr\" xmlns=\"http://www.w3.org/2000/svg\">",
        f.width,
        f.height,
        esc(labels.title)
    );
    s.push_str(land.as_str());
    // Members of Greater Tunis: a dot where they are on the main map,
    // their marker in the inset.
    let points: Vec<layout::Point<'_>> = markers
        .iter()
        .map(|m| {
            let in_tunis = TUNIS_BOX.contains(m.lat, m.lon);
            if in_tunis {
                let (x, y) = f.main.xy(m.lon, m.lat);
                let _ = write!(s, "<circle class=\"map-dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2\" aria-hidden=\"true\"/>");
            }
            let (x, y) = if in_tunis {
                f.inset.xy(m.lon, m.lat)
            } else {
                f.main.xy(m.lon, m.lat)
            };
            layout::Point {
                x,
                y,
                panel: usize::from(in_tunis),
                group: m.governorate,
            }
        })
        .collect();
    let ctx = markers::Context {
        frame: &f,
        markers,
        points: &points,
        labels,
        options,
    };
    match options.kind {
        Kind::Directory => {
            markers::tier(&mut s, &ctx, &markers::NARROW);
            markers::tier(&mut s, &ctx, &markers::WIDE);
        }
        Kind::Locator => markers::locator(&mut s, &ctx),
        Kind::Picture => markers::dots(&mut s, &ctx),
    }
    s.push_str("</svg>");
    s
}

pub(crate) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests;
