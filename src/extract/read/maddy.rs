//! Maddy's configuration (`maddy.conf`): the SMTP and LMTP forwarding
//! targets, the smarthost a Maddy server relays through.
//!
//! ```text
//! $(hostname) = mx.example.org
//! target.smtp outbound {
//!     targets tls://smtp.postmarkapp.com:465
//!     auth plain "TOKEN" {env:POSTMARK_TOKEN}
//! }
//! ```
//!
//! The syntax (maddy.conf(5), "Configuration files syntax",
//! <https://maddy.email/reference/config-syntax/>): newline-delimited
//! directives, each a name and arguments (double quotes for blanks), a
//! block in braces after the arguments, `#` comments at a line's start.
//! `$(name) = value` defines a macro, `{env:NAME}` is an environment
//! variable, both replaced when the file is read.
//!
//! Only the forwarding targets are read: a block opened by `target.smtp
//! NAME` or `target.lmtp NAME` (the module's name is the scope's path),
//! or an inline `deliver_to smtp|lmtp ENDPOINT… [{`: its directives
//! become entries, one per argument after the first for `auth`
//! (`auth(#0)` = `plain`, `auth(#1)` the user, `auth(#2)` the password)
//! and `targets` (each endpoint). The other blocks (listeners, storage,
//! `target.remote`, which delivers to MX hosts) are counted to find
//! their ends, not read. A value holding a macro or an environment
//! variable is a reference. Each byte is read once.

use std::ops::Range;

use super::remotes::{Word, Words};
use super::{lines_in, Document, ScopeKind, Seg, Syntax, Val, ValKind};

/// The modules that forward to the servers their `targets` name.
const FORWARDERS: [&str; 2] = ["target.smtp", "target.lmtp"];

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    let input = doc.input;
    // The open blocks: the scope of a forwarding target's block, or
    // `None` for any other block.
    let mut blocks: Vec<Option<u32>> = Vec::new();
    for line in lines_in(input, region.clone()) {
        let words: Vec<Word> = Words {
            input,
            at: line.start,
            end: line.end,
        }
        .collect();
        let Some(first) = words.first() else {
            continue;
        };
        let name = &input[first.raw.clone()];
        if name.starts_with('#') {
            continue;
        }
        if name == "}" {
            if let Some(Some(b)) = blocks.pop() {
                doc.close(b, first.raw.end);
            }
            continue;
        }
        let opens = words.last().is_some_and(|w| &input[w.raw.clone()] == "{");
        let end = words.len() - usize::from(opens);
        let args = words.get(1..end).unwrap_or(&[]);
        let inside = blocks.last().copied().flatten();
        // The forwarding target's path, the module's word, and the
        // endpoints its line lists.
        let forwarder = if FORWARDERS.contains(&name) {
            // `target.smtp`: two segments, as the tables' patterns split them.
            let r = first.raw.clone();
            let dot = r.start + "target".len();
            let segs = vec![Seg::key(r.start..dot), Seg::key(dot + 1..r.end)];
            Some((segs, r, &[][..]))
        } else if name == "deliver_to"
            && args
                .first()
                .is_some_and(|w| matches!(&input[w.raw.clone()], "smtp" | "lmtp"))
        {
            // `deliver_to smtp tcp://…`: the endpoints follow the module.
            let segs = vec![Seg::key(first.raw.clone()), Seg::key(args[0].raw.clone())];
            Some((segs, args[0].raw.clone(), &args[1..]))
        } else {
            None
        };
        match (forwarder, inside) {
            (Some((segs, module, endpoints)), _) => {
                let b = doc.open(scope, segs, first.raw.start, ScopeKind::Block);
                for w in endpoints {
                    let val = value(doc, w);
                    doc.push(b, [], module.clone(), val, Syntax::Words, 0);
                }
                if opens {
                    blocks.push(Some(b));
                } else {
                    doc.close(b, line.end);
                }
            }
            (None, Some(b)) if !opens && !one_line_block(input, args) => {
                directive(doc, b, first, args)
            }
            (None, _) if opens => blocks.push(None),
            _ => {}
        }
    }
    while let Some(open) = blocks.pop() {
        if let Some(b) = open {
            doc.close(b, region.end);
        }
    }
}

/// Whether the arguments open a block and close it on the same line.
fn one_line_block(input: &str, args: &[Word]) -> bool {
    args.first().is_some_and(|w| &input[w.raw.clone()] == "{")
}

/// One directive inside a forwarding target's block.
fn directive(doc: &mut Document, block: u32, name: &Word, args: &[Word]) {
    let key = name.raw.clone();
    let input = doc.input;
    match &input[key.clone()] {
        // `auth plain USER PASS`, `auth off`: each argument by position.
        "auth" => {
            for (n, w) in args.iter().enumerate() {
                push(doc, block, key.clone(), w, Some(n));
            }
        }
        "targets" => {
            for w in args {
                push(doc, block, key.clone(), w, None);
            }
        }
        _ => {
            if let Some(w) = args.first() {
                push(doc, block, key, w, None);
            }
        }
    }
}

/// A word's value: a reference when Maddy fills part of it in.
fn value(doc: &mut Document, w: &Word) -> Val {
    let input = doc.input;
    let kind = if is_reference(&input[w.inner.clone()]) {
        ValKind::Reference
    } else {
        ValKind::Literal
    };
    doc.val(w.inner.clone(), w.decoded(input), w.quote, kind)
}

/// An entry `key` (or `key(#n)`) holding the word `w`.
fn push(doc: &mut Document, scope: u32, key: Range<usize>, w: &Word, arg: Option<usize>) {
    let val = value(doc, w);
    match arg {
        Some(n) => doc.push(
            scope,
            [Seg::call(key.clone()), Seg::arg(n)],
            key,
            val,
            Syntax::Words,
            0,
        ),
        None => doc.push(scope, [Seg::key(key.clone())], key, val, Syntax::Words, 0),
    }
}

