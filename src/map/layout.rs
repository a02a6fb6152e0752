//! Where the markers go at one scale: members closer than a finger's
//! width are drawn as one marker (a cluster of their governorate), and
//! markers that would still touch are pushed apart, each keeping a line
//! to where its members really are. A marker's target is a disc of
//! `target` SVG units, so that no two targets overlap and every one is
//! at least 24 CSS px wide at the smallest scale the map is drawn at.

/// A member's position on the drawing.
#[derive(Debug, Clone)]
pub struct Point<'a> {
    pub x: f64,
    pub y: f64,
    /// Main map (0) or Greater Tunis inset (1): a cluster never joins
    /// members of both, their positions are on different scales.
    pub panel: usize,
    /// Governorate key: a cluster is one governorate's, so that it can
    /// lead to that governorate's part of the directory.
    pub group: &'a str,
}

/// A rectangle of the drawing (x0, y0, x1, y1).
pub type Rect = [f64; 4];

/// One marker after layout.
#[derive(Debug, Clone)]
pub struct Placed<'a> {
    /// Indices into the points, in their order.
    pub members: Vec<usize>,
    /// Where the marker is drawn.
    pub x: f64,
    pub y: f64,
    /// Where its members are, on average: the marker was pushed away
    /// from here when it is not the same point.
    pub anchor: (f64, f64),
    pub panel: usize,
    /// The governorate of all its members; `None` for the last resort of
    /// a crowded map, a cluster of several governorates.
    pub group: Option<&'a str>,
}

impl Placed<'_> {
    pub fn moved(&self) -> bool {
        (self.x - self.anchor.0).hypot(self.y - self.anchor.1) > 0.5
    }
}

/// Space kept between two targets, in SVG units.
const GAP: f64 = 1.0;
const ROUNDS: usize = 400;

/// Markers for `points` with targets of diameter `target`, each kept
/// within the rectangle of its panel.
pub fn layout<'a>(points: &[Point<'a>], target: f64, panels: &[Rect]) -> Vec<Placed<'a>> {
    let mut placed = clusters(points, target);
    loop {
        if separate(&mut placed, target, panels) {
            return placed;
        }
        // Too crowded to push apart: the two closest markers become one.
        merge_closest(&mut placed, points, target);
    }
}

/// Members of one governorate and panel closer than `target` to a
/// cluster join it, until no two clusters of a governorate are that close.
fn clusters<'a>(points: &[Point<'a>], target: f64) -> Vec<Placed<'a>> {
    let mut out: Vec<Placed<'a>> = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let near = out.iter_mut().find(|c| {
            c.panel == p.panel
                && c.group == Some(p.group)
                && (c.anchor.0 - p.x).hypot(c.anchor.1 - p.y) < target
        });
        match near {
            Some(c) => {
                c.members.push(i);
                c.anchor = mean(points, &c.members);
            }
            None => out.push(Placed {
                members: vec![i],
                x: p.x,
                y: p.y,
                anchor: (p.x, p.y),
                panel: p.panel,
                group: Some(p.group),
            }),
        }
    }
    // Anchors moved as members joined: two clusters may now be close.
    while let Some((a, b)) = closest_pair(&out, target, |a, b| {
        a.panel == b.panel && a.group == b.group
    }) {
        absorb(&mut out, a, b, points);
    }
    for c in &mut out {
        (c.x, c.y) = c.anchor;
    }
    out
}

