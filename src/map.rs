//! The map of Tunisia, drawn at build time as inline SVG from public-domain
//! boundaries (data/tunisia/, Natural Earth admin-1, simplified): no tile
//! server, no script, works offline and from `file://`.
//!
//! Greater Tunis is dense, so its members are drawn in an inset placed in
//! the sea to the east; there each marker is a link, and in the main map
//! they are plain dots under the inset's frame. The map is never mirrored:
//! geography does not flip in right-to-left pages.

use serde::Deserialize;
use std::fmt::Write;
use std::sync::OnceLock;

const GEOJSON: &str = include_str!("../data/tunisia/governorates.geojson");

/// Main map: width of Tunisia in SVG units.
const WIDTH: f64 = 300.0;
/// Space to the east for the inset.
const INSET_X: f64 = 318.0;
const INSET_W: f64 = 150.0;
/// Greater Tunis, in degrees.
const TUNIS_BOX: Bounds = Bounds {
    lon_min: 9.92,
    lon_max: 10.42,
    lat_min: 36.66,
    lat_max: 37.0,
};
/// Accept a member within this distance of its governorate: the simplified
/// coastline leaves some coastal towns a little at sea, and Natural Earth's
/// Tunis polygon reaches over parts of Ben Arous and La Manouba.
pub const TOLERANCE_KM: f64 = 3.0;

#[derive(Debug, Clone, Copy)]
struct Bounds {
    lon_min: f64,
    lon_max: f64,
    lat_min: f64,
    lat_max: f64,
}

#[derive(Deserialize)]
struct Collection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Props,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Props {
    key: String,
    #[serde(default)]
    merged: Vec<String>,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

/// One governorate shape: its key, the keys it stands for (Natural Earth
/// merges Ariana into La Manouba) and its polygons (rings of lon/lat).
pub struct Shape {
    pub key: String,
    pub covers: Vec<String>,
    polygons: Vec<Vec<Vec<[f64; 2]>>>,
}

pub fn shapes() -> &'static [Shape] {
    static SHAPES: OnceLock<Vec<Shape>> = OnceLock::new();
    SHAPES.get_or_init(|| {
        let c: Collection =
            serde_json::from_str(GEOJSON).expect("data/tunisia/governorates.geojson is valid");
        c.features
            .into_iter()
            .map(|f| {
                let polygons = match f.geometry {
                    Geometry::Polygon(p) => vec![p],
                    Geometry::MultiPolygon(m) => m,
                };
                let covers = if f.properties.merged.is_empty() {
                    vec![f.properties.key.clone()]
                } else {
                    f.properties.merged
                };
                Shape {
                    key: f.properties.key,
                    covers,
                    polygons,
                }
            })
            .collect()
    })
}

fn bounds() -> Bounds {
    let mut b = Bounds {
        lon_min: 180.0,
        lon_max: -180.0,
        lat_min: 90.0,
        lat_max: -90.0,
    };
    for [lon, lat] in shapes()
        .iter()
        .flat_map(|s| s.polygons.iter().flatten().flatten())
    {
        b.lon_min = b.lon_min.min(*lon);
        b.lon_max = b.lon_max.max(*lon);
        b.lat_min = b.lat_min.min(*lat);
        b.lat_max = b.lat_max.max(*lat);
    }
    b
}

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

/// A marker on the map.
pub struct Marker<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub url: &'a str,
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
    pub dir: &'a str,
}

pub struct Options {
    /// Markers are links (directory) or plain dots (a member's locator).
    pub links: bool,
    /// Decimals kept in coordinates: 1 for the directory, 0 for locators.
    pub precision: usize,
    /// Governorate key → number of members, for the choropleth.
    pub counts: Vec<(String, usize)>,
}

