//! Bytes to text at the entry: a file may be UTF-8 (with or without a BOM),
//! UTF-16 (Windows editors and PowerShell's `>` write UTF-16 LE with a BOM),
//! or hold bytes that are not text. The readers work on `&str`; this turns
//! any bytes into one and says what it did, so a UTF-16 file is checked
//! rather than reported as unrecognised.

/// What the bytes were.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
        }
    }
}

/// Decoded text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// Whether a BOM was found (and dropped, for UTF-16).
    pub bom: bool,
    /// How many invalid sequences were replaced by U+FFFD.
    pub replaced: usize,
}

impl Decoded {
    /// Whether `text` is exactly the bytes given (so the file may be
    /// rewritten from it).
    pub fn is_verbatim(&self) -> bool {
        self.encoding == Encoding::Utf8 && self.replaced == 0
    }
}

/// Decodes bytes: UTF-16 when a BOM says so (or, without one, when NUL
/// bytes sit at every other place as in ASCII text in UTF-16), otherwise
/// UTF-8 with invalid sequences replaced. Linear, never fails.
pub fn decode(bytes: &[u8]) -> Decoded {
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some((Encoding::Utf16Le, true)),
        [0xFE, 0xFF, ..] => Some((Encoding::Utf16Be, true)),
        _ => sniff_utf16(bytes).map(|e| (e, false)),
    };
    if let Some((encoding, bom)) = utf16 {
        let body = if bom { &bytes[2..] } else { bytes };
        let pairs = body.chunks_exact(2);
        let odd = !pairs.remainder().is_empty();
        let units = pairs.map(|c| match encoding {
            Encoding::Utf16Be => u16::from_be_bytes([c[0], c[1]]),
            _ => u16::from_le_bytes([c[0], c[1]]),
        });
        let mut replaced = 0;
        let mut text: String = char::decode_utf16(units)
            .map(|r| {
                r.unwrap_or_else(|_| {
                    replaced += 1;
                    char::REPLACEMENT_CHARACTER
                })
            })
            .collect();
        // An odd last byte cannot be a code unit.
        if odd {
            text.push(char::REPLACEMENT_CHARACTER);
            replaced += 1;
        }
        return Decoded {
            text,
            encoding,
            bom,
            replaced,
        };
    }
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            encoding: Encoding::Utf8,
            bom,
            replaced: 0,
        },
        Err(_) => {
            let mut text = String::with_capacity(bytes.len());
            let mut replaced = 0;
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    text.push(char::REPLACEMENT_CHARACTER);
                    replaced += 1;
                }
            }
            Decoded {
                text,
                encoding: Encoding::Utf8,
                bom,
                replaced,
            }
        }
    }
}

/// UTF-16 without a BOM: in the first 512 bytes, most odd (LE) or even
/// (BE) bytes are NUL and almost none of the others are — what ASCII text
/// looks like in UTF-16. UTF-8 text has no NUL at all.
fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(512)];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let nul_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    if odd * 10 >= pairs * 9 && even * 20 <= pairs {
        Some(Encoding::Utf16Le)
    } else if even * 10 >= pairs * 9 && odd * 20 <= pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, be: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
        for u in units {
            out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        out
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "MAIL_HOST=smtp.postmarkapp.com\r\nMAIL_PASSWORD=pässwörd€𝄞\r\n";
        for (be, enc) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
            for bom in [true, false] {
                let d = decode(&utf16(text, be, bom));
                assert_eq!((d.text.as_str(), d.encoding, d.bom), (text, enc, bom));
                assert_eq!(d.replaced, 0);
                assert!(!d.is_verbatim());
            }
        }
    }

    #[test]
    fn utf8_and_invalid_bytes() {
        let d = decode("a=é\n".as_bytes());
        assert!(d.is_verbatim());
        assert_eq!(d.text, "a=é\n");
        let d = decode(b"a=\xff\xfe\x80b\n\xc3");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text, "a=\u{FFFD}\u{FFFD}\u{FFFD}b\n\u{FFFD}");
        assert_eq!(d.replaced, 4);
        // A lone surrogate and an odd trailing byte in UTF-16.
        let d = decode(&[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b']);
        assert_eq!(d.text, "a\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn nul_bytes_in_utf8_text_are_not_utf16() {
        let d = decode(b"MAIL_HOST=smtp.postmarkapp.com\0\0\nMAIL_PORT=587\n");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(decode(&[0u8; 64]).encoding, Encoding::Utf8);
    }
}
