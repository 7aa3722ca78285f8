//! Strict base64 decoding, as the `base64` crate's `STANDARD`, `URL_SAFE`
//! and `STANDARD_NO_PAD` engines decode (canonical padding or none, no
//! stray bits after the last byte, nothing but the alphabet), without the
//! crate's engine in the page's WebAssembly: its decoder and tables were
//! ~3.4 KB of the module, for the few Kubernetes Secret values a paste
//! holds. The native probe still uses the crate for its own work.

/// Which 62nd and 63rd characters, and whether padding is required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// `+` `/`, padded to a multiple of 4 with `=` (RFC 4648 §4).
    Standard,
    /// `-` `_`, padded (RFC 4648 §5).
    UrlSafe,
    /// `+` `/`, no `=` at all.
    StandardNoPad,
}

/// The bytes `s` encodes, or `None` where the engine refuses it.
pub fn decode(s: &str, engine: Engine) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let (url, padded) = match engine {
        Engine::Standard => (false, true),
        Engine::UrlSafe => (true, true),
        Engine::StandardNoPad => (false, false),
    };
    let body = if padded {
        if b.len() % 4 != 0 {
            return None;
        }
        let pads = b.iter().rev().take(2).take_while(|&&c| c == b'=').count();
        &b[..b.len() - pads]
    } else {
        b
    };
    if body.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in body {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' if !url => 62,
            b'/' if !url => 63,
            b'-' if url => 62,
            b'_' if url => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // The bits after the last whole byte must be zero.
    (acc == 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;
    use proptest::prelude::*;

    fn crate_decode(s: &str, engine: Engine) -> Option<Vec<u8>> {
        use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE};
        match engine {
            Engine::Standard => STANDARD.decode(s),
            Engine::UrlSafe => URL_SAFE.decode(s),
            Engine::StandardNoPad => STANDARD_NO_PAD.decode(s),
        }
        .ok()
    }

    const ENGINES: [Engine; 3] = [Engine::Standard, Engine::UrlSafe, Engine::StandardNoPad];

    #[test]
    fn like_the_crate_at_the_edges() {
        for s in [
            "",
            "=",
            "==",
            "===",
            "====",
            "A",
            "AA",
            "AAA",
            "AAAA",
            "QQ",
            "QQ=",
            "QQ==",
            "QR==",
            "QUI",
            "QUI=",
            "QUJ=",
            "QUJD",
            "QUJDRA==",
            "QUJDRA",
            "Q=Q=",
            "QQ==QQ==",
            "Zm9v\n",
            " Zm9v",
            "Zm9v YmFy",
            "-_-_",
            "+/+/",
            "c21 ",
            "YQ===",
            "YWI=YQ==",
            "/w==",
            "_w==",
            "dXNlcjpwYXNz",
            "5L2g5aW9",
        ] {
            for e in ENGINES {
                assert_eq!(decode(s, e), crate_decode(s, e), "{s:?} {e:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn like_the_crate(s in "[A-Da-d0-2+/_=\\- ]{0,10}") {
            for e in ENGINES {
                prop_assert_eq!(decode(&s, e), crate_decode(&s, e), "{:?} {:?}", s, e);
            }
        }

        #[test]
        fn round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
            use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE};
            prop_assert_eq!(decode(&STANDARD.encode(&bytes), Engine::Standard), Some(bytes.clone()));
            prop_assert_eq!(decode(&URL_SAFE.encode(&bytes), Engine::UrlSafe), Some(bytes.clone()));
            prop_assert_eq!(decode(&STANDARD_NO_PAD.encode(&bytes), Engine::StandardNoPad), Some(bytes));
        }
    }
}
