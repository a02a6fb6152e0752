//! Small charts drawn at build time as SVG: the progress of a committee's
//! deliverables (published / in progress / planned) as one stacked bar.
//! In a right-to-left page the bar fills from the right, like the text.

use crate::lang::Dir;
use std::fmt::Write;

pub struct Progress<'a> {
    pub published: usize,
    pub in_progress: usize,
    pub planned: usize,
    /// "Comité X : 2 publiés, 1 en cours, 0 prévu" — the chart's text
    /// alternative, in the reader's language.
    pub label: &'a str,
}

pub fn progress_bar(p: &Progress<'_>, dir: Dir) -> String {
    const W: f64 = 300.0;
    const H: f64 = 16.0;
    let total = (p.published + p.in_progress + p.planned).max(1) as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"progress-chart\" viewBox=\"0 0 {W} {H}\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        p.label.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
    );
    let mut at = 0.0;
    for (count, class) in [
        (p.published, "published"),
        (p.in_progress, "in-progress"),
        (p.planned, "planned"),
    ] {
        let w = W * count as f64 / total;
        if w > 0.0 {
            let x = match dir {
                Dir::Ltr => at,
                Dir::Rtl => W - at - w,
            };
            let _ = write!(svg, "<rect class=\"bar-{class}\" x=\"{x:.1}\" y=\"0\" width=\"{w:.1}\" height=\"{H}\"/>");
        }
        at += w;
    }
    if p.published + p.in_progress + p.planned == 0 {
        let _ = write!(
            svg,
            "<rect class=\"bar-empty\" x=\"0\" y=\"0\" width=\"{W}\" height=\"{H}\"/>"
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_follow_the_reading_direction() {
        let p = Progress {
            published: 1,
            in_progress: 1,
            planned: 2,
            label: "x \"y\"",
        };
        let ltr = progress_bar(&p, Dir::Ltr);
        assert!(
            ltr.contains("<rect class=\"bar-published\" x=\"0.0\" y=\"0\" width=\"75.0\""),
            "{ltr}"
        );
        assert!(ltr.contains("<rect class=\"bar-planned\" x=\"150.0\" y=\"0\" width=\"150.0\""));
        let rtl = progress_bar(&p, Dir::Rtl);
        assert!(
            rtl.contains("<rect class=\"bar-published\" x=\"225.0\" y=\"0\" width=\"75.0\""),
            "{rtl}"
        );
        assert!(rtl.contains("<rect class=\"bar-planned\" x=\"0.0\""));
        assert!(rtl.contains("aria-label=\"x &quot;y&quot;\""));
    }
}
