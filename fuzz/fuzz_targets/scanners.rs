//! The shared line and code scanners (every dialect extractor reads them),
//! and every dialect's extractor through `extract()`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_check::extract;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for e in extract::lines::scan(&text) {
        assert!(e.value.span.end <= text.len());
    }
    let toks = extract::code::tokenize(&text);
    let _ = extract::code::assignments(&text, &toks);
    for cfg in extract::extract(&text) {
        let _ = cfg.dialect.tls(&cfg);
        for f in &cfg.fields {
            assert!(text.get(f.value.span.clone()).is_some());
        }
    }
});
