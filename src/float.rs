//! What `str::parse::<f64>` makes of a word, without the float parser.
//!
//! The checker only asks whether a word is a number literal (the syntax
//! sniffer) and whether that number is zero (JavaScript truthiness); the
//! standard parser answers with the value, and brings ~6 KB of code and a
//! ~10 KB table of powers of five (incompressible) into the page's
//! WebAssembly. This reads the same grammar and says zero exactly where the
//! correctly rounded value is ±0.0, underflow included (`1e-400`).

/// A number literal by its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Float {
    /// `0`, `-0.0`, `0e9`, or a value that rounds to zero (`1e-400`).
    Zero,
    /// Any other number, infinities included (`inf`, `1e999`).
    NonZero,
    /// `nan` (any case, any sign).
    NaN,
}

/// `s.parse::<f64>()` as a class: `None` where it fails. The grammar:
/// `[+-]? (inf | infinity | nan | Digit+ ('.' Digit*)? Exp? | '.' Digit+ Exp?)`
/// with `Exp = [eE] [+-]? Digit+`, the words in any case.
pub fn classify(s: &str) -> Option<Float> {
    let b = s.as_bytes();
    let body = match b.first() {
        Some(b'+' | b'-') => &b[1..],
        _ => b,
    };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(Float::NonZero);
    }
    if body.eq_ignore_ascii_case(b"nan") {
        return Some(Float::NaN);
    }
    // The significant digits (from the first non-zero one) and the decimal
    // exponent of the first one: the value is in [10^lead, 10^(lead+1)).
    let mut digits: Vec<u8> = Vec::new();
    let mut any_digit = false;
    let mut point = false;
    let mut lead: i64 = 0;
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        match c {
            b'0'..=b'9' => {
                any_digit = true;
                if !digits.is_empty() || c != b'0' {
                    if digits.is_empty() && point {
                        lead -= 1; // this fraction digit's own place
                    }
                    digits.push(c - b'0');
                }
                if digits.is_empty() && point {
                    lead -= 1; // a zero after the point, before any non-zero digit
                } else if !point && digits.len() > 1 {
                    lead += 1;
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(c) = body.get(i) {
        if !matches!(c, b'e' | b'E') {
            return None;
        }
        i += 1;
        let negative = match body.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let exp_digits = &body[i..];
        if exp_digits.is_empty() || !exp_digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        // Saturates far beyond any place a double can reach.
        let exp = exp_digits
            .iter()
            .fold(0i64, |e, &d| (e * 10 + i64::from(d - b'0')).min(1 << 40));
        lead += if negative { -exp } else { exp };
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    Some(if digits.is_empty() {
        Float::Zero
    } else {
        // The smallest double is 2^-1074 ≈ 4.94e-324; values up to half of
        // it (2^-1075 ≈ 2.47e-324, the tie rounding to even) become 0.
        match lead {
            l if l >= -323 => Float::NonZero,
            l if l <= -325 => Float::Zero,
            _ if digits <= half_min_subnormal() => Float::Zero,
            _ => Float::NonZero,
        }
    })
}

/// The significant digits of 2^-1075 (= 5^1075 × 10^-1075), most
/// significant first: its first digit is in the 10^-324 place.
fn half_min_subnormal() -> Vec<u8> {
    // 5^1075, little-endian decimal digits.
    let mut n = vec![1u8];
    for _ in 0..1075 {
        let mut carry = 0;
        for d in n.iter_mut() {
            let v = *d * 5 + carry;
            *d = v % 10;
            carry = v / 10;
        }
        if carry > 0 {
            n.push(carry);
        }
    }
    n.reverse();
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn std_class(s: &str) -> Option<Float> {
        s.parse::<f64>().ok().map(|v| {
            if v.is_nan() {
                Float::NaN
            } else if v == 0.0 {
                Float::Zero
            } else {
                Float::NonZero
            }
        })
    }

    #[test]
    fn the_edges_of_the_grammar_and_of_underflow() {
        let tie = format!(
            "0.{}{}",
            "0".repeat(323),
            half_min_subnormal()
                .iter()
                .map(|d| char::from(b'0' + d))
                .collect::<String>()
        );
        assert_eq!(half_min_subnormal().len(), 752);
        for s in [
            "",
            "+",
            "-",
            ".",
            "e5",
            ".e5",
            "1e",
            "1e+",
            "1.2.3",
            " 1",
            "1 ",
            "0x10",
            "1_000",
            "1.",
            ".5",
            "-.5",
            "+1",
            "007",
            "0.000",
            "-0",
            "1e5",
            "1E-5",
            "2.5e+3",
            "inf",
            "-Infinity",
            "NaN",
            "nAn",
            "infinit",
            "infinityy",
            "1e999",
            "1e-400",
            "0e999",
            "1e-323",
            "1e-324",
            "9.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "4.9e-324",
            "0.00001e-319",
            "12345e-328",
            "1e99999999999999999999999",
            "1e-99999999999999999999999",
            &tie,
            &format!("{tie}0000"),
            &format!("{tie}0001"),
        ] {
            assert_eq!(classify(s), std_class(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn like_the_standard_parser(s in "[+-]?[0-9]{0,4}(\\.[0-9]{0,4})?([eE][+-]?[0-9]{0,4})?") {
            prop_assert_eq!(classify(&s), std_class(&s));
        }

        #[test]
        fn like_the_standard_parser_near_underflow(m in "[0-9]{1,20}", e in -360i32..-300) {
            let s = format!("{m}e{e}");
            prop_assert_eq!(classify(&s), std_class(&s));
            let s = format!("0.{m}e{e}");
            prop_assert_eq!(classify(&s), std_class(&s));
        }

        #[test]
        fn like_the_standard_parser_on_any_text(s in "[0-9eE.+\\-a-zA-Z]{0,12}") {
            prop_assert_eq!(classify(&s), std_class(&s));
        }
    }
}
