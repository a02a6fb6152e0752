use super::*;

pub(super) fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let photo = DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    }));
    encode(&photo, false).unwrap()
}

#[test]
fn widths_are_made_below_the_photo_and_cached() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("cover.jpg");
    std::fs::write(&photo, jpeg(1000, 500)).unwrap();
    let cache = dir.path().join("cache");
    let first = prepare_one(&photo, "stories/s/cover.jpg", &cache).unwrap();
    assert_eq!(first.resized, 2);
    let widths: Vec<(u32, u32)> = first
        .set
        .resized
        .iter()
        .map(|v| (v.width, v.height))
        .collect();
    assert_eq!(widths, [(400, 200), (800, 400)]);
    assert_eq!(first.set.resized[0].path, "stories/s/cover-400w.jpg");
    let made = image::open(&first.files[1].1).unwrap();
    assert_eq!((made.width(), made.height()), (800, 400));

    let again = prepare_one(&photo, "stories/s/cover.jpg", &cache).unwrap();
    assert_eq!(again.resized, 0, "an unchanged photo comes from the cache");
    assert_eq!(again.set, first.set);

    std::fs::write(&photo, jpeg(1000, 400)).unwrap();
    let changed = prepare_one(&photo, "stories/s/cover.jpg", &cache).unwrap();
    assert_eq!(changed.resized, 2, "a changed photo is made again");
    assert_eq!(changed.set.resized[1].height, 320);
}

#[test]
fn a_small_photo_is_used_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("small.jpg");
    std::fs::write(&photo, jpeg(300, 200)).unwrap();
    let p = prepare_one(&photo, "small.jpg", &dir.path().join("cache")).unwrap();
    assert!(p.set.resized.is_empty());
    assert_eq!(p.set.default_src().path, "small.jpg");
    assert_eq!(p.set.candidates().len(), 1);
}

#[test]
fn a_huge_photo_is_left_out_of_srcset() {
    let set = ImageSet {
        original: Variant {
            path: "big.jpg".into(),
            width: 4000,
            height: 3000,
        },
        resized: WIDTHS
            .iter()
            .map(|&w| Variant {
                path: format!("big-{w}w.jpg"),
                width: w,
                height: w * 3 / 4,
            })
            .collect(),
    };
    assert_eq!(set.candidates().len(), 3);
    assert_eq!(set.default_src().width, 800);
    assert_eq!(set.largest().width, 1200);
}

#[test]
fn a_file_that_is_not_an_image_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("cover.jpg");
    std::fs::write(&photo, "not a photo").unwrap();
    assert!(prepare_one(&photo, "cover.jpg", &dir.path().join("cache")).is_err());
}
