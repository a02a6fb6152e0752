//! Names on the map: each governorate that has members is named beside
//! one of its markers, where the name covers no marker and no other name
//! (touch screens never show `<title>` tooltips). A name that fits
//! nowhere is left out rather than drawn over another; the markers keep
//! their accessible names and the directory lists every member.

use super::layout::Rect;
use candidates::{candidates, Spot};

mod candidates;

/// A name to place, near any of `near` (marker centres).
pub struct Wanted {
    pub text: String,
    pub panel: usize,
    pub near: Vec<(f64, f64)>,
}

/// A placed name: the centre of its box and the box; with a leader, the
/// line from its marker's edge to the box, for a name set a little away.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub leader: Option<[f64; 4]>,
}

impl Label {
    /// The leader as a row of small boxes, kept clear like the name.
    fn corridor(&self) -> Vec<Rect> {
        let Some([x1, y1, x2, y2]) = self.leader else {
            return Vec::new();
        };
        let n = ((x2 - x1).hypot(y2 - y1) / 3.0).ceil().max(1.0) as usize;
        (0..=n)
            .map(|i| {
                let t = i as f64 / n as f64;
                let (x, y) = (x1 + (x2 - x1) * t, y1 + (y2 - y1) * t);
                [x - 1.0, y - 1.0, x + 1.0, y + 1.0]
            })
            .collect()
    }

    fn rect(&self) -> Rect {
        [
            self.x - self.w / 2.0,
            self.y - self.h / 2.0,
            self.x + self.w / 2.0,
            self.y + self.h / 2.0,
        ]
    }
}

/// Where one panel's names may go.
pub struct Area {
    pub within: Rect,
    /// What they and their leaders must leave visible (on the main map:
    /// the inset).
    pub keep_clear: Vec<Rect>,
    /// Lines a name must not straddle, though a leader may cross them
    /// (the inset's lower edge: its names are inside or below it).
    pub edges: Vec<Rect>,
}

/// Where names may go and what they must leave visible.
pub struct Room<'a> {
    /// Per panel.
    pub areas: &'a [Area],
    /// Markers' targets: centre and radius.
    pub discs: &'a [(f64, f64, f64)],
    /// Radius of the visible dot, where leaders start.
    pub pin: f64,
}

/// Width of `text` at `font` SVG units, a little generous: measured in
/// Chromium on the theme's bold names (IBM Plex Sans Arabic; system-ui,
/// DejaVu Sans Bold here, one of the widest), and a name a little too
/// wide only keeps more space free.
pub fn text_width(text: &str, font: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' | '\u{a0}' | '\u{202f}' => 0.35,
            '\'' | '’' | '-' | '.' | 'i' | 'j' | 'l' | 'I' | 't' | 'f' => 0.42,
            'm' | 'w' | 'M' | 'W' => 1.05,
            'A'..='Z' => 0.8,
            // Arabic: marks take no width; the letters differ widely.
            '\u{064b}'..='\u{065f}' | '\u{0670}' => 0.0,
            'ا' | 'أ' | 'إ' | 'آ' | 'ر' | 'ز' | 'و' | 'د' | 'ذ' | 'ء' => 0.4,
            'س' | 'ش' | 'ص' | 'ض' => 0.9,
            '\u{0600}'..='\u{06ff}' => 0.62,
            _ => 0.68,
        })
        .sum();
    em * font + font * 0.4
}

/// Places the wanted names; `None` for one that fits nowhere. Names with
/// the fewest places free of markers go first, so that a name squeezed
/// between markers is not crowded out by one that could go elsewhere.
pub fn place(wanted: &[Wanted], font: f64, room: &Room<'_>) -> Vec<Option<Label>> {
    let h = font * 1.25;
    let options: Vec<Vec<Label>> = wanted
        .iter()
        .map(|want| {
            let Some(area) = room.areas.get(want.panel) else {
                return Vec::new();
            };
            let w = text_width(&want.text, font);
            let near = want.near.iter().map(|&(mx, my)| {
                let spot = Spot {
                    mx,
                    my,
                    r: own_radius((mx, my), room.discs),
                    pin: room.pin,
                    w,
                    h,
                };
                candidates(spot, area.within)
                    .into_iter()
                    .filter(move |l| fits(l, &spot, area, room))
            });
            // Every place beside a marker before any set away.
            let (mut beside, away): (Vec<Label>, Vec<Label>) =
                near.flatten().partition(|l| l.leader.is_none());
            beside.extend(away);
            beside
        })
        .collect();
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by_key(|&i| options[i].iter().filter(|l| l.leader.is_none()).count());
    let mut out: Vec<Option<Label>> = vec![None; wanted.len()];
    let mut taken: Vec<Rect> = Vec::new();
    for i in order {
        let free = |l: &&Label| {
            let mut parts = l.corridor();
            parts.push(l.rect());
            !parts.iter().any(|r| taken.iter().any(|t| crosses(*r, *t)))
        };
        if let Some(l) = options[i].iter().find(free) {
            taken.push(l.rect());
            taken.extend(l.corridor());
            out[i] = Some(l.clone());
        }
    }
    out
}

