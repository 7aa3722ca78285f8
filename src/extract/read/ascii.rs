//! ASCII case-insensitive search, eight bytes a step (the engine tests
//! marker words against values and mail words against names for every
//! entry: a byte loop per needle was a large share of its time).

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each zero byte of `x` (exact: no carries across bytes,
/// so every flagged byte is one).
#[inline]
pub fn zero_bytes(x: u64) -> u64 {
    !(((x & LOW7).wrapping_add(LOW7)) | x) & !LOW7
}

/// The high bit of each `\n` and `\r` byte of `w` (exact). A word with
/// no byte below 0x0E (most: those two are the only control bytes most
/// text has besides the tab) is ruled out by one subtraction first — any
/// byte below `n` makes `(w - n…) & !w` set a high bit, and none can
/// without one (`n` ≤ 128) — before the two exact tests.
#[inline]
pub fn line_break_bytes(w: u64) -> u64 {
    if w.wrapping_sub(splat(0x0E)) & !w & !LOW7 == 0 {
        return 0;
    }
    zero_bytes(w ^ splat(b'\n')) | zero_bytes(w ^ splat(b'\r'))
}

/// `b` in each of the eight bytes of a word.
#[inline]
pub const fn splat(b: u8) -> u64 {
    ONES * b as u64
}

/// Eight bytes as one word, the first byte lowest.
#[inline]
pub fn word(chunk: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk);
    u64::from_le_bytes(w)
}

/// Which bytes start one of `words`, as a table (built at compile time:
/// a marker test asks the table first, then compares only the words that
/// can start there).
pub const fn first_bytes(words: &[&str]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < words.len() {
        t[words[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
}

/// Whether `needle` occurs in `hay`, ASCII letters compared without case.
/// Candidates are the places of the needle's first byte (a letter in
/// either case: `b | 0x20` folds exactly the two cases of a letter onto
/// its lowercase), each then compared whole.
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    if h.len() < n.len() {
        return false;
    }
    let first = first.to_ascii_lowercase();
    let fold: u8 = if first.is_ascii_lowercase() { 0x20 } else { 0 };
    let at = |i: usize| h[i..i + n.len()].eq_ignore_ascii_case(n);
    // Where the needle may start.
    let starts = &h[..=h.len() - n.len()];
    let chunks = starts.chunks_exact(8);
    let tail = starts.len() - chunks.remainder().len();
    for (c, chunk) in chunks.enumerate() {
        let w = word(chunk) | splat(fold);
        let mut hits = zero_bytes(w ^ splat(first));
        while hits != 0 {
            if at(c * 8 + (hits.trailing_zeros() / 8) as usize) {
                return true;
            }
            hits &= hits - 1;
        }
    }
    (tail..starts.len()).any(|i| (h[i] | fold) == first && at(i))
}

#[cfg(test)]
mod tests {
    use super::{contains_ci, first_bytes, line_break_bytes, word};

    #[test]
    fn line_break_bytes_flags_exactly_the_breaks() {
        // Every byte value in every lane, beside bytes one away from the
        // breaks and below the pre-test's bound (borrows across lanes).
        let fill = [
            b'a', 0x0b, 0x0c, 0x0e, 0x09, 0x8a, 0x8d, 0x00, 0x0d, 0x0a, 0xff,
        ];
        for lane in 0..8 {
            for b in 0..=255u8 {
                for f in fill {
                    let mut bytes = [f; 8];
                    bytes[lane] = b;
                    let want = bytes
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| matches!(c, b'\n' | b'\r'))
                        .fold(0u64, |h, (i, _)| h | 0x80 << (8 * i));
                    assert_eq!(line_break_bytes(word(&bytes)), want, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn first_bytes_marks_exactly_the_first_bytes() {
        const T: [bool; 256] = first_bytes(&["${", "{{", "ENC[", "<%"]);
        for b in 0..=255u8 {
            assert_eq!(
                T[usize::from(b)],
                matches!(b, b'$' | b'{' | b'E' | b'<'),
                "{b}"
            );
        }
    }

    /// The plain definition, to compare with.
    fn slow(h: &str, n: &str) -> bool {
        h.to_ascii_lowercase().contains(&n.to_ascii_lowercase())
    }

    #[test]
    fn matches_any_case_anywhere_like_the_plain_definition() {
        let hays = [
            "",
            "m",
            "MailKit",
            "using MailKit.Net.Smtp;",
            "x new smtpclient(",
            "é MailKiτ and then mailkit at the very end: MAILKIT",
            "0123456789abcdefMAILKIT",
            "@@@@@@@@`````````mailki",
            "gomail.Dialer{Host: x}",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
        ];
        let needles = [
            "",
            "m",
            "mailkit",
            "MailKit",
            "new SmtpClient",
            "gomail.Dialer{",
            "{",
            "@",
            "`",
            "ab",
            "é m",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(contains_ci(h, n), slow(h, n), "{h:?} {n:?}");
            }
        }
        // Every offset of a match inside and around the eight-byte steps.
        for pad in 0..20 {
            let h = format!("{}MaIlKiT{}", "x".repeat(pad), "y".repeat(pad % 3));
            assert!(contains_ci(&h, "mailkit"), "{h}");
            assert!(!contains_ci(&h[..h.len() - 1 - pad % 3], "mailkit"), "{h}");
        }
    }
}
