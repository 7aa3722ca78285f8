//! What was understood of one configuration, for the report (secrets redacted).

use crate::extract::Config;
use crate::model::Role;
use crate::report::{redact, ConfigSummary, Settings};

/// The most characters of a setting the report shows.
pub const MAX_SHOWN: usize = 200;

/// The report's view of a configuration.
pub fn summarize(cfg: &Config) -> ConfigSummary {
    // A value that swallowed a whole one-line paste is shown cut: the
    // report is about settings, not a copy of the input.
    let clean = |s: &str| -> String {
        let s = s.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
        match s.char_indices().nth(MAX_SHOWN) {
            Some((i, _)) => format!("{}…", &s[..i]),
            None => s.to_string(),
        }
    };
    let settings = Settings {
        host: cfg
            .get(Role::Host)
            .filter(|f| !is_null(f))
            .and_then(|f| f.value.literal())
            .map(clean),
        port: cfg
            .literal(Role::Port)
            .and_then(|p| clean(p).parse::<u32>().ok()),
        security: cfg.dialect.tls(cfg).mode.map(|m| m.as_str().to_string()),
        // Null only when no username is configured; a reference is shown
        // as its expression (defaults cut: they may hold a secret).
        username: cfg
            .get(Role::Username)
            .filter(|f| !is_null(f) && !f.value.text.trim().is_empty())
            .map(|f| match &f.value.reference {
                Some(expr) if !is_secret(f) => crate::rules::input::shown_reference(expr, true),
                _ => redact(
                    f.value
                        .text
                        .trim_matches(|c: char| c.is_whitespace() || is_invisible(c)),
                ),
            }),
        password_present: cfg
            .get(Role::Password)
            .is_some_and(|f| !f.value.text.trim().is_empty() && !is_null(f)),
        // An empty sender (`MAIL_DEFAULT_SENDER = ''`) is no sender. Nor is
        // a null word (`NO_REPLY_EMAIL = None`, Laravel's `MAIL_FROM_ADDRESS=null`),
        // as for the host.
        from: cfg
            .get(Role::From)
            .filter(|f| !is_null(f))
            .and_then(|f| f.value.literal())
            .map(|f| bare_address(&clean(f)).to_string())
            .filter(|f| !f.is_empty()),
        stream: cfg.literal(Role::Stream).map(clean),
    };
    ConfigSummary {
        client: cfg.dialect.id().to_string(),
        client_name: cfg.dialect.name().to_string(),
        active: cfg.active,
        label: cfg.label.clone(),
        settings,
    }
}

/// An unquoted null word, which `.env` readers and config languages turn
/// into "no value" (`MAIL_USERNAME=null` in Laravel's stock `.env`).
pub fn is_null(f: &crate::model::Field) -> bool {
    f.value.quote == crate::model::Quote::None
        && !f.value.is_reference()
        && matches!(
            f.value.text.trim(),
            "null" | "(null)" | "nil" | "None" | "~" | "NULL"
        )
}

/// The address inside `Name <addr@domain>`, or the text itself. Angle
/// brackets without an address inside are a template's blank
/// (`noreply@<your domain>`), not the address.
pub fn bare_address(from: &str) -> &str {
    match (from.rfind('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b && from[a + 1..b].contains('@') => from[a + 1..b].trim(),
        _ => from.trim().trim_matches(['"', '\'']),
    }
}

/// Characters that print as nothing or as a plain space but are not one.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}'
            | '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{202F}'
            | '\u{2007}'
            | '\u{00AD}'
    )
}

/// The roles whose values are secrets (a Server API token is the username too).
pub const SECRET_ROLES: [Role; 4] = [
    Role::Password,
    Role::Username,
    Role::AccountToken,
    Role::ServerToken,
];

/// Whether a field's value is a secret to hide: any value of a secret role,
/// whatever it looks like (a password may hold `$`, `{` or `${`), except a
/// plain reference such as `env('MAIL_PASSWORD')` or `${SMTP_PASS}` —
/// names only, which the report shows so the user knows where to look.
pub fn is_secret(f: &crate::model::Field) -> bool {
    SECRET_ROLES.contains(&f.role)
        && match &f.value.reference {
            None => true,
            Some(expr) => !is_plain_reference(expr) || !is_plain_reference(&f.value.text),
        }
}

/// Whether a lone identifier reads as a variable's name: each of its
/// `_`-separated parts a word in one case (`smtp`, `SMTP`, `Smtp`) or
/// camel case (`smtpPass`, `SmtpPass`), digits only at a part's end.
fn names_a_variable(word: &str) -> bool {
    word.split('_').all(|part| {
        let letters = part.trim_end_matches(|c: char| c.is_ascii_digit());
        let b = letters.as_bytes();
        let all = |f: fn(&u8) -> bool| b.iter().all(f);
        if all(u8::is_ascii_lowercase) || all(u8::is_ascii_uppercase) {
            return true;
        }
        // Camel case: a capital only opens a word of two letters or more.
        b.iter().enumerate().all(|(i, c)| {
            c.is_ascii_lowercase()
                || (c.is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_lowercase))
        })
    })
}

