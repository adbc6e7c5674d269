//! `Detectors::scan` allocates nothing when it finds nothing: a counting global allocator
//! watches scans of texts full of near-misses (digits, dates, '@', "www.", lexicon-like
//! words, first names), after one warm-up scan per thread (the regex crate keeps a
//! per-thread search cache).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwards the caller's layout to the system allocator unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn nothing_found_means_nothing_allocated() {
    let det = linkedin_exposure::classify::detect::Detectors::new(&[
        ("Rose".into(), "Hill".into()),
        ("Jürgen".into(), "Weiß".into()),
    ]);
    let texts = [
        "Met Rose and Jürgen on 12.03.2024 at 14:30, version 1.2.3, price €1.299,00, order 302-1234567-1234567.",
        "@team the union of two sets, positive feedback, Black Friday, www. and https:// alone, 10115 Berlin.",
        "Ich glaube, die Firma sucht Verstärkung; Podemos hacerlo; aspetto con ansia; the party line is clear.",
    ];
    let mut out = Vec::new();
    for t in texts {
        det.scan(t, &mut out);
    }
    assert!(out.is_empty(), "{out:?}");
    let before = ALLOCS.load(Ordering::Relaxed);
    for _ in 0..50 {
        for t in texts {
            det.scan(t, &mut out);
        }
    }
    assert_eq!(ALLOCS.load(Ordering::Relaxed) - before, 0);
    assert!(out.is_empty());
}
