//! Whole exports: arbitrary bytes written as a ZIP file, opened and read end to end with
//! small limits (so a bomb costs little).
#![no_main]

use std::sync::atomic::AtomicU64;

use libfuzzer_sys::fuzz_target;
use linkedin_exposure::archive::Limits;
use linkedin_exposure::export::{open, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir
        .path()
        .join("Complete_LinkedInDataExport_01-01-2024.zip");
    std::fs::write(&path, data).expect("written");
    let limits = Limits {
        max_entries: 1000,
        max_entry_bytes: 8 << 20,
        max_total_bytes: 16 << 20,
        max_ratio: 100,
        ratio_floor: 1 << 20,
        max_name_len: 1024,
    };
    let Ok(export) = open(&[path], limits) else {
        return;
    };
    let counter = AtomicU64::new(0);
    let opts = ReadOptions {
        parallel_entries: false,
        ..ReadOptions::default()
    };
    let outcomes = export.run(
        &opts,
        &counter,
        &|item| item.text.len(),
        &|| 0usize,
        &|sum: &mut usize, lens: Vec<usize>| *sum += lens.iter().sum::<usize>(),
    );
    let _ = outcomes.len();
});