/// Whether an expression only names a variable: every word in it is an
/// environment-style name (`MAIL_PASSWORD`, `smtp_pass`, `mail.password`)
/// or a word of the reference syntaxes (`env`, `process`, `secrets`…), and
/// the rest is the punctuation of those syntaxes. `${X}abc` or `pa$$w0rd`
/// are not: their words are not names.
pub fn is_plain_reference(expr: &str) -> bool {
    // Null words and `default=` are a call's empty default
    // (`os.environ.get("X", None)`, `env('X', default='')`), not token text.
    // `cast=str` is python-decouple's type argument (`config('X', cast=int)`).
    const WORDS: [&str; 37] = [
        "env",
        "getenv",
        "Getenv",
        "get_env",
        "environ",
        "process",
        "os",
        "fetch",
        "secrets",
        "vars",
        "config",
        "settings",
        "get",
        "getProperty",
        "System",
        "Environment",
        "GetEnvironmentVariable",
        "ENV",
        "this",
        "self",
        "params",
        "credentials",
        "inputs",
        "parameters",
        "Configuration",
        "getenv_or",
        "Rails",
        "None",
        "null",
        "nil",
        "undefined",
        "default",
        "cast",
        "str",
        "int",
        "bool",
        "float",
    ];
    let e = expr.trim();
    // Text around a `${…}` substitution, or a second one, is literal text
    // the client reads with it (`${X}abc`, `$${X}`, `${X}${`): a secret.
    if let Some(i) = e.find("${") {
        let actions = e.starts_with("${{") && e.ends_with("}}") && e.matches("${").count() == 1;
        if !actions && (i != 0 || e.matches('$').count() != 1 || !e.ends_with('}')) {
            return false;
        }
    }
    if file_read(e) {
        return true;
    }
    // Argo CD's `$email-username`: a key of its Secret, in kebab case (a
    // mixed-case `$Kx9qZ` is more likely a password).
    if e.contains('-')
        && crate::extract::read::refs::is_dollar_var(e)
        && !e.contains(|c: char| c.is_ascii_uppercase())
    {
        return true;
    }
    // TypeScript's non-null assertion (`process.env.SMTP_PASS!`) names
    // the same variable.
    let e = e.strip_suffix('!').unwrap_or(e);
    // A bare identifier or path in code (`token`, `opts.Password`) is a
    // variable: no reader makes one of a literal.
    let ident = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    // A lone word must also read as a name (`SMTP_USER`, `smtpPass`,
    // `_sender`): a tolerant reader can take an unquoted literal for a
    // variable (`{` above `Password: Kx9qZaaaA` lines read as code), and
    // `Kx9qZaaaA` is then a password, not a name.
    if e.len() <= 120 && e.split('.').all(ident) && (e.contains('.') || names_a_variable(e)) {
        return true;
    }
    if e.len() <= 120 && getter_call(e) {
        return true;
    }
    // A PHP/Perl/shell variable and the properties read through it
    // (`$token`, `$smtpPassword`, `$this->password`): a lowercase word,
    // digits only at its end. `$Kx9qZ` or `$ab3xY` look like secrets.
    if let Some(path) = e.strip_prefix('$') {
        let word = |w: &str| {
            let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
            letters.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
                && letters.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
        };
        if e.len() <= 120 && path.split("->").all(word) {
            return true;
        }
    }
    // `#{…}` is Ruby's interpolation (`"#{ENV["KEY"]}"`).
    // `?` joins a fallback (`$_ENV['X'] ?? null`, `getenv('X') ?: ''`):
    // a fallback to nothing (a null word, above) adds no literal.
    let punct = |c: char| "$%{}()[]'\"`.:-|> ,@=#?".contains(c);
    let name = |w: &str| {
        let first_ok = w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
        let upper = || !w.contains(|c: char| c.is_ascii_lowercase());
        let snake = || w.contains('_') && !w.contains(|c: char| c.is_ascii_uppercase());
        // A Ruby symbol names a key (`credentials.dig(:postmark, :token)`,
        // `credentials[:sendgrid][:api_key]`), an Elixir atom opens the
        // environment tuple (`{:system, "SMTP_PASSWORD"}`, Bamboo's):
        // the word right after an opener (no opener overlaps itself, so
        // every occurrence is seen).
        let symbol = || {
            ["(:", ", :", ",:", "[:", "{:"].iter().any(|open| {
                e.match_indices(open)
                    .any(|(i, _)| e[i + open.len()..].starts_with(w))
            })
        };
        first_ok && (upper() || snake() || symbol() || WORDS.contains(&w))
    };
    !e.is_empty()
        && e.len() <= 120
        && e.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || punct(c))
        && e.contains(|c: char| c.is_ascii_alphanumeric())
        && e.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .all(|w| name(w) || dotted_lower(e, w) || variable_head(e, w))
}

