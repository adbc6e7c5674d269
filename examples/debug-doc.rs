//! Prints one corpus document with its labels and findings (a debugging aid).
//!
//! `cargo run --example debug-doc -- SEED DOCS INDEX`
#[path = "../eval/mod.rs"]
mod eval;

fn main() {
    let a: Vec<usize> = std::env::args()
        .skip(1)
        .map(|s| s.parse().expect("number"))
        .collect();
    let c = eval::generate(a[0] as u64, a[1]);
    let d = &c.docs[a[2]];
    println!("{:?}", d.text);
    for l in &d.labels {
        println!("label {} {:?}", l.kind, &d.text[l.start..l.end]);
    }
    let mut f = Vec::new();
    linkedin_exposure::classify::detect::Detectors::new(&c.connections).scan(&d.text, &mut f);
    for x in &f {
        println!("found {} {:?}", x.kind, &d.text[x.start..x.end]);
    }
}
