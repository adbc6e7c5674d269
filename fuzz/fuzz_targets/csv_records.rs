//! The standard CSV reader on arbitrary bytes: header search, batches, warnings.
#![no_main]

use libfuzzer_sys::fuzz_target;
use linkedin_exposure::export::records::csv_records;

fuzz_target!(|data: &[u8]| {
    let input: Box<dyn std::io::Read> = Box::new(data);
    if let Ok(Some(mut records)) = csv_records(input, "fuzz.csv", None) {
        let _ = records.header();
        let mut batch = Vec::new();
        while let Ok(true) = records.next_batch(7, &mut batch) {
            batch.clear();
        }
        let _ = records.take_warnings();
    }
});