/// A configuration getter called with a key
/// (`this.configService.get<string>('SMTP_USER')`, NestJS's;
/// `config.getOrThrow("mail.password")`): a dotted path of identifiers
/// (camelCase allowed: it is code), a method named `get…`, an optional
/// one-word type argument, one quoted key that is a name
/// (`appConfig.smtpUserName`: letters, digits, `_`, `.`, `-`; no second
/// argument, which could be a literal default) and nothing after the call.
fn getter_call(e: &str) -> bool {
    let ident = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let Some(open) = e.find(['(', '<']) else {
        return false;
    };
    let (path, mut rest) = e.split_at(open);
    let Some((_, method)) = path.rsplit_once('.') else {
        return false;
    };
    if !path.split('.').all(ident) || !(method.starts_with("get") || method.starts_with("Get")) {
        return false;
    }
    if let Some(generic) = rest.strip_prefix('<') {
        let Some((ty, after)) = generic.split_once('>') else {
            return false;
        };
        if !ident(ty) {
            return false;
        }
        rest = after;
    }
    let Some(arg) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    let Some(q) = arg.chars().next().filter(|c| matches!(c, '\'' | '"' | '`')) else {
        return false;
    };
    let Some(key) = arg[1..].strip_suffix(q) else {
        return false;
    };
    key.len() <= 64
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// The variable an expression starts from (`configs['smtp_settings']`,
/// `settings[:smtp]`): a lowercase identifier at the very start, read
/// through a subscript.
fn variable_head(expr: &str, word: &str) -> bool {
    expr.starts_with(word)
        && word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && expr[word.len()..].starts_with('[')
}

/// A file read by its absolute path (`File.read('/run/secrets/smtp')`,
/// `File.read("/etc/gitlab/smtp").strip`, `open('/run/secrets/x').read()`):
/// the path says where the secret is kept, it is not the secret. The call
/// is a dotted name, its one argument a quoted path without blanks, then
/// only method calls without arguments.
fn file_read(e: &str) -> bool {
    let ident = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let Some(open) = e.find('(') else {
        return false;
    };
    let (call, rest) = (&e[..open], &e[open + 1..]);
    let Some(q) = rest.chars().next().filter(|c| *c == '\'' || *c == '"') else {
        return false;
    };
    let Some(close) = rest[1..].find(q) else {
        return false;
    };
    let path = &rest[1..1 + close];
    let Some(tail) = rest[close + 2..].strip_prefix(')') else {
        return false;
    };
    !call.is_empty()
        && call.split('.').all(ident)
        && path.starts_with('/')
        && path.len() > 1
        && !path.contains(|c: char| c.is_whitespace())
        && tail
            .split('.')
            .skip(1)
            .all(|m| ident(m.strip_suffix("()").unwrap_or(m)))
        && (tail.is_empty() || tail.starts_with('.'))
}

/// A lowercase word inside a dotted path (`config('mail.password')`).
fn dotted_lower(expr: &str, word: &str) -> bool {
    !word.contains(|c: char| !c.is_ascii_lowercase())
        && expr
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .any(|path| path.contains('.') && path.split('.').any(|p| p == word))
}

/// The input with every secret masked, character for character (so columns
/// stay where they were): a secret keeps at most its first and last 4
/// characters, the rest become `•`. Long token-like runs (UUIDs, 20+ token
/// characters) are masked too, in case a secret sits under a key we did not
/// recognise. Used wherever the pasted text itself is shown (CLI excerpts).
pub fn mask_secrets(input: &str, configs: &[Config]) -> String {
    Masker::new(input, configs).mask(0..input.len())
}

/// The hidden parts of a paste, found once (sorted, merged byte ranges), so
/// that any excerpt is masked in time proportional to the excerpt: a report
/// quotes a window of a line per finding, never the whole paste each time.
pub struct Masker<'a> {
    input: &'a str,
    hidden: Vec<std::ops::Range<usize>>,
}

