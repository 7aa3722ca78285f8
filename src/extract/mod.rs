//! From pasted text to configurations: scan once (lines and code), let every
//! dialect score how much the text looks like it, let the likely ones
//! extract their settings, and keep each value's place in the text.
//!
//! A dialect is one client or file format (`laravel-env`, `nodemailer`,
//! `postfix`…). It knows its keys, its defaults, what its TLS words mean and
//! how to write a fix in its own syntax. Dialects live one per file here.

pub mod code;
pub mod group;
pub mod lines;
pub use read::url;
pub mod read;
pub mod value;

pub mod dialects;

use std::fmt;

use crate::model::{Config, Role, Tls};

pub use group::{extract_code, extract_lines, KeyTable};

/// The scanned paste, shared by all dialects.
pub struct Document<'a> {
    pub input: &'a str,
    pub lines: Vec<lines::Entry>,
    pub tokens: Vec<code::Token>,
    pub code: Vec<code::Assign>,
    /// The input in ASCII lowercase, made on the first `mentions`: every
    /// dialect asks for its markers, and one substring search per marker
    /// is far cheaper than a case-insensitive compare at every byte.
    lower: std::cell::OnceCell<String>,
}

impl<'a> Document<'a> {
    pub fn new(input: &'a str) -> Self {
        let tokens = code::tokenize(input);
        let code = code::assignments(input, &tokens);
        Document {
            input,
            lines: lines::scan(input),
            tokens,
            code,
            lower: std::cell::OnceCell::new(),
        }
    }

    /// Whether the text contains `needle` (ASCII case-insensitive).
    pub fn mentions(&self, needle: &str) -> bool {
        let lower = self.lower.get_or_init(|| self.input.to_ascii_lowercase());
        if needle.bytes().any(|b| b.is_ascii_uppercase()) {
            lower.contains(needle.to_ascii_lowercase().as_str())
        } else {
            lower.contains(needle)
        }
    }

    /// Active (not commented-out) line entries.
    pub fn active_lines(&self) -> impl Iterator<Item = &lines::Entry> {
        self.lines.iter().filter(|e| !e.commented)
    }
}

