//! Pagination of lists (stories, tag pages): how many pages, and which
//! page numbers the navigation shows (templates see them as
//! `views::nav::Paginator`). A list of 200 pages shows about ten links,
//! not 200 — a page of links to every page grows with the square of the
//! site.

/// Pages needed for `items` items, `per_page` a page; an empty list still
/// has its one (empty) page.
pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page.max(1)).max(1)
}

/// The items of page `number` (1-based).
pub fn slice<T>(items: &[T], per_page: usize, number: usize) -> &[T] {
    &items[bounds(items.len(), per_page, number)]
}

/// Where page `number` (1-based) of `len` items starts and ends.
pub fn bounds(len: usize, per_page: usize, number: usize) -> std::ops::Range<usize> {
    let start = ((number - 1) * per_page).min(len);
    start..(start + per_page).min(len)
}

/// Page numbers to link: the first, the last, and two on each side of the
/// current one; `None` where numbers are left out.
pub fn window(total: usize, current: usize) -> Vec<Option<usize>> {
    const AROUND: usize = 2;
    let mut out = Vec::new();
    let mut last = 0;
    for n in 1..=total {
        let near = n + AROUND >= current && n <= current + AROUND;
        if n == 1 || n == total || near {
            if n > last + 1 {
                out.push(None);
            }
            out.push(Some(n));
            last = n;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_zero_one_exactly_one_page_and_many() {
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(1, 20), 1);
        assert_eq!(page_count(20, 20), 1);
        assert_eq!(page_count(21, 20), 2);
        assert_eq!(page_count(4000, 20), 200);
        let items: Vec<usize> = (0..45).collect();
        assert_eq!(slice(&items, 20, 1).len(), 20);
        assert_eq!(slice(&items, 20, 3), &[40, 41, 42, 43, 44]);
        assert!(slice::<usize>(&[], 20, 1).is_empty());
    }

    #[test]
    fn the_window_keeps_ends_and_neighbours() {
        assert_eq!(window(1, 1), [Some(1)]);
        assert_eq!(window(3, 2), [Some(1), Some(2), Some(3)]);
        assert_eq!(
            window(200, 100),
            [
                Some(1),
                None,
                Some(98),
                Some(99),
                Some(100),
                Some(101),
                Some(102),
                None,
                Some(200)
            ]
        );
        assert_eq!(window(200, 1), [Some(1), Some(2), Some(3), None, Some(200)]);
        assert_eq!(
            window(6, 4),
            [Some(1), Some(2), Some(3), Some(4), Some(5), Some(6)]
        );
    }
}
