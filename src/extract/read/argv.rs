//! Mail tools' command lines, as people paste them to show how they send
//! or test: swaks, sendEmail, curl with an SMTP URL, msmtp with `--host=`,
//! mailx / s-nail with `-S` settings.
//!
//! ```text
//! swaks --server smtp.example.com --port 587 --tls --auth-user U --auth-password P
//! sendemail -f a@x.io -t b@y.io -s smtp.example.com:587 -xu U -xp P -o tls=yes
//! curl --url 'smtp://smtp.example.com:587' --ssl-reqd --mail-from a@x.io --user 'U:P'
//! mailx -S smtp=smtp://smtp.example.com:587 -S smtp-use-starttls -S smtp-auth-user=U …
//! ```
//!
//! The words follow the shell's quoting (`'…'` literal, `"…"` and bare
//! words with `\` escapes, `\` at a line end continues the command; see
//! [`super::remotes::Words`]). The program (after a prompt such as `$` or
//! `shell>`, `sudo`, and a directory) names a call scope (`swaks()`), and each option is a key
//! in it, named without its dashes:
//!
//! * `--name value` / `-n value`, and `--name=value` where the tool takes
//!   it (swaks);
//! * a switch (an option the tool reads without a value, from its own
//!   list, or one followed by another option or by nothing) holds its own
//!   name (`swaks().tls = tls`), so a table can read switches of one
//!   setting as words (`--tls`, `--tls-on-connect`, `--tls-optional`);
//! * the settings options of mailx (`-S name=value`) and sendEmail
//!   (`-o name=value`) are keys of their own (`mailx().smtp`,
//!   `sendemail().tls`); a bare `-S name` holds its name;
//! * curl's `-u/--user user:password` is split at its first colon into
//!   `user.#0` and `user.#1`;
//! * other words are positional arguments (`curl(#0)`).
//!
//! A value with `$` or a backtick outside single quotes is a reference
//! (`"$SMTP_PASS"`, `$(pass show smtp)`). curl counts only with an SMTP URL
//! or `--mail-from`/`--mail-rcpt` on the line, mailx only with `-S`.

use std::ops::Range;

use super::remotes::{Word, Words};
use super::{Document, ScopeKind, Seg, Syntax, ValKind};
use crate::model::Quote;

/// One tool's command-line grammar.
struct Tool {
    /// Program names (ASCII case-insensitive, without a directory or `.pl`).
    names: &'static [&'static str],
    /// Whether `--name=value` is one option with its value.
    long_eq: bool,
    /// Options read without a value.
    switches: &'static [&'static str],
    /// The option whose value is `name=value` (mailx `-S`, sendEmail `-o`).
    settings: Option<&'static str>,
    /// Splits `user:password` (curl's `-u`).
    userpass: &'static [&'static str],
    /// What else the line needs to be this tool's mail command.
    needs: fn(&str) -> bool,
}

fn always(_: &str) -> bool {
    true
}

/// curl speaks many protocols: only an SMTP one counts.
fn curl_smtp(line: &str) -> bool {
    line.contains("smtp://")
        || line.contains("smtps://")
        || line.contains("--mail-from")
        || line.contains("--mail-rcpt")
}

/// msmtp reads its account from a file unless `--host=` is given.
fn msmtp_smtp(line: &str) -> bool {
    line.contains("--host")
}

/// mailx sends through sendmail unless `-S` names an SMTP server.
fn mailx_smtp(line: &str) -> bool {
    line.contains(" -S ") && (line.contains("smtp") || line.contains("mta="))
}

