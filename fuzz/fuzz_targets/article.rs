//! The article parser on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let article = linkedin_exposure::export::article::parse(&html);
    let _ = article.text();
    let _ = article.is_published();
});
