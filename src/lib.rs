//! linkedin-exposure: reads a LinkedIn data export offline and tells the member how much of
//! it LinkedIn may use to train generative AI, and what sensitive data sits in it.
//!
//! The stages, each a module, in the order data flows (DESIGN §3):
//! `archive` (ZIP or folder, limits) -> `export` (catalog, parsers, items) -> `summary`
//! (per-category totals) -> `render` (table, JSON; the report's HTML and Markdown, whose
//! model is `report`). `classify` holds the policy table and the
//! exposure rule; `synth` builds synthetic exports for tests and benchmarks. `cli` and `app`
//! are the edge.

pub mod app;
pub mod archive;
pub mod classify;
pub mod cli;
pub mod diff;
pub mod export;
pub mod model;
pub mod output;
pub mod redact;
pub mod render;
pub mod report;
pub mod request;
pub mod summary;
pub mod synth;
pub mod words;