const TOOLS: &[Tool] = &[
    // swaks(1) "OPTIONS": options take an argument unless listed as
    // switches; `--auth` and a few others take an optional one.
    Tool {
        names: &["swaks"],
        long_eq: true,
        switches: &[
            "tls",
            "tlsc",
            "tls-on-connect",
            "tlso",
            "tls-optional",
            "tlsos",
            "tls-optional-strict",
            "tls-verify",
            "n",
            "suppress-data",
            "silent",
            "4",
            "6",
            "pipeline",
            "prdr",
            "hide-all",
            "hide-send",
            "hide-receive",
            "hide-informational",
            "show-raw-text",
            "force-getpwuid",
            "no-data-fixup",
            "support",
            "help",
            "version",
        ],
        settings: None,
        userpass: &[],
        needs: always,
    },
    // sendEmail's `--help`: `-q`/`-v` are switches, `-o name=value`
    // advanced options; every other option takes a value.
    Tool {
        names: &["sendemail"],
        long_eq: false,
        switches: &["q", "v", "vv", "vvv", "help"],
        settings: Some("o"),
        userpass: &[],
        needs: always,
    },
    // curl(1): the switches a mail command uses; `-u`/`--user` is
    // `user:password`.
    Tool {
        names: &["curl"],
        long_eq: false,
        switches: &[
            "ssl",
            "ssl-reqd",
            "insecure",
            "k",
            "v",
            "verbose",
            "s",
            "silent",
            "S",
            "show-error",
            "crlf",
            "n",
            "netrc",
            "sasl-ir",
            "4",
            "6",
            "tlsv1",
            "tlsv1.0",
            "tlsv1.1",
            "tlsv1.2",
            "tlsv1.3",
            "ssl-no-revoke",
            "f",
            "fail",
            "L",
            "location",
            "i",
            "include",
        ],
        settings: None,
        userpass: &["u", "user"],
        needs: curl_smtp,
    },
    // msmtp(1): the configuration file's commands as `--name[=value]`
    // options (`--host=…`, `--tls`, `--tls-starttls=off`, `--auth=on`).
    Tool {
        names: &["msmtp"],
        long_eq: true,
        switches: &[
            "tls",
            "tls-starttls",
            "tls-certcheck",
            "auth",
            "t",
            "read-recipients",
            "read-envelope-from",
            "d",
            "debug",
            "v",
            "serverinfo",
        ],
        settings: None,
        userpass: &[],
        needs: msmtp_smtp,
    },
    // s-nail(1) / Heirloom mailx(1): `-S name[=value]` sets a variable.
    Tool {
        names: &[
            "mailx",
            "mail",
            "s-nail",
            "nail",
            "heirloom-mailx",
            "bsd-mailx",
        ],
        long_eq: false,
        switches: &["v", "n", "d", "t", "E", "i", "N", "#"],
        settings: Some("S"),
        userpass: &[],
        needs: mailx_smtp,
    },
];

/// The program word of a command in `text` and its tool: after blanks, a
/// prompt (a first word ending in `$` or `>`), `sudo`, and a directory; `.pl` dropped. The range
/// is relative to `text`.
fn program(text: &str) -> Option<(&'static Tool, Range<usize>)> {
    let b = text.as_bytes();
    let skip_blanks = |mut i: usize| {
        while i < b.len() && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        i
    };
    let word_end = |i: usize| {
        text[i..]
            .find([' ', '\t', '\n', '\r'])
            .map_or(text.len(), |n| i + n)
    };
    let mut i = skip_blanks(0);
    let mut end = word_end(i);
    // A shell prompt: `$`, `>`, `shell>`, `user@host:~$`.
    if end > i && matches!(b[end - 1], b'$' | b'>') && end < text.len() {
        i = skip_blanks(end);
        end = word_end(i);
    }
    if &text[i..end] == "sudo" {
        i = skip_blanks(end);
        end = word_end(i);
    }
    let base_at = text[i..end].rfind('/').map_or(i, |n| i + n + 1);
    let base_end = if end - base_at > 3 && text[base_at..end].ends_with(".pl") {
        end - 3
    } else {
        end
    };
    let name = &text[base_at..base_end];
    let tool = TOOLS
        .iter()
        .find(|t| t.names.iter().any(|n| n.eq_ignore_ascii_case(name)))?;
    Some((tool, base_at..base_end))
}

/// Where the mail tool's command of a statement starts: at its start, or
/// after a pipe (`echo body | mailx -S …`). Relative to `text`.
fn command_in(text: &str) -> Option<(&'static Tool, Range<usize>, usize)> {
    let mut from = 0;
    loop {
        // A command gives options (`swaks is handy` is prose).
        let options = |name_end: usize| text[from + name_end..].contains(" -");
        if let Some((tool, name)) = program(&text[from..]).filter(|(_, n)| options(n.end)) {
            // (The whole statement is asked, once per tool found: each
            // pipe's command is not scanned to the end again.)
            if (tool.needs)(text) {
                return Some((tool, from + name.start..from + name.end, from));
            }
        }
        from += text[from..].find('|')? + 1;
    }
}

/// Whether a line opens a mail tool's command (for the sniffer). A line
/// that goes on after a final `\\` counts on its program alone: what the
/// tool needs may be on the lines after it.
pub fn is_command(line: &str) -> bool {
    command_in(line).is_some() || line.trim_end().ends_with('\\') && program(line).is_some()
}

