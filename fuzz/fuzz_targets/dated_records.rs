//! The dated reader (Shares, Comments, SearchQueries) on arbitrary bytes; the first byte
//! picks the kind.
#![no_main]

use libfuzzer_sys::fuzz_target;
use linkedin_exposure::export::catalog::Dated;
use linkedin_exposure::export::records::dated_records;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let kind = match pick % 3 {
        0 => Dated::Shares,
        1 => Dated::Comments,
        _ => Dated::SearchQueries,
    };
    let input: Box<dyn std::io::Read> = Box::new(rest);
    if let Ok(Some(mut records)) = dated_records(input, "fuzz.csv", kind) {
        let _ = records.header();
        let mut batch = Vec::new();
        while let Ok(true) = records.next_batch(7, &mut batch) {
            batch.clear();
        }
        let _ = records.take_warnings();
    }
});
