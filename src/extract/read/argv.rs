//! Mail tools' command lines, as people paste them to show how they send
//! or test: swaks, sendEmail, curl with an SMTP URL, msmtp with `--host=`,
//! mailx / s-nail with `-S` settings, PowerShell's `Send-MailMessage`.
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
    /// The option whose value is the tool's own configuration commands
    /// (mutt's `-e 'set smtp_url=…'`), read as its configuration file.
    commands: Option<&'static str>,
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

/// mutt sends through sendmail unless its commands name an SMTP URL.
fn mutt_smtp(line: &str) -> bool {
    line.contains("smtp_url")
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
        commands: None,
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
        commands: None,
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
        commands: None,
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
        commands: None,
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
        commands: None,
        needs: mailx_smtp,
    },
    // PowerShell's Send-MailMessage (Microsoft.PowerShell.Utility): each
    // `-Name value` a parameter, `-UseSsl` and `-BodyAsHtml` switches.
    Tool {
        names: &["Send-MailMessage"],
        long_eq: false,
        switches: &["UseSsl", "BodyAsHtml"],
        settings: None,
        userpass: &[],
        commands: None,
        needs: always,
    },
    // mutt(1) / neomutt(1): `-e COMMAND` runs a configuration command
    // after the muttrc (`-e 'set smtp_url=smtps://…' -e 'set smtp_pass=…'`);
    // `-s`, `-c`, `-b`, `-a`, `-F`, `-i`, `-H` take a value.
    Tool {
        names: &["mutt", "neomutt"],
        long_eq: false,
        switches: &["n", "x", "y", "z", "Z", "R", "p", "h", "v", "D", "E", "N"],
        settings: None,
        userpass: &[],
        commands: Some("e"),
        needs: mutt_smtp,
    },
];

