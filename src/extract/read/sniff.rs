//! Which syntax each region of the paste is written in.
//!
//! The paste is split at Markdown code fences (whose info string names the
//! syntax); every other region is sniffed: one pass over its lines counts
//! the shapes each syntax writes (`KEY=value`, `key: value` with nesting,
//! `[section]`, `<tag>`, `"key":`, `$mail->`, `import`, `config :app`…),
//! and the syntax with the most evidence reads the region. Readers call
//! back into [`read_region`] for what they embed (heredocs, YAML block
//! scalars), a bounded number of levels deep.

use std::ops::Range;

use super::code::Lang;
use super::{
    argv, code, commands, env, keyvalue, lines_in, m4, maddy, monitrc, prose, remotes, smtpd, xml,
    yaml, Document, ScopeKind, Syntax, ROOT,
};

/// A container format whose variables belong to another application (the
/// report names it when no application is recognised).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    DockerCompose,
    Dockerfile,
    GithubActions,
    Kubernetes,
    GitlabCi,
}

/// What reads a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Env(env::Flavor),
    KeyValue(keyvalue::Flavor),
    Yaml,
    Xml,
    Prose,
    Code(Lang),
    /// `set name=value` command files (mutt, mailx).
    Commands,
    /// Remote lines (nullmailer).
    Remotes,
    /// OpenSMTPD's `smtpd.conf` rules.
    Smtpd,
    /// Monit's control file (`set mailserver …`).
    Monit,
    /// sendmail's m4 (`sendmail.mc`) and `authinfo` lines.
    M4,
    /// Maddy's `maddy.conf` (`target.smtp NAME { targets … }`).
    Maddy,
}

impl Choice {
    pub fn syntax(self) -> Syntax {
        match self {
            Choice::Env(_) => Syntax::Env,
            Choice::KeyValue(keyvalue::Flavor::Ini) => Syntax::Ini,
            Choice::KeyValue(keyvalue::Flavor::Properties) => Syntax::Properties,
            Choice::KeyValue(keyvalue::Flavor::Conf) => Syntax::Conf,
            Choice::KeyValue(keyvalue::Flavor::Toml) => Syntax::Toml,
            Choice::Yaml => Syntax::Yaml,
            Choice::Xml => Syntax::Xml,
            Choice::Prose => Syntax::Prose,
            Choice::Code(l) => Syntax::Code(l),
            Choice::Commands => Syntax::Commands,
            Choice::Remotes | Choice::Smtpd | Choice::Monit | Choice::M4 | Choice::Maddy => {
                Syntax::Words
            }
        }
    }
}

/// Reads the whole paste.
pub fn read_all(doc: &mut Document) {
    let len = doc.input.len();
    read_region(doc, 0..len, ROOT, 0);
    bare_urls(doc);
    doc.container = container(doc);
}

/// Reads one region into `scope` (splitting it at Markdown fences first).
pub fn read_region(doc: &mut Document, range: Range<usize>, scope: u32, depth: u8) {
    let input = doc.input;
    let fences = fences(input, range.clone());
    if fences.is_empty() {
        read_parts(doc, range, scope, depth);
        return;
    }
    let mut at = range.start;
    for f in fences {
        if f.outer.start > at {
            read_parts(doc, at..f.outer.start, scope, depth);
        }
        let hint = match from_info(&input[f.info.clone()]) {
            // A shell fence also shows the files a shell writes or edits:
            // an msmtprc, ssmtp.conf or relay's file shown as `bash` is
            // read as that file when its lines say so.
            Some(Choice::Env(env::Flavor::Shell)) => match choose(input, f.body.clone()) {
                c @ (Choice::KeyValue(keyvalue::Flavor::Conf)
                | Choice::Remotes
                | Choice::Smtpd
                | Choice::Monit
                | Choice::M4
                | Choice::Maddy) => Some(c),
                _ => Some(Choice::Env(env::Flavor::Shell)),
            },
            Some(label @ (Choice::Yaml | Choice::KeyValue(_))) => {
                Some(relabel(label, choose(input, f.body.clone())))
            }
            h => h,
        };
        let inner = doc.open(scope, [], f.body.start, ScopeKind::Region);
        read_plain(doc, f.body.clone(), inner, depth, hint);
        doc.close(inner, f.body.end);
        at = f.outer.end;
    }
    if at < range.end {
        read_parts(doc, at..range.end, scope, depth);
    }
}

/// A fence's label is the writer's word, and config files are often
/// mislabelled: ```` ```yml ```` around `spring.mail.host=…` lines,
/// ```` ```ini ```` around nested `key: value` YAML. Where the lines show
/// the other family than the label names — YAML's `key:` nesting against
/// the `key=value` lines of `.env`, `.properties`, INI and TOML — the lines
/// win (the label's reader would find nothing). Within one family the label
/// still decides what the lines cannot show (INI or TOML).
fn relabel(label: Choice, sniffed: Choice) -> Choice {
    let yaml_family = |c: Choice| matches!(c, Choice::Yaml);
    let assignment_family = |c: Choice| matches!(c, Choice::Env(_) | Choice::KeyValue(_));
    if yaml_family(label) && assignment_family(sniffed)
        || assignment_family(label) && yaml_family(sniffed)
    {
        sniffed
    } else {
        label
    }
}

/// Prose's inline code spans that hold a mail tool's command line (a
/// README's "Run `docker run --rm -it img/swaks -s smtp.example.com:587
/// -tls …`"), or a PHPMailer line (`` `$mail->Host = 'smtp.gmail.com';` ``
/// as beeeblebrox/SMTP-Form's README lists them): each is read as what it
/// is. One pass over the bytes.
fn inline_commands(doc: &mut Document, range: Range<usize>, scope: u32) {
    let input = doc.input;
    let b = input.as_bytes();
    let mut i = range.start;
    while let Some(n) = input[i..range.end].find('`') {
        let open = i + n;
        // A run of backticks opens a span closed by the same run.
        let run = b[open..range.end]
            .iter()
            .take_while(|&&c| c == b'`')
            .count();
        let body = open + run;
        let Some(len) = input[body..range.end].find(&input[open..open + run]) else {
            break;
        };
        let close = body + len;
        let span = &input[body..close];
        if !span.contains('\n') {
            if super::argv::is_command(span) {
                super::argv::read(doc, body..close, scope, 0);
            } else if let Some(choice) = inline_setting(span) {
                read_plain(doc, body..close, scope, 1, Some(choice));
            }
        }
        i = close + run;
    }
}

/// An inline code span that is one PHP statement on an object
/// (`$mail->Host = …;`, `$mail->setFrom(…);`) or a `define()`. (A span
/// holding `NAME=value` is the prose reader's own.)
fn inline_setting(span: &str) -> Option<Choice> {
    let t = span.trim();
    let php = t.starts_with('$') && t.contains("->") && t.ends_with(';')
        || t.starts_with("define(") && t.ends_with(';');
    php.then_some(Choice::Code(Lang::Php))
}

/// Reads a region without fences file by file (see [`file_parts`]); the
/// text between fences is cut the same way (a `.env` pasted bare, then the
/// fenced code that reads it).
fn read_parts(doc: &mut Document, range: Range<usize>, scope: u32, depth: u8) {
    for part in file_parts(doc.input, range) {
        read_plain(doc, part, scope, depth, None);
    }
}

fn read_plain(
    doc: &mut Document,
    range: Range<usize>,
    scope: u32,
    depth: u8,
    hint: Option<Choice>,
) {
    if range.start >= range.end {
        return;
    }
    let choice = hint.unwrap_or_else(|| choose(doc.input, range.clone()));
    let syntax = choice.syntax();
    if !doc.syntaxes.contains(&syntax) {
        doc.syntaxes.push(syntax);
    }
    match choice {
        Choice::Env(f) => env::read(doc, range, scope, f, depth),
        Choice::KeyValue(f) => keyvalue::read(doc, range, scope, f),
        Choice::Yaml => yaml::read(doc, range, scope, depth),
        Choice::Xml => xml::read(doc, range, scope),
        Choice::Prose => {
            prose::read(doc, range.clone(), scope);
            inline_commands(doc, range, scope);
        }
        Choice::Code(l) => code::read(doc, range, scope, l),
        Choice::Commands => commands::read(doc, range, scope),
        Choice::Remotes => remotes::read(doc, range, scope),
        Choice::Smtpd => smtpd::read(doc, range, scope),
        Choice::Monit => monitrc::read(doc, range, scope),
        Choice::M4 => m4::read(doc, range, scope),
        Choice::Maddy => maddy::read(doc, range, scope),
    }
}

/// A region holding several files, each under a comment line naming it
/// (`# .env`, `// config/mail.php`, `<!-- pom.xml -->`), is read part by
/// part: each file in its own syntax (a `.env` pasted with the
/// `config/mail.php` that reads it). A name only on the first line
/// changes nothing. One pass over the line breaks: only a line whose first
/// visible byte opens a comment is looked at further.
fn file_parts(input: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let bytes = input.as_bytes();
    let end = range.end.min(input.len());
    let mut cuts = Vec::new();
    let mut named = false;
    // Whether the line starting at `start` names a file, and the cut.
    let look = |start: usize, cuts: &mut Vec<usize>, named: &mut bool| {
        let first = match bytes[start] {
            b'#' | b'/' | b';' | b'-' | b'<' => start,
            // Content, a blank line, or the `\n` of a `\r\n`.
            b'!'..=b'~' | b'\n' | b'\r' => return,
            // Leading whitespace: the first byte after it. (ASCII blanks
            // skipped as bytes; chars decoded only past a byte beyond ASCII.)
            _ => {
                let at = start
                    + bytes[start..end]
                        .iter()
                        .take_while(|&&c| matches!(c, b' ' | b'\t' | 0x0B | 0x0C))
                        .count();
                match bytes.get(at) {
                    _ if at >= end => return,
                    Some(c) if c.is_ascii() => at,
                    _ => match input[at..end]
                        .find(|ch: char| !ch.is_whitespace() || ch == '\n' || ch == '\r')
                    {
                        Some(i) => at + i,
                        None => return,
                    },
                }
            }
        };
        // The markers `names_a_file` takes (`<tag>` and `-` items are none).
        let marker = match bytes[first] {
            b'#' | b';' => true,
            b'/' => bytes[first..].starts_with(b"//"),
            b'-' => bytes[first..].starts_with(b"--"),
            b'<' => bytes[first..].starts_with(b"<!--"),
            _ => false,
        };
        if !marker {
            return;
        }
        let stop = first + super::line_break(&bytes[first..end]).unwrap_or(end - first);
        // A file name has a dot (most comments are passed over here).
        if bytes[first..stop].contains(&b'.')
            && names_a_file(super::strings::trim_str(&input[start..stop]))
        {
            // A header before any content is part of the first file.
            if *named || !input[range.start..start].trim().is_empty() {
                cuts.push(start);
            }
            *named = true;
        }
    };
    if range.start < end {
        look(range.start, &mut cuts, &mut named);
    }
    // Line starts from the breaks, eight bytes a step; most lines start with
    // a visible byte that opens no comment and are passed over right here.
    // Files pasted one after another without a comment naming them: a
    // line `appsettings.json:` (a label in prose), `=== mailer.php ===`,
    // `**mailer.js**` or a name alone after a blank line at the margin, or
    // a document's `{` at the margin right after a `}` there that closed
    // the one before (a C# options class, then its appsettings.json).
    let mut line_start = range.start;
    let mut closed = false;
    let mut after_blank = true;
    let mut paragraphs = Paragraphs {
        region: input.get(range.start..end),
        from: range.start,
        ..Paragraphs::default()
    };
    for brk in super::line_breaks(bytes.get(range.start..end).unwrap_or_default()) {
        let line_end = range.start + brk;
        // No `\r` inside: it is a break.
        let line = input.get(line_start..line_end).unwrap_or("");
        // The empty "line" between the `\r` and `\n` of a `\r\n` is none.
        let crlf = line_start == line_end
            && line_start > range.start
            && bytes[line_start - 1] == b'\r'
            && bytes[line_end] == b'\n';
        // Trimmed, tested for blankness and for a label once: the
        // paragraphs and the cuts below ask the same of every line.
        let t = trim_end(line);
        let blank = t.is_empty();
        let label = label_test(t);
        if !crlf && !paragraphs.off {
            paragraphs.line(line_start, line, t, blank, label);
        }
        if !line.is_empty() {
            let content_before = || !input[range.start..line_start].trim().is_empty();
            let cut = match line.as_bytes()[0] {
                b'{' => closed && t == "{",
                // `labels_a_file` only widens after a blank line.
                b'A'..=b'Z' | b'a'..=b'z' | b'.' | b'=' | b'*' => {
                    label || (after_blank && labels_a_file(t, true))
                }
                _ => false,
            };
            if cut && content_before() && cuts.last().is_none_or(|&c| c < line_start) {
                cuts.push(line_start);
            }
            closed = matches!(t, "}" | "};");
        }
        if !crlf {
            after_blank = blank;
        }
        line_start = line_end + 1;
        let start = range.start + brk + 1;
        // One table look-up instead of five range tests per line.
        const CONTENT: [bool; 256] = {
            let mut t = [false; 256];
            let mut b = 0;
            while b < 256 {
                let c = b as u8;
                t[b] = matches!(c, b'!'..=b'"' | b'$'..=b',' | b'.' | b'0'..=b':' | b'='..=b'~');
                b += 1;
            }
            t
        };
        match bytes.get(start) {
            Some(&c) if !CONTENT[usize::from(c)] && start < end => {
                look(start, &mut cuts, &mut named)
            }
            _ => {}
        }
    }
    if !paragraphs.off {
        if line_start < end {
            paragraphs.line_alone(line_start, &input[line_start..end]);
        }
        paragraphs.line_alone(end, "");
    }
    if !paragraphs.cuts.is_empty() && paragraphs.reads_env(input) {
        cuts.extend(paragraphs.cuts.iter().filter(|&&c| c > range.start));
        cuts.sort_unstable();
        cuts.dedup();
    }
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut at = range.start;
    for c in cuts {
        if c > at {
            parts.push(at..c);
        }
        at = c;
    }
    parts.push(at..range.end);
    parts
}

/// A `.env` block and the code or YAML around it, told apart by blank
/// lines: each paragraph (lines between blank lines, or a sentence such as
/// `and my code:`) is of `KEY=value` lines, of other lines, or only of
/// comments and sentences; where the kind changes from one paragraph to the
/// next, the paste is cut (before the comments and sentences leading into
/// the new kind). A `.env` pasted above the nodemailer code that reads it,
/// a docker-compose file above its `.env`. A file with `[section]` headers
/// is never cut this way (go-ini writes `KEY=value` lines in sections),
/// nor where the other paragraphs read no environment at all (a Python or
/// Ruby file whose constants are written `SMTP_HOST="…"` between its
/// statements uses them as names, not as a `.env`).
#[derive(Default)]
struct Paragraphs<'a> {
    /// The kind of the last paragraph that had one (`true`: `.env` lines).
    last: Option<bool>,
    /// The current paragraph: where it starts and its kind so far.
    open: Option<(usize, Option<bool>)>,
    /// Where the comments and sentences before the current paragraph start.
    lead: Option<usize>,
    sections: bool,
    cuts: Vec<usize>,
    /// The paragraphs of other lines.
    other: Vec<Range<usize>>,
    /// Where the current paragraph ends so far.
    last_end: usize,
    /// The region's text, when the paragraphs may stop early: cuts count
    /// only where a paragraph reads the environment, so the first line
    /// that may be a `.env` line (before it no two paragraphs differ)
    /// asks whether the region holds any marker of that at all (one
    /// search); with none, the lines are not told apart any further
    /// (a `.env` or an INI file alone, the most common paste).
    region: Option<&'a str>,
    /// Whether that search was made (and what it found).
    reads: Option<bool>,
    /// Where the region starts, and how many lines were looked at: a
    /// region of short lines asks too (see [`Paragraphs::line`]).
    from: usize,
    lines: usize,
    /// No cut can come: the lines are not looked at any more.
    off: bool,
    /// How the last line ended a statement (see [`ends_statement`]).
    ended: Ended,
    /// The current paragraph of `.env` lines came right under a line that
    /// ended no block (a call's `)`, `EMAIL_HOST = os.getenv("X")`): it is
    /// a `.env` only if a value is one no code writes (see
    /// [`bare_value`]); Python assigns `EMAIL_PORT=587` unspaced too.
    tentative: bool,
    /// A value of the current paragraph is a [`bare_value`].
    bare: bool,
}

/// How many lines [`Paragraphs::line`] looks at before it weighs whether
/// the region's lines are short (see [`SHORT_LINE`]).
const SAMPLE_LINES: usize = 64;

/// The average line length under which a region's search for markers of
/// code reading the environment costs less than the looks at its lines
/// it spares.
const SHORT_LINE: usize = 48;

/// How a code line ends (see [`ends_statement`]).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Ended {
    #[default]
    No,
    /// `;`, `}`, `>` (`?>`), `end`: no `KEY=value` statement follows in
    /// the same file without a blank line, in practice.
    Block,
    /// A call's `)`: Python statements end so too.
    Call,
}

impl Paragraphs<'_> {
    /// [`Paragraphs::line`] for a line nobody has looked at yet.
    fn line_alone(&mut self, start: usize, line: &str) {
        let t = trim_end(line);
        self.line(start, line, t, t.is_empty(), label_test(t));
    }

    /// One line: `t` is `line` trimmed at its end, `blank` whether it is
    /// only whitespace (`t` is empty), `label` its [`label_test`].
    fn line(&mut self, start: usize, line: &str, t: &str, blank: bool, label: bool) {
        self.lines += 1;
        if blank {
            self.finish();
            return;
        }
        if label || is_sentence(t) {
            self.finish();
            self.lead.get_or_insert(start);
            return;
        }
        // A file's first line right under `.env` lines starts another file
        // as a blank line would (`<?php`, `import …`, `const …`).
        if matches!(self.open, Some((_, Some(true)))) && opens_code(t) {
            self.finish();
        }
        // And a `.env` line right under code starts the `.env` pasted
        // after it (it stays with the code unless the lines after it up to
        // a blank line are `.env` lines too): under a statement or block
        // that ended on the line above (`});`, `?>`), or under any other
        // line (a call's `)`, `module.exports = transporter` without a
        // `;`) when a value is one no code writes (see `bare_value`).
        let ended = std::mem::replace(&mut self.ended, ends_statement(t));
        if matches!(self.open, Some((_, Some(false)))) && env_line(t) {
            self.finish();
            self.tentative = ended != Ended::Block;
        }
        self.last_end = start + line.len();
        let (_, kind) = *self.open.get_or_insert((start, None));
        let env = match t.as_bytes()[0] {
            b'#' => return,
            b'[' => {
                self.sections = true;
                false
            }
            // (A paragraph with another line already is not `.env`.)
            b'A'..=b'Z' | b'_' | b'e' if kind != Some(false) => {
                if self.reads_no_env() {
                    return;
                }
                let env = env_line(t);
                if env && self.tentative && !self.bare {
                    self.bare = bare_value(t);
                }
                env
            }
            _ => false,
        };
        // A line of another kind asks too, in a region of short lines: a
        // Terraform or INI file with no marker, one paragraph long, is not
        // looked at line by line to the end for cuts that cannot count.
        // The search costs a few instructions a byte of the region, the
        // look at a line some hundred: it pays where the first lines
        // average under [`SHORT_LINE`] bytes (a region of long lines, a
        // minified JSON document or one line of URLs, is only looked at).
        if !env
            && self.reads.is_none()
            && self.lines >= SAMPLE_LINES
            && start - self.from < self.lines * SHORT_LINE
            && self.reads_no_env()
        {
            return;
        }
        if let Some((_, kind)) = &mut self.open {
            *kind = Some(kind.unwrap_or(true) && env);
        }
    }

    /// Whether the region holds no marker of code reading the
    /// environment (one search, made once): then no cut counts (see
    /// [`Paragraphs::reads_env`], whose paragraphs are the region's), and
    /// the lines are not looked at any further.
    fn reads_no_env(&mut self) -> bool {
        let Some(region) = self.region else {
            return false;
        };
        if *self.reads.get_or_insert_with(|| reads_env(region)) {
            return false;
        }
        self.off = true;
        self.cuts.clear();
        true
    }

    fn finish(&mut self) {
        let Some((start, kind)) = self.open.take() else {
            return;
        };
        let tentative = std::mem::take(&mut self.tentative) && !std::mem::take(&mut self.bare);
        let kind = kind.map(|k| k && !tentative);
        let Some(kind) = kind else {
            // Only comments: they lead into what follows.
            self.lead.get_or_insert(start);
            return;
        };
        let at = self.lead.take().unwrap_or(start);
        if self.last.is_some_and(|k| k != kind) && !self.sections {
            self.cuts.push(at);
        }
        self.last = Some(kind);
        if !kind {
            self.other.push(start..self.last_end);
        }
    }

    /// Whether the paragraphs of other lines read the environment
    /// (`process.env`, `getenv`, `os.environ`, `env('X')`, `ENV['X']`,
    /// `${X}`, `Environment.GetEnvironmentVariable`): only then is a block
    /// of `KEY=value` lines beside them a `.env`. One pass over them, done
    /// only when a cut is in view.
    fn reads_env(&self, input: &str) -> bool {
        self.other
            .iter()
            .any(|r| reads_env(input.get(r.clone()).unwrap_or("")))
    }
}