/// Whether Maddy replaces part of the value when it reads the file: a
/// `{env:NAME}` variable or a `$(name)` macro.
pub(crate) fn is_reference(text: &str) -> bool {
    text.contains("{env:") || text.contains("$(")
}

/// How much a line says `maddy.conf`. For the sniffer: a macro
/// definition `$(name) = …`, a module's block under a bare name
/// (`target.smtp outbound {`, `storage.imapsql local_mailboxes {`), or a
/// listener or a forwarder on endpoints (`smtp tcp://0.0.0.0:25 {`,
/// `submission tls://…`, `deliver_to smtp tcp://…`).
pub fn evidence(t: &str) -> u32 {
    if let Some(rest) = t.strip_prefix("$(") {
        // `$(hostname) = mx.example.org`
        let Some((name, value)) = rest.split_once(')') else {
            return 0;
        };
        let named =
            !name.is_empty() && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
        return if named && value.trim_start().starts_with('=') {
            6
        } else {
            0
        };
    }
    // Asked of many lines: most have neither an opening brace at their
    // end nor an endpoint.
    if !t.ends_with('{') && !t.contains("://") {
        return 0;
    }
    let mut words = t.split([' ', '\t']).filter(|w| !w.is_empty());
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return 0;
    };
    // Listeners, and a forwarder's `targets`, on endpoints.
    const LISTENERS: [&str; 5] = ["smtp", "submission", "lmtp", "imap", "targets"];
    const MODULES: [&str; 6] = [
        "target.", "storage.", "auth.", "table.", "check.", "modify.",
    ];
    let is_endpoint = |w: &str| {
        ["tcp://", "tls://", "unix://"]
            .iter()
            .any(|s| w.starts_with(s))
    };
    // `deliver_to smtp tcp://…`: the endpoint after the module's name.
    let (first, second) = match (first, words.next()) {
        ("deliver_to", Some(third)) if matches!(second, "smtp" | "lmtp") => (second, third),
        _ => (first, second),
    };
    let endpoint = is_endpoint(second);
    let module = MODULES
        .iter()
        .any(|m| first.len() > m.len() && first.starts_with(m));
    // A module's block has a bare name: `target.smtp outbound {` (HCL's
    // blocks quote their labels, `resource "aws_x" "y" {`).
    let named_block =
        module && t.ends_with('{') && !second.starts_with('"') && !second.contains('=');
    if LISTENERS.contains(&first) && endpoint || named_block {
        6
    } else {
        0
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
    fn a_smarthost_target() {
        let src = "$(hostname) = mx.acme.io\nsmtp tcp://0.0.0.0:25 {\n    default_source {\n        deliver_to &remote_queue\n    }\n}\ntarget.remote outbound_delivery {\n    limits {\n        destination rate 20 1s\n    }\n}\ntarget.smtp relay {\n    # the smarthost\n    targets tls://smtp.postmarkapp.com:465 tcp://backup.acme.io:587\n    require_tls yes\n    auth plain \"a b\" {env:PM_TOKEN}\n}\n";
        assert_eq!(
            entries(src),
            [
                e("target.smtp.targets", "tls://smtp.postmarkapp.com:465"),
                e("target.smtp.targets", "tcp://backup.acme.io:587"),
                e("target.smtp.require_tls", "yes"),
                e("target.smtp.auth(#0)", "plain"),
                e("target.smtp.auth(#1)", "a b"),
                e("target.smtp.auth(#2)", "{env:PM_TOKEN}"),
            ]
        );
    }

    #[test]
    fn an_inline_deliver_to_and_its_block() {
        let src = "default_destination {\n    deliver_to smtp tcp://in-v3.mailjet.com:587 {\n        attempt_starttls yes\n        tls_client { server_name x }\n    }\n}\nimap tls://0.0.0.0:993 {\n    auth &local_authdb\n}\n";
        assert_eq!(
            entries(src),
            [
                e("deliver_to.smtp", "tcp://in-v3.mailjet.com:587"),
                e("deliver_to.smtp.attempt_starttls", "yes"),
            ]
        );
    }

    #[test]
    fn references_are_marked() {
        let mut doc = Document::empty("target.smtp r {\n  targets tls://{env:HOST}:465\n}\n");
        let len = doc.input.len();
        read(&mut doc, 0..len, 0);
        assert!(doc
            .entries
            .iter()
            .all(|e| e.value.kind == ValKind::Reference));
        assert_eq!(doc.entries.len(), 1);
    }

    #[test]
    fn evidence_needs_maddy_lines() {
        assert!(evidence("$(hostname) = mx.example.org") > 0);
        assert!(evidence("target.smtp outbound {") > 0);
        assert!(evidence("smtp tcp://0.0.0.0:25 {") > 0);
        assert!(evidence("submission tls://0.0.0.0:465 tcp://0.0.0.0:587 {") > 0);
        assert!(evidence("deliver_to smtp tcp://smtp.postmarkapp.com:587 {") > 0);
        assert!(evidence("targets tls://smtp.postmarkapp.com:465") > 0);
        assert_eq!(evidence("deliver_to &remote_queue"), 0);
        assert_eq!(evidence("resource \"aws_ses\" \"x\" {"), 0);
        assert_eq!(evidence("target.host = \"x\""), 0);
        assert_eq!(evidence("smtp = {"), 0);
        assert_eq!(evidence("$(x"), 0);
        assert_eq!(evidence("${HOST}=x"), 0);
    }
}
