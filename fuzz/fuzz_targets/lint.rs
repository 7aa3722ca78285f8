//! The whole `lint` on arbitrary input: no panic, spans inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = smtp_check::lint(
        &text,
        &smtp_check::Options::with_verified_list("a@b.co,b.co"),
    );
    for f in &report.findings {
        if let Some(s) = f.span {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
});
