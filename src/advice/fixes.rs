//! Applying a finding's machine-applicable fix to the pasted text (the
//! page's "Apply fix" buttons), and the words the "Corrected settings" panel
//! uses for the fixes it left out.

use crate::report::Edit;

/// `text` with `edits` applied, or `None` when an edit is out of range, not
/// on a character boundary, or overlaps another (the text has changed
/// since the report, or the fix is malformed): the page then does nothing.
pub fn apply(text: &str, edits: &[Edit]) -> Option<String> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    crate::sort::by_key(&mut sorted, |e| (e.start, e.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for e in sorted {
        let ok = e.start >= pos
            && e.start <= e.end
            && e.end <= text.len()
            && text.is_char_boundary(e.start)
            && text.is_char_boundary(e.end);
        if !ok {
            return None;
        }
        out.push_str(&text[pos..e.start]);
        out.push_str(&e.text);
        pos = e.end;
    }
    out.push_str(&text[pos..]);
    Some(out)
}

/// The one range of `old` (bytes, on character boundaries) that `new`
/// replaces, and its replacement: the longest common prefix and suffix are
/// kept. The page edits only this range with an edit the browser records,
/// so Undo restores the paste and the caret stays where it was elsewhere.
pub fn changed_range<'a>(old: &str, new: &'a str) -> (std::ops::Range<usize>, &'a str) {
    let prefix = common_len(old.char_indices(), new.char_indices());
    // The suffix may not reach into the prefix of either text.
    let max = old.len().min(new.len()) - prefix;
    let suffix = old
        .chars()
        .rev()
        .zip(new.chars().rev())
        .take_while(|(a, b)| a == b)
        .scan(0, |n, (a, _)| {
            *n += a.len_utf8();
            Some(*n)
        })
        .take_while(|n| *n <= max)
        .last()
        .unwrap_or(0);
    (prefix..old.len() - suffix, &new[prefix..new.len() - suffix])
}

fn common_len(
    a: impl Iterator<Item = (usize, char)>,
    mut b: impl Iterator<Item = (usize, char)>,
) -> usize {
    let mut len = 0;
    for (i, c) in a {
        match b.next() {
            Some((_, d)) if d == c => len = i + c.len_utf8(),
            _ => break,
        }
    }
    len
}

/// Why a fix is not in the corrected text, from `NotApplied::reason`.
pub fn not_applied_reason(reason: &str) -> &'static str {
    match reason {
        "unsafe" => {
            "needs your confirmation: tick \u{201c}Include fixes to confirm\u{201d} to apply it"
        }
        "overlap" => "changes the same text as another fix",
        _ => "cannot be applied to this text",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, text: &str) -> Edit {
        Edit {
            start,
            end,
            text: text.into(),
        }
    }

    #[test]
    fn edits_apply_in_text_order() {
        let t = "MAIL_PORT=465\nMAIL_ENCRYPTION=ssl\n";
        let out = apply(t, &[edit(30, 33, "tls"), edit(10, 13, "587")]).unwrap();
        assert_eq!(out, "MAIL_PORT=587\nMAIL_ENCRYPTION=tls\n");
        assert_eq!(apply("ab", &[edit(2, 2, "c")]).unwrap(), "abc");
    }

    #[test]
    fn every_reason_has_words() {
        for r in ["unsafe", "overlap", "invalid", "other"] {
            assert!(!not_applied_reason(r).is_empty());
        }
        assert!(not_applied_reason("unsafe").contains("Include fixes to confirm"));
    }

    #[test]
    fn the_changed_range_is_the_smallest_one() {
        let old = "MAIL_PORT=465\nMAIL_ENCRYPTION=ssl\n";
        let new = "MAIL_PORT=587\nMAIL_ENCRYPTION=ssl\n";
        assert_eq!(changed_range(old, new), (10..13, "587"));
        // Repeated characters: the suffix does not overlap the prefix.
        assert_eq!(changed_range("aaa", "aaaa"), (3..3, "a"));
        assert_eq!(changed_range("aaaa", "aa"), (2..4, ""));
        assert_eq!(changed_range("same", "same"), (4..4, ""));
        assert_eq!(changed_range("", "x"), (0..0, "x"));
        // Character boundaries: é and è share their first byte.
        assert_eq!(changed_range("é=1", "è=1"), (0..2, "è"));
        for (old, new) in [("aé", "aè"), ("xyz", "xabcz"), ("a😀b", "ab"), ("ab", "")] {
            let (r, with) = changed_range(old, new);
            let mut rebuilt = old.to_string();
            rebuilt.replace_range(r, with);
            assert_eq!(rebuilt, new);
        }
    }

    #[test]
    fn bad_edits_change_nothing() {
        assert_eq!(apply("abc", &[edit(0, 2, "x"), edit(1, 3, "y")]), None);
        assert_eq!(apply("abc", &[edit(2, 9, "x")]), None);
        assert_eq!(apply("é", &[edit(1, 2, "x")]), None);
        assert_eq!(apply("abc", &[edit(2, 1, "x")]), None);
    }
}