/// Whether `t` holds a marker of code reading the environment (see
/// [`Paragraphs::reads_env`]; `Getenv` holds `env`).
fn reads_env(t: &str) -> bool {
    ["env", "ENV", "Environment", "${"]
        .iter()
        .any(|m| t.contains(m))
}

/// `SMTP_HOST=smtp.postmarkapp.com`, `export SMTP_PORT=587`: an unspaced
/// upper-case `.env` line (not `HOST=os.getenv(…)` or a statement).
fn env_line(t: &str) -> bool {
    let t = t.strip_prefix("export ").unwrap_or(t);
    // The key is everything before the first `=`, and all of it upper-case
    // letters, digits and `_`: so the first byte that is none of them must
    // be that `=` (one pass over the key, no search of the line).
    let b = t.as_bytes();
    let n = b
        .iter()
        .position(|&c| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_'))
        .unwrap_or(b.len());
    if b.get(n) != Some(&b'=') {
        return false;
    }
    let (key, value) = (&t[..n], &t[n + 1..]);
    let call = {
        let v = super::strings::trim_start(value).as_bytes();
        let n = v
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
            .count();
        n > 0 && v.get(n) == Some(&b'(')
    };
    key.bytes().any(|b| b.is_ascii_uppercase())
        && !key.as_bytes()[0].is_ascii_digit()
        && !value.starts_with('=')
        && !matches!(value.as_bytes().last(), Some(b';' | b'{' | b'(' | b','))
        && !call
}

/// How a code line ends a statement or a block: `});`, `}`, `?>`, `end`,
/// or a call's `)`.
fn ends_statement(t: &str) -> Ended {
    match t.as_bytes().last() {
        Some(b';' | b'}' | b'>') => Ended::Block,
        Some(b')') => Ended::Call,
        _ if t == "end" => Ended::Block,
        _ => Ended::No,
    }
}

/// A `KEY=value` line's value that no code writes as a value: unquoted,
/// and neither a number nor a language's literal word (`smtp.postmarkapp.com`,
/// a token, `tls`).
fn bare_value(t: &str) -> bool {
    let v = t.split_once('=').map_or("", |(_, v)| v.trim());
    !v.is_empty()
        && !v.starts_with(['"', '\'', '[', '{', '('])
        && v.parse::<f64>().is_err()
        && !matches!(
            v,
            "True" | "False" | "None" | "true" | "false" | "null" | "nil"
        )
}

/// The first line of a code or YAML file, which no `.env` line looks like.
fn opens_code(t: &str) -> bool {
    const OPENERS: [&str; 14] = [
        "<?php",
        "import ",
        "const ",
        "let ",
        "var ",
        "require(",
        "from ",
        "use ",
        "package ",
        "module.exports",
        "'use strict'",
        "\"use strict\"",
        "services:",
        "spring:",
    ];
    // Their first bytes: asked of every `.env` line, whose first byte
    // (upper-case) rules them all out.
    const FIRST: [bool; 256] = super::ascii::first_bytes(&OPENERS);
    t.as_bytes().first().is_some_and(|&c| FIRST[usize::from(c)])
        && OPENERS.iter().any(|o| t.starts_with(o))
}

/// `and my code:`, `Here is my .env:`: a sentence at the margin that
/// introduces what follows (words and spaces, ending in `:`). Labels naming
/// a file (`File: .env`, `mailer.js:`) introduce what follows the same way.
fn is_sentence(t: &str) -> bool {
    let Some(body) = t.strip_suffix(':') else {
        return false;
    };
    body.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && body.contains(' ')
        && !body.contains(['=', '"', '(', '{', '[', ':', ';', '$'])
}

/// [`labels_a_file`] not after a blank line, for a line trimmed at its
/// end: the first byte rules most lines out (every label starts with a
/// letter, a dot or its rule or emphasis).
fn label_test(t: &str) -> bool {
    let b = t.as_bytes();
    // What `labels_a_file` asks first, by bytes: a rule or emphasis
    // before (`=`, `*`), a `File:` prefix, or a colon, rule or emphasis
    // after (`t` ends in a visible byte); and a name has a dot.
    let first = match b.first() {
        Some(&c @ (b'A'..=b'Z' | b'a'..=b'z' | b'.' | b'=' | b'*')) => c,
        _ => return false,
    };
    (matches!(first, b'=' | b'*' | b'F' | b'f') || matches!(b.last(), Some(b':' | b'=' | b'*')))
        && b.contains(&b'.')
        && labels_a_file(t, false)
}

/// `appsettings.json:`, `=== mailer.php ===`, `**mailer.js**`, or a file
/// name alone on a line after a blank line. Widens with `after_blank`: a
/// line that labels a file without it does with it.
fn labels_a_file(line: &str, after_blank: bool) -> bool {
    let t = trim_end(line);
    if t.starts_with('=') && !t.starts_with("==") {
        return false;
    }
    // What every label has, seen at its two ends: a colon, a rule or
    // emphasis around it, a `File:` before it; without any, the name test
    // below cannot pass (most lines: asked for each of them).
    let framed = |c: Option<&u8>| matches!(c, Some(b'=' | b'*' | b' ' | b'\t'));
    if !after_blank
        && !t.ends_with(':')
        && !framed(t.as_bytes().first())
        && !framed(t.as_bytes().last())
        && !["File:", "file:", "FILE:"].iter().any(|p| t.starts_with(p))
    {
        return false;
    }
    let deco = |c: char| c == '=' || c == '*' || c == ' ' || c == '\t';
    let bare = t.trim_matches(deco);
    // `File: mailer.js`
    let bare = ["File:", "file:", "FILE:"]
        .iter()
        .find_map(|p| bare.strip_prefix(p))
        .map_or(bare, str::trim_start);
    let (name, colon) = match bare.strip_suffix(':') {
        Some(n) => (n.trim_matches(deco), true),
        None => (bare, false),
    };
    (colon || after_blank || bare.len() != t.len()) && !name.contains('=') && is_file_name(name)
}

/// `# .env`, `// config/mail.php`, `# File: settings.py`, `<!-- web.config -->`:
/// a comment whose only word is a file name with a configuration or code
/// extension.
fn names_a_file(line: &str) -> bool {
    let Some(rest) = ["#", "//", ";", "--", "<!--"]
        .iter()
        .find_map(|m| line.strip_prefix(m))
    else {
        return false;
    };
    // Rules around the name: `---- mailer.js`, `# ==== .env ====`.
    let rule = |c: char| matches!(c, '-' | '=' | '#' | '*' | '/') || c.is_whitespace();
    let rest = rest.trim().trim_end_matches("-->").trim_matches(rule);
    let rest = ["File:", "file:", "FILE:"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest)
        .trim();
    is_file_name(rest)
}

/// A file name with a configuration or code extension (`.env`,
/// `config/mail.php`, `appsettings.json`), and nothing else.
fn is_file_name(rest: &str) -> bool {
    if rest.is_empty() || rest.len() > 120 || rest.contains(char::is_whitespace) {
        return false;
    }
    let name = rest.rsplit('/').next().unwrap_or(rest);
    const EXTENSIONS: [&str; 28] = [
        "env",
        "php",
        "yml",
        "yaml",
        "json",
        "toml",
        "ini",
        "conf",
        "cf",
        "cfg",
        "properties",
        "py",
        "rb",
        "js",
        "ts",
        "mjs",
        "go",
        "cs",
        "java",
        "kt",
        "ex",
        "exs",
        "tf",
        "nix",
        "rs",
        "xml",
        "pl",
        "pm",
    ];
    name == ".env"
        || name.starts_with(".env.")
        || name
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext))
}

/// A fenced block: the whole fence, its info string and its body.
struct Fence {
    outer: Range<usize>,
    info: Range<usize>,
    body: Range<usize>,
}

