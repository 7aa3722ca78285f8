//! The SMTP URL / DSN parser: every URL found in arbitrary text parses
//! without panicking, and its parts' spans lie inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_check::extract::url;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let whole = 0..text.len();
    for span in url::find_all(&text)
        .into_iter()
        .chain(std::iter::once(whole))
    {
        if let Some(u) = url::parse(&text, span) {
            let _ = u.port_number();
            if let Some(c) = u.credentials(&text) {
                let _ = c;
            }
        }
    }
    let _ = url::percent_decode(&text, true);
    let _ = url::encode_userinfo(&text);
});
