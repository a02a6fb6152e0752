//! End-to-end tests: fixture sites under tests/fixtures built through the
//! library (and once through the binary), with assertions on the output.

mod adopt;
mod bad_input;
mod bilingual;
mod cli;
mod data;
mod deploy;
mod diagnostics;
mod events;
mod external;
mod hostile;
mod incremental;
mod limits;
mod members;
mod no_loss;
mod output;
mod properties;
mod rebuild;
mod search;
mod serve;
mod services;
mod shipped;
mod shortcodes;
mod stories;
mod support;
mod theme_contract;
mod theme_views;
