//! Applying a finding's machine-applicable fix to the pasted text (the
//! page's "Apply fix" buttons), and the words the "Corrected settings" panel
//! uses for the fixes it left out.

use crate::report::Edit;

/// `text` with `edits` applied, or `None` when an edit is out of range, not
/// on a character boundary, or overlaps another (the text has changed
/// since the report, or the fix is malformed): the page then does nothing.
pub fn apply(text: &str, edits: &[Edit]) -> Option<String> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
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
    fn bad_edits_change_nothing() {
        assert_eq!(apply("abc", &[edit(0, 2, "x"), edit(1, 3, "y")]), None);
        assert_eq!(apply("abc", &[edit(2, 9, "x")]), None);
        assert_eq!(apply("é", &[edit(1, 2, "x")]), None);
        assert_eq!(apply("abc", &[edit(2, 1, "x")]), None);
    }
}
