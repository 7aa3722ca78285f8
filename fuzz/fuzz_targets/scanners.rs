//! The readers (every syntax, chosen by the sniffer, with references
//! resolved) and the profile engine with every client table, through
//! `Document::read()` and `extract()`: no panic, every span inside the text
//! on character boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_check::extract;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let inside = |r: std::ops::Range<usize>| text.get(r).is_some();
    let doc = extract::read::Document::read(&text);
    for e in &doc.entries {
        assert!(inside(e.key_span()));
        assert!(inside(e.value.span()));
    }
    for cfg in extract::extract(&text) {
        let _ = cfg.dialect.tls(&cfg);
        for f in &cfg.fields {
            assert!(inside(f.value.span.clone()));
        }
    }
});
