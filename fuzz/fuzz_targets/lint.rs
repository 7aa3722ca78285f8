//! The whole `lint` on arbitrary input, and its text report (excerpts,
//! masking): no panic, spans inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Bytes decoded as the command line decodes a file (UTF-16, invalid bytes).
    let text = smtp_check::decode::decode(data).text;
    let analysis = smtp_check::analyze(
        &text,
        &smtp_check::Options::with_verified_list("a@b.co,b.co"),
    );
    let shown = smtp_check::cli::render_report(
        "f",
        &text,
        &analysis,
        smtp_check::cli::Format::Text,
        false,
    );
    assert!(shown.ends_with("info\n"));
    let report = &analysis.report;
    for f in &report.findings {
        if let Some(s) = f.span {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
});