fn fences(input: &str, range: Range<usize>) -> Vec<Fence> {
    let mut out = Vec::new();
    if !has_fence_marker(&input.as_bytes()[range.clone()]) {
        return out;
    }
    let mut open: Option<(usize, Range<usize>, usize, &str)> = None;
    for line in lines_in(input, range) {
        let t = super::strings::trim_start(&input[line.clone()]);
        let marker = if t.starts_with("```") {
            "```"
        } else if t.starts_with("~~~") {
            "~~~"
        } else {
            continue;
        };
        match &open {
            None => {
                let info_start = line.end - t.len() + 3;
                let info = info_start..line.end;
                open = Some((line.start, info, (line.end + 1).min(input.len()), marker));
            }
            Some((start, info, body, m)) if *m == marker && t.trim_end() == marker => {
                out.push(Fence {
                    outer: *start..line.end,
                    info: info.clone(),
                    body: *body..line.start.max(*body),
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some((start, info, body, _)) = open {
        // An unclosed fence runs to the end.
        let end = input.len();
        out.push(Fence {
            outer: start..end,
            info,
            body: body..end.max(body),
        });
    }
    out
}

/// Whether ```` ``` ```` or `~~~` is anywhere in `text`: one pass, eight
/// bytes a step (two `contains` read every paste twice).
fn has_fence_marker(text: &[u8]) -> bool {
    use super::ascii::{splat, word, zero_bytes};
    let at = |i: usize| {
        let b = text[i];
        text.get(i + 1) == Some(&b) && text.get(i + 2) == Some(&b)
    };
    let chunks = text.chunks_exact(8);
    let tail = text.len() - chunks.remainder().len();
    for (c, chunk) in chunks.enumerate() {
        let w = word(chunk);
        let mut hits = zero_bytes(w ^ splat(b'`')) | zero_bytes(w ^ splat(b'~'));
        while hits != 0 {
            if at(c * 8 + (hits.trailing_zeros() / 8) as usize) {
                return true;
            }
            hits &= hits - 1;
        }
    }
    (tail..text.len()).any(|i| matches!(text[i], b'`' | b'~') && at(i))
}

/// The syntax a fence's info string names.
fn from_info(info: &str) -> Option<Choice> {
    let word = info
        .trim()
        .split([' ', '{', ','])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Some(match word.as_str() {
        "env" | "dotenv" | "bash" | "sh" | "shell" | "zsh" | "console" | "powershell" | "ps1" => {
            Choice::Env(env::Flavor::Shell)
        }
        "dockerfile" | "docker" => Choice::Env(env::Flavor::Dockerfile),
        "ini" | "cfg" | "conf" | "gitconfig" | "editorconfig" => {
            Choice::KeyValue(keyvalue::Flavor::Ini)
        }
        "properties" | "props" => Choice::KeyValue(keyvalue::Flavor::Properties),
        "toml" => Choice::KeyValue(keyvalue::Flavor::Toml),
        "yaml" | "yml" => Choice::Yaml,
        "xml" | "html" | "csproj" => Choice::Xml,
        "json" | "jsonc" | "json5" => Choice::Code(Lang::Json),
        "js" | "javascript" | "ts" | "typescript" | "jsx" | "tsx" | "mjs" | "cjs" | "node" => {
            Choice::Code(Lang::JavaScript)
        }
        "php" => Choice::Code(Lang::Php),
        "py" | "python" | "python3" => Choice::Code(Lang::Python),
        "rb" | "ruby" | "erb" => Choice::Code(Lang::Ruby),
        "go" | "golang" => Choice::Code(Lang::Go),
        "cs" | "csharp" | "c#" => Choice::Code(Lang::CSharp),
        "java" | "groovy" => Choice::Code(Lang::Java),
        "kt" | "kotlin" | "kts" => Choice::Code(Lang::Kotlin),
        "ex" | "exs" | "elixir" => Choice::Code(Lang::Elixir),
        "hcl" | "tf" | "terraform" => Choice::Code(Lang::Hcl),
        "nix" => Choice::Code(Lang::Nix),
        "rs" | "rust" => Choice::Code(Lang::Rust),
        "perl" | "pl" | "pm" => Choice::Code(Lang::Perl),
        "muttrc" | "neomuttrc" | "mailrc" => Choice::Commands,
        "smtpd" | "smtpd.conf" | "opensmtpd" => Choice::Smtpd,
        "monit" | "monitrc" => Choice::Monit,
        "m4" | "mc" | "sendmail.mc" | "sendmail" => Choice::M4,
        "maddy" | "maddy.conf" => Choice::Maddy,
        _ => return None,
    })
}

/// Evidence per syntax, counted over the region's lines.
#[derive(Default, Debug)]
struct Scores {
    /// The quote of a `NAME="…` value the last line left open.
    open_quote: Option<u8>,
    env: u32,
    docker: u32,
    ini: u32,
    toml: u32,
    props: u32,
    conf: u32,
    yaml: u32,
    prose: u32,
    xml: u32,
    json: u32,
    js: u32,
    php: u32,
    python: u32,
    ruby: u32,
    go: u32,
    csharp: u32,
    java: u32,
    kotlin: u32,
    elixir: u32,
    hcl: u32,
    nix: u32,
    rust: u32,
    perl: u32,
    /// mutt and mailx command lines (`set smtp_url=…`, `my_hdr`, hooks).
    commands: u32,
    /// nullmailer remote lines (`smtp.example.com smtp --port=587`).
    remotes: u32,
    /// OpenSMTPD rules (`action "relay" relay host …`, `match … action`).
    smtpd: u32,
    /// Monit statements (`set mailserver`, `check process`).
    monit: u32,
    /// sendmail m4 lines (`define(`SMART_HOST', …)`, `FEATURE(…)`, `dnl`)
    /// and `AuthInfo:` lines.
    m4: u32,
    /// Maddy lines (`$(hostname) = …`, `target.smtp NAME {`, `smtp
    /// tcp://0.0.0.0:25 {`).
    maddy: u32,
    /// Lines that only code writes (`;`/`{`/`}` endings).
    code: u32,
    sections: u32,
    /// Unspaced `UPPER_KEY=value` lines: `.env` lines, or INI lines as go-ini
    /// writes them (Gogs' `app.ini`); `[section]` headers tell them apart.
    caps_kv: u32,
    /// `key: value` lines at the margin: YAML, or configparser and
    /// lazr.config files (Mailman's `mailman.cfg`), which write `key: value`
    /// under `[section]` headers; the headers tell them apart (no YAML map
    /// has a `[section]` line at its margin).
    colon_kv: u32,
    /// Spaced `UPPER_KEY = true` lines: lower-case booleans, which Python
    /// does not have (it writes `True`), so the file is not Python.
    lower_bools: u32,
    /// `a.b = value;` and `a.b = {` lines: Nix bindings, which count for
    /// Nix when the paste opens with a bare `{` (a module body without its
    /// `{ config, ... }:` header; see `decide`). No JSON line reads so.
    nix_bindings: u32,
    first: u8,
}

/// Dockerfile instructions.
const DOCKER_WORDS: [&str; 12] = [
    "FROM",
    "RUN",
    "ENV",
    "ARG",
    "COPY",
    "CMD",
    "EXPOSE",
    "WORKDIR",
    "ENTRYPOINT",
    "LABEL",
    "ADD",
    "USER",
];

/// The words HCL blocks open with.
const HCL_WORDS: [&str; 8] = [
    "resource",
    "variable",
    "provider",
    "module",
    "locals",
    "terraform",
    "data",
    "output",
];

/// Words msmtp and similar `key value` files start lines with.
const CONF_WORDS: [&str; 16] = [
    "account",
    "defaults",
    "host",
    "port",
    "from",
    "auth",
    "user",
    "password",
    "passwordeval",
    "tls",
    "tls_starttls",
    "tls_trust_file",
    "tls_certcheck",
    "logfile",
    "syslog",
    "aliases",
];

/// Picks the syntax of a region.
pub fn choose(input: &str, range: Range<usize>) -> Choice {
    let mut s = Scores::default();
    let mut prev_yaml_key_indent: Option<usize> = None;
    let mut seen = 0usize;
    // The indent of a YAML `key: |` whose block is being skipped.
    let mut block: Option<usize> = None;
    // The indent of a `config :app, Mod,` line whose keyword list follows.
    let mut mix_config: Option<usize> = None;
    // How deep the lines are in blocks opened by a bare name (`play.mailer {`,
    // `grails {`): HOCON and Groovy configuration, read by the HCL reader.
    let mut named_blocks = 0u32;
    let mut heredoc: Option<&str> = None;
    // The line before ended with `\`: this one goes on with its statement
    // (a Dockerfile `ENV A=1 \` followed by `    B=2 \` lines), so it is
    // not evidence of its own; scored alone, a long `ENV` outvoted `FROM`.
    let mut continued = false;
    // The statement that goes on opened with a Dockerfile instruction.
    let mut docker_statement = false;
    // An XML start tag whose attributes go on over the next lines
    // (Tomcat's `<Resource name="mail/Session"` with one
    // `mail.smtp.host="…"` a line): those lines are the tag's, not
    // `key="value"` properties.
    let mut in_tag = false;
    // Where a shell value's quote left open on its line closes (its lines
    // are a file kept in a variable, read on their own), and per quote a
    // place past which none closes (looked for once, not per opener).
    let mut quoted_until: Option<usize> = None;
    let mut no_close: [Option<usize>; 2] = [None, None];
    // A place past which no line closes a Nix indented string (looked for
    // once, not per opener: a Python file's `x = ''` lines open none).
    let mut no_nix_close: Option<usize> = None;
    for line in lines_in(input, range.clone()) {
        if let Some(until) = quoted_until {
            if line.start <= until {
                continue;
            }
            quoted_until = None;
        }
        let line_end = line.end;
        let raw = &input[line];
        let t = super::strings::trim_start(raw);
        if t.is_empty() {
            continue;
        }
        // Trimmed once: the tests below look at the line's end again and again.
        let te = trim_end(t);
        if in_tag {
            in_tag = !te.contains('>');
            s.xml += 3;
            continue;
        }
        if open_tag_goes_on(te) {
            in_tag = true;
        }
        let continues = std::mem::replace(&mut continued, te.ends_with('\\'));
        if continues {
            // Except a container command's `-e K=V` flags, one per line,
            // and the `KEY=value` words of a shell command (`fly secrets
            // set \`, `heroku config:set \`, `SMTP_HOST=… \` before the
            // program they are set for), one per line; not the `A=1 \`
            // lines of a Dockerfile's `ENV`.
            // (The flags are the env reader's own list: a line counts
            // for the reader that will read it.)
            if env::OPTIONS.iter().any(|o| t.starts_with(o)) && t.contains('=')
                || !docker_statement && shell_assignment_word(te)
            {
                s.env += 3;
            }
            continue;
        }
        // (At most one instruction starts a line: no word is another's
        // start followed by a blank.)
        let docker_word = if t.as_bytes()[0].is_ascii_uppercase() {
            DOCKER_WORDS.iter().copied().find(|w| starts_word(t, w))
        } else {
            None
        };
        docker_statement = docker_word.is_some();
        seen += 1;
        if s.first == 0 {
            s.first = t.as_bytes()[0];
        }
        let indent = raw.len() - t.len();
        // A block scalar's lines are a file inside the file (a ConfigMap's
        // `gitlab.rb: |`): they are read on their own and must not decide
        // the syntax of the file around them.
        match block {
            Some(b) if indent > b => continue,
            _ => block = None,
        }
        if opens_block_scalar(te) {
            block = Some(indent);
        }
        // A shell heredoc (`cat >> wp-config.php <<-EOF`): its body is a
        // file of its own, read on its own; the opener says shell.
        if let Some(term) = heredoc.take() {
            if te != term {
                heredoc = Some(term);
            }
            continue;
        }
        if let Some(term) = shell_heredoc(t) {
            heredoc = Some(term);
            s.env += 3;
            continue;
        }
        // A Nix indented string (`extraConfig = ''` … `'';`): a file kept
        // in a setting (msmtprc or main.cf lines), which the Nix reader
        // reads on its own; its lines must not decide the syntax of the
        // file around them (they outnumbered the module's own lines and
        // made it an msmtprc). The opener says Nix.
        if te.ends_with("''") && te[..te.len() - 2].trim_end().ends_with('=') {
            let from = line_end.min(range.end);
            let close = match no_nix_close {
                Some(past) if from >= past => None,
                _ => nix_string_close(input, from..range.end),
            };
            if let Some(close) = close {
                s.nix += 4;
                quoted_until = Some(close);
                continue;
            }
            no_nix_close = Some(from);
        }
        score_line(
            &mut s,
            t,
            te,
            indent,
            docker_word,
            &mut prev_yaml_key_indent,
        );
        // `NAME="…` closed lines below (see `env::read`): the lines up to
        // the quote are the variable's, not evidence.
        if let Some(q) = s.open_quote.take() {
            let slot = usize::from(q == b'\'');
            let close = match no_close[slot] {
                Some(past) if line_end >= past => None,
                _ => env::closing_quote(input, line_end..range.end, q),
            };
            if close.is_none() {
                no_close[slot] = Some(line_end);
            }
            quoted_until = close;
        }
        // Inside a bare-named block, `key = value` lines are HOCON's or
        // Groovy's: they outweigh what they count for as `.env` or INI
        // lines (`play.mailer {` with `host=smtp…` lines under it).
        // A brace that opens its line closes the block whatever follows
        // it: a multi-line JS/TS `import {` ends at `} from '…';`, and its
        // object's `key: value` lines below are no block's.
        if named_blocks > 0 && te.starts_with('}') {
            named_blocks -= 1;
        } else if named_blocks > 0 && block_assignment(te) {
            s.hcl += 4;
        }
        if opens_named_block(te) {
            s.hcl += 1;
            named_blocks += 1;
        }
        // The keyword list under `config :app, App.Mailer,` (Mix config)
        // reads like a JS object line by line: its lines indented deeper
        // are Elixir. The call itself may be indented (`runtime.exs` puts
        // it under `if config_env() == :prod do`).
        match mix_config {
            Some(at) if indent > at => s.elixir += 2,
            _ => {
                mix_config = (t.starts_with("config :") && te.ends_with(',')).then_some(indent);
            }
        }
        // Enough evidence: the first lines of a file say what it is.
        if seen >= 1000 {
            break;
        }
    }
    decide(&s, input, range)
}

/// Whether a command line (its first word a program) has an upper-case
/// `KEY=value` word after the program, alone or as `--from-literal=`'s.
fn command_env_words(t: &str) -> bool {
    let Some((program, rest)) = t.split_once(' ') else {
        return false;
    };
    // Each word is looked at from where it starts to the end of the line:
    // `env_word` stops at the first byte no key holds (a blank is none),
    // and the `--from-literal=` prefix holds no blank; no split.
    let word_at = |at: usize| {
        let w = &rest[at..];
        env::env_word(w.strip_prefix("--from-literal=").unwrap_or(w))
    };
    !program.contains('=')
        && (word_at(0)
            || rest
                .bytes()
                .enumerate()
                .any(|(i, c)| matches!(c, b' ' | b'\t') && word_at(i + 1)))
}

/// `SMTP_HOST=smtp.postmarkapp.com \`: one upper-case `KEY=value` shell
/// word on a line that a `\` continues (no blank inside the value).
fn shell_assignment_word(te: &str) -> bool {
    let Some(body) = te.strip_suffix('\\').map(trim_end) else {
        return false;
    };
    body.split_once('=').is_some_and(|(key, value)| {
        is_env_key(key)
            && !key.bytes().any(|c| c.is_ascii_lowercase())
            && (value.starts_with(['"', '\'']) || !value.contains([' ', '\t']))
    })
}

/// `<Resource name="mail/Session"`: an XML start tag (a name after `<`)
/// not closed on its line.
fn open_tag_goes_on(e: &str) -> bool {
    let Some(rest) = e.strip_prefix('<') else {
        return false;
    };
    rest.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) && !rest.contains('>')
}

/// `play.mailer {`, `grails {`: a block opened by a bare (dotted) name
/// alone, as HOCON and Groovy configuration write them; not a code
/// keyword's block (`else {`, `try {`, C#'s `get {`).
fn opens_named_block(e: &str) -> bool {
    let Some(head) = e.strip_suffix('{') else {
        return false;
    };
    let name = head.trim_end();
    !name.is_empty()
        && name.as_bytes()[0].is_ascii_alphabetic()
        && name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
        && !matches!(
            name,
            "else"
                | "try"
                | "do"
                | "finally"
                | "static"
                | "loop"
                | "unsafe"
                | "async"
                | "default"
                | "for"
                | "select"
                | "begin"
                | "then"
                | "repeat"
                | "get"
                | "set"
                | "init"
                | "add"
                | "remove"
                | "checked"
                | "unchecked"
                | "defer"
                | "go"
                | "return"
                | "in"
        )
}

/// The line after the `:` of a YAML key that is a Ruby symbol
/// (`:smtp_address: x`, `:logging:`): `:`, a [`yaml::ruby_name`], `:`
/// and a blank or the line's end; not Ruby's `:key => v` or a YAML value
/// that is one (`:a: => b` in a broken hash).
fn symbol_key(t: &str) -> Option<&str> {
    let rest = t.strip_prefix(':')?;
    let n = rest.bytes().position(|c| c == b':')?;
    let after = &rest[n + 1..];
    let value = super::strings::trim_blanks_start(after);
    (yaml::ruby_name(&rest[..n])
        && (after.is_empty() || after.len() != value.len())
        && !value.starts_with("=>"))
    .then_some(rest)
}

/// A Makefile assignment at the margin that no other syntax writes:
/// `NAME ?= value`, `NAME ::= value`, and `NAME := value` when the value
/// expands make's `$(…)`/`${…}` or the name is in capitals with a value
/// calling nothing (Go's `:=` declares a lower-case name, mostly from a
/// call: `e := email.NewEmail()`).
fn make_line(t: &str) -> bool {
    let Some((name, op, len)) = env::make_assignment(t) else {
        return false;
    };
    let value = &t[op + len..];
    match &t[op..op + len] {
        "?=" | "::=" | ":::=" => true,
        ":=" => {
            value.contains("$(")
                || value.contains("${")
                || !t[..name].bytes().any(|c| c.is_ascii_lowercase()) && !value.contains('(')
        }
        _ => false,
    }
}

/// `key = value`, `key=value`, `key: value` with a bare (dotted) key, not
/// a statement (`enable = true;` in a Nix attribute set).
fn block_assignment(e: &str) -> bool {
    let end = e
        .bytes()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-')))
        .unwrap_or(e.len());
    let rest = e[end..].trim_start_matches([' ', '\t']);
    end > 0
        && !e.ends_with(';')
        && ((rest.starts_with('=') && !rest.starts_with("=="))
            || (rest.starts_with(':') && !rest.starts_with("::")))
}

/// The words after `read`: its options (`-r`, `-p "Prompt: "`) and the
/// variable names it reads into, nothing else; several names only in
/// upper case (`read the docs first` is a sentence).
fn shell_read(words: &str) -> bool {
    let mut names = 0;
    let mut lower = false;
    let mut prompt = false;
    for w in words.split_whitespace() {
        if prompt {
            // `-p "Enter a name: "`: the prompt's words up to its quote.
            prompt = !w.ends_with(['"', '\'']);
        } else if w.starts_with('-') {
            prompt = w == "-p";
        } else if env::is_key(w) {
            names += 1;
            lower |= w.bytes().any(|b| b.is_ascii_lowercase());
        } else {
            return false;
        }
    }
    names == 1 || names > 1 && !lower
}

/// The terminator of a heredoc a shell command opens (`cat > f <<EOF`,
/// `tee -a f <<-'EOF'`): an upper-case word after `<<` on a line that
/// runs `cat` or `tee` (`x << 4` or a Ruby `<<~EOS` are no such thing).
fn shell_heredoc(t: &str) -> Option<&str> {
    if !(starts_word(t, "cat") || starts_word(t, "tee") || starts_word(t, "sudo")) {
        return None;
    }
    let (term, _) = super::env::heredoc(t)?;
    (term.len() >= 2 && term.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')).then_some(term)
}

/// `key: |`, `key: >-`, `- key: |+`: a YAML block scalar starts.
fn opens_block_scalar(t: &str) -> bool {
    // A line ending in a visible ASCII byte other than `|>-+` opens none
    // (most lines: ruled out before the trims, which decode chars).
    if let Some(&b) = t.as_bytes().last() {
        if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'|' | b'>' | b'-' | b'+') {
            return false;
        }
    }
    let e = trim_end(t).trim_end_matches(['-', '+']);
    e.strip_suffix(['|', '>'])
        .is_some_and(|head| head.ends_with(": ") || head.ends_with(":\t"))
}

/// `t.trim_end()`, with a byte test first: most lines end in a visible
/// ASCII byte, and `str::trim_end` decodes the last char.
fn trim_end(t: &str) -> &str {
    match t.as_bytes().last() {
        Some(&b) if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') => t,
        _ => t.trim_end(),
    }
}

/// `t.find(": ")`: a search for the `:` bytes (the two-way search a
/// `&str` pattern sets up costs more than most lines).
pub(super) fn find_colon_space(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut from = 0;
    while let Some(i) = b.get(from..)?.iter().position(|&c| c == b':') {
        let at = from + i;
        if b.get(at + 1) == Some(&b' ') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The bytes a key of `score_line` is made of (see there).
/// Whether `rest` (what follows a key's first name, from its `::`) ends
/// a Hiera key: `::name` parts, then `:` and a blank or the line's end
/// (`::email_smtp_address: smtp.x`; not Ruby's `::SMTP.new`, C++'s
/// `::string s`).
fn hiera_key_end(mut rest: &str) -> bool {
    while let Some(r) = rest.strip_prefix("::") {
        let n = r
            .bytes()
            .position(|c| !(c.is_ascii_alphanumeric() || c == b'_'))
            .unwrap_or(r.len());
        if n == 0 {
            return false;
        }
        rest = &r[n..];
    }
    rest.strip_prefix(':')
        .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
}

const KEY_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'_' | b'.' | b'-' | b'$' | b'\'' | b'"' | b'[' | b']' | b'>'
            );
        c += 1;
    }
    t
};

#[inline]
fn starts_word(t: &str, w: &str) -> bool {
    // The first byte rules most words out without a compare call.
    t.as_bytes().first() == w.as_bytes().first()
        && t.starts_with(w)
        && t[w.len()..].starts_with([' ', '\t', '(', '{'])
}

/// The ASCII bytes a line holds, as bits: a marker whose bytes are not all
/// there is ruled out without a search. Every line is compared with some
/// sixty markers; this keeps that to one pass over the line.
#[derive(Clone, Copy)]
struct ByteSet(u128);

impl ByteSet {
    const fn of(s: &str) -> ByteSet {
        let b = s.as_bytes();
        let mut bits = 0u128;
        let mut i = 0;
        while i < b.len() {
            if b[i] < 128 {
                bits |= 1 << b[i];
            }
            i += 1;
        }
        ByteSet(bits)
    }

    /// [`ByteSet::of`] for a line: two table look-ups per byte (a shift of
    /// a 128-bit word per byte cost twice that, on every line sniffed).
    fn of_line(s: &str) -> ByteSet {
        let (mut lo, mut hi) = (0u64, 0u64);
        for &b in s.as_bytes() {
            lo |= BYTE_BITS[usize::from(b)].0;
            hi |= BYTE_BITS[usize::from(b)].1;
        }
        ByteSet(u128::from(hi) << 64 | u128::from(lo))
    }

    fn covers(self, needle: ByteSet) -> bool {
        self.0 & needle.0 == needle.0
    }
}

/// Each byte's bit of a [`ByteSet`], as its low and high words (none for
/// bytes past ASCII).
const BYTE_BITS: [(u64, u64); 256] = {
    let mut t = [(0u64, 0u64); 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if b < 64 {
            (1 << b, 0)
        } else {
            (0, 1 << (b - 64))
        };
        b += 1;
    }
    t
};

/// `has!(line, set, "needle")`: `line.contains("needle")`, skipped when a
/// byte of the needle is not in the line's `ByteSet` (which answers alone
/// for a one-byte needle).
macro_rules! has {
    ($t:expr, $set:expr, $needle:literal) => {{
        const NEEDLE: ByteSet = ByteSet::of($needle);
        // (The set is exact for one ASCII byte: no search.)
        $set.covers(NEEDLE) && ($needle.len() == 1 && $needle.is_ascii() || $t.contains($needle))
    }};
}

/// `sw!(t, "lit")`: `t.starts_with("lit")`, the first byte compared
/// first: every line meets some hundred prefixes, and most fail there
/// without a compare call.
macro_rules! sw {
    ($t:expr, $lit:literal) => {{
        const FIRST: u8 = $lit.as_bytes()[0];
        $t.as_bytes().first() == Some(&FIRST) && $t.starts_with($lit)
    }};
}

/// How much a line says "mutt or mailx command file": `set name=value`
/// with a lower-case name (a batch file's `set NAME=` is upper case, a
/// shell's `set -e` has a dash, tmux's `set status on` no `=`), `unset
/// name`, mutt's own commands (`my_hdr`, `account-hook`…) and s-nail's
/// `account NAME {`. `t` starts with a visible byte, `e` is `t` trimmed.
fn command_line(t: &str, e: &str) -> u32 {
    let b = t.as_bytes();
    let name_after = |at: usize| {
        let rest = &b[at.min(b.len())..];
        let n = rest
            .iter()
            .take_while(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'_' | b'-')
            })
            .count();
        (n > 0 && rest[0].is_ascii_lowercase()).then_some(n)
    };
    if sw!(t, "set ") {
        let Some(n) = name_after(4) else { return 0 };
        let rest = t[4 + n..].trim_start_matches([' ', '\t']);
        let switch_alone = rest.is_empty() && (t[4..].contains('_') || t[4..].contains('-'));
        return if rest.starts_with('=') || switch_alone {
            3
        } else {
            0
        };
    }
    // Shell scripts unset variables too: little evidence alone.
    if sw!(t, "unset ") {
        return name_after(6).map_or(0, |_| 1);
    }
    if sw!(t, "my_hdr ") || sw!(t, "mailboxes ") || sw!(t, "alternative_order ") {
        return 5;
    }
    if let Some(hook) = t.split_once(' ').map(|(w, _)| w) {
        if hook.ends_with("-hook")
            && matches!(
                hook,
                "account-hook"
                    | "folder-hook"
                    | "send-hook"
                    | "send2-hook"
                    | "reply-hook"
                    | "message-hook"
                    | "fcc-hook"
                    | "save-hook"
            )
        {
            return 5;
        }
    }
    // s-nail's `account NAME {` (a bare name: not HCL's `account "x" {`).
    if let Some(name) = e
        .strip_prefix("account ")
        .and_then(|r| r.strip_suffix('{'))
        .map(str::trim)
    {
        let bare = !name.is_empty()
            && name
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'@'));
        return if bare { 5 } else { 0 };
    }
    0
}