/// Reads the command in `range` if it is a mail tool's; returns whether it was.
pub fn read(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) -> bool {
    let input = doc.input;
    let Some((tool, name, _)) = command_in(&input[range.clone()]) else {
        return false;
    };
    let name = range.start + name.start..range.start + name.end;
    let inner = doc.open(
        scope,
        [Seg::call(name.clone())],
        range.start,
        ScopeKind::Call,
    );
    let mut words = Words {
        input,
        at: name.end,
        end: range.end,
    };
    // Skip the rest of the program word (`.pl`).
    if input[name.end..].starts_with(".pl") {
        words.at = name.end + 3;
    }
    let mut positional = 0usize;
    let mut options = true;
    let mut next = words.next();
    while let Some(w) = next.take() {
        next = words.next();
        let raw = &input[w.raw.clone()];
        if options && raw == "--" {
            options = false;
            continue;
        }
        let dashes = raw.len() - raw.trim_start_matches('-').len();
        if !options || dashes == 0 || dashes == raw.len() || w.quote != Quote::None {
            let v = value(doc, &w);
            let at = w.raw.start;
            doc.push(
                inner,
                [Seg::arg(positional)],
                at..at,
                v,
                Syntax::Words,
                flags,
            );
            positional += 1;
            continue;
        }
        let name_at = w.raw.start + dashes;
        let eq = input[name_at..w.raw.end].find('=').map(|n| name_at + n);
        let opt = name_at..eq.filter(|_| tool.long_eq).unwrap_or(w.raw.end);
        let opt_name = &input[opt.clone()];
        if let (Some(eq), true) = (eq, tool.long_eq) {
            // `--server=smtp.example.com`: the value is the rest of the word.
            let mut rest = Words {
                input,
                at: eq + 1,
                end: w.raw.end,
            };
            let v = match rest.next() {
                Some(vw) => value(doc, &vw),
                None => doc.val(w.raw.end..w.raw.end, None, Quote::None, ValKind::Literal),
            };
            doc.push(inner, [Seg::key(opt.clone())], opt, v, Syntax::Words, flags);
            continue;
        }
        if tool.switches.contains(&opt_name) {
            switch(doc, inner, opt, flags);
            continue;
        }
        // An option with a value: the next word, unless it is an option.
        let takes = next.as_ref().is_some_and(|n| {
            let r = &input[n.raw.clone()];
            !(r.starts_with('-') && r.len() > 1 && n.quote == Quote::None)
        });
        let Some(vw) = (if takes { next.take() } else { None }) else {
            switch(doc, inner, opt, flags);
            continue;
        };
        next = words.next();
        if tool.settings == Some(opt_name) {
            setting(doc, inner, &vw, flags);
        } else if tool.userpass.contains(&opt_name) {
            userpass(doc, inner, opt, &vw, flags);
        } else {
            let v = value(doc, &vw);
            doc.push(inner, [Seg::key(opt.clone())], opt, v, Syntax::Words, flags);
        }
    }
    doc.close(inner, range.end);
    true
}

/// A word's value: a reference when the shell expands something in it.
fn value(doc: &mut Document, w: &Word) -> super::Val {
    let input = doc.input;
    let raw = &input[w.raw.clone()];
    let expands = w.quote != Quote::Single && (raw.contains('$') || raw.contains('`'));
    let kind = if expands {
        ValKind::Reference
    } else {
        ValKind::Literal
    };
    doc.val(w.inner.clone(), w.decoded(input), w.quote, kind)
}

/// A switch: it holds its own name.
fn switch(doc: &mut Document, scope: u32, opt: Range<usize>, flags: u8) {
    let v = doc.val(opt.clone(), None, Quote::None, ValKind::Literal);
    doc.push(scope, [Seg::key(opt.clone())], opt, v, Syntax::Words, flags);
}

/// `-S name=value` / `-o name=value` / `-S name`.
fn setting(doc: &mut Document, scope: u32, w: &Word, flags: u8) {
    let input = doc.input;
    let body = w.inner.clone();
    let text = &input[body.clone()];
    let plain = w.decoded(input).is_none();
    let name_end = text.find('=').map_or(body.end, |n| body.start + n);
    let name = body.start..name_end;
    if name.is_empty() || !plain {
        return;
    }
    let v = if name_end < body.end {
        let vr = name_end + 1..body.end;
        let expands = w.quote != Quote::Single && input[vr.clone()].contains(['$', '`']);
        let kind = if expands {
            ValKind::Reference
        } else {
            ValKind::Literal
        };
        doc.val(vr, None, w.quote, kind)
    } else {
        doc.val(name.clone(), None, Quote::None, ValKind::Literal)
    };
    doc.push(
        scope,
        [Seg::key(name.clone())],
        name,
        v,
        Syntax::Words,
        flags,
    );
}

