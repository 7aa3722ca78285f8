//! The probe's SMTP reply parser on whatever a server may send: no panic,
//! never more consumed than given nor buffered past the caps, and the same
//! answer whether the bytes arrive at once or a piece at a time.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_check::probe::reply::{parse_reply, ReplyError, MAX_LINE, MAX_LINES, MAX_REPLY};

fuzz_target!(|data: &[u8]| {
    match parse_reply(data) {
        Ok(Some((reply, consumed))) => {
            assert!(consumed > 0 && consumed <= data.len());
            // Every line but the last fits in MAX_REPLY, the last in MAX_LINE.
            assert!(consumed <= MAX_REPLY + MAX_LINE);
            assert!((200..600).contains(&reply.code));
            assert!(!reply.lines.is_empty() && reply.lines.len() <= MAX_LINES);
            // Lossy UTF-8 turns one bad byte into at most 3 bytes of U+FFFD.
            let text: usize = reply.lines.iter().map(String::len).sum();
            assert!(text <= consumed * 3);
            assert!(data[..consumed].ends_with(b"\n"));
            // The reply stands alone: what follows it changes nothing.
            assert_eq!(
                parse_reply(&data[..consumed]),
                Ok(Some((reply.clone(), consumed)))
            );
            // A reader that gets a prefix is told to wait, or (past the
            // reply cap) to give up; never a different reply.
            for cut in [0, consumed / 2, consumed - 1] {
                match parse_reply(&data[..cut]) {
                    Ok(None) | Err(ReplyError::TooLong) => {}
                    other => panic!("prefix of {cut} bytes: {other:?}"),
                }
            }
            let _ = (reply.quoted(), reply.is_positive(), reply.is_intermediate());
        }
        // Waiting for more is only allowed while within the caps.
        Ok(None) => assert!(data.len() <= MAX_REPLY + MAX_LINE),
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
