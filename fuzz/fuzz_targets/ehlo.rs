//! The EHLO capability parser, on replies the reply parser accepts and on
//! arbitrary lines: no panic, one capability per line at most, keywords
//! upper-case and unsplit, AUTH mechanisms upper-case and unique.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_check::probe::reply::{parse_ehlo, parse_reply, Ehlo, Reply, MAX_LINES};

fn check(reply: &Reply, input_len: usize) {
    let ehlo: Ehlo = parse_ehlo(reply);
    assert!(ehlo.capabilities.len() <= reply.lines.len().saturating_sub(1));
    assert!(!ehlo.domain.contains(char::is_whitespace));
    let mut params = 0;
    for (keyword, values) in &ehlo.capabilities {
        assert!(!keyword.is_empty());
        assert!(!keyword.contains([' ', '=']));
        assert_eq!(keyword, &keyword.to_ascii_uppercase());
        assert!(values
            .iter()
            .all(|v| !v.is_empty() && !v.contains(char::is_whitespace)));
        params += values.len();
    }
    let mechanisms = ehlo.auth_mechanisms();
    assert!(mechanisms.len() <= params);
    for (i, m) in mechanisms.iter().enumerate() {
        assert!(!m.is_empty() && m == &m.to_ascii_uppercase());
        assert!(!mechanisms[..i].contains(m));
    }
    assert_eq!(ehlo.starttls(), ehlo.has("STARTTLS"));
    let _ = ehlo.size();
    let text: usize = reply.lines.iter().map(String::len).sum();
    assert!(text <= input_len * 3);
}

fuzz_target!(|data: &[u8]| {
    if let Ok(Some((reply, _))) = parse_reply(data) {
        check(&reply, data.len());
    }
    // The same bytes as the lines of a 250 reply, whatever they hold.
    let text = String::from_utf8_lossy(data);
    let lines = text
        .split('\n')
        .take(MAX_LINES)
        .map(str::to_string)
        .collect();
    check(&Reply { code: 250, lines }, text.len());
});