/// curl's `--user user:password`: the whole value, and its two parts.
fn userpass(doc: &mut Document, scope: u32, opt: Range<usize>, w: &Word, flags: u8) {
    let input = doc.input;
    let v = value(doc, w);
    let kind = v.kind;
    doc.push(
        scope,
        [Seg::key(opt.clone())],
        opt.clone(),
        v,
        Syntax::Words,
        flags,
    );
    if w.decoded(input).is_some() {
        return;
    }
    let body = w.inner.clone();
    let Some(colon) = input[body.clone()].find(':').map(|n| body.start + n) else {
        return;
    };
    for (n, part) in [(0, body.start..colon), (1, colon + 1..body.end)] {
        let pv = doc.val(part, None, w.quote, kind);
        doc.push(
            scope,
            [Seg::key(opt.clone()), Seg::arg(n)],
            opt.clone(),
            pv,
            Syntax::Words,
            flags,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::Document;

    fn entries(input: &str) -> Vec<(String, String, bool)> {
        let mut doc = Document::empty(input);
        super::super::sniff::read_all(&mut doc);
        doc.entries
            .iter()
            .map(|e| {
                (
                    doc.path_string(e),
                    doc.text_of(&e.value).to_string(),
                    e.value.kind == super::ValKind::Reference,
                )
            })
            .collect()
    }

    fn has(got: &[(String, String, bool)], path: &str, value: &str) -> bool {
        got.iter().any(|(p, v, _)| p == path && v == value)
    }

    #[test]
    fn swaks_options_and_switches() {
        let got = entries(
            "swaks --to ops@acme.io -f alerts@acme.io --server smtp.example.com:587 \\\n  --auth LOGIN --auth-user u1 --auth-password \"$SMTP_PASS\" --tls\n",
        );
        assert!(
            has(&got, "swaks().server", "smtp.example.com:587"),
            "{got:?}"
        );
        assert!(has(&got, "swaks().f", "alerts@acme.io"), "{got:?}");
        assert!(has(&got, "swaks().auth", "LOGIN"), "{got:?}");
        assert!(has(&got, "swaks().auth-user", "u1"), "{got:?}");
        assert!(has(&got, "swaks().tls", "tls"), "{got:?}");
        assert!(
            got.iter()
                .any(|(p, _, r)| p == "swaks().auth-password" && *r),
            "{got:?}"
        );
        let got = entries("shell> swaks --server=smtp.example.com -tlsc -au u1 -ap p1\n");
        assert!(has(&got, "swaks().server", "smtp.example.com"), "{got:?}");
        assert!(has(&got, "swaks().tlsc", "tlsc"), "{got:?}");
        assert!(has(&got, "swaks().ap", "p1"), "{got:?}");
    }

    #[test]
    fn sendemail_settings_curl_user_and_mailx() {
        let got = entries(
            "sendEmail -f a@acme.io -t b@acme.io -u \"Hi\" -s smtp.example.com:587 -xu u1 -xp p1 -o tls=yes\n",
        );
        assert!(
            has(&got, "sendEmail().s", "smtp.example.com:587"),
            "{got:?}"
        );
        assert!(has(&got, "sendEmail().tls", "yes"), "{got:?}");
        assert!(has(&got, "sendEmail().xp", "p1"), "{got:?}");
        let got = entries(
            "curl --ssl-reqd --url 'smtp://smtp.example.com:587' --mail-from a@acme.io --user 'u1:p1' -T mail.txt\n",
        );
        assert!(
            has(&got, "curl().url", "smtp://smtp.example.com:587"),
            "{got:?}"
        );
        assert!(has(&got, "curl().ssl-reqd", "ssl-reqd"), "{got:?}");
        assert!(has(&got, "curl().user.#0", "u1"), "{got:?}");
        assert!(has(&got, "curl().user.#1", "p1"), "{got:?}");
        // Prose naming a tool is no command.
        assert!(
            !entries("sendEmail is a small Perl script, and swaks is handy too.\n")
                .iter()
                .any(|(p, _, _)| p.contains("()"))
        );
        // curl without SMTP is not read as a mail command.
        assert!(!entries("curl -u a:b https://example.com\n")
            .iter()
            .any(|(p, _, _)| p.starts_with("curl()")));
        let got = entries(
            "echo body | mailx -s test -S smtp=smtp://smtp.example.com:587 -S smtp-use-starttls -S smtp-auth-user=u1 ops@acme.io\n",
        );
        assert!(has(&got, "mailx().smtp-auth-user", "u1"), "{got:?}");
        let got = entries(
            "mailx -s test -S smtp=smtp://smtp.example.com:587 -S smtp-use-starttls -S smtp-auth-user=u1 ops@acme.io\n",
        );
        assert!(
            has(&got, "mailx().smtp", "smtp://smtp.example.com:587"),
            "{got:?}"
        );
        assert!(
            has(&got, "mailx().smtp-use-starttls", "smtp-use-starttls"),
            "{got:?}"
        );
        assert!(has(&got, "mailx(#0)", "ops@acme.io"), "{got:?}");
    }
}