impl<'a> Masker<'a> {
    pub fn new(input: &'a str, configs: &[Config]) -> Self {
        let mut hidden: Vec<std::ops::Range<usize>> = configs
            .iter()
            .flat_map(|c| c.fields.iter())
            .filter(|f| is_secret(f))
            .map(|f| with_glued_tail(input, f.value.span.clone()))
            .chain(
                configs
                    .iter()
                    .flat_map(|c| c.fields.iter())
                    .filter(|f| SECRET_ROLES.contains(&f.role))
                    .filter_map(|f| misread_rest(input, f)),
            )
            .chain(token_runs(input))
            .chain(url_credentials(input))
            .chain(swallowed_secrets(input, configs))
            .filter_map(|s| inner_part(input, s))
            .collect();
        crate::sort::by_key(&mut hidden, |r| r.start);
        let mut merged: Vec<std::ops::Range<usize>> = Vec::with_capacity(hidden.len());
        for r in hidden {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Masker {
            input,
            hidden: merged,
        }
    }

    /// `input[range]` (snapped to char boundaries) with its hidden
    /// characters replaced by `•`, line breaks kept.
    pub fn mask(&self, range: std::ops::Range<usize>) -> String {
        let input = self.input;
        let snap = |mut i: usize| {
            i = i.min(input.len());
            while !input.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let (a, b) = (snap(range.start), snap(range.end.max(range.start)));
        let mut out = String::with_capacity(b - a);
        // The first hidden range that may overlap the excerpt.
        let mut k = self.hidden.partition_point(|r| r.end <= a);
        for (i, ch) in input[a..b].char_indices() {
            let i = a + i;
            while k < self.hidden.len() && self.hidden[k].end <= i {
                k += 1;
            }
            let hidden = self.hidden.get(k).is_some_and(|r| r.start <= i);
            if hidden && ch != '\n' && ch != '\r' {
                out.push('•');
            } else {
                out.push(ch);
            }
        }
        out
    }
}

/// For a secret that was not read cleanly (its value does not start on its
/// key's line, or reads as an expression that names nothing), the rest of
/// the key's line: whatever the reader made of the quotes, the secret as
/// written is there.
fn misread_rest(input: &str, f: &crate::model::Field) -> Option<std::ops::Range<usize>> {
    let b = input.as_bytes();
    let from = f.key_span.end.min(b.len());
    let line_end = b[from..]
        .iter()
        .position(|&c| c == b'\n' || c == b'\r')
        .map_or(b.len(), |k| from + k);
    // A plain reference (`${SMTP_PASS}`) is shown; what follows it is not.
    let clean = (f.value.reference.is_none() || !is_secret(f))
        && f.value.span.start >= from
        && f.value.span.start <= line_end
        && f.value.span.end <= line_end;
    // In a data file only the separator and quotes stand between a key and
    // its value: anything else (a YAML anchor or tag the secret began with,
    // `&${…}`) was read from the secret.
    let data = !matches!(f.syntax, crate::model::Syntax::Code(_));
    let between_clean = !data
        || input
            .get(from..f.value.span.start.max(from))
            .is_some_and(|t| t.chars().all(|c| " \t:=\"'".contains(c)));
    if !clean || !between_clean {
        return (from < line_end).then_some(from..line_end);
    }
    // Read cleanly but followed by what the reader took for a comment
    // (`password = A ;0Aa…`, `'' #a…`): the client may well read it as
    // part of the secret, so it is hidden too. In code a `;` opens no
    // comment but ends the statement (`getenv('SMTP_PASS');`): it is
    // hidden only when text follows it (`misread` below).
    // In a data file nothing else belongs on a value's line: any rest was
    // mis-read from the secret (`Password: ""} ${X}`).
    let end = f.value.span.end.min(line_end);
    let rest = input.get(end..line_end)?.trim();
    // In code, only punctuation may follow a value (`,`, `)`, `}`…).
    let misread = if data {
        !rest.is_empty()
    } else {
        // Closing punctuation may follow (`pass: p }),`); anything after
        // it on the line (`x}(a0aA…`) was read from the secret.
        let after = rest.trim_start_matches([',', ';', ')', ']', '}', ' ', '\t']);
        !after.is_empty() && !after.starts_with('#') && !after.starts_with("//")
    };
    let comment = rest.starts_with('#') || rest.starts_with("//") || data && rest.starts_with(';');
    (comment || misread).then_some(end..line_end)
}

/// The values of secret-named assignments (`MAIL_USERNAME=…`,
/// `spring.mail.password=…`, `pass: …`) on the lines another setting's value
/// swallowed: an open quote or a `\` at a line's end (`MAIL_PORT="\`) runs
/// a value on over the next lines, so the secret there is no setting of its
/// own and is shown wherever that value is quoted. Each line from the
/// second of a value that spans several is looked at once per setting.
pub(crate) fn swallowed_secrets(input: &str, configs: &[Config]) -> Vec<std::ops::Range<usize>> {
    const SECRET_WORDS: [&str; 9] = [
        "pass",
        "pwd",
        "secret",
        "token",
        "user",
        "login",
        "key",
        "auth",
        "credential",
    ];
    let mut out = Vec::new();
    for f in configs.iter().flat_map(|c| c.fields.iter()) {
        let span = f.value.span.start.min(input.len())..f.value.span.end.min(input.len());
        let Some(text) = input.get(span.clone()) else {
            continue;
        };
        let Some(first_break) = text.find('\n') else {
            continue;
        };
        let mut at = span.start + first_break + 1;
        while at < span.end {
            let line_end = input[at..]
                .find(['\n', '\r'])
                .map_or(input.len(), |k| at + k);
            let line = &input[at..line_end];
            let body = line.trim_start();
            let key_len = body
                .find(|c: char| !(c.is_ascii_alphanumeric() || "_.-$>[]'\"".contains(c)))
                .unwrap_or(body.len());
            let key = &body[..key_len];
            let after = body[key_len..].trim_start_matches([' ', '\t']);
            if let Some(value) = after.strip_prefix(['=', ':']) {
                let lower = key.to_ascii_lowercase();
                if SECRET_WORDS.iter().any(|w| lower.contains(w)) {
                    let v = value.trim_start_matches([' ', '\t', '"', '\'']);
                    let start = line_end - v.len();
                    if start < line_end {
                        out.push(start..line_end);
                    }
                }
            }
            at = line_end + 1;
        }
    }
    out
}

/// A secret's span, extended to the end of the word when text is glued to
/// its closing quote (`""""""}Aa` read as an empty Python string): that
/// text is most likely the secret, mis-quoted, and is hidden with it.
fn with_glued_tail(input: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let b = input.as_bytes();
    let mut i = span.end.min(b.len());
    let quote = b
        .get(i)
        .copied()
        .filter(|c| matches!(c, b'"' | b'\'' | b'`'));
    let Some(q) = quote else {
        return span;
    };
    let mut n = 0;
    while n < 3 && b.get(i) == Some(&q) {
        i += 1;
        n += 1;
    }
    let ends = |c: Option<&u8>| c.is_none_or(|c| c.is_ascii_whitespace() || b",;)#".contains(c));
    let closing = |k: usize| matches!(b.get(k), Some(b'}' | b']')) && ends(b.get(k + 1));
    if ends(b.get(i)) || closing(i) {
        return span;
    }
    let end = b[i..]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(b.len(), |k| i + k);
    span.start..end
}

/// The part of a secret's span that is hidden: all but its first and last
/// `keep` characters (4 from 16 characters on, 2 from 8, else none kept).
fn inner_part(input: &str, s: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let (start, end) = (s.start.min(input.len()), s.end.min(input.len()));
    if start >= end || !input.is_char_boundary(start) || !input.is_char_boundary(end) {
        return None;
    }
    let text = &input[start..end];
    let keep = match text.chars().take(16).count() {
        16 => 4,
        8..=15 => 2,
        _ => 0,
    };
    let head = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    let tail = text
        .char_indices()
        .rev()
        .nth(keep.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let tail = if keep == 0 { text.len() } else { tail };
    (head < tail).then(|| start + head..start + tail)
}

/// The `user:password` of every `scheme://user:password@host` in the text,
/// read or not: a URL whose credentials hold a `\` or a quote may not be
/// recognised as one, and its line is still quoted. One pass: each URL is
/// scanned to its end, and the search goes on after it.
pub(crate) fn url_credentials(input: &str) -> Vec<std::ops::Range<usize>> {
    let b = input.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = input[from..].find("://") {
        let start = from + k + 3;
        // To the URL's end (its first blank), in one pass: its first `@`,
        // and the last `@` before its query. An address in the query
        // (`?from=a@b.io`, Shoutrrr's sender) is no end of credentials.
        // Eight bytes a step past those that hold none of these.
        let (mut end, mut first_at, mut last_at, mut query) = (b.len(), None, None, false);
        let mut at = start;
        'url: while at < b.len() {
            at = to_url_stop(b, at);
            let step = at..(at + 8).min(b.len());
            at = step.end;
            for i in step {
                match b[i] {
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' => {
                        end = i;
                        break 'url;
                    }
                    b'@' => {
                        first_at = first_at.or(Some(i));
                        if !query {
                            last_at = Some(i);
                        }
                    }
                    b'?' if !query && first_at.is_some() => query = starts_query(b, i),
                    _ => {}
                }
            }
        }
        if let Some(at) = last_at {
            out.push(start..at);
        } else if let Some(at) = blank_in_credentials(b, start) {
            // `user:pass @host` (a secret copied with a blank): the
            // credentials run past the first blank.
            out.push(start..at);
        }
        from = end.max(start);
    }
    out
}

/// The first offset from `i`, in steps of eight bytes, whose eight bytes
/// may hold a blank, an `@` or a `?` (or the last bytes, fewer than eight):
/// a byte below `!` (every blank is one) or one of those two.
fn to_url_stop(b: &[u8], mut i: usize) -> usize {
    use crate::extract::read::ascii::{splat, word, zero_bytes};
    while i + 8 <= b.len() {
        let w = word(&b[i..i + 8]);
        // Some byte below 0x21 (exact as a whole-word test for bytes
        // below 0x80; bytes above are not flagged).
        let low = w.wrapping_sub(splat(0x21)) & !w & splat(0x80);
        if low | zero_bytes(w ^ splat(b'@')) | zero_bytes(w ^ splat(b'?')) != 0 {
            return i;
        }
        i += 8;
    }
    i
}

/// Whether the `?` at `q` starts a URL's query: a parameter name and `=`
/// follow (`?from=`). A URL's query comes after an `@` (credentials come
/// first); an unencoded `?` inside a password (`pa?ss@host`) is followed
/// by no `name=` before the `@`, so it does not count. (The name stops at
/// a blank, so the URL's end needs no bound here.)
fn starts_query(b: &[u8], q: usize) -> bool {
    let rest = b.get(q + 1..).unwrap_or(&[]);
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        .count();
    name > 0 && rest.get(name) == Some(&b'=')
}

/// The `@` of `scheme://user:pass @host` or `user\t: pass@host`: one or two
/// blank gaps inside credentials that hold a `:`, on the same line, no `/`
/// before (a secret copied with blanks around it). A quote before a gap
/// closes a quoted URL and a word after one that starts with `-` is a
/// command's option (`curl --url 'smtp://host:587' --mail-from 'a@b.io'`):
/// the URL ended there.
fn blank_in_credentials(b: &[u8], start: usize) -> Option<usize> {
    let mut gaps = 0;
    let mut in_gap = false;
    let mut colon = false;
    for (i, &c) in b.iter().enumerate().skip(start) {
        match c {
            b'\n' | b'\r' | b'/' => return None,
            b'-' if in_gap => return None,
            b' ' | b'\t' => {
                if !in_gap && matches!(b[i - 1], b'\'' | b'"') {
                    return None;
                }
                if !in_gap {
                    gaps += 1;
                    in_gap = true;
                }
                if gaps > 2 {
                    return None;
                }
            }
            b'@' => return (colon && gaps > 0 && i > start).then_some(i),
            b':' => {
                colon = true;
                in_gap = false;
            }
            _ => in_gap = false,
        }
    }
    None
}

/// Runs of 20 or more `[A-Za-z0-9_-]` characters that contain both letters
/// and digits: token-shaped text.
fn token_runs(input: &str) -> Vec<std::ops::Range<usize>> {
    let b = input.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-') {
                i += 1;
            }
            let run = &b[start..i];
            if run.len() >= 20
                && run.iter().any(u8::is_ascii_digit)
                && run.iter().any(u8::is_ascii_alphabetic)
            {
                out.push(start..i);
            }
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_lone_word_is_a_variable_only_when_it_reads_as_a_name() {
        for name in [
            "SMTP_USER",
            "smtpPass",
            "SmtpPassword",
            "_sender",
            "SMTP_username",
            "token2",
        ] {
            assert!(super::is_plain_reference(name), "{name}");
        }
        for secret in ["aaaaaaAaA", "Kx9qZaaaaB", "aB3xYqq_z9Q", "abcDEFghi"] {
            assert!(!super::is_plain_reference(secret), "{secret}");
        }
        assert!(super::is_plain_reference("opts.Password"));
    }