/// Pushes overlapping markers apart (each pair by half their overlap,
/// along the line between them) until none overlap or the rounds run
/// out. Whether it succeeded.
fn separate(placed: &mut [Placed<'_>], target: f64, panels: &[Rect]) -> bool {
    let want = target + GAP;
    for p in placed.iter_mut() {
        (p.x, p.y) = p.anchor;
        clamp(p, target, panels);
    }
    for round in 0..ROUNDS {
        let mut clear = true;
        for i in 0..placed.len() {
            for j in i + 1..placed.len() {
                let (dx, dy) = (placed[j].x - placed[i].x, placed[j].y - placed[i].y);
                let d = dx.hypot(dy);
                if d >= want {
                    continue;
                }
                clear = false;
                // Two markers on the same point part along a direction
                // that depends only on their order, so builds repeat.
                let (ux, uy) = if d < 1e-6 {
                    let a = (i * 7 + j * 13 + round) as f64;
                    (a.cos(), a.sin())
                } else {
                    (dx / d, dy / d)
                };
                let push = (want - d) / 2.0 + 0.01;
                placed[i].x -= ux * push;
                placed[i].y -= uy * push;
                placed[j].x += ux * push;
                placed[j].y += uy * push;
                clamp(&mut placed[i], target, panels);
                clamp(&mut placed[j], target, panels);
            }
        }
        if clear {
            return true;
        }
    }
    overlaps(placed, target).is_none()
}

fn clamp(p: &mut Placed<'_>, target: f64, panels: &[Rect]) {
    let r = target / 2.0;
    if let Some(&[x0, y0, x1, y1]) = panels.get(p.panel) {
        p.x = p.x.clamp(x0 + r, (x1 - r).max(x0 + r));
        p.y = p.y.clamp(y0 + r, (y1 - r).max(y0 + r));
    }
}

/// The first pair of markers whose targets overlap.
pub fn overlaps(placed: &[Placed<'_>], target: f64) -> Option<(usize, usize)> {
    closest_pair(placed, target, |_, _| true)
}

fn closest_pair(
    placed: &[Placed<'_>],
    within: f64,
    allowed: impl Fn(&Placed<'_>, &Placed<'_>) -> bool,
) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    for i in 0..placed.len() {
        for j in i + 1..placed.len() {
            let (a, b) = (&placed[i], &placed[j]);
            let d = (a.x - b.x).hypot(a.y - b.y);
            if d < within && allowed(a, b) && best.is_none_or(|(bd, _, _)| d < bd) {
                best = Some((d, i, j));
            }
        }
    }
    best.map(|(_, i, j)| (i, j))
}

fn merge_closest<'a>(placed: &mut Vec<Placed<'a>>, points: &[Point<'a>], target: f64) {
    // Prefer two of one governorate; else any two on one panel; else any.
    let found = closest_pair(placed, target + GAP, |a, b| {
        a.group == b.group && a.panel == b.panel
    })
    .or_else(|| closest_pair(placed, target + GAP, |a, b| a.panel == b.panel))
    .or_else(|| closest_pair(placed, f64::MAX, |_, _| true));
    if let Some((a, b)) = found {
        absorb(placed, a, b, points);
    }
}

/// Cluster `b` joins cluster `a` (a < b).
fn absorb<'a>(placed: &mut Vec<Placed<'a>>, a: usize, b: usize, points: &[Point<'a>]) {
    let other = placed.remove(b);
    let keep = &mut placed[a];
    keep.members.extend(other.members);
    keep.members.sort_unstable();
    if keep.group != other.group {
        keep.group = None;
    }
    keep.anchor = mean(points, &keep.members);
    (keep.x, keep.y) = keep.anchor;
}

fn mean(points: &[Point<'_>], members: &[usize]) -> (f64, f64) {
    let n = members.len() as f64;
    let (sx, sy) = members
        .iter()
        .fold((0.0, 0.0), |(x, y), &i| (x + points[i].x, y + points[i].y));
    (sx / n, sy / n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PANELS: [Rect; 2] = [[0.0, 0.0, 300.0, 600.0], [320.0, 20.0, 470.0, 130.0]];

    fn point(x: f64, y: f64, group: &str) -> Point<'_> {
        Point {
            x,
            y,
            panel: 0,
            group,
        }
    }

    fn assert_apart(placed: &[Placed<'_>], target: f64) {
        assert_eq!(overlaps(placed, target), None, "{placed:#?}");
    }

    #[test]
    fn far_members_stay_where_they_are() {
        let pts = [point(50.0, 50.0, "a"), point(150.0, 150.0, "b")];
        let placed = layout(&pts, 40.0, &PANELS);
        assert_eq!(placed.len(), 2);
        assert!(placed.iter().all(|p| !p.moved()));
    }

    #[test]
    fn close_members_of_one_governorate_become_one_marker() {
        let pts = [
            point(100.0, 100.0, "sfax"),
            point(110.0, 104.0, "sfax"),
            point(96.0, 120.0, "sfax"),
            point(250.0, 400.0, "gabes"),
        ];
        let placed = layout(&pts, 40.0, &PANELS);
        assert_eq!(placed.len(), 2);
        assert_eq!(placed[0].members, [0, 1, 2]);
        assert_eq!(placed[0].group, Some("sfax"));
        assert!(!placed[0].moved(), "a cluster sits on its members' mean");
    }

    #[test]
    fn close_members_of_two_governorates_are_pushed_apart() {
        // Sousse and Monastir: 14.5 units apart at the directory's scale.
        let pts = [
            point(233.0, 280.0, "sousse"),
            point(247.0, 284.0, "monastir"),
        ];
        for target in [26.0, 40.0] {
            let placed = layout(&pts, target, &PANELS);
            assert_eq!(placed.len(), 2, "still two markers");
            assert!(
                placed.iter().all(Placed::moved),
                "both moved, each a little"
            );
            assert_apart(&placed, target);
            assert!(placed[0].x < placed[1].x, "Sousse stays west of Monastir");
        }
    }

    #[test]
    fn members_on_the_same_point_part() {
        let pts = [point(100.0, 100.0, "a"), point(100.0, 100.0, "b")];
        assert_apart(&layout(&pts, 26.0, &PANELS), 26.0);
    }

    #[test]
    fn markers_stay_in_their_panel() {
        let mut pts = vec![point(2.0, 2.0, "a"), point(4.0, 3.0, "b")];
        pts.push(Point {
            x: 468.0,
            y: 128.0,
            panel: 1,
            group: "c",
        });
        let placed = layout(&pts, 40.0, &PANELS);
        assert_apart(&placed, 40.0);
        for p in &placed {
            let [x0, y0, x1, y1] = PANELS[p.panel];
            assert!(p.x >= x0 + 20.0 && p.x <= x1 - 20.0, "{p:?}");
            assert!(p.y >= y0 + 20.0 && p.y <= y1 - 20.0, "{p:?}");
        }
    }

    #[test]
    fn a_crowd_too_dense_to_push_apart_is_merged_and_never_overlaps() {
        // 30 governorates in a box that holds about 4 markers.
        let keys: Vec<String> = (0..30).map(|i| format!("g{i}")).collect();
        let pts: Vec<Point<'_>> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| Point {
                x: 330.0 + (i % 6) as f64 * 20.0,
                y: 30.0 + (i / 6) as f64 * 18.0,
                panel: 1,
                group: k,
            })
            .collect();
        let placed = layout(&pts, 40.0, &PANELS);
        assert_apart(&placed, 40.0);
        let total: usize = placed.iter().map(|p| p.members.len()).sum();
        assert_eq!(total, 30, "every member is in one marker");
        assert!(
            placed.iter().any(|p| p.group.is_none()),
            "some mix governorates"
        );
    }

    #[test]
    fn many_members_of_one_governorate_cluster_into_few_markers() {
        // 350 members spread over a 60×60 square of one governorate.
        let pts: Vec<Point<'_>> = (0..350)
            .map(|i| {
                point(
                    100.0 + (i * 37 % 60) as f64,
                    100.0 + (i * 11 % 60) as f64,
                    "tunis",
                )
            })
            .collect();
        let placed = layout(&pts, 26.0, &PANELS);
        assert_apart(&placed, 26.0);
        assert!(placed.len() <= 12, "{} markers", placed.len());
        assert_eq!(placed.iter().map(|p| p.members.len()).sum::<usize>(), 350);
    }
}
