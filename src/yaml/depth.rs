//! How deeply a YAML text nests, read before the parser sees it: a file
//! of 200,000 nested lists took 78 s to parse (and the stand-in reparses
//! multiply that). No site file needs more than a few levels.

/// Deeper than this is refused.
pub const MAX_DEPTH: usize = 64;

/// The 1-based line and column where the nesting first goes past `max`:
/// flow brackets (`[`, `{`) outside quotes and comments, block indentation
/// levels, and `- ` items opened on one line (`- - - x`) all count.
pub fn too_deep(text: &str, max: usize) -> Option<(usize, usize)> {
    let mut indents: Vec<usize> = Vec::new();
    let mut flow = 0usize;
    for (n, line) in text.lines().enumerate() {
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        if flow == 0 && !body.is_empty() && !body.starts_with('#') {
            while indents.last().is_some_and(|&i| i >= indent) {
                indents.pop();
            }
            indents.push(indent);
        }
        let mut dashes = 0;
        let mut rest = body;
        while let Some(after) = rest.strip_prefix("- ") {
            dashes += 1;
            rest = after.trim_start_matches(' ');
        }
        if indents.len() + dashes + flow > max {
            return Some((n + 1, indent + 1));
        }
        let mut quote: Option<char> = None;
        for (col, c) in line.char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    flow += 1;
                    if indents.len() + dashes + flow > max {
                        return Some((n + 1, line[..col].chars().count() + 1));
                    }
                }
                (None, ']' | '}') => flow = flow.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_files_pass_and_bombs_are_caught_where_they_go_too_deep() {
        let ordinary = "title: { ar: \"أ\", fr: \"[x]\" }\nresources:\n  - file: a.csv\n    fields:\n      - name: m # [not a list\n";
        assert_eq!(too_deep(ordinary, MAX_DEPTH), None);
        let flow = "a: ".to_string() + &"[".repeat(200_000);
        assert_eq!(too_deep(&flow, MAX_DEPTH), Some((1, 3 + MAX_DEPTH)));
        let dashes = "- ".repeat(1_000) + "x\n";
        assert_eq!(too_deep(&dashes, MAX_DEPTH), Some((1, 1)));
        let block: String = (0..200)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect();
        assert_eq!(
            too_deep(&block, MAX_DEPTH),
            Some((MAX_DEPTH + 1, MAX_DEPTH + 1))
        );
    }
}