/// Scores one line: `t` starts with a visible char, `e` is `t` trimmed at
/// its end, `docker_word` the Dockerfile instruction it starts with.
fn score_line(
    s: &mut Scores,
    t: &str,
    e: &str,
    indent: usize,
    docker_word: Option<&str>,
    prev_key: &mut Option<usize>,
) {
    // `:smtp_address: smtp.x`: a Ruby symbol keying a YAML map (Foreman's
    // `settings.yaml`), scored as the key it names.
    let (t, e) = match symbol_key(t) {
        Some(name) => (name, &e[1..]),
        None => (t, e),
    };
    // `$ export SMTP_HOST=…`: a shell prompt before the command (a README,
    // a terminal copy), scored as the command.
    let (t, e) = match env::after_prompt(t) {
        cmd if cmd.len() == t.len() => (t, e),
        "" => return,
        cmd => (cmd, e.get(t.len() - cmd.len()..).unwrap_or(cmd)),
    };
    let set = ByteSet::of_line(t);
    // `NAME="…` left open (a variable holding a file's lines): shell; the
    // caller skips the lines up to the closing quote.
    const EQ_DQ: ByteSet = ByteSet::of("=\"");
    const EQ_SQ: ByteSet = ByteSet::of("='");
    if set.covers(EQ_DQ) || set.covers(EQ_SQ) {
        if let Some(q) = env::quoted_value_left_open(t) {
            s.open_quote = Some(q);
            s.env += 3;
            return;
        }
    }
    let b = t.as_bytes();
    let c0 = b[0];
    // Comments say little; `#` is a comment in most formats.
    if c0 == b'#' && !sw!(t, "#!") && !sw!(t, "#{") {
        let rest = t.trim_start_matches(['#', ' ']);
        if let Some(eq) = rest.find('=') {
            if is_env_key(&rest[..eq]) {
                s.env += 1;
            }
        }
        return;
    }
    if sw!(t, "//") {
        s.code += 1;
        return;
    }
    if t.starts_with(';') {
        s.ini += 1;
        return;
    }
    if matches!(
        c0,
        b'd' | b'F' | b'M' | b'O' | b'V' | b'D' | b'T' | b'u' | b'A'
    ) {
        let n = m4::evidence(e);
        if n > 0 {
            s.m4 += n;
            return;
        }
    }
    if matches!(
        c0,
        b'$' | b't' | b's' | b'a' | b'c' | b'm' | b'i' | b'l' | b'd'
    ) {
        let n = maddy::evidence(e);
        if n > 0 {
            s.maddy += n;
            return;
        }
    }
    if matches!(c0, b's' | b'c' | b'S' | b'C') {
        let n = monitrc::evidence(t);
        if n > 0 {
            s.monit += n;
            return;
        }
    }
    if matches!(c0, b'a' | b'm' | b'l' | b't' | b'r') {
        let n = smtpd::evidence(e);
        if n > 0 {
            s.smtpd += n;
            return;
        }
    }
    // PowerShell: its mail cmdlet and what scripts build credentials with
    // (`$cred = New-Object PSCredential(…, (ConvertTo-SecureString …))`),
    // read by the shell reader (whose `$env:X = …` is PowerShell's too).
    // (Each holds a `-` and a capital `C`, `M` or `O`: most lines are
    // passed over on the line's bytes.)
    const DASH: ByteSet = ByteSet::of("-");
    if set.covers(DASH)
        && (has!(t, set, "Send-MailMessage")
            || has!(t, set, "New-Object ")
            || has!(t, set, "ConvertTo-SecureString")
            || has!(t, set, "Get-Credential"))
    {
        s.env += 10;
        return;
    }
    // A mail tool's command (`swaks --server …`, `curl --url smtp://…`),
    // read by the shell reader.
    // (A command has options, ` -`, or goes on past a `\`: other lines
    // are passed over on the line's bytes.)
    if (c0.is_ascii_lowercase() || matches!(c0, b'$' | b'/' | b'.' | b'>'))
        && (has!(t, set, " -") || e.ends_with('\\'))
        && argv::is_command(t)
    {
        s.env += 6;
        return;
    }
    if matches!(c0, b's' | b'u' | b'm' | b'a' | b'f' | b'r') {
        let n = command_line(t, e);
        if n > 0 {
            s.commands += n;
            return;
        }
    }
    if (has!(t, set, " smtp") || has!(t, set, " qmqp")) && remotes::is_remote_line(e) {
        s.remotes += 6;
        return;
    }
    // XML.
    if c0 == b'<' {
        if sw!(t, "<?php") {
            s.php += 50;
            return;
        }
        if t.len() > 1
            && (b[1].is_ascii_alphabetic() || b[1] == b'/' || b[1] == b'!' || b[1] == b'?')
        {
            s.xml += 3;
        }
        return;
    }
    // Dockerfile instructions (found by `choose`).
    if let Some(w) = docker_word {
        s.docker += if w == "FROM" || w == "ENV" { 4 } else { 3 };
    }
    // Markdown.
    if t.starts_with('|') && t[1..].contains('|') {
        s.prose += 3;
        return;
    }
    // Bold labels, and inline code after a bullet (`` - `SMTP_HOST`: x ``,
    // `` * `SMTP_PORT=587` ``: YAML reserves the backtick, so a list of
    // them is a note).
    if sw!(t, "**") || sw!(t, "- **") || sw!(t, "* **") || sw!(t, "- `") || sw!(t, "* `") {
        s.prose += 3;
    }
    // Sections.
    if c0 == b'[' {
        let e = t.trim_end();
        if e.ends_with(']') && !e.contains('=') && !e.contains(',') && e.len() > 2 {
            if e.starts_with("[[") {
                s.toml += 4;
            }
            s.sections += 1;
            return;
        }
        if let Some(close) = t.find("]:") {
            // sasl_passwd: `[host]:587 user:pass`
            if t[close..].contains(' ') {
                s.conf += 4;
            }
        }
    }
    // sasl_passwd without brackets: `smtp.example.com:587 user:pass`.
    // (It needs a `:` and a `.`: most lines are passed over without a split.)
    const HOST_PORT: ByteSet = ByteSet::of(":.");
    if set.covers(HOST_PORT) && host_port_pair(t) {
        s.conf += 4;
        return;
    }
    if t == "---" || sw!(t, "--- ") {
        s.yaml += 3;
        return;
    }
    // Shell.
    if starts_word(t, "export") || sw!(t, "$env:") || sw!(t, "set -") || sw!(t, "setenv ") {
        s.env += 4;
        return;
    }
    // A Makefile's variables: `NAME ?= value`, `NAME := $(shell …)`.
    // (Only a line holding `=` and `?` or `:` is asked.)
    const EQ: ByteSet = ByteSet::of("=");
    const QUESTION: ByteSet = ByteSet::of("?");
    const COLON: ByteSet = ByteSet::of(":");
    if indent == 0 && set.covers(EQ) && (set.covers(QUESTION) || set.covers(COLON)) && make_line(t)
    {
        s.env += 4;
        return;
    }
    // `echo "…" > /etc/nullmailer/remotes`: a line written into a file;
    // also a Makefile recipe's (`@echo "K=V" >> .env`, `-echo …`).
    let cmd = match c0 {
        b'@' | b'-' => &t[1..],
        _ => t,
    };
    if (sw!(cmd, "echo ") || sw!(cmd, "printf ")) && (t.contains(" > ") || t.contains(" >> ")) {
        s.env += 4;
        return;
    }
    // The shell's own syntax: `if [ … ]; then`, `fi`, `} > /etc/msmtprc`;
    // a script's prompts (`echo -n "Enter password: "`, `read PASSWORD`),
    // which read as a conf file's `name value` lines otherwise.
    if sw!(t, "if [")
        || matches!(e, "fi" | "then" | "done" | "esac")
        || sw!(t, "} >")
        || sw!(cmd, "echo ")
        || sw!(t, "read ") && shell_read(&t[5..])
    {
        s.env += 3;
        return;
    }
    if sw!(t, "docker ")
        || sw!(t, "podman ")
        || sw!(t, "docker-compose ")
        // `helm install … --set smtpHost=…`: chart values as `K=V` words.
        || sw!(t, "helm ") && has!(t, set, "--set")
        || has!(t, set, "=") && has!(t, set, " -e ")
        // The flags alone, one per line, as READMEs list them.
        || (sw!(t, "-e ") || sw!(t, "--env ")) && has!(t, set, "=")
    {
        s.env += 3;
    }
    if sw!(t, "Environment=") || sw!(t, "SetEnv ") {
        s.env += 3;
    }
    // A command's upper-case `KEY=value` words: `heroku config:set
    // SMTP_HOST=…`, `env SMTP_HOST=… node app.js`, `kubectl create secret
    // … --from-literal=SMTP_HOST=…`.
    // (Each such word holds a `=`: a line without one is passed over.)
    if c0.is_ascii_lowercase() && has!(t, set, "=") && command_env_words(t) {
        s.env += 3;
    }
    // Magento's `bin/magento config:set system/smtp/host …`: a
    // configuration path and its value, which the env reader reads.
    if c0.is_ascii_lowercase() && has!(t, set, "/") && has!(t, set, " config:set ") {
        s.env += 3;
    }
    // Drupal's `drush cset smtp.settings smtp_host …` and Phabricator's
    // `bin/config set phpmailer.smtp-host …`: a configuration key and its
    // value, which the env reader reads.
    if (has!(t, set, "rush") || has!(t, set, "RUSH"))
        && (has!(t, set, " cset ") || has!(t, set, " config:set ") || has!(t, set, " config-set "))
        || has!(t, set, "bin/config set ")
    {
        s.env += 3;
    }
    // Code markers.
    code_markers(s, t, set);
    // Line endings only code writes.
    if matches!(
        e,
        "}" | "}," | "};" | "})" | "});" | "]" | "]," | ")" | ")," | "));" | "}))" | "}));"
    ) {
        s.code += 2;
        s.json += 1;
        return;
    }
    if e.ends_with(';') || e.ends_with('{') || e.ends_with("),") || e.ends_with('(') {
        s.code += 1;
    }
    // `"key": value` (JSON), also after the braces of a one-line or
    // minified document (`{"mail": {…}}`).
    // (`t` starts with a visible byte: only `{` or `[` opens such braces.)
    let inner = match c0 {
        b'{' | b'[' => t.trim_start_matches(['{', '[', ' ', '\t']),
        _ => t,
    };
    if inner.len() < t.len() && inner.starts_with('"') {
        if let Some(close) = inner[1..].find('"') {
            if inner[close + 2..].trim_start().starts_with(':') {
                s.json += 3;
                return;
            }
        }
    }
    if c0 == b'"' {
        if let Some(close) = t[1..].find('"') {
            if t[close + 2..].trim_start().starts_with(':') {
                s.json += 3;
                return;
            }
        }
    }
    if matches!(e, "{" | "}" | "}," | "[" | "]" | "],") {
        s.json += 1;
    }
    // `- item` lists.
    if sw!(t, "- ") || t == "-" {
        s.yaml += 1;
        let rest = &t[1..].trim_start();
        if rest.find('=').is_some_and(|q| is_env_key(&rest[..q])) {
            s.yaml += 1;
        }
    }
    // `KEY=value`, `key = value`, `key: value`, `key value`; a
    // MicroProfile/Quarkus profile prefix (`%prod.quarkus.mailer.host=…`)
    // is part of a properties key.
    // (Bytes, not chars: the key's bytes are all ASCII, and a char past
    // ASCII stops it at its first byte just the same.)
    let t = profile_key(t).unwrap_or(t);
    let key_end = t
        .bytes()
        .position(|c| !KEY_BYTE[usize::from(c)])
        .unwrap_or(t.len());
    let key = &t[..key_end];
    let after = &t[key_end..];
    let after_t = super::strings::trim_blanks_start(after);
    let spaced = after.len() != after_t.len();
    if key.is_empty() {
        return;
    }
    if after_t.starts_with('=') && !after_t.starts_with("==") && !after_t.starts_with("=>") {
        let value = super::strings::trim_str(super::strings::trim_blanks_start(&after_t[1..]));
        let v0 = value.as_bytes().first().copied();
        if nix_attr_path(key) && (value.ends_with(';') || matches!(value, "{" | "rec {" | "[")) {
            s.nix_bindings += 1;
        }
        let env_key = !spaced && is_env_key(key);
        if env_key && value.ends_with(',') {
            // `NAME=value,`: a keyword argument (`app.config.update(…)`,
            // `dict(…)`), not an environment line.
            s.python += 1;
            s.code += 1;
        } else if env_key && nix_binding_value(value) {
            // `SMTP_PORT=465;`, `SMTP_ADDR="smtp…";`: a Nix binding written
            // without spaces (a fragment of a module with no header). An
            // environment file would keep the `;` in the value.
            s.nix += 4;
        } else if env_key {
            if key.bytes().any(|c| c.is_ascii_lowercase()) {
                // `host=smtp…` under `[mail]`: configparser files are
                // written without spaces too. A tie stays env; with
                // `[section]` lines INI wins.
                s.env += 1;
                s.ini += 1;
            } else {
                // go-ini writes `KEY=value` too: counted for INI when
                // `[section]` headers are there (see `choose`).
                s.env += 3;
                s.caps_kv += 1;
            }
        } else if key.contains('.')
            && key.bytes().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'_')
            })
        {
            if spaced && v0 == Some(b'"') && before_comment(value).trim_end().ends_with('"') {
                // `message.send.backend.host = "smtp…"`: a TOML dotted key
                // (himalaya's config.toml). A `.properties` value keeps
                // its quotes and is rarely written so; TOML is chosen
                // only with `[table]` headers (see `decide`), so a
                // Spring file without them stays `.properties`.
                s.toml += 4;
            } else {
                s.props += 3;
            }
        } else if spaced
            && is_env_key(key)
            && !key.bytes().any(|c| c.is_ascii_lowercase())
            && matches!(before_comment(value).trim_end(), "true" | "false")
        {
            // `LEAN_EMAIL_USE_SMTP = true`: Python spells its booleans
            // `True`/`False`; a capitalised key with a lower-case one is a
            // spaced `.env` line (phpdotenv reads them: Leantime's
            // sample.env) or TOML.
            s.env += 3;
            s.toml += 2;
            s.lower_bools += 1;
        } else if spaced && is_env_key(key) && python_name_value(before_comment(value).trim_end()) {
            // `EMAIL_HOST_USER = POSTMARK_API_KEY`,
            // `EMAIL_HOST_USER = private.POSTMARK_API_KEY`,
            // `EMAIL_HOST = os.environ['EMAIL_HOST']`: a settings.py
            // fragment naming another constant, a module's constant or an
            // environment lookup; an INI or `.env` value is text and is not
            // written so.
            s.python += 3;
            s.code += 1;
        } else if spaced && chained_assignment(value) {
            // `EMAIL_HOST_USER = POSTMARK_TOKEN = '…'`: Python's chained
            // assignment; no INI, env or TOML line reads so.
            s.python += 3;
            s.code += 1;
        } else if spaced {
            // The value without a trailing ` # comment` (SeaTable's
            // documented `EMAIL_USE_TLS = False   # Either True or False`):
            // configparser keeps such a comment in the value, Python and
            // TOML drop it.
            let bare = before_comment(value).trim_end();
            let quoted_or_literal = matches!(v0, Some(b'"') | Some(b'\''))
                || crate::float::classify(bare).is_some()
                || matches!(bare, "True" | "False" | "None" | "true" | "false")
                || value.contains('(');
            if quoted_or_literal {
                s.python += if matches!(bare, "True" | "False" | "None") {
                    3
                } else {
                    1
                };
                // Capitalised words are INI too (`smtp_ssl = False` in
                // odoo.conf, configparser files): they count for INI, which
                // wins only with `[section]` lines (Python has none).
                if matches!(bare, "True" | "False" | "None") {
                    s.ini += 2;
                }
                s.toml += 2;
                // HCL has no single-quoted strings.
                s.hcl += u32::from(v0 != Some(b'\''));
                s.nix += u32::from(value.ends_with(';'));
            } else {
                s.ini += 2;
            }
            if value.ends_with(';') {
                s.code += 1;
            }
        } else {
            s.ini += 1;
            s.env += 1;
        }
        return;
    }
    // `foreman::email_smtp_address: smtp.x`: a Puppet class parameter, a
    // Hiera (YAML) key. (Only a key glued to `::`, rarely seen, is asked.)
    if after.starts_with("::") && hiera_key_end(after) {
        s.yaml += 2;
        if indent == 0 {
            s.colon_kv += 1;
        }
        return;
    }
    if after_t.starts_with(':')
        && (after_t.len() == 1 || after_t[1..].starts_with([' ', '\t']))
        && !after.starts_with("::")
    {
        let value = super::strings::trim_str(super::strings::trim_blanks_start(&after_t[1..]));
        // `key: value,` and `key: {` are object literals, not YAML.
        // (A line without `/` has no comment: most skip the split.)
        const SLASH: ByteSet = ByteSet::of("/");
        let value_nc = if set.covers(SLASH) {
            value.split(" //").next().unwrap_or(value).trim_end()
        } else {
            value.trim_end()
        };
        // `Host: smtp.x, Port: 587, Username: u` on one line: a YAML plain
        // scalar cannot hold `: `, so a capitalised label's value that
        // does is a note's list of labels.
        if is_capitalised_word(key)
            && !matches!(value.as_bytes().first(), Some(b'"' | b'\'' | b'{' | b'['))
            && value_nc.contains(": ")
        {
            s.prose += 3;
            return;
        }
        if value_nc.ends_with(',') || value_nc == "{" || value_nc == "[" || value_nc.ends_with("({")
        {
            s.code += 1;
            // `'USE_TLS': True,` in a dict literal: Python's capitalised
            // constants, not JavaScript (NetBox's `EMAIL = {…}`).
            if matches!(value_nc.trim_end_matches(','), "True" | "False" | "None") {
                s.python += 3;
            } else {
                s.js += 1;
            }
            return;
        }
        if key.contains('.')
            && key
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-'))
            && !value.is_empty()
        {
            s.props += 1;
        }
        s.yaml += 2;
        if indent == 0 {
            s.colon_kv += 1;
        }
        if let Some(p) = *prev_key {
            if indent > p {
                s.yaml += 2;
            }
        }
        // `Security: STARTTLS` at the margin: a capitalised word labels a
        // note as often as it keys a YAML map.
        if indent == 0 && !value.is_empty() && is_capitalised_word(key) {
            s.prose += 1;
        }
        if value.is_empty() {
            *prev_key = Some(indent);
        }
        if value.ends_with(',') {
            s.js += 1;
            s.json += 1;
        }
        return;
    }
    if after_t.starts_with(':') && !spaced && after_t[1..].starts_with('*') {
        s.prose += 2;
        return;
    }
    // Labels with spaces or a slash: `SMTP Server: x`, `Username/Password: x`.
    if let Some(colon) = find_colon_space(t) {
        let label = &t[..colon];
        if (label.contains(' ') || label.contains('/'))
            && label.len() < 40
            && label.split(' ').count() <= 5
            && label.bytes().all(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, b' ' | b'-' | b'/' | b'(' | b')' | b'*' | b'_')
            })
        {
            s.prose += 3;
            return;
        }
    }
    // `key value` conf lines (a Proxmox section config's `from-address x`
    // too: a dash inside the word); `key => value` is a hash pair, no
    // conf line.
    if spaced
        && !after_t.is_empty()
        && !after_t.starts_with("=>")
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c == b'_' || c == b'-')
    {
        s.conf += if CONF_WORDS.contains(&key) { 3 } else { 1 };
    }
    // dma.conf: capital keywords, alone (a switch) or with one value.
    if (after_t.is_empty() || spaced) && CONF_CAPITAL_WORDS.contains(&key) {
        s.conf += 4;
    }
}

/// `value.split(" #").next().unwrap_or(value)`: the value before a ` #`
/// comment, found as bytes (a `&str` pattern sets up a two-way search).
fn before_comment(value: &str) -> &str {
    match value.as_bytes().windows(2).position(|w| w == b" #") {
        // (Before an ASCII blank: a char boundary.)
        Some(at) => &value[..at],
        None => value,
    }
}

/// Keywords only `dma.conf` (the DragonFly Mail Agent) writes, in capitals.
const CONF_CAPITAL_WORDS: [&str; 6] = [
    "SMARTHOST",
    "AUTHPATH",
    "SECURETRANSFER",
    "OPPORTUNISTIC_TLS",
    "MASQUERADE",
    "NULLCLIENT",
];

