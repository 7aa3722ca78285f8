//! CertInfo from arbitrary DER (a hostile server chooses its certificate):
//! no panic, and what comes out is bounded and well-formed.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_check::probe::cert::{parse, MAX_NAMES};

fuzz_target!(|data: &[u8]| {
    let Some(info) = parse(data) else {
        return;
    };
    assert!(info.names.len() <= MAX_NAMES);
    // Every text comes from the input (lossy UTF-8 at most triples a byte).
    let limit = data.len() * 3;
    assert!(info.subject.len() <= limit && info.issuer.len() <= limit + 3);
    assert!(info.names.iter().all(|n| n.len() <= limit.max(39)));
    // `YYYY-MM-DD`, and the day number of that date (years 0000–9999).
    let b = info.expires.as_bytes();
    assert_eq!(b.len(), 10, "{:?}", info.expires);
    assert!(b[4] == b'-' && b[7] == b'-');
    assert!((-719_528..=2_932_896).contains(&info.expires_day));
});
