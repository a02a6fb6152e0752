use super::*;
use crate::geo::point_in;
use crate::geo::tests::GOVERNORATES;

/// The shipped site's members: slug, governorate, lat, lon.
const SHIPPED: [(&str, &str, f64, f64); 18] = [
    ("ariana", "ariana", 36.8601, 10.1934),
    ("ben-arous", "ben-arous", 36.7531, 10.2189),
    ("bizerte", "bizerte", 37.2744, 9.8739),
    ("gabes", "gabes", 33.8815, 10.0982),
    ("jendouba", "jendouba", 36.5011, 8.7802),
    ("kairouan", "kairouan", 35.6781, 10.0963),
    ("la-manouba", "manouba", 36.8078, 10.1011),
    ("la-marsa", "tunis", 36.8782, 10.3247),
    ("le-kef", "kef", 36.1742, 8.7049),
    ("medenine", "medenine", 33.3549, 10.5055),
    ("monastir", "monastir", 35.7780, 10.8262),
    ("nabeul", "nabeul", 36.4561, 10.7376),
    ("sfax", "sfax", 34.7406, 10.7603),
    ("sidi-bouzid", "sidi-bouzid", 35.0382, 9.4849),
    ("sousse", "sousse", 35.8254, 10.6370),
    ("tataouine", "tataouine", 32.9297, 10.4518),
    ("tunis", "tunis", 36.7995, 10.1706),
    ("tozeur", "tozeur", 33.9197, 8.1335),
];

fn name(k: &str) -> String {
    k.to_uppercase()
}

fn cluster(name: &str, n: usize) -> String {
    format!("{name}: {n} communes")
}

fn labels() -> Labels<'static> {
    Labels {
        title: "Carte",
        greater_tunis: "Grand Tunis",
        governorate: &name,
        cluster: &cluster,
        dir: "ltr",
    }
}

fn options(kind: Kind) -> Options {
    Options {
        kind,
        precision: 1,
        counts: vec![("sfax".into(), 1)],
        cluster_url: |g| format!("#gov-{}", g.unwrap_or("all")),
    }
}

fn draw(members: &[(String, String, String, f64, f64)], kind: Kind) -> String {
    let markers: Vec<Marker<'_>> = members
        .iter()
        .map(|(slug, gov, url, lat, lon)| Marker {
            slug,
            name: slug,
            url,
            governorate: gov,
            lat: *lat,
            lon: *lon,
        })
        .collect();
    svg(&markers, &labels(), &options(kind))
}

fn owned(list: &[(&str, &str, f64, f64)]) -> Vec<(String, String, String, f64, f64)> {
    list.iter()
        .map(|(s, g, lat, lon)| (s.to_string(), g.to_string(), format!("#m-{s}"), *lat, *lon))
        .collect()
}

/// The value of `attr` in each `<tag …>` of `svg`.
fn attrs<'a>(svg: &'a str, tag: &str, attr: &str) -> Vec<&'a str> {
    svg.split(tag)
        .skip(1)
        .filter_map(|rest| {
            let open = &rest[..rest.find('>')?];
            let start = open.find(&format!(" {attr}=\""))? + attr.len() + 3;
            Some(&open[start..start + open[start..].find('"')?])
        })
        .collect()
}

/// The part of the drawing for one tier.
fn tier<'a>(svg: &'a str, class: &str) -> &'a str {
    let start = svg.find(&format!("map-tier {class}")).expect(class);
    let end = svg[start..].find("</g></g>").unwrap() + start;
    &svg[start..end]
}

fn hits(part: &str) -> Vec<(f64, f64, f64)> {
    let num = |v: Vec<&str>| {
        v.iter()
            .map(|s| s.parse::<f64>().unwrap())
            .collect::<Vec<_>>()
    };
    let one = |a: &str| num(attrs(part, "<circle class=\"map-hit\"", a));
    let (x, y, r) = (one("cx"), one("cy"), one("r"));
    (0..x.len()).map(|i| (x[i], y[i], r[i])).collect()
}

#[test]
fn the_map_is_small_and_its_markers_are_links() {
    let members = owned(&[
        ("sfax", "sfax", 34.74, 10.76),
        ("tunis", "tunis", 36.7995, 10.1706),
    ]);
    let mut members = members;
    members[1].0 = "Tunis <ville>".into();
    let svg = draw(&members, Kind::Directory);
    assert!(svg.len() < 60_000, "{} bytes", svg.len());
    assert!(svg.contains("<a class=\"map-marker\" href=\"#m-sfax\" data-member=\"sfax\" data-members=\"sfax\" aria-label=\"sfax\">"));
    assert!(
        svg.contains("aria-label=\"Tunis &lt;ville&gt;\""),
        "names are escaped"
    );
    assert!(svg.contains("class=\"gov fill-1\" data-gov=\"sfax\""));
    assert!(
        svg.contains("<title>ARIANA / MANOUBA</title>"),
        "the merged shape names both"
    );
    assert_eq!(
        svg.matches("<a ").count(),
        4,
        "each member is one link in each of two tiers"
    );
}