/// ASCII case-insensitive substring search without allocating.
pub fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return true;
    }
    h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// Something a fix asks the user to write, rendered by the dialect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write<'a> {
    /// Use this port.
    Port(u16),
    /// Use this host.
    Host(&'a str),
    /// Turn implicit TLS off and STARTTLS on (for ports 587/2525/25).
    StartTls,
    /// Turn certificate verification back on.
    VerifyOn,
    /// Turn SMTP authentication on.
    AuthOn,
    /// Allow TLS 1.2 or later.
    TlsModern,
    /// Set the username to a described value (never a secret).
    Username(&'a str),
    /// Set the password to a described value (never a secret).
    Password(&'a str),
    /// Set the From address.
    From(&'a str),
    /// Set the message stream.
    Stream(&'a str),
}

/// One client or file format.
pub trait Dialect: Sync {
    /// Stable id, e.g. `laravel-env`.
    fn id(&self) -> &'static str;
    /// Human name, e.g. `Laravel .env`.
    fn name(&self) -> &'static str;
    /// How much the document looks like this dialect (0: not at all).
    /// Scores compare across dialects: 100 per unmistakable marker, 10 per
    /// key of its own, 1 per generic alias.
    fn detect(&self, doc: &Document) -> u32;
    /// The configurations in the document, as this dialect reads it.
    fn extract(&'static self, doc: &Document) -> Vec<Config>;
    /// The port the client uses when none is written.
    fn default_port(&self, cfg: &Config) -> Option<u16>;
    /// The host the client dials when none is written (Rails, Django and
    /// PHPMailer: `localhost`). `None`: no default, or not known.
    fn default_host(&self, _cfg: &Config) -> Option<&'static str> {
        None
    }
    /// What a setting does in this client when its text alone does not say
    /// it, as a clause for messages (`UseDefaultCredentials = true` after
    /// `Credentials` discards them). `None`: the text says it.
    fn explain(&self, _cfg: &Config, _field: &crate::model::Field) -> Option<String> {
        None
    }
    /// What the client does with its TLS settings.
    fn tls(&self, cfg: &Config) -> Tls;
    /// Writes a setting in this dialect's syntax (for `fix` texts).
    fn write(&self, cfg: &Config, what: &Write) -> String;
    /// Where this client expects the From address (for `from/missing`).
    fn sender_hint(&self) -> &'static str;
    /// For clients that authenticate only when told to (JavaMail, Postfix,
    /// PHPMailer): what tells them to. `None`: credentials alone suffice.
    fn auth_switch(&self) -> Option<&'static str> {
        None
    }
    /// The keys this client reads, for `input/unknown-key` suggestions.
    fn known_keys(&self) -> Vec<&'static str> {
        Vec::new()
    }
    /// Keys other libraries use that this client ignores, with the key it
    /// reads instead (`secureConnection` → `secure`).
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }
    /// The settings that express `what` in this dialect, for machine fixes
    /// (`smtp-probe lint --fix`): the key as the dialect writes it and the
    /// value literal. Empty: no machine fix for it in this dialect.
    fn settings_for(&self, _cfg: &Config, _what: &Write) -> Vec<crate::fix::Setting> {
        Vec::new()
    }
    /// PHP constants cannot be redefined: the first `define` wins.
    fn first_wins(&self) -> bool {
        false
    }
}

impl fmt::Debug for dyn Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The roles that make a group of settings an SMTP configuration.
const CORE_ROLES: [Role; 4] = [Role::Host, Role::Port, Role::Username, Role::Password];

/// Finds every configuration in the paste. Never fails: an empty vector
/// means nothing SMTP-like was found (`input/unrecognized`).
pub fn extract(input: &str) -> Vec<Config> {
    extract_from(&Document::new(input))
}

/// [`extract`] from a document already scanned.
pub fn extract_from(doc: &Document) -> Vec<Config> {
    let mut scored: Vec<(u32, &'static dyn Dialect)> = dialects::ALL
        .iter()
        .map(|d| (d.detect(doc), *d))
        .filter(|(s, _)| *s > 0)
        .collect();
    // Highest score first; ties keep the catalogue order (stable sort).
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut configs: Vec<Config> = Vec::new();
    let mut claimed = Claimed::default();
    for (_, dialect) in scored {
        // The generic alias table is the fallback for pastes no client
        // claims; next to a recognised client it only finds unrelated
        // `host`/`port` keys (a database, a web server).
        if FALLBACKS.contains(&dialect.id()) && !configs.is_empty() {
            continue;
        }
        // Configurations of one dialect may share lines (msmtp accounts
        // inherit `defaults`, Spring profiles share the base document): only
        // text claimed by *earlier* dialects is off limits.
        let mut mine = Claimed::default();
        for cfg in dialect.extract(doc) {
            let meaningful = CORE_ROLES.iter().any(|r| cfg.get(*r).is_some());
            if meaningful && !claimed.overlaps(&cfg) && configs.len() < MAX_CONFIGS {
                mine.add(&cfg);
                configs.push(cfg);
            }
        }
        claimed.merge(mine);
    }
    configs.sort_by_key(|c| c.span.start);
    configs
}

/// Dialects that read any text with a plausible key (`host`, `Server:`):
/// they run only when no client was recognised, so they never pick up
/// leftover lines inside a recognised client's file.
const FALLBACKS: [&str; 2] = ["generic", "label-value"];

/// At most this many configurations are checked in one paste: enough for
/// any real file, and it keeps the report bounded on a pasted log.
pub const MAX_CONFIGS: usize = 64;

/// The value spans already taken by a configuration of a better-scoring
/// dialect: a second dialect may not claim the same text.
#[derive(Default)]
struct Claimed {
    /// start → end, non-empty ranges (an empty span counts as one byte).
    spans: std::collections::BTreeMap<usize, usize>,
}

impl Claimed {
    fn range(f: &crate::model::Field) -> (usize, usize) {
        let s = &f.value.span;
        (s.start, s.end.max(s.start + 1))
    }

    fn hits(&self, (start, end): (usize, usize)) -> bool {
        // The claimed range starting last before `end` is the only candidate
        // that can reach into [start, end) if ranges do not nest deeply;
        // check the few before it too, since ranges may nest (a URL and its parts).
        self.spans
            .range(..end)
            .rev()
            .take(8)
            .any(|(_, &e)| e > start)
    }

    fn overlaps(&self, cfg: &Config) -> bool {
        cfg.fields.iter().any(|f| self.hits(Self::range(f)))
    }

    fn merge(&mut self, other: Claimed) {
        for (s, e) in other.spans {
            let end = self.spans.entry(s).or_insert(e);
            *end = (*end).max(e);
        }
    }

    fn add(&mut self, cfg: &Config) {
        for f in &cfg.fields {
            let (s, e) = Self::range(f);
            let end = self.spans.entry(s).or_insert(e);
            *end = (*end).max(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_contains() {
        assert!(contains_ignore_case("new PHPMailer(true)", "phpmailer"));
        assert!(!contains_ignore_case("abc", "abcd"));
    }
}
