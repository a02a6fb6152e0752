//! What a dataset's `dataset.yaml` says about its tables' columns (their
//! titles, the list their values come from, the chart), checked against
//! the tables as read: a column named there must be in the file's first
//! row, and a chart's `y` must hold numbers.

use crate::diag::Diagnostics;
use crate::msg;
use crate::resources::Resources;
use crate::site::Site;

pub fn check(site: &Site, data: &Resources, diags: &mut Diagnostics) {
    for ds in &site.datasets {
        let src = &ds.source;
        for r in &ds.data.resources {
            let Some(table) = data.get(&ds.slug, &r.file).and_then(|p| p.table.as_ref()) else {
                continue;
            };
            let names: Vec<&str> = table.fields.iter().map(|f| f.name.as_str()).collect();
            let unknown = |column: &str, key: &str| {
                src.error_at(
                    key,
                    Some(column),
                    msg!(
                        "dataset-column-unknown",
                        column = column,
                        file = r.file.as_str()
                    ),
                )
                .help(msg!(
                    "dataset-column-unknown-help",
                    columns = names.join(", ")
                ))
            };
            for f in &r.fields {
                if !names.contains(&f.name.as_str()) {
                    diags.push(unknown(&f.name, "name"));
                }
            }
            let Some(chart) = &r.chart else { continue };
            if !names.contains(&chart.x.as_str()) {
                diags.push(unknown(&chart.x, "x"));
            }
            match table.fields.iter().find(|f| f.name == chart.y) {
                None => diags.push(unknown(&chart.y, "y")),
                Some(f) if !matches!(f.kind, "integer" | "number") => {
                    let numeric: Vec<&str> = table
                        .fields
                        .iter()
                        .filter(|f| matches!(f.kind, "integer" | "number"))
                        .map(|f| f.name.as_str())
                        .collect();
                    diags.push(
                        src.error_at(
                            "y",
                            Some(&chart.y),
                            msg!("dataset-chart-not-numeric", column = chart.y.as_str()),
                        )
                        .help(msg!(
                            "dataset-chart-not-numeric-help",
                            columns = numeric.join(", ")
                        )),
                    );
                }
                Some(_) => {}
            }
        }
    }
}