/// The program word of a command in `text` and its tool: after blanks, a
/// prompt (a first word ending in `$` or `>`), `sudo`, and a directory; `.pl` dropped. The range
/// is relative to `text`.
/// Also where the tool's own words start: after the program word, or,
/// for `kubectl run --image=jetbrainsinfra/swaks … -- --to …` (the image's
/// entrypoint given its options alone), after the `--`.
fn program(text: &str) -> Option<(&'static Tool, Range<usize>, usize)> {
    let b = text.as_bytes();
    let skip_blanks = |mut i: usize| {
        while i < b.len() && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        i
    };
    // (A byte search: the blanks are ASCII, and `str::find` with a set
    // of chars decodes each char; this runs for most lines sniffed.)
    let word_end = |i: usize| {
        b[i..]
            .iter()
            .position(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
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
    let mut args_from = None;
    if let Some((inner, image)) = container_command(text, i) {
        i = inner
            + text[inner..]
                .find(|c: char| !matches!(c, ' ' | '\t' | '\\' | '\n' | '\r'))
                .unwrap_or(text.len() - inner);
        end = word_end(i);
        if let Some(image) = image.filter(|_| i == text.len() || b[i] == b'-') {
            args_from = Some(inner);
            (i, end) = (image.start, image.end);
        }
    }
    let base_at = text[i..end].rfind('/').map_or(i, |n| i + n + 1);
    // An image's tag (`jetbrainsinfra/swaks:latest`) is no part of the name.
    let end = text[base_at..end].find(':').map_or(end, |n| base_at + n);
    let base_end = if end - base_at > 3 && text[base_at..end].ends_with(".pl") {
        end - 3
    } else {
        end
    };
    let name = &text[base_at..base_end];
    let tool = TOOLS
        .iter()
        .find(|t| t.names.iter().any(|n| n.eq_ignore_ascii_case(name)))?;
    let args_from = args_from.unwrap_or(word_end(base_end));
    Some((tool, base_at..base_end, args_from))
}

/// Container runners whose command line ends with a command run inside:
/// `docker`, `podman`, `nerdctl` (`run`/`exec`, also as `container run`,
/// and `compose run`/`compose exec` as `docker-compose` writes them),
/// `kubectl`/`oc` (`exec`/`run`/`debug` … `--` COMMAND).
const RUNNERS: &[&str] = &[
    "docker",
    "podman",
    "nerdctl",
    "docker-compose",
    "podman-compose",
];

/// Options of `docker run`/`exec` and `compose run`/`exec` read without a
/// value (docker-run(1), docker-compose-run(1)); every other option takes
/// the next word unless written `--name=value`. Clustered short switches
/// (`-it`, `-dit`) are all letters of this list.
const RUNNER_SWITCHES: &[&str] = &[
    "rm",
    "detach",
    "interactive",
    "tty",
    "privileged",
    "init",
    "no-deps",
    "service-ports",
    "remove-orphans",
    "no-TTY",
    "use-aliases",
    "read-only",
    "sig-proxy",
    "quiet-pull",
    "build",
];
const RUNNER_SHORT: &str = "dirtTP";

/// Where the command run inside a container starts when the word at `at`
/// of `text` runs one (`docker run --rm -e X=1 IMAGE swaks …`,
/// `docker compose exec -T app postconf …`, `kubectl exec -it pod -- swaks
/// …`): after the image, container or service word (an image whose name is
/// the tool, `jetbrainsinfra/swaks:latest`, is that tool: its entrypoint),
/// or after `--` for kubectl, with kubectl's `--image` word. `None` when
/// the word is no runner.
pub(crate) fn container_command(text: &str, at: usize) -> Option<(usize, Option<Range<usize>>)> {
    let words = |from: usize| {
        let mut i = from;
        std::iter::from_fn(move || {
            let b = text.as_bytes();
            while i < text.len() && matches!(b[i], b' ' | b'\t' | b'\\' | b'\n' | b'\r') {
                i += 1;
            }
            if i >= text.len() {
                return None;
            }
            let s = i;
            i = text[i..]
                .find([' ', '\t', '\n', '\r'])
                .map_or(text.len(), |n| i + n);
            Some(s..i)
        })
    };
    let mut it = words(at).peekable();
    let prog = it.next()?;
    let name = &text[prog.clone()];
    let name = &name[name.rfind('/').map_or(0, |n| n + 1)..];
    if name == "kubectl" || name == "oc" {
        let sub = it.next()?;
        if !matches!(&text[sub], "exec" | "run" | "debug") {
            return None;
        }
        let mut image = None;
        while let Some(w) = it.next() {
            let word = &text[w.clone()];
            if word == "--" {
                return Some((w.end, image));
            }
            if word == "--image" {
                image = it.next();
            } else if let Some(v) = word.strip_prefix("--image=") {
                image = Some(w.end - v.len()..w.end);
            }
        }
        return None;
    }
    if !RUNNERS.contains(&name) {
        return None;
    }
    // `compose`, `container`, then `run`/`exec`.
    let mut sub = it.next()?;
    while matches!(&text[sub.clone()], "compose" | "container") {
        sub = it.next()?;
    }
    if !matches!(&text[sub], "run" | "exec") {
        return None;
    }
    while let Some(w) = it.next() {
        let word = &text[w.clone()];
        let Some(opt) = word.strip_prefix('-') else {
            // The image, container or service: the command follows; an
            // image named after a tool is that tool.
            let base = &word[word.rfind('/').map_or(0, |n| n + 1)..];
            let base = base.split(':').next().unwrap_or(base);
            let is_tool = TOOLS
                .iter()
                .any(|t| t.names.iter().any(|n| n.eq_ignore_ascii_case(base)));
            let next = it.peek().map(|n| &text[n.clone()]);
            let tool_next = next.is_some_and(|n| {
                TOOLS
                    .iter()
                    .any(|t| t.names.iter().any(|m| m.eq_ignore_ascii_case(n)))
            });
            let inner = if is_tool && !tool_next {
                w.start
            } else {
                w.end
            };
            return Some((inner, None));
        };
        if opt == "-" {
            return Some((w.end, None));
        }
        let long = opt.strip_prefix('-');
        let switch = match long {
            Some(l) => l.contains('=') || RUNNER_SWITCHES.contains(&l),
            None => opt.contains('=') || opt.chars().all(|c| RUNNER_SHORT.contains(c)),
        };
        if !switch {
            it.next();
        }
    }
    None
}

/// Where the mail tool's command of a statement starts: at its start, or
/// after a pipe (`echo body | mailx -S …`). Relative to `text`.
fn command_in(text: &str) -> Option<(&'static Tool, Range<usize>, usize)> {
    let mut from = 0;
    loop {
        // A command gives options (`swaks is handy` is prose).
        let options = |args: usize| text[from + args..].contains(" -");
        if let Some((tool, name, args)) = program(&text[from..]).filter(|(_, _, a)| options(*a)) {
            // (The whole statement is asked, once per tool found: each
            // pipe's command is not scanned to the end again.)
            if (tool.needs)(text) {
                return Some((tool, from + name.start..from + name.end, from + args));
            }
        }
        from += text[from..].find('|')? + 1;
    }
}

/// Whether a line opens a mail tool's command (for the sniffer). A line
/// that goes on after a final `\\` counts on its program alone: what the
/// tool needs may be on the lines after it.
/// (A command gives options, ` -` after its program word: a line
/// without ` -` anywhere, most lines the sniffer asks about, is answered
/// without reading its words.)
pub fn is_command(line: &str) -> bool {
    line.contains(" -") && command_in(line).is_some()
        || line.trim_end().ends_with('\\') && (program(line).is_some() || opens_runner(line))
}

/// Whether the line's first word (after a prompt) is a container runner
/// (`kubectl run smtp-test --rm -it \\`): the command it runs, a mail
/// tool's or not, may be on the lines after it.
fn opens_runner(line: &str) -> bool {
    let mut words = line.split_ascii_whitespace();
    let first = words.next().unwrap_or("");
    let first = if first.ends_with(['$', '>']) {
        words.next().unwrap_or("")
    } else {
        first
    };
    let name = &first[first.rfind('/').map_or(0, |n| n + 1)..];
    RUNNERS.contains(&name) || name == "kubectl" || name == "oc"
}

/// Reads the command in `range` if it is a mail tool's; returns whether it was.
pub fn read(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) -> bool {
    let input = doc.input;
    let Some((tool, name, args)) = command_in(&input[range.clone()]) else {
        return false;
    };
    let args = range.start + args;
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
    // Past the rest of the program word (`.pl`, an image's `:tag`) and
    // kubectl's words before `--`.
    words.at = args;
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
        if tool.commands == Some(opt_name) {
            // Read as the configuration file reads it (a value with
            // escapes is passed over).
            if vw.decoded(input).is_none() {
                super::commands::read(doc, vw.inner.clone(), inner);
            }
        } else if tool.settings == Some(opt_name) {
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

    /// `is_command` asks `command_in` only of lines holding ` -`, which
    /// `command_in` needs after the program word: the same answers.
    #[test]
    fn lines_without_options_are_no_commands() {
        for line in [
            "swaks --to a@acme.io --server smtp.postmarkapp.com:587",
            "swaks",
            "swaks --to a@acme.io",
            "swaks \\",
            "echo hi | swaks --to a@acme.io -s smtp.postmarkapp.com",
            "echo hi|swaks -s smtp.postmarkapp.com",
            "swaks is handy",
            "sendemail-f a@acme.io -s smtp.x:587",
            "$ curl --url smtps://smtp.postmarkapp.com:465 --user a:b",
            "curl\t--url smtps://smtp.postmarkapp.com:465",
            "docker run --rm jetbrainsinfra/swaks --to a -s smtp.x",
            "kubectl run t --rm -it \\",
            "mailx -S smtp=smtp://smtp.x:587",
            "MAIL_HOST=smtp.x",
        ] {
            let full = super::command_in(line).is_some()
                || line.trim_end().ends_with('\\')
                    && (super::program(line).is_some() || super::opens_runner(line));
            assert_eq!(super::is_command(line), full, "{line:?}");
        }
    }

    /// The program word ends at a space, tab, CR or LF (bytes, not
    /// chars: a word with a char past ASCII is one word, no tool's).
    #[test]
    fn the_program_word_ends_at_any_blank() {
        for line in [
            "swaks --to a",
            "swaks\t--to a",
            "sudo\tswaks --to a",
            "$ swaks\r\n",
            "/usr/bin/swaks\n--to",
        ] {
            let name = super::program(line).map(|(_, r, _)| &line[r]);
            assert_eq!(name, Some("swaks"), "{line:?}");
        }
        for line in [
            "swaksé --to a",
            "éswaks --to a",
            "swaks-ng --to a",
            "xswaks",
        ] {
            assert!(super::program(line).is_none(), "{line:?}");
        }
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
    fn mutts_e_commands_are_read_as_its_configuration() {
        let got = entries(
            "echo done | mutt -e 'set smtp_url=smtps://u1@smtp.example.com:465/' -e 'set smtp_pass=p1' -e \"set from=a@acme.io\" -s Backup ops@acme.io\n",
        );
        assert!(
            has(&got, "mutt().smtp_url", "smtps://u1@smtp.example.com:465/"),
            "{got:?}"
        );
        assert!(has(&got, "mutt().smtp_pass", "p1"), "{got:?}");
        assert!(has(&got, "mutt().from", "a@acme.io"), "{got:?}");
    }

    #[test]
    fn the_command_run_in_a_container_is_read() {
        for cmd in [
            "docker run --rm -it --network host jetbrainsinfra/swaks:latest --server smtp.example.com:587 --auth-user u1 --tls\n",
            "docker run --rm -e TZ=UTC --name probe jetbrainsinfra/swaks swaks --server smtp.example.com:587 --auth-user u1 --tls\n",
            "$ docker compose exec -T app swaks --server smtp.example.com:587 --auth-user u1 --tls\n",
            "docker-compose run --rm -u root app swaks --server smtp.example.com:587 --auth-user u1 --tls\n",
            "kubectl exec -n mail -it deploy/relay -- swaks --server smtp.example.com:587 --auth-user u1 --tls\n",
            // The image's entrypoint given its options alone.
            "kubectl run smtp-test --rm -it --restart=Never \\\n  --image=jetbrainsinfra/swaks -n NS -- \\\n  --server smtp.example.com:587 \\\n  --auth-user u1 --tls\n",
        ] {
            let got = entries(cmd);
            assert!(has(&got, "swaks().server", "smtp.example.com:587"), "{cmd}: {got:?}");
            assert!(has(&got, "swaks().auth-user", "u1"), "{cmd}: {got:?}");
            assert!(has(&got, "swaks().tls", "tls"), "{cmd}: {got:?}");
        }
        // A container running something else is no mail command.
        assert!(
            !entries("docker run --rm -e A=1 nginx:latest nginx -g daemon\n")
                .iter()
                .any(|(p, _, _)| p.contains("()"))
        );
        assert_eq!(super::container_command("docker ps -a", 0), None);
        assert_eq!(super::container_command("kubectl get pods", 0), None);
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