pub fn svg(markers: &[Marker<'_>], labels: &Labels<'_>, options: &Options) -> String {
    svg_on(&land(labels, options), markers, labels, options)
}

/// The country drawn for one language and set of options, without the
/// markers: the same under every member's locator map, so drawn once.
#[derive(Debug, Clone, Default)]
pub struct Land(String);

fn projections() -> (Projection, Projection, f64) {
    let main = Projection::fit(bounds(), WIDTH, 4.0, 4.0);
    let inset_cos = ((TUNIS_BOX.lat_min + TUNIS_BOX.lat_max) / 2.0)
        .to_radians()
        .cos();
    let inset_h = INSET_W * (TUNIS_BOX.lat_max - TUNIS_BOX.lat_min)
        / ((TUNIS_BOX.lon_max - TUNIS_BOX.lon_min) * inset_cos);
    let inset = Projection::fit(TUNIS_BOX, INSET_W, INSET_X, 24.0);
    (main, inset, inset_h)
}

/// The map with `markers` on an already drawn `land` (from `land` with
/// the same labels and options).
pub fn svg_on(
    land: &Land,
    markers: &[Marker<'_>],
    labels: &Labels<'_>,
    options: &Options,
) -> String {
    let (main, inset, _) = projections();
    let width = INSET_X + INSET_W + 4.0;
    let height = main.height() + 8.0;
    let mut s = String::with_capacity(land.0.len() + 200 + 300 * markers.len());
    let _ = write!(
        s,
        "<svg class=\"map\" viewBox=\"0 0 {width:.0} {height:.0}\" role=\"group\" aria-label=\"{}\" direction=\"ltr\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(labels.title)
    );
    s.push_str(&land.0);
    s.push_str("<g class=\"map-markers\">");
    for m in markers {
        let in_tunis = inside_box(m.lat, m.lon, TUNIS_BOX);
        let (x, y) = main.xy(m.lon, m.lat);
        if in_tunis {
            let _ = write!(s, "<circle class=\"map-dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2\" aria-hidden=\"true\"/>");
            let (ix, iy) = inset.xy(m.lon, m.lat);
            marker(&mut s, m, ix, iy, options.links);
        } else {
            marker(&mut s, m, x, y, options.links);
        }
    }
    s.push_str("</g></svg>");
    s
}

pub fn land(labels: &Labels<'_>, options: &Options) -> Land {
    let (main, inset, inset_h) = projections();
    let p = options.precision;
    let mut s = String::with_capacity(24_000);
    let _ = write!(s, "<defs><clipPath id=\"inset-clip\"><rect x=\"{INSET_X}\" y=\"24\" width=\"{INSET_W}\" height=\"{inset_h:.0}\"/></clipPath></defs>");
    s.push_str("<g class=\"map-land\">");
    for shape in shapes() {
        draw_shape(&mut s, shape, &main, p, labels, options);
    }
    s.push_str("</g>");
    // The inset's frame on the main map, and the inset itself.
    let (x0, y0) = main.xy(TUNIS_BOX.lon_min, TUNIS_BOX.lat_max);
    let (x1, y1) = main.xy(TUNIS_BOX.lon_max, TUNIS_BOX.lat_min);
    let _ = write!(s, "<rect class=\"map-inset-frame\" x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>", x1 - x0, y1 - y0);
    let _ = write!(
        s,
        "<line class=\"map-inset-line\" x1=\"{x1:.1}\" y1=\"{y0:.1}\" x2=\"{INSET_X}\" y2=\"24\"/>"
    );
    let _ = write!(
        s,
        "<text class=\"map-inset-label\" x=\"{:.0}\" y=\"16\" text-anchor=\"middle\" direction=\"{}\">{}</text>",
        INSET_X + INSET_W / 2.0,
        labels.dir,
        esc(labels.greater_tunis)
    );
    let _ = write!(s, "<rect class=\"map-inset\" x=\"{INSET_X}\" y=\"24\" width=\"{INSET_W}\" height=\"{inset_h:.0}\"/>");
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

fn marker(s: &mut String, m: &Marker<'_>, x: f64, y: f64, link: bool) {
    if link {
        let _ = write!(
            s,
            "<a class=\"map-marker\" href=\"{}\" data-member=\"{}\" aria-label=\"{}\"><circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"6\"/><title>{}</title></a>",
            esc(m.url),
            esc(m.slug),
            esc(m.name),
            esc(m.name)
        );
    } else {
        let _ = write!(s, "<circle class=\"map-marker is-current\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"6\" aria-hidden=\"true\"/>");
    }
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

fn draw_shape(
    s: &mut String,
    shape: &Shape,
    proj: &Projection,
    p: usize,
    labels: &Labels<'_>,
    options: &Options,
) {
    let names: Vec<String> = shape
        .covers
        .iter()
        .map(|k| (labels.governorate)(k))
        .collect();
    let title = names.join(" / ");
    draw_path(s, shape, proj, p, &class_of(shape, options), Some(&title));
}

fn draw_path(
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

fn inside_box(lat: f64, lon: f64, b: Bounds) -> bool {
    (b.lat_min..=b.lat_max).contains(&lat) && (b.lon_min..=b.lon_max).contains(&lon)
}

fn touches(shape: &Shape, b: Bounds) -> bool {
    shape.polygons.iter().flatten().flatten().any(|[lon, lat]| {
        (b.lat_min - 0.2..=b.lat_max + 0.2).contains(lat)
            && (b.lon_min - 0.2..=b.lon_max + 0.2).contains(lon)
    })
}

/// Whether the point lies in governorate `key`, or within `TOLERANCE_KM`
/// of it. `None` when the map has no shape for that key.
pub fn in_governorate(key: &str, lat: f64, lon: f64) -> Option<bool> {
    let shape = shapes()
        .iter()
        .find(|s| s.covers.iter().any(|k| k == key))?;
    let inside = shape.polygons.iter().any(|poly| {
        let mut rings = poly.iter();
        rings.next().is_some_and(|outer| in_ring(outer, lat, lon))
            && !rings.any(|hole| in_ring(hole, lat, lon))
    });
    Some(inside || distance_km(shape, lat, lon) <= TOLERANCE_KM)
}

/// A point inside governorate `key` (lat, lon), near the middle of its
/// largest polygon: where `fadaa new member` puts a new Citizen Space
/// until its real coordinates are written in.
pub fn point_in(key: &str) -> Option<(f64, f64)> {
    let shape = shapes()
        .iter()
        .find(|s| s.covers.iter().any(|k| k == key))?;
    let outer = shape
        .polygons
        .iter()
        .filter_map(|p| p.first())
        .max_by_key(|ring| ring.len())?;
    let (mut min, mut max) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in outer {
        for i in 0..2 {
            min[i] = min[i].min(p[i]);
            max[i] = max[i].max(p[i]);
        }
    }
    let centre = [(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0];
    let steps = 24;
    let mut best: Option<(f64, [f64; 2])> = None;
    for i in 0..=steps {
        for j in 0..=steps {
            let lon = min[0] + (max[0] - min[0]) * f64::from(i) / f64::from(steps);
            let lat = min[1] + (max[1] - min[1]) * f64::from(j) / f64::from(steps);
            if !in_ring(outer, lat, lon) {
                continue;
            }
            let d = (lon - centre[0]).powi(2) + (lat - centre[1]).powi(2);
            if best.is_none_or(|(b, _)| d < b) {
                best = Some((d, [lon, lat]));
            }
        }
    }
    best.map(|(_, [lon, lat])| ((lat * 1e4).round() / 1e4, (lon * 1e4).round() / 1e4))
}

/// The governorate shapes containing the point (for a helpful message).
pub fn governorates_at(lat: f64, lon: f64) -> Vec<&'static str> {
    shapes()
        .iter()
        .filter(|s| {
            s.polygons
                .iter()
                .any(|p| p.first().is_some_and(|outer| in_ring(outer, lat, lon)))
        })
        .map(|s| s.key.as_str())
        .collect()
}

fn in_ring(ring: &[[f64; 2]], lat: f64, lon: f64) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let ([xi, yi], [xj, yj]) = (ring[i], ring[j]);
        if (yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// Distance from the point to the shape's edges, in km (local flat
/// approximation: fine at a few kilometres).
fn distance_km(shape: &Shape, lat: f64, lon: f64) -> f64 {
    let kx = 111.32 * lat.to_radians().cos();
    let ky = 110.57;
    let mut best = f64::MAX;
    for ring in shape.polygons.iter().flatten() {
        for w in ring.windows(2) {
            let (ax, ay) = ((w[0][0] - lon) * kx, (w[0][1] - lat) * ky);
            let (bx, by) = ((w[1][0] - lon) * kx, (w[1][1] - lat) * ky);
            let (dx, dy) = (bx - ax, by - ay);
            let len = dx * dx + dy * dy;
            let t = if len == 0.0 {
                0.0
            } else {
                (-(ax * dx + ay * dy) / len).clamp(0.0, 1.0)
            };
            let (px, py) = (ax + t * dx, ay + t * dy);
            best = best.min((px * px + py * py).sqrt());
        }
    }
    best
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_lie_in_their_governorates() {
        // From data/tunisia/README.md: four need the tolerance.
        let cases = [
            ("tunis", 36.7995, 10.1706),
            ("tunis", 36.8782, 10.3247),
            ("ariana", 36.8601, 10.1934),
            ("ben-arous", 36.7531, 10.2189),
            ("manouba", 36.8078, 10.1011),
            ("sfax", 34.7406, 10.7603),
            ("bizerte", 37.2744, 9.8739),
            ("monastir", 35.7780, 10.8262),
            ("tozeur", 33.9197, 8.1335),
            ("tataouine", 32.9297, 10.4518),
        ];
        for (key, lat, lon) in cases {
            assert_eq!(in_governorate(key, lat, lon), Some(true), "{key}");
        }
        assert_eq!(
            in_governorate("sfax", 36.7995, 10.1706),
            Some(false),
            "Tunis is not in Sfax"
        );
        assert_eq!(
            in_governorate("gabes", 35.6781, 10.0963),
            Some(false),
            "Kairouan is not in Gabès"
        );
        assert_eq!(governorates_at(35.6781, 10.0963), ["kairouan"]);
    }

    #[test]
    fn every_governorate_key_has_a_shape() {
        for key in [
            "tunis",
            "ariana",
            "ben-arous",
            "manouba",
            "nabeul",
            "zaghouan",
            "bizerte",
            "beja",
            "jendouba",
            "kef",
            "siliana",
            "sousse",
            "monastir",
            "mahdia",
            "sfax",
            "kairouan",
            "kasserine",
            "sidi-bouzid",
            "gabes",
            "medenine",
            "tataouine",
            "gafsa",
            "tozeur",
            "kebili",
        ] {
            assert!(
                shapes().iter().any(|s| s.covers.iter().any(|k| k == key)),
                "{key}"
            );
        }
    }

    #[test]
    fn the_map_is_small_and_its_markers_are_links() {
        let markers = [
            Marker {
                slug: "sfax",
                name: "Sfax",
                url: "/fr/members/sfax/",
                lat: 34.74,
                lon: 10.76,
            },
            Marker {
                slug: "tunis",
                name: "Tunis <ville>",
                url: "/fr/members/tunis/",
                lat: 36.7995,
                lon: 10.1706,
            },
        ];
        let name = |k: &str| k.to_uppercase();
        let labels = Labels {
            title: "Carte",
            greater_tunis: "Grand Tunis",
            governorate: &name,
            dir: "ltr",
        };
        let svg = svg(
            &markers,
            &labels,
            &Options {
                links: true,
                precision: 1,
                counts: vec![("sfax".into(), 1)],
            },
        );
        assert!(svg.len() < 60_000, "{} bytes", svg.len());
        assert!(svg.contains("<a class=\"map-marker\" href=\"/fr/members/sfax/\" data-member=\"sfax\" aria-label=\"Sfax\">"));
        assert!(
            svg.contains("aria-label=\"Tunis &lt;ville&gt;\""),
            "names are escaped"
        );
        assert!(svg.contains("class=\"gov fill-1\" data-gov=\"sfax\""));
        assert!(
            svg.contains("<title>ARIANA / MANOUBA</title>"),
            "the merged shape names both"
        );
        assert_eq!(svg.matches("<a ").count(), 2, "each member is one link");
    }
}
