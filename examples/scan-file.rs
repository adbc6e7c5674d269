//! Prints the findings of the detectors in a text file, one per line (a review aid for
//! false positives on real prose).
//!
//! `cargo run --release --example scan-file -- FILE [FIRST LAST]...`

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = std::fs::read_to_string(&args[0])?;
    let names: Vec<(String, String)> = args[1..]
        .chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| (c[0].clone(), c[1].clone()))
        .collect();
    let det = linkedin_exposure::classify::detect::Detectors::new(&names);
    let mut out = Vec::new();
    det.scan(&text, &mut out);
    for f in &out {
        println!(
            "{:16} {:22} {:?}",
            f.class.as_str(),
            f.kind,
            &text[f.start..f.end]
        );
    }
    Ok(())
}
