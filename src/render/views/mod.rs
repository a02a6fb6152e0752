//! Every value a template sees, one file per family, each type with the
//! code that builds it. docs/theme.md documents them as templates see
//! them (variable names and fields): a field added, renamed or removed
//! here is a change to that page too.
//!
//! - `page`: the variables every page has (`lang`, `site`, `page`,
//!   `languages`, `footer_pages`, `footer_more`, and `nav` from `nav`).
//! - `nav`: ways from page to page: the main navigation and the footer's
//!   menu, a section's pages (`section`), a list's `paginator`.
//! - `breadcrumbs`: `page.breadcrumbs`, which the page list (`jobs.rs`)
//!   makes.
//! - `home`: the home page's `home` and the network's `counts`.
//! - `story`: story cards, a story's page (`story`), the lists narrowed
//!   to a municipality, governorate or committee (`facets`, `facet`).
//! - `member`: a member's page (`member`), the directory's cards,
//!   governorate sections and open-data links.
//! - `hours`: a member's opening hours (`member.hours`).
//! - `service`: the services list and a service's page, and a member's
//!   services.
//! - `dataset`: dataset cards, a dataset's page; `table`: its files'
//!   columns and preview; `chart`: their chart.
//! - `deliverable`: deliverable cards, a deliverable's page, the groups
//!   by committee (`committees`) and the filters (`years`, `kinds`).
//! - `file`: a file offered for download (a deliverable's, a dataset's).
//! - `event`: event cards, the calendar, an event's page, and the
//!   calendar files (`.ics`) written beside the pages.
//! - `special`: the 404 page's `messages`, the root page's `choices`.
//!
//! The values many families share (`Text`, `Rich`, `Keyed`, `MemberRef`,
//! `TagView`) and the `Views` they are built from are in `crate::view`,
//! which other stages use too (the search index, the data catalogue,
//! shortcodes). `fill.rs` puts these into a page's variables, one
//! function per kind of page.

pub mod breadcrumbs;
pub mod chart;
pub mod dataset;
pub mod deliverable;
pub mod event;
pub mod file;
pub mod home;
pub mod hours;
pub mod member;
pub mod nav;
pub mod page;
pub mod service;
pub mod special;
pub mod story;
pub mod table;