#[test]
fn shipped_members_get_24px_targets_that_never_overlap_at_either_scale() {
    let svg = draw(&owned(&SHIPPED), Kind::Directory);
    for (class, target) in [("map-tier-narrow", 40.0), ("map-tier-wide", 26.0)] {
        let part = tier(&svg, class);
        let discs = hits(part);
        assert!(discs.iter().all(|d| d.2 * 2.0 >= target), "{class}");
        for (i, a) in discs.iter().enumerate() {
            for b in &discs[i + 1..] {
                let d = (a.0 - b.0).hypot(a.1 - b.1);
                assert!(d >= a.2 + b.2, "{class}: {a:?} and {b:?} overlap");
            }
        }
        // Every member is reached from exactly one marker of the tier.
        let mut slugs: Vec<&str> = attrs(part, "<a ", "data-members")
            .into_iter()
            .flat_map(|m| m.split(' '))
            .collect();
        slugs.sort_unstable();
        let mut want: Vec<&str> = SHIPPED.iter().map(|m| m.0).collect();
        want.sort_unstable();
        assert_eq!(slugs, want, "{class}");
    }
    // Sousse and Monastir are 14.5 units apart: at the wide scale they
    // are pushed apart, each with a line back to its town.
    let wide = tier(&svg, "map-tier-wide");
    assert!(wide.contains("data-member=\"sousse\"") && wide.contains("data-member=\"monastir\""));
    assert!(
        wide.contains("<line "),
        "moved markers keep a line to their place"
    );
}

#[test]
fn governorates_are_named_in_each_tier_without_overlapping() {
    let svg = draw(&owned(&SHIPPED), Kind::Directory);
    for class in ["map-tier-narrow", "map-tier-wide"] {
        let part = tier(&svg, class);
        let names = part.matches("<text x=").count();
        assert!(names >= 10, "{class}: {names} names");
        assert!(part.contains(">SFAX</text>"), "{class}");
    }
    assert!(tier(&svg, "map-tier-narrow").contains("font-size=\"19\""));
    assert!(tier(&svg, "map-tier-wide").contains("font-size=\"12\""));
}

#[test]
fn a_crowded_governorate_is_one_marker_leading_to_its_section() {
    // 40 members around Sfax: a cluster with a count at both scales.
    let members: Vec<(String, String, String, f64, f64)> = (0..40)
        .map(|i| {
            let slug = format!("m{i}");
            let (lat, lon) = (
                34.7 + f64::from(i % 5) * 0.01,
                10.7 + f64::from(i / 5) * 0.01,
            );
            (slug.clone(), "sfax".into(), format!("#m-{slug}"), lat, lon)
        })
        .collect();
    let svg = draw(&members, Kind::Directory);
    for class in ["map-tier-narrow", "map-tier-wide"] {
        let part = tier(&svg, class);
        assert_eq!(part.matches("<a ").count(), 1, "{class}");
        assert!(part.contains("href=\"#gov-sfax\""));
        assert!(part.contains("aria-label=\"SFAX: 40 communes\""));
        assert!(part.contains(">40</text>"));
    }
}

#[test]
fn a_locator_outlines_and_names_the_governorate() {
    let svg = draw(&owned(&[("sfax", "sfax", 34.7406, 10.7603)]), Kind::Locator);
    assert!(svg.contains("class=\"map-marker is-current\""));
    assert!(svg.contains("<path class=\"map-current-gov\" data-gov=\"sfax\""));
    assert!(svg.contains(">SFAX</text>"));
    assert!(!svg.contains("<a "), "nothing to click");
}

#[test]
fn the_home_picture_has_dots_and_no_links() {
    let svg = draw(&owned(&SHIPPED), Kind::Picture);
    assert_eq!(
        svg.matches("<circle class=\"map-marker\"").count(),
        SHIPPED.len()
    );
    assert!(!svg.contains("<a ") && !svg.contains("map-tier"));
}

#[test]
fn a_network_of_1750_members_is_laid_out_without_overlaps() {
    // As the 50k benchmark site: members scattered around each
    // governorate's middle (a fixed pseudo-random sequence).
    let mut seed: u64 = 7;
    let mut next = || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as f64 / f64::from(u32::MAX >> 1) - 0.5
    };
    let members: Vec<(String, String, String, f64, f64)> = (0..1750)
        .map(|i| {
            let gov = GOVERNORATES[i % GOVERNORATES.len()];
            let (lat, lon) = point_in(gov).unwrap();
            let slug = format!("m{i}");
            let url = format!("#m-{slug}");
            (
                slug,
                gov.to_string(),
                url,
                lat + next() * 0.3,
                lon + next() * 0.3,
            )
        })
        .collect();
    let start = std::time::Instant::now();
    let svg = draw(&members, Kind::Directory);
    eprintln!("1750 members: {:?}, {} bytes", start.elapsed(), svg.len());
    for (class, target) in [("map-tier-narrow", 40.0), ("map-tier-wide", 26.0)] {
        let discs = hits(tier(&svg, class));
        eprintln!("{class}: {} markers", discs.len());
        assert!(discs.len() <= 200, "{class}: {} markers", discs.len());
        for (i, a) in discs.iter().enumerate() {
            for b in &discs[i + 1..] {
                assert!(
                    (a.0 - b.0).hypot(a.1 - b.1) >= target,
                    "{class}: {a:?} {b:?}"
                );
            }
        }
    }
}