/// A line of two words: a dotted host with a port, then a `user:pass`
/// pair (a map line such as Postfix's `sasl_passwd`).
fn host_port_pair(t: &str) -> bool {
    // The first word ends in the port's digits: most lines stop here.
    let b = t.as_bytes();
    if let Some(end) = b.iter().position(u8::is_ascii_whitespace) {
        if end > 0 && !b[end - 1].is_ascii_digit() {
            return false;
        }
    }
    let mut words = t.split_ascii_whitespace();
    let (Some(dest), Some(cred), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let Some((host, port)) = dest.rsplit_once(':') else {
        return false;
    };
    host.contains('.')
        && !host.contains(['/', '=', ':'])
        && !port.is_empty()
        && port.bytes().all(|c| c.is_ascii_digit())
        && cred.contains(':')
        && !cred.contains("://")
}

/// `Security`, `Ports`: one word, capital first, the rest lowercase.
fn is_capitalised_word(k: &str) -> bool {
    let b = k.as_bytes();
    b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
}

fn is_env_key(k: &str) -> bool {
    // (`trim_str` is `trim` without decoding the ends of most keys.)
    let k = super::strings::trim_str(k);
    !k.is_empty()
        && (k.as_bytes()[0].is_ascii_alphabetic() || k.as_bytes()[0] == b'_')
        && k.bytes().all(|c| ENV_KEY_BYTE[usize::from(c)])
}

/// The bytes of an [`is_env_key`] key: ASCII letters, digits and `_`.
const ENV_KEY_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

/// The key line without its `%profile.` prefix (`%prod.quarkus.mailer.host=x`).
fn profile_key(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('%')?;
    let dot = rest.find('.')?;
    (dot > 0
        && rest[..dot]
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_')))
    .then_some(rest)
}

fn code_markers(s: &mut Scores, t: &str, set: ByteSet) {
    // PHP (`\$x->` inside a shell heredoc, whose `$` is escaped)
    let t_php = t.strip_prefix('\\').unwrap_or(t);
    // (`$h->{key}` subscripts a Perl hash reference; PHP's `->` names
    // a property or a method.)
    if t_php.starts_with('$') && has!(t, set, "->{") {
        s.perl += 4;
    } else if t_php.starts_with('$') && (has!(t, set, "->") || has!(t, set, " = ")) {
        s.php += 4;
    }
    // A class property (`public $smtphost = 'x';`, Joomla's JConfig):
    // `$` names after a visibility word are PHP's, not JavaScript's.
    if sw!(t, "public $")
        || sw!(t, "var $")
        || sw!(t, "protected $")
        || sw!(t, "private $")
        || sw!(t, "public static $")
    {
        s.php += 4;
    }
    if sw!(t, "define(") || sw!(t, "define (") {
        s.php += 5;
    }
    if has!(t, set, "' => ") || has!(t, set, "\" => ") {
        s.php += 1;
        s.ruby += 1;
    }
    if has!(t, set, "env('") && has!(t, set, "=>") {
        s.php += 2;
    }
    // Python
    // A Java import: a dotted name ending in `;` with no quotes (Python's
    // never ends in `;`; Go's and JavaScript's name a quoted path).
    let java_import =
        starts_word(t, "import") && t.ends_with(';') && !has!(t, set, "\"") && !has!(t, set, "'");
    if java_import {
        s.java += 5;
    } else if starts_word(t, "import") && !has!(t, set, " from ") && !has!(t, set, "{")
        || (starts_word(t, "from") && has!(t, set, " import "))
    {
        s.python += 4;
        s.go += u32::from(has!(t, set, "\""));
        s.kotlin += u32::from(sw!(t, "import org.") || sw!(t, "import com."));
        s.java += u32::from(t.ends_with(';'));
    }
    if has!(t, set, "os.environ")
        || has!(t, set, "os.getenv")
        || has!(t, set, "smtplib")
        || has!(t, set, "app.config")
    {
        s.python += 5;
    }
    if (starts_word(t, "def") || starts_word(t, "class")) && t.trim_end().ends_with(':') {
        s.python += 4;
    }
    // JavaScript / TypeScript
    if has!(t, set, "require(")
        || sw!(t, "module.exports")
        || sw!(t, "export default")
        || has!(t, set, "process.env")
        || has!(t, set, "createTransport")
        || has!(t, set, "import.meta.env")
    {
        s.js += 5;
    }
    if (sw!(t, "import ") && (has!(t, set, " from '") || has!(t, set, " from \"")))
        || sw!(t, "const ")
        || sw!(t, "let ")
        || has!(t, set, "=> {")
        || has!(t, set, "() =>")
    {
        s.js += 3;
    }
    // Ruby
    if has!(t, set, " do |")
        || t.ends_with(" do")
        || t == "end"
        || has!(t, set, "action_mailer")
        || has!(t, set, "ENV[")
        || has!(t, set, "ENV.fetch")
        || sw!(t, "Rails.")
        || sw!(t, "require '")
        || has!(t, set, "ActionMailer")
        || has!(t, set, "smtp_settings")
        || has!(t, set, "delivery_method :")
        || sw!(t, "gitlab_rails[")
        || (starts_word(t, "class") && has!(t, set, " < "))
        // A frozen constant hash (`SMTP_SETTINGS = { … }.freeze`) and
        // ActiveSupport's predicates (`x.present?`): Ruby only
        // (JavaScript writes `Object.freeze(…)` and no `?` in a name).
        || has!(t, set, "}.freeze")
        || has!(t, set, ".present?")
        || has!(t, set, ".blank?")
    {
        s.ruby += 4;
    }
    // A Chef attribute file (`default['postfix']['main']['relayhost'] =
    // …`, `node.override[…]` in a recipe): Ruby, each line a subscript
    // assignment at one of Chef's precedence levels.
    if sw!(t, "default[")
        || sw!(t, "override[")
        || sw!(t, "normal[")
        || sw!(t, "node.default[")
        || sw!(t, "node.override[")
        || sw!(t, "node.normal[")
        || sw!(t, "node.set[")
    {
        s.ruby += 4;
    }
    // `key: :symbol` (a Ruby hash pair whose value is a symbol). (`: :`
    // and `, :` hold ` :`: a line without it is asked neither.)
    let space_colon = has!(t, set, " :");
    if space_colon && has!(t, set, ": :") {
        s.ruby += 2;
    }
    if t.starts_with(':') || space_colon && (has!(t, set, ", :") || has!(t, set, " => ")) {
        s.ruby += 1;
    }
    perl_markers(s, t, set);
    // Rust: `use a::b;`, `fn`, `let mut`, `?;`, `.unwrap()`, `Type::new(`.
    // (Perl's `use Net::SMTP;` names a capitalised module: Rust's crates
    // and `std` are lower-case.)
    if (sw!(t, "use ")
        && has!(t, set, "::")
        && t.trim_end().ends_with(';')
        && !t.as_bytes().get(4).is_some_and(u8::is_ascii_uppercase))
        || starts_word(t, "fn")
        || sw!(t, "pub fn ")
        || sw!(t, "async fn ")
        || sw!(t, "#[tokio::main]")
        || has!(t, set, "let mut ")
        || has!(t, set, ".unwrap()")
        || has!(t, set, "?;")
        || has!(t, set, ".to_owned()")
    {
        s.rust += 5;
    }
    // `let x = Type::call(…)`: a path in a `let` is Rust's, never JavaScript's.
    if sw!(t, "let ") && has!(t, set, "::") {
        s.rust += 6;
    }
    // Go
    if starts_word(t, "package")
        || starts_word(t, "func")
        || has!(t, set, " := ")
        || sw!(t, "import (")
        // Slice literals and conversions no other syntax writes.
        || has!(t, set, "[]string{")
        || has!(t, set, "[]byte(")
    {
        s.go += 5;
    }
    // C#
    if sw!(t, "using System")
        || has!(t, set, "new SmtpClient")
        || has!(t, set, "NetworkCredential")
        || has!(t, set, "EnableSsl")
        || sw!(t, "namespace ") && t.ends_with(';')
        // MailKit / MimeKit / FluentEmail: their names say C#.
        || sw!(t, "using MailKit")
        || sw!(t, "using MimeKit")
        || sw!(t, "using FluentEmail")
        || has!(t, set, "SecureSocketOptions.")
        || has!(t, set, "AddFluentEmail(")
        || has!(t, set, "new SmtpClientOptions")
        || has!(t, set, "new MailboxAddress")
        // An options class's auto-property: `string Host { get; set; } = …`.
        || has!(t, set, "{ get; set; }")
        || has!(t, set, "{ get; init; }")
    {
        s.csharp += 6;
    }
    if sw!(t, "var ") && t.ends_with(';') {
        s.csharp += 2;
        s.js += 1;
    }
    // Java
    if sw!(t, "import java")
        || sw!(t, "import jakarta")
        || sw!(t, "import javax")
        || has!(t, set, "props.put(")
        || has!(t, set, ".setProperty(")
        || has!(t, set, "new Properties()")
        || has!(t, set, "Session.getInstance")
        || sw!(t, "@Bean")
        || sw!(t, "@Value")
        || has!(t, set, "JavaMailSender")
        // Java mail libraries' own classes (Commons Email, Simple Java
        // Mail): a fragment of their calls has no other Java cue.
        || has!(t, set, "new SimpleEmail(")
        || has!(t, set, "new HtmlEmail(")
        || has!(t, set, "new MultiPartEmail(")
        || has!(t, set, "new DefaultAuthenticator(")
        || has!(t, set, "MailerBuilder")
    {
        s.java += 5;
    }
    if sw!(t, "public class") || sw!(t, "private ") && t.ends_with(';') {
        s.java += 2;
        s.csharp += 2;
    }
    // Kotlin
    if starts_word(t, "fun") || sw!(t, "val ") && !t.ends_with(';') {
        s.kotlin += 4;
    }
    // Elixir
    if sw!(t, "config :")
        || starts_word(t, "defmodule")
        || sw!(t, "import Config")
        || sw!(t, "use Mix.Config")
        || has!(t, set, "System.get_env")
    {
        s.elixir += 6;
    }
    // HCL / Terraform (the words' first bytes: other lines skip the list)
    let hcl = matches!(
        t.as_bytes().first(),
        Some(b'r' | b'v' | b'p' | b'm' | b'l' | b't' | b'd' | b'o')
    );
    for w in if hcl { &HCL_WORDS[..] } else { &[] } {
        if starts_word(t, w)
            && t.trim_end().ends_with('{')
            && (has!(t, set, "\"") || *w == "locals" || *w == "terraform")
        {
            s.hcl += 6;
        }
    }
    if has!(t, set, " = var.") || has!(t, set, " = local.") || has!(t, set, "${var.") {
        s.hcl += 3;
    }
    // Nix
    if sw!(t, "{ config")
        || sw!(t, "{ pkgs")
        || has!(t, set, "mkForce")
        || has!(t, set, "mkDefault")
        || has!(t, set, "mkIf")
        || sw!(t, "services.") && has!(t, set, " = ")
        || t == "in {"
        || sw!(t, "let ") && !has!(t, set, "(")
        || has!(t, set, "pkgs.")
    {
        s.nix += 4;
    }
    // A module's argument set, `{ config, lib, pkgs, ... }:`: no other
    // syntax writes it.
    if t.starts_with('{') && t.ends_with("}:") && t.contains("...") {
        s.nix += 4;
    }
}

/// Where the Nix indented string opened before `range` closes: the start
/// of the first line that opens with `''` (after blanks) not followed by
/// `'`, `$` or `\`, which escape (the Nix manual, "String literals":
/// `'''`, `''$`, `''\`). `None` when no line does.
fn nix_string_close(input: &str, range: Range<usize>) -> Option<usize> {
    lines_in(input, range).map(|l| l.start).find(|&start| {
        let rest = super::strings::trim_blanks_start(&input[start..]);
        rest.strip_prefix("''")
            .is_some_and(|after| !after.starts_with(['\'', '$', '\\']))
    })
}

/// A Nix attribute path as a binding names it: `enable`, `services.postfix`,
/// `accounts.default.smtp-host` (no `$`, brackets or quotes, which other
/// languages' assignments write).
fn nix_attr_path(key: &str) -> bool {
    key.as_bytes()
        .first()
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        && key
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// Perl: `use Net::SMTP;`, `use strict;`, `my $x =` / `my %h = (`,
/// `Class::Name->new(`, `$ENV{X}`, `qw(`, a bareword key before ` => `
/// (PHP and Ruby quote theirs), `__END__`.
fn perl_markers(s: &mut Scores, t: &str, set: ByteSet) {
    let b = t.as_bytes();
    // (Each test starts with a check of the first byte or of the line's
    // bytes: most lines of other languages are passed over on those.)
    let module_use = sw!(t, "use ")
        && b.get(4).is_some_and(u8::is_ascii_uppercase)
        && has!(t, set, "::")
        && t.trim_end().ends_with(';');
    let declared = matches!(b[0], b'u' | b'_' | b'm' | b'o')
        && (module_use
            || matches!(
                t.trim_end(),
                "use strict;" | "use warnings;" | "__END__" | "__DATA__"
            )
            || sw!(t, "my ") && matches!(b.get(3..4), Some(b"$" | b"%" | b"@" | b"("))
            || sw!(t, "our ") && matches!(b.get(4..5), Some(b"$" | b"%" | b"@" | b"(")));
    if declared {
        // (PHP's `$x->method()` lines are Perl's too, and score PHP: a
        // declaration or a `use` only Perl writes outweighs several.)
        s.perl += 10;
    } else if has!(t, set, "$ENV{")
        || has!(t, set, "->new(") && has!(t, set, "::") && !has!(t, set, "new ")
    {
        s.perl += 6;
    }
    if has!(t, set, "qw(") || has!(t, set, "qw/") {
        s.perl += 3;
    }
    // `host => 'smtp.x',`: a bare word keying a hash.
    if (b[0].is_ascii_lowercase() || b[0] == b'-') && has!(t, set, "=>") {
        let word = t.trim_start_matches('-');
        let end = word
            .bytes()
            .position(|c| !(c.is_ascii_alphanumeric() || c == b'_'))
            .unwrap_or(word.len());
        if end > 0
            && word[end..]
                .trim_start_matches([' ', '\t'])
                .starts_with("=>")
        {
            s.perl += 2;
        }
    }
}

/// A Nix binding's literal value and its `;`: `465;`, `"smtp.x";`,
/// `true;` (no other syntax ends a `KEY=value` line so).
fn nix_binding_value(value: &str) -> bool {
    let Some(v) = value.trim_end().strip_suffix(';') else {
        return false;
    };
    let quoted =
        v.len() >= 2 && v.starts_with('"') && v.ends_with('"') && !v[1..v.len() - 1].contains('"');
    quoted
        || (!v.is_empty() && v.bytes().all(|c| c.is_ascii_digit()))
        || matches!(v, "true" | "false" | "null")
}

fn decide(s: &Scores, input: &str, range: Range<usize>) -> Choice {
    use keyvalue::Flavor as Kv;
    // The first byte past blank and `//` comment lines: `appsettings.json`
    // allows comments, and a paste often opens with one naming the file
    // (`// appsettings.json`), or with the name as a label
    // (`appsettings.json:`).
    let mut rest = &input[range];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        let line = rest.find('\n').map_or(rest, |n| &rest[..n]).trim_end();
        let label = line
            .strip_suffix(':')
            .is_some_and(|name| !name.starts_with('"') && is_file_name(name));
        if !rest.starts_with("//") && !label {
            break;
        }
        rest = rest.find('\n').map_or("", |n| &rest[n..]);
    }
    let first_sig = rest.as_bytes().first().copied().unwrap_or(0);
    // A Nix module body with no header (`{` then `services.postfix = {`,
    // `enable = true;` lines): its bindings are Nix.
    let nix = if first_sig == b'{' && s.nix_bindings >= 2 {
        s.nix + s.nix_bindings * 4
    } else {
        s.nix
    };
    let mut best: Vec<(u32, Choice)> = vec![
        (s.env, Choice::Env(env::Flavor::Shell)),
        (s.docker, Choice::Env(env::Flavor::Dockerfile)),
        (s.yaml, Choice::Yaml),
        (s.prose, Choice::Prose),
        (s.xml, Choice::Xml),
        (s.props, Choice::KeyValue(Kv::Properties)),
        (s.conf, Choice::KeyValue(keyvalue::Flavor::Conf)),
        (s.php, Choice::Code(Lang::Php)),
        (
            if s.lower_bools > 0 { 0 } else { s.python },
            Choice::Code(Lang::Python),
        ),
        (s.js, Choice::Code(Lang::JavaScript)),
        (s.ruby, Choice::Code(Lang::Ruby)),
        (s.go, Choice::Code(Lang::Go)),
        (s.csharp, Choice::Code(Lang::CSharp)),
        (s.java, Choice::Code(Lang::Java)),
        (s.kotlin, Choice::Code(Lang::Kotlin)),
        (s.elixir, Choice::Code(Lang::Elixir)),
        (s.hcl, Choice::Code(Lang::Hcl)),
        (nix, Choice::Code(Lang::Nix)),
        (s.rust, Choice::Code(Lang::Rust)),
        (s.perl, Choice::Code(Lang::Perl)),
        (s.commands, Choice::Commands),
        (s.remotes, Choice::Remotes),
        (s.smtpd, Choice::Smtpd),
        (s.monit, Choice::Monit),
        (s.m4, Choice::M4),
        (s.maddy, Choice::Maddy),
    ];
    // Sections: INI or TOML, by the values.
    if s.sections > 0 {
        let sect = s.sections * 3;
        if s.toml > s.ini {
            best.push((sect + s.toml, Choice::KeyValue(Kv::Toml)));
        } else {
            // Unspaced `KEY=value` lines under `[section]` headers are
            // INI (no `.env` has sections): they count for it as for env.
            best.push((
                sect + s.ini + 1 + s.caps_kv * 3 + s.colon_kv * 2,
                Choice::KeyValue(Kv::Ini),
            ));
        }
    } else {
        best.push((s.ini, Choice::KeyValue(Kv::Ini)));
    }
    // JSON: a document that opens with `{`/`[` and has `"key":` lines.
    // A fragment copied from inside an object starts at its first `"key":`.
    if matches!(first_sig, b'{' | b'[' | b'"') && s.json > 0 {
        let code_like = s.js + s.php + s.python + s.ruby + nix;
        if code_like < 5 {
            best.push((s.json * 3 + 10, Choice::Code(Lang::Json)));
        }
    }
    // Code lines without a language: JavaScript reads objects and calls best.
    let langs = s.php
        + s.python
        + s.js
        + s.ruby
        + s.go
        + s.csharp
        + s.java
        + s.kotlin
        + s.elixir
        + s.hcl
        + nix
        + s.rust
        + s.perl
        + s.maddy;
    if langs == 0 && s.code >= 2 {
        best.push((s.code * 2, Choice::Code(Lang::JavaScript)));
    } else {
        // Code lines back the language with the most markers (Maddy's
        // blocks close with the same braces).
        if let Some(top) = best
            .iter_mut()
            .filter(|(_, c)| matches!(c, Choice::Code(_) | Choice::Maddy))
            .max_by_key(|(n, _)| *n)
        {
            if top.0 > 0 {
                top.0 += s.code;
            }
        }
    }
    // Dockerfile needs FROM or ENV lines; a few `RUN` words are prose.
    let (score, choice) = best
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (n, _))| (*n, std::cmp::Reverse(*i)))
        .map(|(_, b)| b)
        .unwrap_or((0, Choice::Env(env::Flavor::Shell)));
    if score == 0 {
        // Nothing recognisable: prose reads "Label: value" and `Host x`.
        return Choice::Prose;
    }
    choice
}

