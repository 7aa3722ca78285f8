//! Settings written as an index into a container (`gitlab_rails['smtp_port']`,
//! `app.config['MAIL_PORT']`): the code scanner gives the key's span inside
//! the quotes; findings read better when they underline the whole key.

use std::ops::Range;

use crate::extract::code::Tok;
use crate::extract::Document;

/// The span of `container['key']` around a key string at `key_span`, and
/// the text written there; `None` when the key is not in index form.
pub fn widen(doc: &Document, key_span: &Range<usize>) -> Option<(Range<usize>, String)> {
    let toks = &doc.tokens;
    // Tokens are in text order and do not overlap: only the last one that
    // starts before the key can hold it.
    let at = toks
        .partition_point(|t| t.span.start < key_span.start)
        .checked_sub(1)?;
    let t = &toks[at];
    if !matches!(t.tok, Tok::Str(_)) || key_span.end >= t.span.end {
        return None;
    }
    let open = toks.get(at.checked_sub(1)?)?;
    let container = toks.get(at.checked_sub(2)?)?;
    let close = toks.get(at + 1)?;
    if open.tok != Tok::Punct("[") || close.tok != Tok::Punct("]") {
        return None;
    }
    let Tok::Word(_) = container.tok else {
        return None;
    };
    let span = container.span.start..close.span.end;
    let text = doc.input.get(span.clone())?.to_string();
    Some((span, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widens_index_keys_only() {
        let src = "gitlab_rails['smtp_port'] = 587\nsmtp_port = 25\n";
        let doc = Document::new(src);
        let (span, text) = widen(&doc, &doc.code[0].key_span).expect("index form");
        assert_eq!(text, "gitlab_rails['smtp_port']");
        assert_eq!(&src[span], "gitlab_rails['smtp_port']");
        assert!(widen(&doc, &doc.code[1].key_span).is_none());
    }
}
