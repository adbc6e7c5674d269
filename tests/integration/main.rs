//! The integration tests: one binary (ripgrep/xsv style), each test running the real program
//! in a temporary directory where it needs one.

mod accuracy;
mod cli;
mod detect_robust;
mod diff;
mod exposure;
mod fixtures;
mod hostile;
mod network;
mod no_network;
mod props;
mod report;
mod report_dom;
mod request;
mod roundtrip;
mod schema;
mod util;