    use super::*;
    use proptest::prelude::*;

    /// The credentials as read before the one-pass scan: the URL's end,
    /// then its query from its first `@`, then its last `@` before that.
    fn url_credentials_in_passes(input: &str) -> Vec<std::ops::Range<usize>> {
        let b = input.as_bytes();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(k) = input[from..].find("://") {
            let start = from + k + 3;
            let end = b[start..]
                .iter()
                .position(|c| c.is_ascii_whitespace())
                .map_or(b.len(), |n| start + n);
            let url = &b[start..end];
            let query = url.iter().position(|&c| c == b'@').and_then(|first_at| {
                (first_at..url.len()).find(|&q| {
                    url[q] == b'?' && {
                        let name = url[q + 1..]
                            .iter()
                            .take_while(|c| {
                                c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')
                            })
                            .count();
                        name > 0 && url.get(q + 1 + name) == Some(&b'=')
                    }
                })
            });
            let before_query = query.map_or(end, |q| start + q);
            if let Some(at) = b[start..before_query].iter().rposition(|&c| c == b'@') {
                out.push(start..start + at);
            } else if let Some(at) = blank_in_credentials(b, start) {
                out.push(start..at);
            }
            from = end.max(start);
        }
        out
    }

    proptest! {
        // The one pass reads what the passes read.
        #[test]
        fn url_credentials_is_the_passes(text in "([a-c:/@?=. \t\n\x0C\x01é_-]|://|aaaaaaaa){0,60}") {
            prop_assert_eq!(url_credentials(&text), url_credentials_in_passes(&text));
        }
    }