/// Whether a name may go at `l`: inside its area, over no marker, name
/// or edge it must leave visible, and plainly the name of the marker at
/// `spot`.
fn fits(l: &Label, spot: &Spot, area: &Area, room: &Room<'_>) -> bool {
    let (mx, my, r) = (spot.mx, spot.my, spot.r);
    let rect = l.rect();
    let clear = |r: Rect| {
        !area.keep_clear.iter().any(|k| crosses(r, *k))
            && !room
                .discs
                .iter()
                .any(|&d| (d.0, d.1) != (mx, my) && rect_meets_disc(r, d))
    };
    inside(rect, area.within)
        && clear(rect)
        && !area.edges.iter().any(|e| crosses(rect, *e))
        && !rect_meets_disc(rect, (mx, my, r))
        && if l.leader.is_some() {
            // Set away, a leader says whose it is.
            l.corridor().into_iter().all(clear)
        } else {
            nearest_is(rect, (mx, my), room.discs)
        }
}

/// Whether the marker at `own` is the one nearest to the name, so that
/// the reader pairs them.
fn nearest_is(r: Rect, own: (f64, f64), discs: &[(f64, f64, f64)]) -> bool {
    let gap = |(cx, cy): (f64, f64)| (cx.clamp(r[0], r[2]) - cx).hypot(cy.clamp(r[1], r[3]) - cy);
    let mine = gap(own);
    discs
        .iter()
        .filter(|d| (d.0, d.1) != own)
        .all(|d| gap((d.0, d.1)) - d.2 > mine - own_radius(own, discs))
}

fn own_radius(own: (f64, f64), discs: &[(f64, f64, f64)]) -> f64 {
    discs
        .iter()
        .find(|d| (d.0, d.1) == own)
        .map_or(0.0, |d| d.2)
}

fn inside(a: Rect, b: Rect) -> bool {
    a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3]
}

fn crosses(a: Rect, b: Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn rect_meets_disc(r: Rect, (cx, cy, radius): (f64, f64, f64)) -> bool {
    let nx = cx.clamp(r[0], r[2]);
    let ny = cy.clamp(r[1], r[3]);
    (nx - cx).hypot(ny - cy) < radius
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(within: Rect) -> [Area; 1] {
        [Area {
            within,
            keep_clear: vec![],
            edges: vec![],
        }]
    }

    #[test]
    fn names_take_room_by_their_length_and_script() {
        assert!(text_width("Sidi Bouzid", 12.0) > text_width("Sfax", 12.0) * 2.0);
        assert!(text_width("صفاقس", 12.0) > 12.0 * 3.0);
        assert_eq!(
            text_width("صَفَاقِس", 12.0),
            text_width("صفاقس", 12.0),
            "marks take no width"
        );
    }

    #[test]
    fn a_name_goes_beside_its_marker_without_covering_another() {
        let discs = [(100.0, 100.0, 13.0), (140.0, 100.0, 13.0)];
        let wanted = [
            Wanted {
                text: "Sousse".into(),
                panel: 0,
                near: vec![(100.0, 100.0)],
            },
            Wanted {
                text: "Monastir".into(),
                panel: 0,
                near: vec![(140.0, 100.0)],
            },
        ];
        let room = Room {
            areas: &area([0.0, 0.0, 300.0, 600.0]),
            discs: &discs,
            pin: 6.0,
        };
        let placed = place(&wanted, 12.0, &room);
        let [Some(a), Some(b)] = [&placed[0], &placed[1]] else {
            panic!("{placed:?}")
        };
        assert!(!crosses(a.rect(), b.rect()), "{a:?} {b:?}");
        for l in [a, b] {
            for d in discs {
                assert!(!rect_meets_disc(l.rect(), d), "{l:?} covers {d:?}");
            }
        }
    }

    #[test]
    fn a_name_with_no_room_is_left_out() {
        let discs = [(20.0, 20.0, 19.0)];
        let wanted = [Wanted {
            text: "Ben Arous".into(),
            panel: 0,
            near: vec![(20.0, 20.0)],
        }];
        let room = Room {
            areas: &area([0.0, 0.0, 45.0, 45.0]),
            discs: &discs,
            pin: 6.0,
        };
        assert_eq!(place(&wanted, 19.0, &room), [None]);
    }
}