/// SMTP URLs that stand alone (not inside any value a reader found)
/// become keyless entries, so a pasted `smtp://…` line is read too.
fn bare_urls(doc: &mut Document) {
    let input = doc.input;
    if !input.contains("://") {
        return;
    }
    let urls = super::url::find_all(input);
    if urls.is_empty() {
        return;
    }
    // A `key value` line whose value is several words is a command line
    // read as one (`apprise -vv -t title 'mailtos://…'`): a URL among its
    // words stands alone.
    let covered: Vec<(usize, usize)> = doc
        .entries
        .iter()
        .filter(|e| !(e.syntax == Syntax::Conf && doc.text_of(&e.value).contains([' ', '\t'])))
        .map(|e| {
            let s = e.value.span();
            (s.start, s.end)
        })
        .collect();
    let mut covered = covered;
    // (Readers push entries nearly in text order.)
    crate::sort::nearly_sorted_values(&mut covered);
    // Merge into disjoint ranges for a binary search.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(covered.len());
    for (s, e) in covered {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    // The URLs come in order: each line start is searched for only back to
    // the previous URL, so many URLs on one line do not rescan it.
    let (mut line_start, mut seen) = (0, 0);
    for u in urls {
        let i = merged.partition_point(|r| r.0 <= u.start);
        let inside = i > 0 && merged[i - 1].1 >= u.end;
        if !inside {
            // A URL on a comment line (`# use: "smtp://…"`, `// smtp://…`)
            // is an example or a commented-out alternative, not a setting.
            if let Some(nl) = input[seen..u.start].rfind('\n') {
                line_start = seen + nl + 1;
            }
            seen = u.start;
            let lead = input[line_start..u.start].trim_start();
            let commented =
                lead.starts_with('#') || lead.starts_with("//") || lead.starts_with(';');
            let v = doc.val(
                u.clone(),
                None,
                crate::model::Quote::None,
                super::ValKind::Literal,
            );
            doc.push(
                ROOT,
                [super::Seg::key(u.start..u.start)],
                u.start..u.start,
                v,
                Syntax::Prose,
                if commented { super::flag::COMMENTED } else { 0 },
            );
        }
    }
}

/// The container format of the paste, from its structure.
fn container(doc: &Document) -> Option<Container> {
    let mut compose = false;
    let mut actions = false;
    let mut k8s = false;
    let mut gitlab = false;
    for e in doc.entries.iter().take(20_000) {
        let mut path = doc.path_rev(e);
        let Some(last) = path.next() else { continue };
        let key = last.text(doc.input);
        let top: Option<&str> = doc.path_rev(e).last().map(|s| s.text(doc.input));
        match (top, key) {
            (Some("services"), _)
                if doc.path_rev(e).any(|s| {
                    s.text(doc.input) == "environment" || s.text(doc.input) == "image"
                }) =>
            {
                compose = true
            }
            (Some("jobs"), _)
                if doc
                    .path_rev(e)
                    .any(|s| matches!(s.text(doc.input), "steps" | "runs-on" | "env")) =>
            {
                actions = true
            }
            (_, "kind")
                if matches!(
                    doc.text_of(&e.value),
                    "Secret" | "ConfigMap" | "Deployment" | "StatefulSet" | "Pod"
                ) =>
            {
                k8s = true
            }
            (_, "apiVersion") => k8s = true,
            (_, "script" | "stage" | "variables")
                if doc.syntaxes.first() == Some(&Syntax::Yaml) && top == Some("variables") =>
            {
                gitlab = true
            }
            _ => {}
        }
    }
    if doc.syntaxes.first() == Some(&Syntax::Env) && doc.input.contains("FROM ") {
        let docker =
            lines_in(doc.input, 0..doc.input.len()).any(|l| doc.input[l].starts_with("FROM "));
        if docker {
            return Some(Container::Dockerfile);
        }
    }
    if actions {
        Some(Container::GithubActions)
    } else if compose {
        Some(Container::DockerCompose)
    } else if k8s {
        Some(Container::Kubernetes)
    } else if gitlab {
        Some(Container::GitlabCi)
    } else {
        None
    }
}

/// Whether a value is a Python name rather than text: an upper-case
/// constant with an underscore (`POSTMARK_API_KEY`), a module's constant
/// (`private.POSTMARK_API_KEY`, `settings.EMAIL_HOST`: identifiers, the
/// first lower-case, the last upper-case) or a subscript of a lower-case
/// name (`os.environ['X']`, `env["X"]`). Host names end in a lower-case
/// label, Ruby's `ENV['X']` and PHP's `$_ENV['X']` start otherwise.
fn python_name_value(value: &str) -> bool {
    let ident = |w: &str| {
        w.as_bytes()
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
            && w.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
    };
    let constant = |w: &str| {
        ident(w)
            && w.bytes().any(|c| c.is_ascii_uppercase())
            && !w.bytes().any(|c| c.is_ascii_lowercase())
    };
    let path_end = value
        .bytes()
        .position(|c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.'))
        .unwrap_or(value.len());
    let (path, rest) = value.split_at(path_end);
    let mut parts = path.split('.');
    let first = parts.next().unwrap_or("");
    if !ident(first) {
        return false;
    }
    let lower_first = first.as_bytes()[0].is_ascii_lowercase();
    if !rest.is_empty() {
        // A subscript with a quoted key, to its closing bracket.
        return lower_first
            && parts.all(ident)
            && (rest.starts_with("['") || rest.starts_with("[\""))
            && rest.ends_with(']');
    }
    match path.rsplit_once('.') {
        None => constant(path) && path.contains('_'),
        Some((_, last)) => lower_first && parts.all(ident) && constant(last),
    }
}

/// Whether an assignment's value is itself `NAME = …` (Python's
/// `A = B = 'v'`): an identifier, blanks, then one `=`.
fn chained_assignment(value: &str) -> bool {
    let name = value
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .count();
    let rest = &value[name..];
    let after = rest.trim_start_matches([' ', '\t']);
    name > 0
        && !value.as_bytes()[0].is_ascii_digit()
        && rest.len() != after.len()
        && after.starts_with('=')
        && !after.starts_with("==")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(s: &str) -> Choice {
        choose(s, 0..s.len())
    }

    /// A setup script's prompts (`echo -n "Enter password: "`, `read -r
    /// PASSWORD`) and a variable holding a main.cf's lines (PGeorgiev/VVV's
    /// postfix-gmail.sh) are shell: the variable's lines are not evidence
    /// of a `name = value` conf file; a conf file's own lines still are.
    #[test]
    fn a_script_with_prompts_and_a_config_in_a_variable_is_shell() {
        let src = "RELAYHOST=\"relayhost = [smtp.gmail.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_use_tls = yes\"\n\necho -n \"Enter full username (e.g., foo@gmail.com): \"\nread USERNAME\nread -r -p \"Password: \" PASSWORD\n";
        assert_eq!(pick(src), Choice::Env(env::Flavor::Shell));
        let conf =
            "relayhost = [smtp.gmail.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_use_tls = yes\n";
        assert_ne!(pick(conf), Choice::Env(env::Flavor::Shell));
        assert!(shell_read("USERNAME") && shell_read("-r -p \"Enter a name: \" NAME"));
        assert!(!shell_read("") && !shell_read("the docs first"));
    }

    /// Hiera's class parameters (`foreman::email_smtp_address:` lines) are
    /// YAML, not nullmailer remotes or Ruby.
    #[test]
    fn hiera_class_parameters_are_yaml() {
        let src = "foreman::email_delivery_method: smtp\nforeman::email_smtp_address: smtp.postmarkapp.com\nforeman::email_smtp_port: 587\n";
        assert_eq!(pick(src), Choice::Yaml);
        assert!(hiera_key_end("::a::b: x") && hiera_key_end("::a:"));
        assert!(!hiera_key_end("::SMTP.new(host)") && !hiera_key_end("::: x"));
    }
    /// A Makefile's variables (`?=`, `:=` with make's `$(…)`, `export`) are
    /// environment lines, not Go; Go's own `:=` stays Go's.
    #[test]
    fn makefile_assignments_are_env_not_go() {
        let make = "SHELL := /bin/bash\nexport SMTP_HOST ?= smtp.postmarkapp.com\nSMTP_PORT ?= 587\nGIT_COMMIT := $(shell git rev-parse --short HEAD)\n\nrun:\n\tgo run ./cmd/server\n";
        assert_eq!(pick(make), Choice::Env(env::Flavor::Shell));
        let go = "host := os.Getenv(\"SMTP_HOST\")\nauth := smtp.PlainAuth(\"\", user, pass, host)\nerr := smtp.SendMail(host+\":587\", auth, from, to, msg)\n";
        assert_eq!(pick(go), Choice::Code(Lang::Go));
        assert!(make_line("SMTP_PORT := 587") && make_line("dir := $(CURDIR)"));
        assert!(!make_line("e := email.NewEmail()") && !make_line("x != y"));
    }

    /// thoughtbot's suspenders `SMTP_SETTINGS = { key: value, … }.freeze`
    /// (values that are method calls, no `ENV`): its `key: value,` lines
    /// read as a JavaScript object; the frozen hash and `.present?` are
    /// Ruby's.
    #[test]
    fn frozen_constant_hash_is_ruby() {
        let ruby = "SMTP_SETTINGS = {\n  address: IdentityConfig.store.smtp_address,\n  authentication: 'login',\n  enable_starttls_auto: true,\n  port: '587',\n  user_name: IdentityConfig.store.smtp_username,\n}.freeze\n\nif IdentityConfig.store.email_recipients.present?\n  Mail.register_interceptor RecipientInterceptor.new(IdentityConfig.store.email_recipients)\nend\n";
        assert_eq!(pick(ruby), Choice::Code(Lang::Ruby));
        let js = "const settings = Object.freeze({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n});\n";
        assert_eq!(pick(js), Choice::Code(Lang::JavaScript));
    }

    /// Foreman's `settings.yaml` keys its settings with Ruby symbols
    /// (`:smtp_address: x`): YAML, not Ruby; Ruby's `:key => v` hash lines
    /// stay Ruby.
    #[test]
    fn symbol_keys_are_yaml() {
        let settings = "---\n:unattended: true\n:delivery_method: :smtp\n:smtp_address: smtp.postmarkapp.com\n:smtp_port: 587\n:smtp_authentication: :plain\n:logging:\n  :level: info\n";
        assert_eq!(pick(settings), Choice::Yaml);
        let ruby = "ActionMailer::Base.smtp_settings = {\n  :address => \"smtp.postmarkapp.com\",\n  :port => 587,\n  :authentication => :plain\n}\n";
        assert_eq!(pick(ruby), Choice::Code(Lang::Ruby));
        assert_eq!(symbol_key(":smtp_port: 587"), Some("smtp_port: 587"));
        assert_eq!(symbol_key(":logging:"), Some("logging:"));
        assert_eq!(symbol_key(":a: => b"), None);
        assert_eq!(symbol_key(":a:b"), None);
        assert_eq!(symbol_key(":address => x"), None);
    }

    #[test]
    fn java_imports_of_libraries_are_java_not_python() {
        // Only `org.`/`com.` imports, no `java.*` one: still Java.
        let java = "package com.acme;\n\nimport org.simplejavamail.api.mailer.Mailer;\nimport org.simplejavamail.mailer.MailerBuilder;\nimport org.apache.commons.mail.SimpleEmail;\n\npublic class Mail {\n    Mailer m = MailerBuilder.withSMTPServer(\"smtp.postmarkapp.com\", 587).buildMailer();\n}\n";
        assert_eq!(pick(java), Choice::Code(Lang::Java));
        // Python's imports stay Python's.
        // A fragment of Commons Email calls, no import or class.
        let fragment = "HtmlEmail email = new HtmlEmail();\nemail.setHostName(mailserver);\nemail.setSmtpPort(port);\nemail.send();";
        assert_eq!(pick(fragment), Choice::Code(Lang::Java));
        // A Go snippet of field assignments (a README's) is Go, not INI.
        let go = "e := email.NewEmail()\ne.From = \"Jordan <test@gmail.com>\"\ne.To = []string{\"test@example.com\"}\ne.Subject = \"Awesome Subject\"\ne.Text = []byte(\"Text Body\")\ne.Send(\"smtp.gmail.com:587\", auth)\n";
        assert_eq!(pick(go), Choice::Code(Lang::Go));
        let py = "import smtplib\nimport os.path\nfrom email.message import EmailMessage\ns = smtplib.SMTP('smtp.postmarkapp.com', 587)\n";
        assert_eq!(pick(py), Choice::Code(Lang::Python));
    }

    #[test]
    fn maddy_configs_and_hcl_stay_apart() {
        let maddy = "$(hostname) = mx.acme.io\n$(primary_domain) = acme.io\ntls file /etc/maddy/cert.pem /etc/maddy/key.pem\nhostname $(hostname)\nsmtp tcp://0.0.0.0:25 {\n    default_source {\n        deliver_to &remote_queue\n    }\n}\ntarget.queue remote_queue {\n    target &relay\n}\ntarget.smtp relay {\n    targets tls://smtp.postmarkapp.com:465\n    auth plain {env:PM_USER} {env:PM_PASS}\n}\n";
        assert_eq!(pick(maddy), Choice::Maddy);
        // A fragment: the target's block alone.
        let block = "target.smtp outbound_delivery {\n  targets tls://smtp.postmarkapp.com:465\n  auth plain \"u\" \"p\"\n}\n";
        assert_eq!(pick(block), Choice::Maddy);
        // Many blocks, each closed by a brace line: the braces back Maddy,
        // not HCL.
        let many = format!(
            "{maddy}{}",
            "storage.imapsql local_mailboxes {\n    driver sqlite3\n    dsn imapsql.db\n}\n"
                .repeat(6)
        );
        assert_eq!(pick(&many), Choice::Maddy);
        // Terraform and HCL blocks name themselves with quoted labels.
        let tf = "resource \"aws_ses_smtp\" \"relay\" {\n  host = \"smtp.postmarkapp.com\"\n  port = 587\n}\nvariable \"smtp_password\" {\n  type = string\n}\n";
        assert_eq!(pick(tf), Choice::Code(Lang::Hcl));
        let nomad = "job \"relay\" {\n  group \"smtp\" {\n    task \"maddy\" {\n      driver = \"docker\"\n      env {\n        SMTP_HOST = \"smtp.postmarkapp.com\"\n      }\n    }\n  }\n}\n";
        assert_ne!(pick(nomad), Choice::Maddy);
    }

    #[test]
    fn monit_control_files() {
        let rc = "set daemon 30\nset mailserver smtp.postmarkapp.com port 587\n    username \"u\" password \"p\"\n    using tls\nset mail-format { from: monit@example.com }\nset alert ops@example.com\n";
        assert_eq!(pick(rc), Choice::Monit);
        assert_ne!(
            pick("set smtp_url=smtp://x@h:587\nset from=a@b.c\n"),
            Choice::Monit
        );
    }

    #[test]
    fn opensmtpd_rules() {
        let conf = "table secrets file:/etc/mail/secrets\nlisten on lo0\naction \"relay\" relay host smtp+tls://pm@smtp.postmarkapp.com:587 auth <secrets>\nmatch for any action \"relay\"\n";
        assert_eq!(pick(conf), Choice::Smtpd);
        let old =
            "listen on localhost\naccept from local for any relay via tls://relay.example.net\n";
        assert_eq!(pick(old), Choice::Smtpd);
        assert_ne!(
            pick("server {\n  listen 80;\n  server_name x;\n}\n"),
            Choice::Smtpd
        );
    }

    #[test]
    fn proxmox_section_config_is_conf() {
        // `type: name` headers, then tab-indented `key value` lines whose
        // keys may hold a dash (`from-address`): not YAML.
        let cfg = "smtp: postmark\n\tfrom-address pve@acme.io\n\tmailto-user root@pam\n\tserver smtp.postmarkapp.com\n\tusername pm\n";
        assert_eq!(pick(cfg), Choice::KeyValue(keyvalue::Flavor::Conf));
        // A YAML list item is not a dashed conf key.
        assert_ne!(
            pick("smtp:\n  - host: a\n  - port: 587\n"),
            Choice::KeyValue(keyvalue::Flavor::Conf)
        );
    }

    #[test]
    fn mutt_and_mailx_command_files() {
        let muttrc = "# SMTP\nset realname = 'Ops'\nset from = ops@acme.io\nset smtp_url = \"smtp://u@smtp.postmarkapp.com:587/\"\nset ssl_force_tls\nmy_hdr X-Team: ops\n";
        assert_eq!(pick(muttrc), Choice::Commands);
        let hooks = "account-hook imaps://x 'set imap_user=a'\nfolder-hook . 'set from=a@b.c'\n";
        assert_eq!(pick(hooks), Choice::Commands);
        let mailrc = "set v15-compat\naccount pm {\n  set mta=smtp://u:p@smtp.postmarkapp.com:587 smtp-use-starttls\n}\n";
        assert_eq!(pick(mailrc), Choice::Commands);
        // A batch file's `set NAME=` and a shell's `set -e` are not.
        assert_ne!(
            pick("set SMTP_HOST=smtp.postmarkapp.com\nset SMTP_PORT=587\n"),
            Choice::Commands
        );
        assert_ne!(pick("set -e\nexport SMTP_HOST=x\n"), Choice::Commands);
        assert_ne!(
            pick("unset http_proxy\nexport SMTP_HOST=x\nexport SMTP_PORT=587\n"),
            Choice::Commands
        );
        assert_ne!(
            pick("account \"main\" {\n  host = \"x\"\n}\n"),
            Choice::Commands
        );
    }

    #[test]
    fn line_byte_sets_agree_with_their_definition() {
        let lines = [
            "",
            "a",
            "$mail->Host = 'x';",
            "é\u{7f}~ \t\0 ->",
            "props.put(\"mail.smtp.host\", \"x\");",
            "-> ->",
            " = ",
        ];
        for l in lines {
            assert_eq!(ByteSet::of_line(l).0, ByteSet::of(l).0, "{l:?}");
        }
    }

    #[test]
    fn json_after_a_comment_line_is_json() {
        // ASP.NET reads comments in `appsettings.json`; pastes open with one.
        let json = "// appsettings.json\n{\n  \"SmtpSettings\": {\n    \"Server\": \"smtp.postmarkapp.com\",\n    \"Port\": 587,\n    \"EnableSsl\": true\n  }\n}\n";
        assert_eq!(pick(json), Choice::Code(Lang::Json));
    }

    #[test]
    fn before_comment_is_the_first_piece_of_a_split_at_the_comment() {
        for v in [
            "",
            " #",
            "a #b #c",
            "True   # x",
            "x#y",
            "é #",
            "a  #",
            "#",
            " ",
            "a b",
        ] {
            assert_eq!(
                before_comment(v),
                v.split(" #").next().unwrap_or(v),
                "{v:?}"
            );
        }
    }

    #[test]
    fn key_lines_in_a_bare_named_block_are_hocon() {
        // Play's `application.conf` written unspaced, as its README's
        // users paste it: HOCON, read by the HCL reader, not a `.env`.
        let conf = "    play.mailer {\n      host=smtp.gmail.com\n      port=465\n      user=\"a@acme.io\"\n      password=secret\n      ssl=true\n      from=\"a@acme.io\"\n      mock=false\n    }\n";
        assert_eq!(pick(conf), Choice::Code(Lang::Hcl));
        let optional = "# Mailer\nplay.mailer {\n  host = ${?MAILER_HOST}\n  port = 465\n  ssl = true\n  user = ${?MAILER_USER}\n  password = ${?MAILER_PASSWORD}\n}\n";
        assert_eq!(pick(optional), Choice::Code(Lang::Hcl));
        // A TypeScript config whose imports span lines (`import {` …
        // `} from '@vendure/core';`) is no HOCON block: its object's
        // `key: value` lines stay JavaScript's.
        let ts = "import {\n    DefaultLogger,\n    VendureConfig,\n} from '@vendure/core';\n\nexport const config: VendureConfig = {\n    authOptions: {\n        disableAuth: false,\n        requireVerification: true,\n    },\n    dbConnectionOptions: {\n        synchronize: false,\n        logging: false,\n    },\n    plugins: [\n        EmailPlugin.init({\n            transport: {\n                type: 'smtp',\n                host: 'smtp.postmarkapp.com',\n                port: 587,\n            },\n        }),\n    ],\n};\n";
        assert_eq!(pick(ts), Choice::Code(Lang::JavaScript));
        // A keyword's block is no such name.
        assert!(!opens_named_block("else {"));
        assert!(opens_named_block("grails.mail {"));
        assert!(!opens_named_block("} else {"));
    }

    #[test]
    fn labels_listed_on_one_line_are_a_note() {
        let t = "I am using these settings:\nHost: smtp.postmarkapp.com, Port: 465, Username: u\nand it times out.\n";
        assert_eq!(pick(t), Choice::Prose);
    }

    #[test]
    fn a_bulleted_list_of_inline_code_is_a_note() {
        let md = "Set the following environment variables:\n\n* `SMTP_HOST=smtp.postmarkapp.com`\n* `SMTP_PORT=2525`\n\n- `MAIL_FROM`: `noreply@acme.io`\n";
        assert_eq!(pick(md), Choice::Prose);
    }

    #[test]
    fn unspaced_lowercase_keys_under_sections_are_ini() {
        let cfg =
            "[pretix]\nurl=https://t.acme.io\n\n[mail]\nhost=smtp.acme.io\nport=587\ntls=on\n";
        assert_eq!(pick(cfg), Choice::KeyValue(keyvalue::Flavor::Ini));
        // Without a section the same lines stay an environment file.
        let env = "host=smtp.acme.io\nport=587\ntls=on\n";
        assert_eq!(pick(env), Choice::Env(env::Flavor::Shell));
    }

    #[test]
    fn profile_prefixed_properties_are_properties() {
        // Quarkus/MicroProfile `%prod.` keys only: not prose.
        let p = "%prod.quarkus.mailer.host=smtp.acme.io\n%prod.quarkus.mailer.port=587\n";
        assert_eq!(pick(p), Choice::KeyValue(keyvalue::Flavor::Properties));
        assert_eq!(profile_key("%dev.a.b=1"), Some("dev.a.b=1"));
        assert_eq!(profile_key("%.a=1"), None);
        assert_eq!(profile_key("% of mails"), None);
    }

    #[test]
    fn dotted_keys_with_quoted_values_under_tables_are_toml() {
        // himalaya's config.toml: dotted keys in an `[accounts.NAME]` table.
        let toml = "[accounts.work]\nemail = \"ops@acme.io\"\nmessage.send.backend.type = \"smtp\"\nmessage.send.backend.host = \"smtp.acme.io\"\nmessage.send.backend.port = 587\n";
        assert_eq!(pick(toml), Choice::KeyValue(keyvalue::Flavor::Toml));
        // Without a table header, quoted dotted values stay `.properties`
        // (whose quotes are part of the value).
        let props = "spring.mail.host = \"smtp.acme.io\"\nspring.mail.port = 587\n";
        assert_eq!(pick(props), Choice::KeyValue(keyvalue::Flavor::Properties));
    }

    #[test]
    fn attributes_of_a_tag_over_several_lines_are_xml() {
        // Tomcat's mail session resource, one attribute a line.
        let xml = "<Context>\n    <Resource name=\"mail/Session\" auth=\"Container\"\n              type=\"javax.mail.Session\"\n              mail.smtp.host=\"smtp.acme.io\"\n              mail.smtp.port=\"587\"\n              mail.smtp.auth=\"true\"\n              mail.smtp.user=\"u\"\n              password=\"p\"\n              mail.smtp.starttls.enable=\"true\"/>\n</Context>\n";
        assert_eq!(pick(xml), Choice::Xml);
        assert!(open_tag_goes_on("<Resource name=\"mail/Session\""));
        assert!(!open_tag_goes_on("<Resource name=\"x\"/>"));
        assert!(!open_tag_goes_on("<= 3"));
    }

    #[test]
    fn colon_lines_under_sections_are_ini() {
        // lazr.config / configparser `key: value` lines (Mailman 3's
        // mailman.cfg): the `[section]` headers say INI, not YAML.
        let cfg = "[mailman]\nsite_owner: lists@acme.io\n\n[mta]\nincoming: mailman.mta.postfix.LMTP\nlmtp_port: 8024\nsmtp_host: smtp.acme.io\nsmtp_port: 587\nsmtp_user: u\nsmtp_pass: p\nsmtp_secure_mode: starttls\n";
        assert_eq!(pick(cfg), Choice::KeyValue(keyvalue::Flavor::Ini));
        // Without a header the same lines stay YAML.
        let yaml = cfg.replace("[mailman]\n", "").replace("[mta]\n", "");
        assert_eq!(pick(&yaml), Choice::Yaml);
    }

    #[test]
    fn unspaced_upper_keys_under_sections_are_ini() {
        // go-ini writes `KEY=value` (Gogs' app.ini): the headers say INI.
        let ini = "[email]\nENABLED=true\nHOST=smtp.postmarkapp.com:587\nUSER=u\nPASSWORD=p\nFROM=a@acme.io\nSKIP_VERIFY=false\n";
        assert_eq!(pick(ini), Choice::KeyValue(keyvalue::Flavor::Ini));
        // Without a header the same lines stay a `.env`.
        let env = ini.replacen("[email]\n", "", 1);
        assert_eq!(pick(&env), Choice::Env(env::Flavor::Shell));
    }

    #[test]
    fn a_mix_config_block_is_elixir_however_long() {
        let mut text =
            String::from("config :sample, Sample.Mailer,\n  adapter: Swoosh.Adapters.SMTP,\n");
        for i in 0..20 {
            text.push_str(&format!("  key_{i}: \"v\",\n"));
        }
        text.push_str("  port: 1025\n");
        assert_eq!(pick(&text), Choice::Code(Lang::Elixir));
        // Indented under `if config_env() == :prod do` (runtime.exs).
        let runtime = format!(
            "if config_env() == :prod do\n{}end\n",
            text.lines().map(|l| format!("  {l}\n")).collect::<String>()
        );
        assert_eq!(pick(&runtime), Choice::Code(Lang::Elixir));
        let fragment: String = text.lines().map(|l| format!("  {l}\n")).collect();
        assert_eq!(pick(&fragment), Choice::Code(Lang::Elixir));
        // The same lines in a JS object stay JavaScript.
        let js = text.replacen("config :sample, Sample.Mailer,", "const cfg = {", 1) + "};\n";
        assert_eq!(pick(&js), Choice::Code(Lang::JavaScript));
    }

    /// The plain definition of `file_parts`: every line trimmed and tested.
    fn file_parts_by_lines(input: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let mut cuts = Vec::new();
        let mut seen_content = false;
        let mut closed = false;
        let mut after_blank = true;
        let mut paragraphs = Paragraphs::default();
        let end = range.end.min(input.len());
        for line in lines_in(input, range.clone()) {
            let raw = &input[line.clone()];
            paragraphs.line_alone(line.start, raw);
            // A file pasted after another without a comment naming it (only
            // lines a break ends are looked at).
            if !raw.is_empty() && line.end < end {
                let unnamed = match raw.as_bytes()[0] {
                    b'{' => closed && raw.trim_end() == "{",
                    b'A'..=b'Z' | b'a'..=b'z' | b'.' | b'=' | b'*' => {
                        labels_a_file(raw, after_blank)
                    }
                    _ => false,
                };
                if unnamed && !input[range.start..line.start].trim().is_empty() {
                    cuts.push(line.start);
                }
                closed = matches!(raw.trim_end(), "}" | "};");
            }
            let t = crate::extract::read::strings::trim_str(raw);
            let comment = matches!(t.as_bytes().first(), Some(b'#' | b'/' | b';' | b'-' | b'<'));
            if comment && names_a_file(t) {
                if seen_content || !cuts.is_empty() {
                    cuts.push(line.start);
                } else {
                    seen_content = true;
                }
            } else if !t.is_empty() {
                seen_content = true;
            }
            after_blank = raw.trim().is_empty();
        }
        paragraphs.line_alone(end, "");
        if paragraphs.reads_env(input) {
            cuts.extend(paragraphs.cuts.iter().filter(|&&c| c > range.start));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut parts = Vec::new();
        let mut at = range.start;
        for c in cuts {
            if c > at {
                parts.push(at..c);
            }
            at = c;
        }
        parts.push(at..range.end);
        parts
    }

    #[test]
    fn file_parts_cuts_where_the_line_by_line_definition_does() {
        let pieces = [
            "# .env\n",
            "// config/mail.php\n",
            "MAIL_HOST=x\n",
            "  # settings.py\r\n",
            "\u{a0}-- a.yml\r",
            "x # b.env\n",
            "\n",
            "\t<!-- pom.xml -->\n",
            "; c.ini",
            "é",
            "\u{2003}# d.json\n",
            "\u{b}\t\u{c} \u{a0}// e.ini\n",
            "#\n",
            "-- \n",
            "a-b/c;d<e#f\n",
            "   \n",
            "}\n",
            "{\n",
            "appsettings.json:\n",
            "};\r\n",
            "=== m.php ===\n",
            "and my code:\n",
            "const a = process.env.A;\n",
        ];
        // Every sequence of up to four pieces, read whole and from offsets.
        let n = pieces.len();
        for code in 0..n * n * n * n {
            let mut s = String::new();
            let mut k = code;
            for _ in 0..4 {
                s.push_str(pieces[k % n]);
                k /= n;
            }
            for lo in (0..=s.len()).filter(|&i| s.is_char_boundary(i)).step_by(7) {
                let r = lo..s.len();
                assert_eq!(
                    file_parts(&s, r.clone()),
                    file_parts_by_lines(&s, r),
                    "{s:?} from {lo}"
                );
            }
        }
    }

    /// A region that reads no environment (no `env`, `ENV`, `${`) stops
    /// the paragraphs at its first `.env` line, or once its lines are
    /// known short: no cut could count. One that does, or of long lines,
    /// is looked at line by line.
    #[test]
    fn paragraphs_stop_early_in_a_region_reading_no_environment() {
        // Whether the paragraphs are off after each line of `region`.
        let off_after_lines = |region: &str| {
            let mut p = Paragraphs {
                region: Some(region),
                ..Paragraphs::default()
            };
            let mut at = 0;
            region
                .split_inclusive('\n')
                .map(|l| {
                    p.line_alone(at, l.trim_end_matches('\n'));
                    at += l.len();
                    p.off
                })
                .collect::<Vec<bool>>()
        };
        // A `.env` line asks at once; a code line once the first lines
        // are known short.
        assert!(off_after_lines(ENV)[0]);
        let hcl = "resource \"k\" \"s\" {\n  data = {\n    SMTP_HOST = \"x\"\n  }\n}\n".repeat(20);
        let off = off_after_lines(&hcl);
        assert!(!off[SAMPLE_LINES - 2] && off[SAMPLE_LINES - 1] && off[off.len() - 1]);
        // Long lines, or a marker: looked at to the end.
        let long = format!("{{\"k\": \"{}\"}}\n", "v".repeat(SHORT_LINE)).repeat(100);
        assert!(!off_after_lines(&long).contains(&true));
        let marked = format!("{hcl}  pass = \"${{var.p}}\"\n");
        assert!(!off_after_lines(&marked).contains(&true));
        assert!(!off_after_lines(&JS.repeat(20)).contains(&true));
    }

    const ENV: &str = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=5f2b1c3d-8e9a-4b7c\nSMTP_PASS=5f2b1c3d-8e9a-4b7c\n";
    const JS: &str = "const nodemailer = require(\"nodemailer\");\nconst t = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: process.env.SMTP_PORT,\n  secure: false,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n});\n";

    #[test]
    fn a_env_then_the_code_reading_it_are_two_files_without_a_name() {
        for (sep, code_at) in [
            ("\n", ""),
            ("\n---- mailer.js\n", "---- mailer.js"),
            ("\n=== mailer.js ===\n", "=== mailer.js"),
            ("\n**mailer.js**\n", "**mailer.js"),
            ("\nmailer.js\n", "mailer.js"),
            ("\nand my code:\n", "and my code"),
            ("\nand my code:\n\n", "and my code"),
            ("\nFile: mailer.js\n", "File: mailer.js"),
            ("", "const nodemailer"),
            ("File: mailer.js\n", "File: mailer.js"),
        ] {
            let text = format!("{ENV}{sep}{JS}");
            let parts = file_parts(&text, 0..text.len());
            assert_eq!(parts.len(), 2, "{text}");
            let second = &text[parts[1].clone()];
            assert!(second.starts_with(code_at), "{second:?}");
            assert!(second.contains("createTransport"), "{second:?}");
            let r = crate::lint(&text, &crate::Options::default());
            let c = r.configs.iter().find(|c| c.active).expect("a config");
            assert_eq!(
                c.settings.host.as_deref(),
                Some("smtp.postmarkapp.com"),
                "{text}"
            );
            assert_eq!(c.settings.port, Some(587), "{text}");
            assert!(
                !r.findings
                    .iter()
                    .any(|f| f.id == "input/unresolved-reference"),
                "{text}"
            );
        }
        // Code first, then the `.env`; CRLF line ends.
        let text = format!("{JS}\n{ENV}").replace('\n', "\r\n");
        assert_eq!(file_parts(&text, 0..text.len()).len(), 2);
    }

    #[test]
    fn one_file_with_blank_lines_is_not_cut() {
        for text in [
            // A `.env` in groups, CRLF or not.
            format!("# mail\n{ENV}\n# app\nAPP_NAME=x\n\nexport DEBUG=1\n"),
            format!("{ENV}\nAPP_NAME=x\n").replace('\n', "\r\n"),
            // go-ini: `KEY=value` lines under sections.
            "RUN_MODE=prod\n\n[mailer]\nENABLED=true\n\nHOST=smtp.postmarkapp.com:587\n".into(),
            // Code in paragraphs, and a Python file with upper-case names.
            JS.replace(";\n", ";\n\n"),
            "import os\n\nHOST=os.getenv(\"SMTP_HOST\")\n\nPORT=int(os.getenv(\"SMTP_PORT\"))\n"
                .into(),
            // Constants between statements are names, not a `.env`.
            "import smtplib\n\nSMTP_HOST=\"smtp.postmarkapp.com\"\nSMTP_PORT=465\n\ns = smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT)\n".into(),
            "SMTP_HOST=\"smtp.postmarkapp.com\"\n\nActionMailer::Base.smtp_settings = { address: SMTP_HOST }\n".into(),
            // A `.env` line whose value names a file is no label.
            "APP=1\n\nENV_FILE=prod.env\nX=1\n".into(),
            // A YAML list item naming a file is no header.
            "files:\n\n- mailer.js\n- app.js\n".into(),
        ] {
            assert_eq!(file_parts(&text, 0..text.len()).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_class_then_its_appsettings_json_are_two_files() {
        let class = "public class SmtpSettings\n{\n    public string Server { get; set; } = string.Empty;\n    public int Port { get; set; } = 25;\n}\n";
        let json = "{\n  \"SmtpSettings\": {\n    \"Server\": \"smtp.postmarkapp.com\",\n    \"Port\": 587\n  }\n}\n";
        for text in [
            format!("{class}\n{json}"),
            format!("SmtpSettings.cs:\n{class}\nappsettings.json:\n{json}"),
            format!("appsettings.json:\n{json}\nSmtpSettings.cs:\n{class}"),
        ] {
            let parts = file_parts(&text, 0..text.len());
            assert_eq!(parts.len(), 2, "{text}");
            let picks: Vec<Choice> = parts.iter().map(|p| pick(&text[p.clone()])).collect();
            assert!(picks.contains(&Choice::Code(Lang::Json)), "{picks:?}");
            assert!(picks.contains(&Choice::Code(Lang::CSharp)), "{picks:?}");
        }
        // One C# file's blocks are not cut.
        let code = "class A\n{\n}\n\nclass B\n{\n}\n";
        assert_eq!(file_parts(code, 0..code.len()).len(), 1);
    }

    #[test]
    fn files_pasted_together_are_read_each_in_its_syntax() {
        let text = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n\n// config/mail.php\n<?php\nreturn ['host' => env('MAIL_HOST')];\n";
        let parts = file_parts(text, 0..text.len());
        assert_eq!(parts.len(), 2);
        assert_eq!(
            pick(&text[parts[0].clone()]),
            Choice::Env(env::Flavor::Shell)
        );
        assert_eq!(pick(&text[parts[1].clone()]), Choice::Code(Lang::Php));
        // A name on the first line only, or a comment that is a sentence, splits nothing.
        assert_eq!(file_parts("# .env\nA=1\n", 0..11).len(), 1);
        assert_eq!(
            file_parts("A=1\n# set the port below\nB=2\n", 0..29).len(),
            1
        );
        assert!(names_a_file("# config/packages/mailer.yaml"));
        assert!(names_a_file("<!-- pom.xml -->"));
        assert!(names_a_file("# .env.production"));
        assert!(!names_a_file("# v1.2"));
        assert!(!names_a_file("// TODO"));
    }

    #[test]
    fn a_shell_script_writing_a_heredoc_is_shell_and_its_body_is_not_scored() {
        let body = "add_action( 'phpmailer_init', 'mail_smtp' );\nfunction mail_smtp( \\$phpmailer ) {\n  \\$phpmailer->isSMTP();\n  \\$phpmailer->Host = getenv('SMTP_HOST');\n  \\$phpmailer->Port = getenv('SMTP_PORT');\n}\n";
        let script = format!("#!/bin/bash\n\ncat >> /var/www/html/wp-config.php <<-EOF\n{body}EOF\n\nexec \"apache2-foreground\"\n");
        assert!(
            matches!(pick(&script), Choice::Env(_)),
            "{:?}",
            pick(&script).syntax()
        );
        assert_eq!(pick(body), Choice::Code(Lang::Php));
        // `<<` in code is no heredoc.
        assert_eq!(
            pick("const x = 1 << 4;\nconst transporter = nodemailer.createTransport({ host: 'h', port: 587 });\n"),
            Choice::Code(Lang::JavaScript)
        );
    }

    /// Perl's markers say Perl, and a bare-word `key => value` line is
    /// never a conf `key value` line (its value `=> …`).
    #[test]
    fn perl_scripts_are_perl() {
        let perl = Choice::Code(Lang::Perl);
        assert_eq!(
            pick("use Email::Sender::Transport::SMTP;\nmy $t = Email::Sender::Transport::SMTP->new({\n    host => 'smtp.postmarkapp.com',\n    port => 587,\n});\n"),
            perl
        );
        assert_eq!(
            pick("$Self->{'SendmailModule::Host'} = 'smtp.postmarkapp.com';\n$Self->{'SendmailModule::Port'} = '587';\n"),
            perl
        );
        assert_eq!(
            pick("host => 'smtp.postmarkapp.com',\nport => 587,\n"),
            perl
        );
        // `our` declares as `my` does (its sigil after four bytes).
        assert_eq!(
            pick("our $smtp_host = 'smtp.postmarkapp.com';\nour $smtp_port = 587;\n"),
            perl
        );
        // Rust's `use` names a lower-case crate.
        assert_eq!(
            pick("use lettre::transport::smtp::authentication::Credentials;\nuse lettre::SmtpTransport;\n"),
            Choice::Code(Lang::Rust)
        );
    }

    /// A PowerShell script building a credential and sending with
    /// Send-MailMessage is read by the shell reader (its `$x = …` lines
    /// are no PHP).
    #[test]
    fn powershell_mail_scripts_are_shell() {
        let ps = "$Password = ConvertTo-SecureString \"pw\" -AsPlainText -Force\n$Credentials = New-Object System.Management.Automation.PSCredential ($Username, $Password)\n$From = \"no-reply@example.com\"\nSend-MailMessage -From $From -SmtpServer smtp.postmarkapp.com -Port 587 -UseSsl -Credential $Credentials\n";
        assert_eq!(pick(ps), Choice::Env(env::Flavor::Shell));
    }

    #[test]
    fn a_fence_marker_is_found_wherever_it_is() {
        for len in 0..24 {
            for at in 0..len {
                for m in ["```", "~~~", "``~", "`", "~~", "~`~"] {
                    let mut text: Vec<u8> = (0..len).map(|i| b"ab`~ \n\xc3\xa9"[i % 8]).collect();
                    let end = (at + m.len()).min(len);
                    text[at..end].copy_from_slice(&m.as_bytes()[..end - at]);
                    let s = String::from_utf8_lossy(&text);
                    assert_eq!(
                        has_fence_marker(s.as_bytes()),
                        s.contains("```") || s.contains("~~~"),
                        "{s:?}"
                    );
                }
            }
        }
    }

    /// `fly secrets set \` and `KEY=value \` lines before a program: the
    /// continued lines' `KEY=value` words say shell, not a conf file.
    #[test]
    fn continued_shell_assignments_are_shell() {
        for s in [
            "fly secrets set \\\n  SMTP_HOST=smtp.postmarkapp.com \\\n  SMTP_PORT=587 \\\n  SMTP_USER=u \\\n  SMTP_PASS=p\n",
            "heroku config:set \\\n  MAIL_HOST=smtp.postmarkapp.com \\\n  MAIL_PORT=587\n",
        ] {
            assert_eq!(pick(s), Choice::Env(env::Flavor::Shell), "{s}");
        }
        for s in [
            "heroku config:set SMTP_HOST=smtp.postmarkapp.com SMTP_PORT=587 -a app\n",
            "env SMTP_HOST=smtp.postmarkapp.com SMTP_PORT=2525 node server.js\n",
            "kubectl create secret generic smtp \\\n  --from-literal=SMTP_HOST=smtp.postmarkapp.com \\\n  --from-literal=SMTP_PORT=587\n",
        ] {
            assert_eq!(pick(s), Choice::Env(env::Flavor::Shell), "{s}");
        }
        // A Dockerfile's continued `ENV` lines stay the Dockerfile's.
        let d = "FROM node:20\nENV A=1 \\\n    SMTP_HOST=smtp.postmarkapp.com \\\n    SMTP_PORT=587 \\\n    SMTP_USER=u\n";
        assert_eq!(pick(d), Choice::Env(env::Flavor::Dockerfile));
    }

    #[test]
    fn rust_code_is_rust() {
        let src = "use lettre::{SmtpTransport, Transport};\n\nlet mailer = SmtpTransport::relay(\"smtp.gmail.com\")\n    .unwrap()\n    .credentials(creds)\n    .build();\n";
        assert_eq!(pick(src), Choice::Code(Lang::Rust));
        // JavaScript's `let` alone stays JavaScript.
        assert_eq!(
            pick("let transporter = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n});\n"),
            Choice::Code(Lang::JavaScript)
        );
    }

    #[test]
    fn mail_library_names_say_csharp() {
        for text in [
            "services.AddFluentEmail(\"a@b.io\").AddSmtpSender(\"smtp.postmarkapp.com\", 587);\n",
            "client.Connect(\"smtp.postmarkapp.com\", 587, SecureSocketOptions.StartTls);\nclient.Authenticate(user, pass);\n",
            "message.From.Add(new MailboxAddress(\"Acme\", \"a@b.io\"));\nclient.Send(message);\n",
            "namespace A.Options\n{\n    public sealed class SmtpOptions\n    {\n        public string Host { get; set; } = \"\";\n        public int Port { get; set; } = 587;\n    }\n}\n",
        ] {
            assert_eq!(pick(text), Choice::Code(Lang::CSharp), "{text}");
        }
    }

    #[test]
    fn picks_syntaxes() {
        use keyvalue::Flavor as Kv;
        assert_eq!(
            pick("MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n"),
            Choice::Env(env::Flavor::Shell)
        );
        assert_eq!(
            pick("EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\n"),
            Choice::Code(Lang::Python)
        );
        assert_eq!(
            pick("[smtp]\nenabled = true\nhost = smtp.postmarkapp.com:587\n"),
            Choice::KeyValue(Kv::Ini)
        );
        // odoo.conf: a section and Python-looking words.
        assert_eq!(
            pick("[options]\nadmin_passwd = admin\nemail_from = False\nsmtp_password = False\nsmtp_port = 25\nsmtp_server = localhost\nsmtp_ssl = False\nsmtp_user = False\nlist_db = None\n"),
            Choice::KeyValue(Kv::Ini)
        );
        assert_eq!(
            pick("[mailer]\nhost = \"smtp.postmarkapp.com\"\nport = 587\n"),
            Choice::KeyValue(Kv::Toml)
        );
        assert_eq!(
            pick("spring.mail.host=smtp.postmarkapp.com\nspring.mail.port=587\n"),
            Choice::KeyValue(Kv::Properties)
        );
        assert_eq!(
            pick("services:\n  app:\n    environment:\n      - A=1\n"),
            Choice::Yaml
        );
        assert_eq!(
            pick("{\n  \"smtp\": {\n    \"host\": \"x\"\n  }\n}\n"),
            Choice::Code(Lang::Json)
        );
        // One-line and minified JSON, and a fragment copied from inside an object.
        assert_eq!(
            pick("{\"mail\": {\"host\": \"x\", \"port\": 587}}\n"),
            Choice::Code(Lang::Json)
        );
        assert_eq!(
            pick("\"smtp\": {\"host\": \"x\", \"port\": 587},\n"),
            Choice::Code(Lang::Json)
        );
        assert_eq!(
            pick("const t = nodemailer.createTransport({\n  host: 'x',\n});\n"),
            Choice::Code(Lang::JavaScript)
        );
        assert_eq!(pick("<?php\n$mail->Host = 'x';\n"), Choice::Code(Lang::Php));
        // A Python dict literal with capitalised constants (NetBox's EMAIL).
        assert_eq!(
            pick("EMAIL = {\n    'SERVER': 'smtp.example.com',\n    'PORT': 587,\n    'USE_SSL': False,\n    'USE_TLS': True,\n}\n"),
            Choice::Code(Lang::Python)
        );
        // A class property excerpt without `<?php` (Joomla's configuration.php).
        assert_eq!(
            pick("\tpublic $mailer = 'smtp';\n\tpublic $smtphost = 'smtp.example.com';\n\tpublic $smtpport = '587';\n"),
            Choice::Code(Lang::Php)
        );
        assert_eq!(
            pick("relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\n"),
            Choice::KeyValue(Kv::Ini)
        );
        assert_eq!(
            pick("account postmark\nhost smtp.postmarkapp.com\nport 587\nauth on\n"),
            Choice::KeyValue(keyvalue::Flavor::Conf)
        );
        // dma.conf: capital keywords and bare switches.
        assert_eq!(
            pick("SMARTHOST smtp.postmarkapp.com\nPORT 587\nAUTHPATH /etc/dma/auth.conf\nSECURETRANSFER\nSTARTTLS\n"),
            Choice::KeyValue(keyvalue::Flavor::Conf)
        );
        // sasl_passwd lines with and without brackets.
        assert_eq!(
            pick("smtp.postmarkapp.com:587 user:pass\n"),
            Choice::KeyValue(keyvalue::Flavor::Conf)
        );
        assert_eq!(
            pick("[smtp.postmarkapp.com]:587 user:pass\n"),
            Choice::KeyValue(keyvalue::Flavor::Conf)
        );
        // A note with a host and a time is still prose.
        assert_ne!(
            pick("Connect to smtp.postmarkapp.com:587 at 10:30 please\n"),
            Choice::KeyValue(keyvalue::Flavor::Conf)
        );
        assert_eq!(
            pick("FROM node:20\nENV SMTP_HOST=x\n"),
            Choice::Env(env::Flavor::Dockerfile)
        );
        // `podman run` / `docker run` with one `-e` flag per line.
        assert_eq!(
            pick(
                "podman run -d --name app \\\n  -e SMTP_HOST=x \\\n  -e SMTP_PORT=587 \\\n  img\n"
            ),
            Choice::Env(env::Flavor::Shell)
        );
        // The flags alone, as a README lists them.
        assert_eq!(
            pick("    -e \"SMTP_HOST=x\"\n    -e \"SMTP_PORT=587\"\n"),
            Choice::Env(env::Flavor::Shell)
        );
        // A Helm chart installed with its values as `--set` flags.
        assert_eq!(
            pick("helm install my-release bitnami/wordpress \\\n  --set smtpHost=x \\\n  --set smtpPort=587\n"),
            Choice::Env(env::Flavor::Shell)
        );
        // A long `ENV` with `\` continuations stays a Dockerfile.
        assert_eq!(
            pick("FROM x\nENV A=1 \\\n    B=2 \\\n    C=3 \\\n    D=4 \\\n    E=5\n"),
            Choice::Env(env::Flavor::Dockerfile)
        );
        assert_eq!(
            pick("Server: smtp.postmarkapp.com\nSMTP Port: 587\n- **Username:** x\n"),
            Choice::Prose
        );
        // A dashboard copied as text: labels, not a YAML map.
        assert_eq!(
            pick("SMTP Server: smtp.postmarkapp.com\nPorts: 25, 2525, or 587\nAuthentication: Plain text, CRAM-MD5, or TLS\nUsername/Password: x\nSecurity: STARTTLS\n"),
            Choice::Prose
        );
        assert_eq!(
            pick("mail:\n  host: smtp.postmarkapp.com\n  port: 587\n"),
            Choice::Yaml
        );
        assert_eq!(
            pick("config :app, App.Mailer,\n  relay: \"x\"\n"),
            Choice::Code(Lang::Elixir)
        );
        assert_eq!(
            pick("<configuration>\n  <smtp/>\n</configuration>\n"),
            Choice::Xml
        );
        assert_eq!(
            pick("resource \"x\" \"y\" {\n  a = 1\n}\n"),
            Choice::Code(Lang::Hcl)
        );
        // Spaced `.env` lines with lower-case booleans (Leantime's sample.env).
        assert_eq!(
            pick("LEAN_SITENAME = 'Leantime'\nLEAN_LANGUAGE = 'en-US'\nLEAN_LOG_PATH = ''\nLEAN_LOGO_PATH = '/dist/images/logo.svg'\nLEAN_EMAIL_RETURN = ''                 # Return address\nLEAN_EMAIL_USE_SMTP = false             # Use SMTP?\nLEAN_EMAIL_SMTP_HOSTS = ''\nLEAN_EMAIL_SMTP_AUTH = true\nLEAN_EMAIL_SMTP_USERNAME = ''\nLEAN_EMAIL_SMTP_AUTO_TLS = true\nLEAN_EMAIL_SMTP_SECURE = ''\n"),
            Choice::Env(env::Flavor::Shell)
        );
        // Python's own booleans keep it Python.
        assert_eq!(
            pick("EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_USE_TLS = True\nEMAIL_PORT = 587\n"),
            Choice::Code(Lang::Python)
        );
        // Trailing `# comments` after Python values (SeaTable's documented
        // dtable_web_settings.py block) keep it Python, not INI.
        assert_eq!(
            pick("EMAIL_USE_TLS = False                       # Either True or False\nEMAIL_HOST = 'smtp.example.com'             # Hostname of your SMTP server\nEMAIL_HOST_USER = 'username@example.com'    # Username for authentication\nEMAIL_HOST_PASSWORD = 'password'            # Password\nEMAIL_PORT = 25\nDEFAULT_FROM_EMAIL = EMAIL_HOST_USER\n"),
            Choice::Code(Lang::Python)
        );
        // A settings.py fragment naming constants, a module's constant
        // or an environment lookup is Python, not INI or `.env`.
        assert_eq!(
            pick("EMAIL_PORT = 25\nEMAIL_HOST_USER = private.POSTMARK_API_KEY\nEMAIL_HOST_PASSWORD = private.POSTMARK_API_KEY\nEMAIL_USE_TLS = True\nEMAIL_HOST = 'smtp.postmarkapp.com'\n"),
            Choice::Code(Lang::Python)
        );
        assert_eq!(
            pick("EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_USER = POSTMARK_API_KEY\nEMAIL_HOST_PASSWORD = POSTMARK_API_KEY\nEMAIL_PORT = 587\n"),
            Choice::Code(Lang::Python)
        );
        assert_eq!(
            pick("EMAIL_HOST = os.environ['EMAIL_HOST']\nEMAIL_PORT = 587\nEMAIL_HOST_USER = os.environ['EMAIL_HOST_USER']\n"),
            Choice::Code(Lang::Python)
        );
        assert!(python_name_value("settings.EMAIL_HOST"));
        assert!(!python_name_value("smtp.postmarkapp.com"));
        assert!(!python_name_value("SMTP.POSTMARKAPP.COM"));
        assert!(!python_name_value("STARTTLS"));
        assert!(!python_name_value("ENV['SMTP_HOST']"));
        // Spaced INI words stay INI.
        assert_eq!(
            pick("[mail]\nhost = smtp.postmarkapp.com\nuser = PM_TOKEN_HERE\n"),
            Choice::KeyValue(Kv::Ini)
        );
        // Chained assignments are Python's alone.
        assert_eq!(
            pick("EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_USER = TOKEN = 'abc'\nEMAIL_HOST_PASSWORD = TOKEN\n"),
            Choice::Code(Lang::Python)
        );
        // Keyword arguments over several lines are Python, not `.env` lines.
        assert_eq!(
            pick("app.config.update(\n    MAIL_SERVER='smtp.postmarkapp.com',\n    MAIL_PORT=587,\n    MAIL_USE_TLS=True,\n)\n"),
            Choice::Code(Lang::Python)
        );
        assert_eq!(
            pick("settings = dict(\n    MAIL_SERVER='smtp.postmarkapp.com',\n    MAIL_PORT=587,\n)\n"),
            Choice::Code(Lang::Python)
        );
    }

    #[test]
    fn lines_inside_a_nix_indented_string_do_not_decide_the_syntax() {
        // msmtprc lines kept in `extraConfig = ''…''` outnumber the
        // module's own lines: the file is still Nix.
        let nix = Choice::Code(Lang::Nix);
        assert_eq!(
            pick("  programs.msmtp = {\n    enable = true;\n    extraConfig = ''\n      auth           on\n      tls            on\n      account        default\n      host           smtp.gmail.com\n      port           465\n      tls_starttls   off\n      from           me@example.org\n      user           me\n    '';\n  };\n"),
            nix
        );
        // `''$`, `'''` escape inside the string: they do not close it.
        assert_eq!(
            pick("services.postfix = {\n  extraConfig = ''\n    ''${relay}\n    relayhost = [smtp.postmarkapp.com]:587\n    smtp_tls_security_level = encrypt\n    smtp_sasl_auth_enable = yes\n  '';\n};\n"),
            nix
        );
        // An empty Python string opens nothing: the file stays Python.
        assert_eq!(
            pick("EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_PASSWORD = ''\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\n"),
            Choice::Code(Lang::Python)
        );
    }

    #[test]
    fn a_bare_brace_module_body_of_bindings_is_nix() {
        // A NixOS or home-manager module body with no `{ config, ... }:`
        // header: `a.b = …;` and `a.b = {` lines under a bare `{`.
        let nix = Choice::Code(Lang::Nix);
        assert_eq!(
            pick("{\n  programs.msmtp.enable = true;\n  programs.msmtp.accounts.default = {\n    host = \"smtp.postmarkapp.com\";\n    port = 465;\n  };\n}\n"),
            nix
        );
        assert_eq!(
            pick("{\n  mailserver = {\n    fqdn = \"mail.example.org\";\n    domains = [ \"example.org\" ];\n  };\n}\n"),
            nix
        );
        // JSON stays JSON, also with one `=` inside a string.
        let json = Choice::Code(Lang::Json);
        assert_eq!(
            pick("{\n  \"smtp\": {\n    \"host\": \"smtp.postmarkapp.com\",\n    \"port\": 587,\n    \"note\": \"a = b;\"\n  }\n}\n"),
            json
        );
        // One binding-like line is not enough.
        assert_eq!(
            pick("{\n  \"host\": \"smtp.postmarkapp.com\",\n  \"port\": 587\n}\nport = 2525;\n"),
            json
        );
    }

    #[test]
    fn unspaced_nix_bindings_are_nix() {
        // A module fragment with no header: the `;` ends the binding, it is
        // not part of the value (an env reading gave the port `465;`).
        let nix = Choice::Code(Lang::Nix);
        assert_eq!(
            pick("SMTP_ADDR=\"smtp.postmarkapp.com\";\nSMTP_PORT=465;\nENABLED=true;\n"),
            nix
        );
        assert_eq!(
            pick("  config = {\n    services.gitea.settings.mailer = {\n      SMTP_ADDR = \"smtp.postmarkapp.com\";\n      SMTP_PORT = 465;\n    };\n  };\n"),
            nix
        );
        // Environment lines stay environment lines.
        assert_eq!(
            pick("SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=465\nSMTP_PASS=\"a;b\"\n"),
            Choice::Env(env::Flavor::Shell)
        );
    }

    #[test]
    fn picks_ruby_by_its_mail_settings() {
        let ruby = Choice::Code(Lang::Ruby);
        assert_eq!(
            pick("ActionMailer::Base.smtp_settings = {\n  address: \"x\",\n  authentication: :plain,\n}\n"),
            ruby
        );
        assert_eq!(
            pick("gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_port'] = 587\n"),
            ruby
        );
        // Chef attributes (the postfix cookbook's), in a file or a recipe.
        assert_eq!(
            pick("default['postfix']['main']['relayhost'] = '[smtp.postmarkapp.com]:587'\ndefault['postfix']['main']['smtp_use_tls'] = 'yes'\n"),
            ruby
        );
        assert_eq!(
            pick("node.override['postfix']['main']['relayhost'] = '[smtp.postmarkapp.com]:587'\n"),
            ruby
        );
        assert_eq!(
            pick("override['postfix']['main']['relayhost'] = '[smtp.postmarkapp.com]:587'\noverride['postfix']['main']['smtp_tls_security_level'] = 'encrypt'\n"),
            ruby
        );
        assert_eq!(
            pick("class ApplicationMailer < ActionMailer::Base\n  default from: \"a@b.c\"\nend\n"),
            ruby
        );
        assert_eq!(pick("delivery_method :smtp, address: \"x\"\n"), ruby);
    }

    #[test]
    fn a_block_scalar_does_not_decide_the_file() {
        let src = "apiVersion: v1\nkind: ConfigMap\ndata:\n  gitlab.rb: |\n    gitlab_rails['smtp_enable'] = true\n    gitlab_rails['smtp_port'] = 587\n    gitlab_rails['smtp_tls'] = false\n    gitlab_rails['smtp_address'] = 'x'\n";
        assert_eq!(pick(src), Choice::Yaml);
        assert!(opens_block_scalar("key: |-"));
        assert!(opens_block_scalar("- run: >"));
        assert!(!opens_block_scalar("items.each do |x|"));
        assert!(!opens_block_scalar("a = b || c"));
        // Whitespace after the indicator, ASCII or not, is trimmed first.
        assert!(opens_block_scalar("script: |  "));
        assert!(opens_block_scalar("script: |\u{a0}"));
        assert!(opens_block_scalar("script: >-\u{b}"));
        assert!(!opens_block_scalar("script: x\u{a0}"));
    }

    #[test]
    fn a_env_without_environment_readers_is_not_cut_into_paragraphs() {
        // Paragraphs of `.env` lines and of other lines, but nothing reads
        // the environment: one part (the paragraphs are not told apart).
        let src =
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\n\nconst port = 587;\nsend(port);\n";
        assert_eq!(file_parts(src, 0..src.len()).len(), 1);
        // The same with a reader of the environment: cut before the code.
        let src = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\n\nconst port = process.env.SMTP_PORT;\n";
        let cut = src.find("const").unwrap();
        assert_eq!(file_parts(src, 0..src.len()), [0..cut, cut..src.len()]);
        assert!(reads_env("os.Getenv(\"X\")") && reads_env("${X}") && !reads_env("K=v"));
    }

    #[test]
    fn a_env_right_under_the_code_that_reads_it_is_its_own_part() {
        // No blank line or header between the code's last statement and
        // the `.env` lines.
        let env = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=2525\n";
        for code in [
            "const t = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n});\n",
            "<?php\n$mail->Host = getenv('SMTP_HOST');\n?>\n",
            "EMAIL_HOST = os.environ.get(\"SMTP_HOST\")\n",
            "const t = nodemailer.createTransport({ host: process.env.SMTP_HOST })\nmodule.exports = t\n",
        ] {
            let src = format!("{code}{env}");
            assert_eq!(
                file_parts(&src, 0..src.len()),
                [0..code.len(), code.len()..src.len()],
                "{src}"
            );
            assert_eq!(
                file_parts(&src, 0..src.len()),
                file_parts_by_lines(&src, 0..src.len())
            );
        }
        // A `KEY=value` line among statements stays with them; so do
        // Python's unspaced assignments after a call (values code writes).
        for src in [
            "EMAIL_HOST = os.environ.get(\"SMTP_HOST\")\nDEBUG=True\nEMAIL_PORT = env.int(\"SMTP_PORT\")\n",
            "EMAIL_HOST = os.environ.get(\"SMTP_HOST\")\nEMAIL_PORT=2525\nEMAIL_USE_TLS=True\nEMAIL_HOST_USER=\"u\"\n",
        ] {
            assert_eq!(file_parts(src, 0..src.len()).len(), 1, "{src}");
            assert_eq!(file_parts(src, 0..src.len()), file_parts_by_lines(src, 0..src.len()));
        }
    }
}
