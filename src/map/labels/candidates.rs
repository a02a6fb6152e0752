//! The places a name may take around its marker, nearest first; `place`
//! keeps those that cover nothing and are plainly the marker's.

use super::{Label, Rect};

/// A marker, and the size of the name to set beside it.
#[derive(Clone, Copy)]
pub(super) struct Spot {
    /// The marker's centre.
    pub mx: f64,
    pub my: f64,
    /// Radius of its target.
    pub r: f64,
    /// Radius of its visible dot, where leaders start.
    pub pin: f64,
    /// The name's box.
    pub w: f64,
    pub h: f64,
}

/// Space between a marker and a name beside it.
const GAP: f64 = 1.5;

impl Spot {
    /// From the marker's centre to the centre of a name beside it.
    fn side(&self) -> f64 {
        self.r + GAP + self.w / 2.0
    }

    /// From the marker's centre to the centre of a name above or below it.
    fn up(&self) -> f64 {
        self.r + GAP + self.h / 2.0
    }

    fn label(&self, x: f64, y: f64, leader: Option<[f64; 4]>) -> Label {
        Label {
            x,
            y,
            w: self.w,
            h: self.h,
            leader,
        }
    }
}

/// Around a marker, nearest first: beside it, then set away with a
/// leader where the map leaves room (the sea); a name sticking out of
/// `area` slides back in.
pub(super) fn candidates(spot: Spot, area: Rect) -> Vec<Label> {
    let mut out = beside(spot);
    out.extend(set_away(spot));
    let shifted = slid_in(&out, spot.w, area);
    out.extend(shifted);
    // Leaders end at the name's nearest point.
    for l in &mut out {
        let r = l.rect();
        if let Some(line) = &mut l.leader {
            line[2] = line[0].clamp(r[0], r[2]);
            line[3] = line[1].clamp(r[1], r[3]);
        }
    }
    out
}

/// Right, left, below, above, the corners, a little higher or lower.
fn beside(spot: Spot) -> Vec<Label> {
    let Spot {
        mx, my, r, w, h, ..
    } = spot;
    let (side, up) = (spot.side(), spot.up());
    let (dside, dup) = (r * 0.7 + GAP + w / 2.0, r * 0.7 + GAP + h / 2.0);
    let mut offsets = vec![
        (side, 0.0),
        (-side, 0.0),
        (0.0, up),
        (0.0, -up),
        (dside, dup),
        (-dside, dup),
        (dside, -dup),
        (-dside, -dup),
    ];
    for shift in [h * 0.6, -h * 0.6] {
        offsets.push((side, shift));
        offsets.push((-side, shift));
    }
    for shift in [w / 3.0, -w / 3.0] {
        offsets.push((shift, up));
        offsets.push((shift, -up));
    }
    offsets
        .into_iter()
        .map(|(dx, dy)| spot.label(mx + dx, my + dy, None))
        .collect()
}

/// Set away, not far: sideways, slanting, straight down or up, a
/// row-height at a time, with a leader from the marker's edge (its end
/// set once the name is in place).
fn set_away(spot: Spot) -> Vec<Label> {
    let Spot { mx, my, pin, h, .. } = spot;
    let (side, up) = (spot.side(), spot.up());
    let mut out = Vec::new();
    for k in 1..=4 {
        let k = f64::from(k);
        for (sx, sy) in [
            (1.0, 0.0),
            (-1.0, 0.0),
            (1.0, 1.0),
            (-1.0, 1.0),
            (1.0, -1.0),
            (-1.0, -1.0),
            (0.0, 1.0),
            (0.0, -1.0),
        ] {
            let x = if sx == 0.0 {
                mx
            } else {
                mx + sx * (side + k * h * 0.8)
            };
            let y = if sx == 0.0 {
                my + sy * (up + k * h * 0.8)
            } else {
                my + sy * k * h * 0.8
            };
            let len = f64::hypot(sx, sy);
            let leader = [mx + sx / len * pin, my + sy / len * pin, 0.0, 0.0];
            out.push(spot.label(x, y, Some(leader)));
        }
    }
    out
}

/// Each name of `labels` that would stick out of `area` sideways, moved
/// back in.
fn slid_in(labels: &[Label], w: f64, area: Rect) -> Vec<Label> {
    labels
        .iter()
        .filter_map(|l| {
            let x = l.x.clamp(
                area[0] + w / 2.0,
                (area[2] - w / 2.0).max(area[0] + w / 2.0),
            );
            (x != l.x).then(|| Label { x, ..l.clone() })
        })
        .collect()
}
