//! The markers and names drawn over the land: the directory's, at two
//! scales; a member's locator; the home page's plain dots.

use super::labels::{self, Area, Room, Wanted};
use super::land::draw_path;
use super::layout::{self, Placed, Point, Rect};
use super::{esc, Frame, Kind, Labels, Marker, Options, INSET_W, INSET_X, INSET_Y, TUNIS_BOX};
use crate::geo::shape_of;
use std::fmt::Write;

/// One scale the directory's map is drawn for. Sizes are in SVG units;
/// the stylesheet shows each tier only at screen widths where the map is
/// drawn at least `min_px` CSS px wide.
pub struct Tier {
    /// The class the stylesheet's media queries show or hide.
    pub class: &'static str,
    /// Diameter of a marker's target: 24 CSS px at the smallest scale.
    pub target: f64,
    /// Radius of the visible dot of one member.
    pub pin: f64,
    /// Names' font size: 11 CSS px or more at the smallest scale.
    pub font: f64,
}

/// Phones from 320 px: the map is at least 288 px wide (the page keeps a
/// 1rem margin each side), 0.61 px per unit: 40 units are 24.4 px and 19
/// units of text 11.6 px.
pub const NARROW: Tier = Tier {
    class: "map-tier-narrow",
    target: 40.0,
    pin: 7.0,
    font: 19.0,
};

/// From 480 px the stylesheet keeps the map at least 448 px wide, 0.95 px
/// per unit: 26 units are 24.7 px and 12 units of text 11.4 px.
pub const WIDE: Tier = Tier {
    class: "map-tier-wide",
    target: 26.0,
    pin: 6.0,
    font: 12.0,
};

/// A locator is at least 288 px wide on a 320 px phone, like NARROW.
const LOCATOR_FONT: f64 = 19.0;

/// Everything a drawing of markers reads.
pub struct Context<'a> {
    pub frame: &'a Frame,
    pub markers: &'a [Marker<'a>],
    /// The markers' positions, in the same order.
    pub points: &'a [Point<'a>],
    pub labels: &'a Labels<'a>,
    pub options: &'a Options,
}

impl Context<'_> {
    /// Where markers stay: the main map (not over the inset), the inset.
    fn panels(&self) -> [Rect; 2] {
        let f = self.frame;
        [
            [0.0, 0.0, INSET_X - 4.0, f.height],
            [INSET_X, INSET_Y, INSET_X + INSET_W, INSET_Y + f.inset_h],
        ]
    }

    /// Where names go: anywhere on the main map but over the inset, its
    /// title and its frame; in or below the inset for its own.
    fn areas(&self) -> [Area; 2] {
        let f = self.frame;
        let inset = [INSET_X, INSET_Y, INSET_X + INSET_W, INSET_Y + f.inset_h];
        let (x0, y0) = f.main.xy(TUNIS_BOX.lon_min, TUNIS_BOX.lat_max);
        let (x1, y1) = f.main.xy(TUNIS_BOX.lon_max, TUNIS_BOX.lat_min);
        [
            Area {
                within: [0.0, 0.0, f.width, f.height],
                keep_clear: vec![
                    [INSET_X - 2.0, 0.0, f.width, inset[3] + 2.0],
                    [x0 - 1.0, y0 - 1.0, x1 + 1.0, y1 + 1.0],
                ],
                edges: vec![],
            },
            // Or in the sea below it, where a leader says whose it is.
            Area {
                within: [INSET_X, INSET_Y, INSET_X + INSET_W, f.height],
                keep_clear: vec![],
                edges: vec![[INSET_X, inset[3] - 0.5, INSET_X + INSET_W, inset[3] + 0.5]],
            },
        ]
    }
}

/// The directory's markers and names at one scale.
pub fn tier(s: &mut String, ctx: &Context<'_>, tier: &Tier) {
    let placed = layout::layout(ctx.points, tier.target, &ctx.panels());
    debug_assert!(layout::overlaps(&placed, tier.target).is_none());
    let _ = write!(s, "<g class=\"map-tier {}\">", tier.class);
    leaders(s, &placed);
    let discs: Vec<(f64, f64, f64)> = placed
        .iter()
        .map(|p| (p.x, p.y, tier.target / 2.0))
        .collect();
    names(
        s,
        ctx,
        &governorates(ctx, &placed),
        &discs,
        tier.pin,
        tier.font,
    );
    s.push_str("<g class=\"map-markers\">");
    for p in &placed {
        link(s, ctx, p, tier);
    }
    s.push_str("</g></g>");
}

/// A member's page: its marker, its governorate outlined and named.
pub fn locator(s: &mut String, ctx: &Context<'_>) {
    let Some((m, p)) = ctx.markers.iter().zip(ctx.points).next() else {
        return;
    };
    if let Some(shape) = shape_of(m.governorate) {
        draw_path(
            s,
            shape,
            &ctx.frame.main,
            ctx.options.precision,
            "map-current-gov",
            None,
        );
    }
    let wanted = [Wanted {
        text: (ctx.labels.governorate)(m.governorate),
        panel: p.panel,
        near: vec![(p.x, p.y)],
    }];
    names(s, ctx, &wanted, &[(p.x, p.y, 8.0)], 6.0, LOCATOR_FONT);
    let _ = write!(s, "<circle class=\"map-marker is-current\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"6\" aria-hidden=\"true\"/>", p.x, p.y);
}

