//! Small text helpers shared by the rules: how far one word is from another
//! (misspelled keys and hosts) and what an invisible character is called
//! (so a message can name the U+00A0 that nobody can see).

/// Levenshtein distance in characters (insert, delete, substitute: 1 each),
/// ASCII case-insensitive. Stops early and returns `limit + 1` once the
/// distance is known to exceed `limit`, so comparing against long inputs
/// stays cheap.
pub fn distance_within(a: &str, b: &str, limit: usize) -> usize {
    // A character is at most 4 bytes: far longer texts cannot be near
    // (and are not copied: a 1 MiB value costs nothing here).
    if a.len() > 4 * (b.len() + limit.min(1 << 20)) || b.len() > 4 * (a.len() + limit.min(1 << 20))
    {
        return limit.saturating_add(1);
    }
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != cb);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(limit + 1)
}

/// Like [`distance_within`], but swapping two neighbouring characters is
/// one edit, not two (optimal string alignment): a key typed `EMAIL_USE_TSL`
/// is one edit from `EMAIL_USE_TLS`, as close as from `EMAIL_USE_SSL`.
pub fn swap_distance_within(a: &str, b: &str, limit: usize) -> usize {
    if a.len() > 4 * (b.len() + limit.min(1 << 20)) || b.len() > 4 * (a.len() + limit.min(1 << 20))
    {
        return limit.saturating_add(1);
    }
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    // Three rows: a swap reaches back two rows.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    let mut prev_min = 0;
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let mut d = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
            if i > 0 && j > 0 && *ca == b[j - 1] && a[i - 1] == *cb {
                d = d.min(before[j - 1] + 1);
            }
            cur[j + 1] = d;
            row_min = row_min.min(d);
        }
        // Later rows build on this row (+0) or the one before it (+1).
        if row_min > limit && prev_min >= limit {
            return limit + 1;
        }
        prev_min = row_min;
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(limit + 1)
}

/// Levenshtein distance, ASCII case-insensitive, without a limit.
pub fn distance(a: &str, b: &str) -> usize {
    distance_within(a, b, usize::MAX - 1)
}

/// The closest candidate within `limit` edits (case-insensitive), not equal
/// ignoring case. Ties keep the first candidate.
pub fn closest<'a>(word: &str, candidates: &[&'a str], limit: usize) -> Option<(&'a str, usize)> {
    candidates
        .iter()
        .map(|c| (*c, distance_within(word, c, limit)))
        .filter(|(_, d)| *d > 0 && *d <= limit)
        .min_by_key(|(_, d)| *d)
}

/// The Unicode name of a character that is easy to miss in a value
/// (whitespace, invisible and look-alike characters), or its code point.
pub fn char_name(c: char) -> String {
    let name = match c {
        ' ' => "SPACE",
        '\t' => "TAB",
        '\r' => "CARRIAGE RETURN",
        '\n' => "LINE FEED",
        '\u{00A0}' => "NO-BREAK SPACE",
        '\u{00AD}' => "SOFT HYPHEN",
        '\u{2007}' => "FIGURE SPACE",
        '\u{2009}' => "THIN SPACE",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{202F}' => "NARROW NO-BREAK SPACE",
        '\u{2060}' => "WORD JOINER",
        '\u{3000}' => "IDEOGRAPHIC SPACE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE (byte order mark)",
        '\u{2010}' | '\u{2011}' => "HYPHEN",
        '\u{2013}' => "EN DASH",
        '\u{2014}' => "EM DASH",
        _ => "",
    };
    let code = format!("U+{:04X}", c as u32);
    if name.is_empty() {
        code
    } else {
        format!("{code} {name}")
    }
}

/// Whitespace or a character that prints as nothing or as a space.
pub fn is_blank_or_invisible(c: char) -> bool {
    c.is_whitespace() || crate::summary::is_invisible(c) || c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("MAIL_PASWORD", "MAIL_PASSWORD"), 1);
        assert_eq!(distance("SMTP.postmarkapp.com", "smtp.postmarkapp.com"), 0);
        assert_eq!(distance("smtp.postmark.com", "smtp.postmarkapp.com"), 3);
        assert_eq!(distance("smpt.postmarkapp.com", "smtp.postmarkapp.com"), 2);
        assert_eq!(distance("smtp.postmarkapp.co", "smtp.postmarkapp.com"), 1);
        assert_eq!(distance("héllo", "hello"), 1);
    }

    #[test]
    fn a_swap_of_neighbours_is_one_edit() {
        assert_eq!(swap_distance_within("EMAIL_USE_TSL", "EMAIL_USE_TLS", 2), 1);
        assert_eq!(distance_within("EMAIL_USE_TSL", "EMAIL_USE_TLS", 2), 2);
        assert_eq!(swap_distance_within("EMAIL_USE_TSL", "EMAIL_USE_SSL", 2), 1);
        assert_eq!(swap_distance_within("hots", "host", 1), 1);
        assert_eq!(swap_distance_within("MAIL_HOST", "mail_host", 0), 0);
        assert_eq!(swap_distance_within("abcdef", "badcfe", 2), 3);
        assert_eq!(swap_distance_within("x", &"y".repeat(1000), 2), 3);
    }

    #[test]
    fn limited_distance_stops_early() {
        assert_eq!(
            distance_within("smtp.gmail.com", "smtp.postmarkapp.com", 3),
            4
        );
        assert_eq!(distance_within("a", "abcdefgh", 2), 3);
        assert_eq!(distance_within("passsword", "password", 2), 1);
    }

    #[test]
    fn closest_skips_equal_and_far() {
        let keys = ["host", "port", "secure"];
        assert_eq!(closest("secur", &keys, 1), Some(("secure", 1)));
        assert_eq!(closest("HOST", &keys, 1), None);
        assert_eq!(closest("logger", &keys, 1), None);
    }

    #[test]
    fn names_invisible_characters() {
        assert_eq!(char_name('\u{00A0}'), "U+00A0 NO-BREAK SPACE");
        assert_eq!(char_name('\u{200B}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(char_name('x'), "U+0078");
    }
}
