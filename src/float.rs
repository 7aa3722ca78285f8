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

/// `s.parse::<f64>()` where the value is exact without the standard
/// parser: infinities, NaN, zero (underflow included), over 10^308 (an
/// overflow to infinity), and the literals whose digits make an integer of
/// at most 2^53 with at most 22 further powers of ten to multiply or
/// divide by (`587`, `465.0`, `1.5e3`, `0.25`: one correctly rounded
/// operation on two exact doubles, the standard parser's own fast path).
/// `None` for the rest, which the standard parser rounds with its ~10 KB
/// table (more than 15 or 16 significant digits, or `1e100`): no setting
/// this checker compares writes one, and such a literal is then not read
/// as a number at all rather than read wrong.
pub fn value(s: &str) -> Option<f64> {
    let class = classify(s)?;
    let b = s.as_bytes();
    let (sign, body) = match b.first() {
        Some(b'-') => (-1.0, &b[1..]),
        Some(b'+') => (1.0, &b[1..]),
        _ => (1.0, b),
    };
    match class {
        Float::NaN => return Some(f64::NAN),
        Float::Zero => return Some(sign * 0.0),
        Float::NonZero => {}
    }
    if body.first().is_some_and(|c| c.is_ascii_alphabetic()) {
        return Some(sign * f64::INFINITY); // `inf`, `infinity` (classify read the word)
    }
    // The digits as an integer (its trailing zeros kept apart: `100`, `1e20`
    // stay small) and the power of ten it is multiplied by.
    let (mut mant, mut exp, mut zeros, mut digits) = (0u64, 0i64, 0i64, 0i64);
    let mut point = false;
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        match c {
            b'0'..=b'9' => {
                if point {
                    exp -= 1;
                }
                if c == b'0' {
                    zeros += i64::from(mant != 0);
                } else {
                    for _ in 0..zeros {
                        mant = mant.checked_mul(10)?;
                    }
                    mant = mant.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
                    digits += zeros + 1;
                    zeros = 0;
                }
            }
            b'.' => point = true,
            _ => break, // `e` or `E`: classify checked the exponent's form
        }
        i += 1;
    }
    exp += zeros;
    if i < body.len() {
        let e = &body[i + 1..];
        let (negative, e) = match e.first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        let e = e
            .iter()
            .fold(0i64, |n, &d| (n * 10 + i64::from(d - b'0')).min(1 << 40));
        exp += if negative { -e } else { e };
    }
    // At least 10^309, beyond f64::MAX (≈ 1.8 × 10^308).
    if exp + digits - 1 > 308 {
        return Some(sign * f64::INFINITY);
    }
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if exp > 22 {
        // The powers beyond 10^22 into the integer while it stays exact.
        for _ in 22..exp {
            mant = mant.checked_mul(10)?;
        }
        exp = 22;
    }
    if mant > 1 << 53 || exp < -22 {
        return None;
    }
    let m = mant as f64;
    Some(
        sign * match usize::try_from(exp) {
            Ok(e) => m * POW10[e],
            Err(_) => m / POW10[exp.unsigned_abs() as usize],
        },
    )
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

    /// Up to 15 digits before any exponent, and an exponent within ±7:
    /// `value` always reads these.
    fn always_read(s: &str) -> bool {
        let (m, e) = s.split_once(['e', 'E']).unwrap_or((s, "0"));
        classify(s).is_some()
            && m.bytes().filter(u8::is_ascii_digit).count() <= 15
            && e.parse::<i64>().is_ok_and(|e| e.abs() <= 7)
    }

    /// `value` is the standard parser's value wherever it gives one, and
    /// gives one wherever [`always_read`] says.
    fn same_value(s: &str) -> bool {
        match (value(s), s.parse::<f64>().ok()) {
            (Some(v), Some(w)) => v.to_bits() == w.to_bits() || (v.is_nan() && w.is_nan()),
            (None, _) => !always_read(s),
            (Some(_), None) => false,
        }
    }

    #[test]
    fn values_are_the_standard_parsers() {
        for s in [
            "587",
            "465.0",
            "-0",
            "+0.0",
            "0e999",
            "1e-400",
            "1.5e3",
            "0.25",
            "100",
            "1e20",
            "1e22",
            "1e23",
            "1e37",
            "9007199254740992",
            "9007199254740993",
            "0.1",
            "0.3",
            "-2.5E-3",
            "1e308",
            "1.7976931348623157e308",
            "1e309",
            "12e308",
            "-inf",
            "Infinity",
            "NaN",
            "007",
            ".5",
            "5.",
            "0.000001",
            "123456789012345e-22",
        ] {
            assert!(same_value(s), "{s:?}");
        }
        for s in ["587", "465.0", "1e23", "0.1", "-inf", "1e309", "0.000001"] {
            assert!(value(s).is_some(), "{s:?}");
        }
        // Beyond the exact path: not read rather than read wrong.
        assert_eq!(value("9007199254740993"), None);
        assert_eq!(value("1e100"), None);
        assert_eq!(value("1e-30"), None);
        for s in ["", "1_000", " 1", "0x10", "e5", "1e"] {
            assert_eq!(value(s), None, "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn values_like_the_standard_parser(s in "[+-]?[0-9]{0,9}(\\.[0-9]{0,6})?([eE][+-]?[0-9]{0,2})?") {
            prop_assert!(same_value(&s));
        }

        #[test]
        fn values_like_the_standard_parser_on_any_text(s in "[0-9eE.+\\-a-zA-Z]{0,12}") {
            prop_assert!(same_value(&s));
        }

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
