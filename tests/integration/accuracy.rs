//! Accuracy gate: a seeded synthetic corpus (smaller than the example's) must reach the
//! targets of every type: precision and recall >= 0.95 for pii and people, >= 0.90 for the
//! special categories. Scoring rules are in `eval/mod.rs`.

#[path = "../../eval/mod.rs"]
pub mod eval;

#[test]
fn every_type_meets_its_target() {
    for seed in [1, 2] {
        let corpus = eval::generate(seed, 1500);
        let det = linkedin_exposure::classify::detect::Detectors::new(&corpus.connections);
        let score = eval::score(&corpus, &det);
        let mut below = Vec::new();
        for (_, kind) in eval::all_types() {
            let c = score.per_type[kind];
            assert!(
                c.labels >= 30,
                "seed {seed}: too few {kind} labels ({}) to measure",
                c.labels
            );
            if c.precision() < eval::target(kind) || c.recall() < eval::target(kind) {
                below.push(format!(
                    "{kind}: P {:.3} R {:.3} (target {:.2})",
                    c.precision(),
                    c.recall(),
                    eval::target(kind)
                ));
            }
        }
        let examples: Vec<_> = score
            .false_pos
            .iter()
            .chain(&score.misses)
            .take(20)
            .collect();
        assert!(
            below.is_empty(),
            "seed {seed}: below target: {below:#?}\nfirst errors: {examples:#?}"
        );
    }
}

#[test]
fn findings_are_sorted_on_char_boundaries_and_disjoint_per_class() {
    let corpus = eval::generate(3, 400);
    let det = linkedin_exposure::classify::detect::Detectors::new(&corpus.connections);
    let mut out = Vec::new();
    for d in &corpus.docs {
        out.clear();
        det.scan(&d.text, &mut out);
        for w in out.windows(2) {
            assert!(w[0].start <= w[1].start, "not sorted in {:?}", d.text);
        }
        for (i, a) in out.iter().enumerate() {
            assert!(
                d.text.is_char_boundary(a.start)
                    && d.text.is_char_boundary(a.end)
                    && a.start < a.end
            );
            for b in &out[i + 1..] {
                assert!(
                    a.class != b.class || a.end <= b.start,
                    "overlap {a:?} {b:?} in {:?}",
                    d.text
                );
            }
        }
    }
}

#[test]
fn scan_appends_and_keeps_earlier_findings() {
    let det =
        linkedin_exposure::classify::detect::Detectors::new(&[("Rose".into(), "Hill".into())]);
    let mut out = Vec::new();
    det.scan("mail rose@example.com", &mut out);
    let before = out.clone();
    det.scan("Thanks Rose Hill!", &mut out);
    assert_eq!(&out[..before.len()], &before[..]);
    assert_eq!(out.len(), before.len() + 1);
    assert!(out.capacity() >= out.len());
    let mut empty: Vec<linkedin_exposure::classify::detect::Finding> = Vec::new();
    det.scan("Nothing to see in this sentence at all.", &mut empty);
    assert_eq!(empty.capacity(), 0, "no allocation when nothing is found");
}