/// The home page's picture: a dot per member, nothing to click.
pub fn dots(s: &mut String, ctx: &Context<'_>) {
    debug_assert_eq!(ctx.options.kind, Kind::Picture);
    for p in ctx.points {
        let _ = write!(
            s,
            "<circle class=\"map-marker\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"6\" aria-hidden=\"true\"/>",
            p.x, p.y
        );
    }
}

/// From each marker moved off its members, a line back to where they
/// are (their mean, for a cluster) and a dot there.
fn leaders(s: &mut String, placed: &[Placed<'_>]) {
    s.push_str("<g class=\"map-leaders\" aria-hidden=\"true\">");
    for p in placed.iter().filter(|p| p.moved()) {
        let (ax, ay) = p.anchor;
        let _ = write!(
            s,
            "<line x1=\"{ax:.1}\" y1=\"{ay:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/><circle cx=\"{ax:.1}\" cy=\"{ay:.1}\" r=\"1.8\"/>",
            p.x, p.y
        );
    }
    s.push_str("</g>");
}

/// One name per governorate that has a marker, beside its first marker
/// that leaves room; governorates with more members are named first.
fn governorates(ctx: &Context<'_>, placed: &[Placed<'_>]) -> Vec<Wanted> {
    let mut keys: Vec<(&str, usize, usize)> = Vec::new();
    for p in placed {
        for &i in &p.members {
            let key = ctx.points[i].group;
            match keys.iter_mut().find(|(k, _, _)| *k == key) {
                Some(entry) => entry.1 += 1,
                None => keys.push((key, 1, p.panel)),
            }
        }
    }
    keys.sort_by_key(|k| std::cmp::Reverse(k.1));
    keys.into_iter()
        .map(|(key, _, panel)| Wanted {
            text: (ctx.labels.governorate)(key),
            panel,
            near: placed
                .iter()
                .filter(|p| p.members.iter().any(|&i| ctx.points[i].group == key))
                .map(|p| (p.x, p.y))
                .collect(),
        })
        .collect()
}

/// Places the names and writes those that fit.
fn names(
    s: &mut String,
    ctx: &Context<'_>,
    wanted: &[Wanted],
    discs: &[(f64, f64, f64)],
    pin: f64,
    font: f64,
) {
    let room = Room {
        areas: &ctx.areas(),
        discs,
        pin,
    };
    s.push_str("<g class=\"map-names\" aria-hidden=\"true\">");
    for (w, l) in wanted.iter().zip(labels::place(wanted, font, &room)) {
        let Some(l) = l else { continue };
        if let Some([x1, y1, x2, y2]) = l.leader {
            let _ = write!(
                s,
                "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\"/>"
            );
        }
        // The baseline a third of the font below the box's middle centres
        // the letters of both scripts closely enough.
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{font}\" text-anchor=\"middle\" direction=\"{}\">{}</text>",
            l.x,
            l.y + font * 0.35,
            ctx.labels.dir,
            esc(&w.text)
        );
    }
    s.push_str("</g>");
}

/// A marker of the directory: a link to one member's card, or to the
/// governorate's section for a cluster, with a target of `tier.target`.
fn link(s: &mut String, ctx: &Context<'_>, p: &Placed<'_>, tier: &Tier) {
    let slugs: Vec<&str> = p.members.iter().map(|&i| ctx.markers[i].slug).collect();
    let (x, y, hit) = (p.x, p.y, tier.target / 2.0);
    if let [i] = p.members[..] {
        let m = &ctx.markers[i];
        let _ = write!(
            s,
            "<a class=\"map-marker\" href=\"{}\" data-member=\"{}\" data-members=\"{}\" aria-label=\"{}\"><title>{}</title><circle class=\"map-hit\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{hit}\"/><circle class=\"map-pin\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{}\"/></a>",
            esc(m.url),
            esc(m.slug),
            esc(m.slug),
            esc(m.name),
            esc(m.name),
            tier.pin
        );
        return;
    }
    let n = p.members.len();
    let name = p
        .group
        .map(|g| (ctx.labels.governorate)(g))
        .unwrap_or_default();
    let label = (ctx.labels.cluster)(&name, n);
    // The count fits in a disc that stays within the target.
    let digits = n.to_string().len() as f64;
    let r = (tier.pin + 4.0)
        .max(digits * tier.font * 0.3 + 3.0)
        .min(hit);
    let font = tier.font.min((2.0 * r - 4.0) / (digits * 0.62));
    let _ = write!(
        s,
        "<a class=\"map-marker map-cluster\" href=\"{}\" data-members=\"{}\" aria-label=\"{}\"><title>{}</title><circle class=\"map-hit\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{hit}\"/><circle class=\"map-pin\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\"/><text class=\"map-count\" x=\"{x:.1}\" y=\"{:.1}\" font-size=\"{font:.1}\" text-anchor=\"middle\">{n}</text></a>",
        esc(&(ctx.options.cluster_url)(p.group)),
        slugs.join(" "),
        esc(&label),
        esc(&label),
        y + font * 0.35
    );
}
