//! OpenSMTPD's `smtpd.conf`: the relay rules, as words.
//!
//! ```text
//! action "relay" relay host smtp+tls://label@smtp.postmarkapp.com:587 auth <secrets>
//! accept from local for any relay via tls+auth://label@host:587 auth <secrets>
//! ```
//!
//! The syntax (smtpd.conf(5)): one rule a line (a `\` at the end joins
//! the next line), `#` comments, words with shell-like quoting, tables
//! written `<name>`. Read here: each `action NAME relay …` (OpenSMTPD
//! 6.4+) and each old `accept … relay via …` rule, as a block scope named
//! by the action (`relay`) or by `accept`, holding its options as
//! entries: `host`/`via` (the relay URL), `auth` (the credentials table),
//! `tls` (`yes`, or `no-verify`), `mail-from`/`as` (the sender). The other
//! lines (`listen`, `table`, `match`, `pki`…) carry nothing we check. Each
//! byte is read a bounded number of times.

use std::ops::Range;

use super::remotes::{Word, Words};
use super::{lines_in, Document, ScopeKind, Seg, Syntax, ValKind};
use crate::model::Quote;

/// The relay options that take a value.
const VALUED: [&str; 8] = [
    "host",
    "via",
    "auth",
    "mail-from",
    "as",
    "helo",
    "src",
    "pki",
];

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    let input = doc.input;
    let bytes = input.as_bytes();
    let mut cont_from: Option<usize> = None;
    for line in lines_in(input, region.clone()) {
        if bytes[line.clone()].last() == Some(&b'\\') && line.end < region.end {
            cont_from.get_or_insert(line.start);
            continue;
        }
        let start = cont_from.take().unwrap_or(line.start);
        rule(doc, start..line.end, scope);
    }
}

fn rule(doc: &mut Document, range: Range<usize>, scope: u32) {
    let input = doc.input;
    let mut words = Words {
        input,
        at: range.start,
        end: range.end,
    };
    let Some(first) = words.next() else { return };
    let name = match &input[first.raw.clone()] {
        "action" => {
            let Some(name) = words.next() else { return };
            match words.next() {
                Some(w) if &input[w.raw.clone()] == "relay" => name.inner,
                _ => return,
            }
        }
        // Old rules: the options follow `relay`.
        "accept" => {
            let mut relay = false;
            for w in words.by_ref() {
                if &input[w.raw.clone()] == "relay" {
                    relay = true;
                    break;
                }
            }
            if !relay {
                return;
            }
            first.raw.clone()
        }
        _ => return,
    };
    let block = doc.open(scope, [Seg::key(name)], range.start, ScopeKind::Block);
    let mut pending: Option<Word> = None;
    while let Some(w) = pending.take().or_else(|| words.next()) {
        let word = &input[w.raw.clone()];
        if word.starts_with('#') {
            break;
        }
        if VALUED.contains(&word) {
            if let Some(v) = words.next() {
                // `<secrets>`: the table's name.
                let inner = if v.quote == Quote::None
                    && v.text.starts_with('<')
                    && v.text.ends_with('>')
                    && v.inner.len() > 2
                {
                    v.inner.start + 1..v.inner.end - 1
                } else {
                    v.inner.clone()
                };
                let decoded = (inner == v.inner).then(|| v.decoded(input)).flatten();
                let val = doc.val(inner, decoded, v.quote, ValKind::Literal);
                push(doc, block, w.raw.clone(), val);
            }
        } else if word == "tls" {
            // `tls` alone, or `tls no-verify` (`tls verify` in old rules).
            let next = words.next();
            let val = match &next {
                Some(n) if matches!(&input[n.raw.clone()], "no-verify" | "verify") => {
                    doc.val(n.raw.clone(), None, Quote::None, ValKind::Literal)
                }
                _ => {
                    pending = next;
                    doc.val(
                        w.raw.clone(),
                        Some("yes".into()),
                        Quote::None,
                        ValKind::Literal,
                    )
                }
            };
            push(doc, block, w.raw.clone(), val);
        }
    }
    doc.close(block, range.end);
}

fn push(doc: &mut Document, scope: u32, key: Range<usize>, val: super::Val) {
    doc.push(scope, [Seg::key(key.clone())], key, val, Syntax::Words, 0);
}

/// How much a line says `smtpd.conf`. For the sniffer.
pub fn evidence(t: &str) -> u32 {
    let first = t.split([' ', '\t']).next().unwrap_or("");
    match first {
        "action" if t.contains(" relay") || t.contains(" mbox") || t.contains(" maildir") => 6,
        "accept" | "reject" if t.contains(" for ") => 6,
        "match" if t.contains(" action ") => 4,
        "listen" if t.starts_with("listen on ") => 3,
        "table" if t.contains(" file:") || t.contains(" db:") || t.ends_with('}') => 2,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{pair as e, pairs_read_by};
    use super::*;

    fn entries(src: &str) -> Vec<(String, String)> {
        pairs_read_by(src, read)
    }

    #[test]
    fn actions_and_old_rules() {
        let src = "table secrets file:/etc/mail/secrets\nlisten on lo0\naction \"local\" mbox alias <aliases>\naction \"relay\" relay host smtp+tls://pm@smtp.postmarkapp.com:587 \\\n\tauth <secrets> tls no-verify mail-from \"a@b.c\"\nmatch for any action \"relay\"\naccept from local for any relay via tls+auth://x@h:25 auth <secrets> as \"o@p.q\"\n";
        assert_eq!(
            entries(src),
            [
                e("relay.host", "smtp+tls://pm@smtp.postmarkapp.com:587"),
                e("relay.auth", "secrets"),
                e("relay.tls", "no-verify"),
                e("relay.mail-from", "a@b.c"),
                e("accept.via", "tls+auth://x@h:25"),
                e("accept.auth", "secrets"),
                e("accept.as", "o@p.q"),
            ]
        );
    }

    #[test]
    fn a_bare_tls_is_on() {
        let src = "action outbound relay host label@disroot.org:587 tls auth <secrets>\n";
        assert_eq!(
            entries(src),
            [
                e("outbound.host", "label@disroot.org:587"),
                e("outbound.tls", "yes"),
                e("outbound.auth", "secrets"),
            ]
        );
    }
}
