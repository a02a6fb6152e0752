//! Geography: the governorates' outlines (data/tunisia/, Natural Earth
//! admin-1, simplified) and the questions the checker (`resolve`), `fadaa
//! new member` and the map ask of them: is this point in that governorate, which one is it in, where
//! is a point inside one.

use serde::Deserialize;
use std::sync::OnceLock;

const GEOJSON: &str = include_str!("../data/tunisia/governorates.geojson");

/// Accept a member within this distance of its governorate: the simplified
/// coastline leaves some coastal towns a little at sea, and Natural Earth's
/// Tunis polygon reaches over parts of Ben Arous and La Manouba.
pub const TOLERANCE_KM: f64 = 3.0;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Bounds {
    pub lon_min: f64,
    pub lon_max: f64,
    pub lat_min: f64,
    pub lat_max: f64,
}

impl Bounds {
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.lat_min..=self.lat_max).contains(&lat) && (self.lon_min..=self.lon_max).contains(&lon)
    }
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
    pub(crate) polygons: Vec<Vec<Vec<[f64; 2]>>>,
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

/// The shape drawn for governorate `key` (itself, or the one it is merged into).
pub(crate) fn shape_of(key: &str) -> Option<&'static Shape> {
    shapes().iter().find(|s| s.covers.iter().any(|k| k == key))
}

/// The whole country's extent.
pub(crate) fn bounds() -> Bounds {
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

/// Whether some of the shape lies within (a margin around) the box.
pub(crate) fn touches(shape: &Shape, b: Bounds) -> bool {
    shape.polygons.iter().flatten().flatten().any(|[lon, lat]| {
        (b.lat_min - 0.2..=b.lat_max + 0.2).contains(lat)
            && (b.lon_min - 0.2..=b.lon_max + 0.2).contains(lon)
    })
}

/// Whether the point lies in governorate `key`, or within `TOLERANCE_KM`
/// of it. `None` when the map has no shape for that key.
pub fn in_governorate(key: &str, lat: f64, lon: f64) -> Option<bool> {
    let shape = shape_of(key)?;
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
    let shape = shape_of(key)?;
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every governorate key of `governorates.yaml`.
    pub const GOVERNORATES: [&str; 24] = [
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
    ];

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
        for key in GOVERNORATES {
            assert!(shape_of(key).is_some(), "{key}");
        }
    }
}