    #[test]
    fn bare_address_takes_brackets_only_around_an_address() {
        assert_eq!(bare_address("Acme <hello@acme.io>"), "hello@acme.io");
        assert_eq!(bare_address("\"Acme\" < hello@acme.io >"), "hello@acme.io");
        assert_eq!(bare_address("noreply@<MY DOMAIN>"), "noreply@<MY DOMAIN>");
        assert_eq!(bare_address("'hello@acme.io'"), "hello@acme.io");
    }

    #[test]
    fn an_empty_sender_is_none() {
        let r = crate::lint(
            "app.config['MAIL_SERVER'] = 'smtp.postmarkapp.com'\napp.config['MAIL_DEFAULT_SENDER'] = ''\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.from, None);
        // A null word is no sender either; a quoted one is a (bad) value.
        let r = crate::lint(
            "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_USER = 'u'\nDEFAULT_FROM_EMAIL = None\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.from, None);
        let r = crate::lint(
            "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_USER = 'u'\nDEFAULT_FROM_EMAIL = 'None'\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.from.as_deref(), Some("None"));
        let r = crate::lint(
            "MAIL_HOST=smtp.postmarkapp.com\nMAIL_FROM_ADDRESS=null\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.from, None);
    }

    #[test]
    fn an_address_in_the_query_ends_no_credentials() {
        let input =
            "U=smtp://user:pa55word@smtp.postmarkapp.com:587/?from=ops@acme.io&to=me@acme.io\n";
        let got: Vec<&str> = url_credentials(input)
            .into_iter()
            .map(|r| &input[r])
            .collect();
        assert_eq!(got, ["user:pa55word"]);
        // A `?` inside the password is still part of it.
        let input = "U=smtp://user:pa?ss@smtp.postmarkapp.com:587\n";
        let got: Vec<&str> = url_credentials(input)
            .into_iter()
            .map(|r| &input[r])
            .collect();
        assert_eq!(got, ["user:pa?ss"]);
    }

    #[test]
    fn url_credentials_with_blanks_copied_in() {
        let input = "X=smtp://user\t:pa55word @smtp.postmarkapp.com:587\n";
        let got: Vec<&str> = url_credentials(input)
            .into_iter()
            .map(|r| &input[r])
            .collect();
        assert_eq!(got, ["user\t:pa55word "]);
        // Prose after a URL without credentials is not taken for them.
        let prose = "see smtp://smtp.postmarkapp.com:587 and write to ops at a@b.c\n";
        assert!(url_credentials(prose).is_empty());
        // A quoted URL and a command's options after it: no credentials,
        // and the host is shown (it was masked as one).
        for cmd in [
            "curl --url 'smtp://smtp.postmarkapp.com:587' --mail-from 'app@acme.io'\n",
            "curl --ssl-reqd --url smtp://smtp.postmarkapp.com:587 --mail-from app@acme.io\n",
        ] {
            assert!(url_credentials(cmd).is_empty(), "{cmd}");
            let r = crate::lint(cmd, &crate::Options::default());
            assert_eq!(
                r.configs[0].settings.host.as_deref(),
                Some("smtp.postmarkapp.com")
            );
        }
    }

    #[test]
    fn plain_references_and_secrets_that_look_like_them() {
        for plain in [
            "env('MAIL_PASSWORD')",
            "${SMTP_PASS}",
            "process.env.SMTP_PASSWORD",
            "${{ secrets.POSTMARK_TOKEN }}",
            "%env(MAILER_PASSWORD)%",
            "os.environ['EMAIL_HOST_PASSWORD']",
            "ENV.fetch('SMTP_PASSWORD')",
            "config('mail.password')",
            "$smtp_pass",
            "$email-username",
            "token",
            "options.Password",
            "process.env.POSTMARK_API_TOKEN!",
            "#{ENV[\"POSTMARK_KEY\"]}",
            "Rails.application.credentials.dig(:postmark, :api_token)",
            "{:system, \"SMTP_PASSWORD\"}",
            "Rails.application.credentials[Rails.env.to_sym][:sendgrid][:api_key]",
            "File.read('/run/secrets/gitlab_smtp_password')",
            "File.read(\"/etc/gitlab/smtp\").strip",
            "open('/run/secrets/smtp').read()",
            "os.environ.get(\"EMAIL_HOST_USER\", None)",
            "env('SMTP_USER', default='')",
            "configs['smtp_settings']",
            "$_ENV['MAIL_PASSWORD'] ?? null",
            "getenv('MAIL_PASSWORD') ?: ''",
            "process.env.SMTP_PASS ?? undefined",
            "config('EMAIL_HOST_PASSWORD', cast=str)",
            "$token",
            "$smtpPassword",
            "$this->password",
            "$pass2",
            "this.configService.get<string>('SMTP_USER')",
            "this.config.get('MAIL_PASSWORD')",
            "configService.getOrThrow(\"mail.password\")",
            "this.configService.get('appConfig.smtpUserName')",
        ] {
            assert!(is_plain_reference(plain), "{plain}");
        }
        for secret in [
            "${X}abcdefgh",
            "pa$$w0rd{x}",
            "${}AAaAA0",
            "$Kx9qZ",
            "$Kx9-qZ",
            "$ab3xY",
            "$a$b",
            "${X:-hunter2}",
            "#{x}hunter2abc",
            ":hunter2abc",
            "File.read('/x').hunter2(abc)",
            "f('/a b')",
            "x('hunter2abc')",
            "env('SMTP_PASSWORD', default='hunter2abc')",
            "configs['hunter2abc']x",
            "hunter2abc[0]",
            "$_ENV['MAIL_PASSWORD'] ?? 'hunter2'",
            "process.env.SMTP_PASS ?? nullable",
            "this.config.get<string>('SMTP_USER', 'hunter2abc')",
            "this.config.get<string>('hunter 2')",
            "Buffer.from('c2VjcmV0')",
        ] {
            assert!(!is_plain_reference(secret), "{secret}");
        }
    }

    #[test]
    fn masker_keeps_four_and_four_and_masks_excerpts_alike() {
        let input = "a=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\nb=short";
        let whole = mask_secrets(input, &[]);
        assert_eq!(whole, "a=1f86••••••••••••••••••••••••••••5948\nb=short");
        let m = Masker::new(input, &[]);
        // An excerpt is masked exactly as the same part of the whole.
        for (a, b) in [(0, 10), (5, 39), (30, input.len()), (3, 3)] {
            let part: String = whole.chars().skip(a).take(b - a).collect();
            assert_eq!(m.mask(a..b), part, "{a}..{b}");
        }
    }

    /// The `;` that ends a PHP statement after a reference is no comment
    /// and no part of a secret: it is shown. Text after it on the line is
    /// still hidden (it may be the secret, mis-read), and in an INI file a
    /// `;` still opens what may be the rest of the secret.
    #[test]
    fn a_statements_semicolon_after_a_reference_is_shown() {
        let token = "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c";
        let php = "<?php\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPAuth = true;\n$mail->Username = getenv('SMTP_USER');\n$mail->Password = getenv('SMTP_PASS');\n$mail->Port = 587;\n";
        let masked_of = |input: &str| {
            let configs = crate::analyze(input, &crate::Options::default()).configs;
            mask_secrets(input, &configs)
        };
        let masked = masked_of(php);
        assert!(masked.contains("= getenv('SMTP_USER');\n"), "{masked}");
        assert!(masked.contains("= getenv('SMTP_PASS');\n"), "{masked}");
        // Text glued after the `;` is hidden, as is a literal secret.
        let glued = php.replace(
            "getenv('SMTP_PASS');",
            &format!("getenv('SMTP_PASS'); x{token}"),
        );
        assert!(
            !masked_of(&glued).contains(&token[8..20]),
            "{}",
            masked_of(&glued)
        );
        let literal = php.replace("getenv('SMTP_PASS')", &format!("'{token}'"));
        assert!(
            !masked_of(&literal).contains(&token[8..20]),
            "{}",
            masked_of(&literal)
        );
    }

    /// A value run on over the next lines (`MAIL_HOST='\`, Java properties'
    /// `\` continuation) swallows a secret-named line: its value is hidden
    /// in excerpts and scrubbed from the report, though no setting holds it.
    #[test]
    fn secrets_on_swallowed_lines_are_hidden() {
        let secret = "UWVikZuqtLthrGV1PS2X1WSpCkbCqiwch";
        for input in [
            format!("MAIL_MAILER=smtp\nMAIL_HOST='\\\nMAIL_PORT='\\\nMAIL_USERNAME=\t{secret}\nMAIL_PASSWORD=\"PM-T-n4mySUBePFQSaRbpdyfD0p\"\n"),
            format!("spring.mail.host=\"\\\nspring.mail.port=\\\nspring.mail.username={secret}\nspring.mail.password=x\n"),
        ] {
            let options = crate::Options::default();
            let report = crate::lint(&input, &options);
            let json = serde_json::to_string(&report).expect("report serialises");
            let configs = crate::analyze(&input, &options).configs;
            let masked = mask_secrets(&input, &configs);
            for k in 0..secret.len() - 8 {
                let run = &secret[k..k + 9];
                assert!(!json.contains(run), "{run} in {json}");
                assert!(!masked.contains(run), "{run} in {masked}");
            }
        }
    }
}
