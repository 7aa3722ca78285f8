//! Client profiles as data: one table per client or app.
//!
//! A [`Profile`] says how to recognise the client (markers: key paths,
//! calls, values), which key paths carry which [`Role`] and how their
//! values are read (`host:port` by design, a URL, base64), its words for
//! TLS and what they mean, its defaults, its mail switch, and the key names
//! a fix writes. The engine ([`engine`]) matches every entry of the
//! [`Document`](crate::extract::read::Document) against every table in one
//! pass (an index by the key's last segment), scores the tables, builds the
//! configurations of the best ones and groups them by scope. Rules read
//! the roles; they never see a syntax.
//!
//! The few behaviours that are logic rather than lookup (Laravel's meaning
//! by version, ssmtp reading its lines in order, msmtp's accounts) are
//! small functions a table points to ([`Hooks`]).

mod database;
pub mod engine;
pub mod fields;
pub mod generic;
pub mod marker_words;
pub mod pattern;
pub mod tables;
pub mod tls;
pub mod write;

use std::fmt;

use crate::extract::read::sniff::Container;
use crate::extract::Config;
use crate::model::{Field, Role, Tls};

pub use write::Write;

/// A table's word list (written with `words!`). In the page's
/// WebAssembly it is packed in one string, each word followed by `\n`: one
/// pointer and length per list instead of one per word (the page holds a
/// few thousand table strings; their pointers were about a quarter of its
/// gzipped data). Natively it stays a slice: the engine asks these lists
/// about every key a configuration does not read, and scanning a packed
/// string there costs the native lint up to 40% more instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(pub WordsRepr);

#[cfg(target_arch = "wasm32")]
pub type WordsRepr = &'static str;
#[cfg(not(target_arch = "wasm32"))]
pub type WordsRepr = &'static [&'static str];

impl Words {
    pub const NONE: Words = words![];
    pub fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        #[cfg(target_arch = "wasm32")]
        return packed_words(self.0);
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.iter().copied();
    }
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }
}

/// Pairs of words (written with `pairs!`), packed in the page like
/// [`Words`] (`from\tto\n` each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pairs(pub PairsRepr);

#[cfg(target_arch = "wasm32")]
pub type PairsRepr = &'static str;
#[cfg(not(target_arch = "wasm32"))]
pub type PairsRepr = &'static [(&'static str, &'static str)];

impl Pairs {
    pub const NONE: Pairs = pairs![];
    pub fn iter(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        #[cfg(target_arch = "wasm32")]
        return packed_pairs(self.0);
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.iter().copied();
    }
    /// Whether `key` is the first word of a pair. (The engine asks this
    /// about every key of another client: in the page it is one substring
    /// search of the packed list, not a comparison per pair.)
    pub fn has_from(self, key: &str) -> bool {
        #[cfg(target_arch = "wasm32")]
        return packed_has_from(self.0, key);
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.iter().any(|(from, _)| *from == key);
    }
}

/// The words of a packed list (the page's [`Words`]).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn packed_words(packed: &'static str) -> std::str::SplitTerminator<'static, char> {
    packed.split_terminator('\n')
}

/// The pairs of a packed list (the page's [`Pairs`]).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn packed_pairs(packed: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    packed_words(packed).filter_map(|line| line.split_once('\t'))
}

/// Whether `key` starts a line of a packed pair list (`from\tto\n`).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn packed_has_from(packed: &str, key: &str) -> bool {
    if key.is_empty() {
        return false;
    }
    let b = packed.as_bytes();
    let mut from = 0;
    while let Some(i) = packed[from..].find(key).map(|i| from + i) {
        let end = i + key.len();
        if (i == 0 || b[i - 1] == b'\n') && b.get(end) == Some(&b'\t') {
            return true;
        }
        // On past the match's first character (a char boundary).
        from = i + packed[i..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// `words!["a", "b"]`: a [`Words`] list (no word may hold a `\n`).
#[cfg(target_arch = "wasm32")]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::extract::profile::Words(concat!($($w, "\n"),*))
    };
}
#[cfg(not(target_arch = "wasm32"))]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::extract::profile::Words(&[$($w),*])
    };
}
pub(crate) use words;

/// `pairs![("from", "to"), …]`: a [`Pairs`] list.
#[cfg(target_arch = "wasm32")]
macro_rules! pairs {
    ($(($a:literal, $b:literal $(,)?)),* $(,)?) => {
        $crate::extract::profile::Pairs(concat!($($a, "\t", $b, "\n"),*))
    };
}
#[cfg(not(target_arch = "wasm32"))]
macro_rules! pairs {
    ($(($a:literal, $b:literal $(,)?)),* $(,)?) => {
        $crate::extract::profile::Pairs(&[$(($a, $b)),*])
    };
}
pub(crate) use pairs;

/// Syntax classes a table reads (a bit set).
pub mod syn {
    pub const ENV: u32 = 1;
    pub const YAML: u32 = 1 << 1;
    pub const INI: u32 = 1 << 2;
    pub const CONF: u32 = 1 << 3;
    pub const PROPERTIES: u32 = 1 << 4;
    pub const TOML: u32 = 1 << 5;
    pub const XML: u32 = 1 << 6;
    pub const PROSE: u32 = 1 << 7;
    pub const URL: u32 = 1 << 8;
    pub const JSON: u32 = 1 << 9;
    pub const JS: u32 = 1 << 10;
    pub const PHP: u32 = 1 << 11;
    pub const PYTHON: u32 = 1 << 12;
    pub const RUBY: u32 = 1 << 13;
    pub const GO: u32 = 1 << 14;
    pub const CSHARP: u32 = 1 << 15;
    pub const JAVA: u32 = 1 << 16;
    pub const KOTLIN: u32 = 1 << 17;
    pub const ELIXIR: u32 = 1 << 18;
    pub const HCL: u32 = 1 << 19;
    pub const NIX: u32 = 1 << 20;
    pub const RUST: u32 = 1 << 21;
    /// `set name=value` command files (mutt, mailx).
    pub const COMMANDS: u32 = 1 << 22;
    /// Host, protocol and option words (nullmailer's `remotes`).
    pub const WORDS: u32 = 1 << 23;
    pub const PERL: u32 = 1 << 24;
    /// Where environment variables are written: `.env`, shell, compose and
    /// Kubernetes YAML, Terraform and Nix attribute sets, JSON, TOML `[env]`.
    pub const ENV_LIKE: u32 = ENV | YAML | JSON | TOML | HCL | NIX | INI | XML;
    /// Configuration data formats (no code).
    pub const DATA: u32 = ENV | YAML | INI | CONF | PROPERTIES | TOML | XML | JSON | HCL | NIX;
    pub const CODE: u32 =
        JS | PHP | PYTHON | RUBY | GO | CSHARP | JAVA | KOTLIN | ELIXIR | RUST | PERL;
    pub const ANY: u32 = u32::MAX;
}

/// How a key's value is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Read {
    /// As written.
    Plain,
    /// `host:port` (or `[host]:port`) by design: split into host and port.
    HostPort,
    /// A bare `host[:port]` or an SMTP URL, either by design (himalaya 2.x's
    /// `smtp.server`: `smtp://…` or `smtps://…`): a URL is taken apart as
    /// one (its `scheme` field tells the table's TLS hook which it was).
    HostPortOrUrl,
    /// PHPMailer's `Host`: `;`-separated hosts, each with an optional
    /// `ssl://`/`tls://` prefix and `:port`; the first one counts.
    HostList,
    /// CakePHP's `host`: an optional `ssl://`/`tls://` prefix, then the
    /// host alone (a `:port` stays in the host: Cake's socket appends its
    /// own `:port`, so `host:587` fails to connect).
    HostScheme,
    /// An SMTP URL/DSN, read the way the given client reads it.
    Url(UrlFlavor),
    /// Base64 (Kubernetes Secret `data:`).
    Base64,
    /// A call or flag whose presence turns the role on (`server.starttls()`).
    Presence,
    /// A Postfix `sasl_passwd` line, `destination user:password` (an
    /// Ansible role's `postfix_sasl_password_maps` list item): the login,
    /// split at the first colon of its second word.
    SaslLine,
    /// A preset name the table's `finish` hook turns into settings
    /// (nodemailer's `service: 'Postmark'`): no field by itself.
    Preset,
}

/// Which client reads an SMTP URL, for its scheme words and parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlFlavor {
    Symfony,
    DjangoEnviron,
    Kratos,
    /// nodemailer's reading (also the default for an unknown client).
    Nodemailer,
}

/// One key-path pattern and the role it carries.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    /// A path pattern, matched against the end of an entry's path (see
    /// [`pattern`]): `MAIL_HOST`, `smtp.host`, `createTransport(#0).auth.user`,
    /// `SMTP(#1)`, `*.network.host`, `MAIL_HOST|SMTP_HOST`.
    pub path: &'static str,
    pub role: Role,
    pub read: Read,
}

/// A key row.
pub const fn k(path: &'static str, role: Role) -> Key {
    Key {
        path,
        role,
        read: Read::Plain,
    }
}

/// A key row whose value is read in a particular way.
pub const fn kr(path: &'static str, role: Role, read: Read) -> Key {
    Key { path, role, read }
}

/// What recognises a client: a key path (calls included) and optionally a
/// value it holds (ASCII case-insensitive substring).
#[derive(Clone, Copy, Debug)]
pub struct Marker {
    pub path: &'static str,
    pub value: Option<&'static str>,
    /// How many markers it counts for ([`weighs`]; 1 for most).
    pub weight: u8,
    /// A name other apps write too ([`shared`]): it counts towards the
    /// score, but a table that needs a marker needs one of its own beside it.
    pub shared: bool,
    /// Counts only together with one of these names of the table (`a|b`:
    /// a key or another marker's path, as the table writes it) matched in
    /// the same paste ([`beside`]).
    pub with: Option<&'static str>,
    /// Counts only for a key whose path starts at the paste's top level
    /// ([`at_top`]).
    pub top: bool,
}

pub const fn mark(path: &'static str) -> Marker {
    Marker {
        path,
        value: None,
        weight: 1,
        shared: false,
        with: None,
        top: false,
    }
}

pub const fn mark_value(path: &'static str, value: &'static str) -> Marker {
    Marker {
        path,
        value: Some(value),
        weight: 1,
        shared: false,
        with: None,
        top: false,
    }
}

/// A marker that counts `n` times: a name only this app has, where its
/// other names are another table's (Django's `EMAIL_*`, whose environment
/// table has up to five markers among them), so one of its own outweighs
/// those.
pub const fn weighs(m: Marker, n: u8) -> Marker {
    Marker { weight: n, ..m }
}

/// A marker other apps write too: ActionMailer's option names turned into
/// environment variables (`SMTP_OPENSSL_VERIFY_MODE`,
/// `SMTP_ENABLE_STARTTLS_AUTO`), which every Rails app may read. It adds
/// to the score of a table found by a marker of its own, and recognises
/// nothing alone (a cnvrg Secret with `SMTP_SERVER` and
/// `SMTP_OPENSSL_VERIFY_MODE` is not Mastodon's).
pub const fn shared(m: Marker) -> Marker {
    Marker { shared: true, ..m }
}

/// A marker that counts only together with another of the table's names
/// (`names`: `a|b`, any of them, each a key row's or a marker's path
/// alternative as the table writes it): a name other apps write too, which
/// is this app's only in that company. Maybe Finance's `SMTP_TLS_ENABLED`
/// is Rallly's too (beside `SMTP_HOST`), but beside `SMTP_ADDRESS` it is
/// Maybe's; Infisical's `SMTP_REQUIRE_TLS` is nodemailer's `requireTLS`
/// as many apps name it, Infisical's only beside its `SMTP_FROM_ADDRESS`.
/// Alone it counts for nothing (not even as a shared marker).
pub const fn beside(m: Marker, names: &'static str) -> Marker {
    Marker {
        with: Some(names),
        ..m
    }
}

/// A marker that counts only for a key written at the paste's top level:
/// a bare name that stands for the table's section when its header is
/// left out (Grafana's `from_address` pasted without `[smtp]`), and is
/// another app's under another section (`[mail] from_address`). A dotted
/// path starts at the top level: Nette's `mail.secure` is its NEON
/// config's top-level `mail:` section, and an Ansible task's `mail:`
/// module arguments, deeper in the playbook, are not.
pub const fn at_top(m: Marker) -> Marker {
    Marker { top: true, ..m }
}

/// How the client reads a boolean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    /// Code by its language (Python: any non-empty string is true; Ruby:
    /// only `false`/`nil` are false; JavaScript/PHP truthiness), data by
    /// the usual words (`true`/`yes`/`on`/`1`…; anything else unknown).
    Usual,
    /// JavaScript truthiness wherever it is written: a non-empty string is
    /// true (nodemailer's `secure: "false"`).
    JavaScript,
    /// Only these words (ASCII case-insensitive) are true; anything else
    /// is false (Discourse's `true`, ssmtp's `YES`).
    Only(Words),
    /// Only these words, compared exactly (case-sensitive), are true;
    /// anything else is false (OpenCTI's `booleanConf`: `value === 'true'`,
    /// so `TRUE` is false).
    Exactly(Words),
    /// Go's `strconv.ParseBool`; anything else is false.
    Go,
    /// A Python program's reading wherever the value is written: Python
    /// truthiness (a non-empty string is true), except that a bare
    /// `true`/`false` word in a data file is a boolean (Flask's
    /// `from_prefixed_env` parses values as JSON); a quoted one stays a string.
    Python,
    /// These words (case-sensitive) and the empty value are false; any
    /// other value is true (Rails' `ActiveModel::Type::Boolean`, where
    /// `no` is true).
    Except(Words),
}

/// What a TLS word or switch does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sec {
    /// TLS from the first byte (SMTPS).
    Implicit,
    /// STARTTLS, required.
    StartTls,
    /// STARTTLS when the server offers it.
    Auto,
    /// No TLS: the session stays in clear.
    Plain,
    /// The word means nothing to the client (it falls back to its default).
    Ignored,
}

/// Both STARTTLS and implicit TLS switched on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Both {
    /// The client refuses or fails (Django's ValueError, Flask-Mail, mail gem 2.9).
    Conflict,
    /// Implicit TLS wins.
    Implicit,
    /// STARTTLS wins.
    StartTls,
}

/// The client's TLS semantics.
#[derive(Clone, Copy, Debug)]
pub struct TlsModel {
    /// Words of the `Encryption` role (and `Scheme`) and their meaning
    /// (ASCII case-insensitive; a `Class::CONSTANT` matches by its last part).
    pub words: &'static [(&'static str, Sec)],
    /// What `StartTls = true` means (`StartTls` usually, `Auto` for a
    /// "use STARTTLS when offered" switch).
    pub starttls_on: Sec,
    /// What `StartTls = false` means.
    pub starttls_off: Sec,
    /// Ports on which the client turns implicit TLS on by itself when no
    /// switch says otherwise (nodemailer, Laravel 9+ and Symfony: 465).
    pub implicit_ports: &'static [u16],
    /// With no TLS setting at all.
    pub default: Sec,
    pub both: Both,
    /// When nothing is written and the default is `Plain`: what to set
    /// (`no EMAIL_USE_TLS = True`).
    pub absent: &'static str,
}

impl TlsModel {
    /// Two switches, neither on by default: clear text without them
    /// (Django, Flask-Mail, JavaMail, .NET).
    pub const SWITCHES_PLAIN: TlsModel = TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: Both::Conflict,
        absent: "no STARTTLS setting",
    };
    /// Two switches, STARTTLS on by default: required unless switched off
    /// (Airflow, Superset, Bugsink, Plane).
    pub const SWITCHES_STARTTLS: TlsModel = TlsModel {
        default: Sec::StartTls,
        absent: "",
        ..TlsModel::SWITCHES_PLAIN
    };
    /// STARTTLS whenever the server offers it unless switched off
    /// (nodemailer, the mail gem, most apps).
    pub const OPPORTUNISTIC: TlsModel = TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Auto,
        both: Both::Implicit,
        absent: "",
    };
    /// The meaning of the usual words, for clients with one encryption
    /// setting and nothing known about their default.
    pub const WORDS: &'static [(&'static str, Sec)] = &[
        ("ssl", Sec::Implicit),
        ("smtps", Sec::Implicit),
        ("implicit", Sec::Implicit),
        ("ssl/tls", Sec::Implicit),
        ("tls", Sec::StartTls),
        ("starttls", Sec::StartTls),
        ("start_tls", Sec::StartTls),
        ("required", Sec::StartTls),
        ("auto", Sec::Auto),
        ("opportunistic", Sec::Auto),
        ("none", Sec::Plain),
        ("off", Sec::Plain),
        ("plain", Sec::Plain),
        ("false", Sec::Plain),
        ("no", Sec::Plain),
        ("", Sec::Ignored),
    ];
}

/// The client's mail switch: what makes it use SMTP at all.
#[derive(Clone, Copy, Debug)]
pub struct Switch {
    /// Values of the `Transport` role that select SMTP (`smtp`).
    pub smtp: Words,
    /// Values where no mail leaves (`log`, `array`, the console backend…).
    pub no_mail: Words,
    /// Values that select a local mail program (`sendmail`, PHP `mail()`).
    pub local: Words,
    /// When no switch is written at all, and the client then does not use
    /// SMTP: what it does instead (`PHP mail()` for PHPMailer without
    /// `isSMTP()`). `None`: SMTP is the default.
    pub missing: Option<&'static str>,
    /// What the client does when its `Enabled` switch is off (`sendmail`
    /// for GitLab); `None`: no mail leaves.
    pub off: Option<&'static str>,
    /// How to name the switch in messages (`MAIL_MAILER`, `smtp_enable`).
    pub name: &'static str,
}

/// What a transport switch's value selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selects {
    Smtp,
    /// No mail leaves (log, array, console, file, memory).
    NoMail,
    /// A local mail program (sendmail, PHP `mail()`).
    Local,
    /// Another real transport (an HTTP API driver).
    Other,
}

impl Switch {
    /// A plain on/off mail switch named `name`: SMTP unless it is turned
    /// off, and then no mail leaves.
    pub const fn plain(name: &'static str) -> Switch {
        Switch {
            smtp: words![],
            no_mail: words![],
            local: words![],
            missing: None,
            off: None,
            name,
        }
    }

    /// What `value` (a `Transport` literal) selects, `None` when empty: the
    /// one reading both the engine (is there a configuration to report?)
    /// and the rule (`input/smtp-not-enabled`) use. A word of the lists
    /// counts as a whole word anywhere in the value
    /// (`django.core.mail.backends.console.EmailBackend` is `console`),
    /// SMTP's words first, case ignored.
    pub fn selects(&self, value: &str) -> Option<Selects> {
        self.listed(value).or_else(|| {
            let v = value.trim().trim_matches(['\'', '"']);
            (!v.is_empty()).then_some(Selects::Other)
        })
    }

    /// What a `Transport` setting (`key = value`) selects. A transport can
    /// also be chosen by a flag named after it (nodemailer's `sendmail:
    /// true`, `jsonTransport: true`): where the lists do not name the
    /// flag's value, a true flag selects what its key names and a false
    /// one selects nothing.
    pub fn selects_by(&self, key: &str, value: &str) -> Option<Selects> {
        match self.flag(value) {
            Some(on) => {
                let name = key
                    .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .find(|w| !w.is_empty())
                    .unwrap_or(key);
                on.then(|| self.selects(name)).flatten()
            }
            None => self.selects(value),
        }
    }

    /// Whether a `Transport` value is a flag (on or off) rather than a
    /// transport's name: a boolean the lists do not name, or an options
    /// object (`SES: {…}`, on as any object is in JavaScript).
    pub fn flag(&self, value: &str) -> Option<bool> {
        if value.trim_start().starts_with('{') {
            return Some(true);
        }
        if self.listed(value).is_some() {
            return None;
        }
        crate::model::parse_bool(value)
    }

    fn listed(&self, value: &str) -> Option<Selects> {
        let v = value.trim().trim_matches(['\'', '"']).to_ascii_lowercase();
        let has = |list: Words| list.iter().any(|w| has_word(&v, &w.to_ascii_lowercase()));
        if has(self.smtp) {
            Some(Selects::Smtp)
        } else if has(self.no_mail) {
            Some(Selects::NoMail)
        } else if has(self.local) {
            Some(Selects::Local)
        } else {
            None
        }
    }
}

/// Whether `word` is in `value` as a whole word: not inside a longer name
/// (`Swoosh.Adapters.SMTP2GO` is an API adapter, not `…SMTP`; Mautic's
/// `elasticemail` is not `mail`). Both are lowercase.
fn has_word(value: &str, word: &str) -> bool {
    // A word that starts or ends with punctuation (`backends.smtp.`) marks
    // its own edge there.
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let (open, close) = (alnum(word.chars().next()), alnum(word.chars().next_back()));
    value.match_indices(word).any(|(i, _)| {
        let glued_before = open && alnum(value[..i].chars().next_back());
        let glued_after = close && alnum(value[i + word.len()..].chars().next());
        !glued_before && !glued_after
    })
}

#[cfg(test)]
mod switch_word_tests {
    use super::*;

    #[test]
    fn switch_words_match_whole_words_only() {
        assert!(has_word("swoosh.adapters.smtp", "swoosh.adapters.smtp"));
        assert!(!has_word("swoosh.adapters.smtp2go", "swoosh.adapters.smtp"));
        assert!(has_word("smtp+starttls", "smtp"));
        assert!(!has_word("mautic.transport.elasticemail", "mail"));
        assert!(has_word("null://null", "null"));
        assert!(has_word(
            "django.core.mail.backends.smtp.emailbackend",
            "backends.smtp."
        ));
    }

    #[test]
    fn a_value_selects_by_the_switch_words() {
        let sw = Switch {
            smtp: words!["backends.smtp."],
            no_mail: words!["console", "locmem"],
            local: words!["sendmail"],
            missing: None,
            off: None,
            name: "EMAIL_BACKEND",
        };
        let s = |v| sw.selects(v);
        assert_eq!(
            s("'django.core.mail.backends.smtp.EmailBackend'"),
            Some(Selects::Smtp)
        );
        assert_eq!(
            s("django.core.mail.backends.console.EmailBackend"),
            Some(Selects::NoMail)
        );
        assert_eq!(s("SENDMAIL"), Some(Selects::Local));
        assert_eq!(
            s("anymail.backends.postmark.EmailBackend"),
            Some(Selects::Other)
        );
        assert_eq!(s(" ''"), None);
    }
}

/// Something a fix writes, by kind (the value comes with the request).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteKind {
    Port,
    Host,
    StartTls,
    VerifyOn,
    AuthOn,
    TlsModern,
    Username,
    Password,
    From,
    Stream,
}

/// A value a fix writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetVal {
    /// The port of the request.
    Port,
    /// The host (or the described value) of the request.
    Given,
    /// A word: quoted in code, plain in data files (`tls`, `smtp`).
    Word(&'static str),
    /// A literal written bare in code (`PHPMailer::ENCRYPTION_STARTTLS`, `587`).
    Lit(&'static str),
    /// A boolean, in the syntax's spelling (`True` in Python, `true` elsewhere).
    Bool(bool),
    /// The setting is removed.
    Remove,
}

/// One setting a fix writes.
#[derive(Clone, Copy, Debug)]
pub struct Set {
    pub role: Role,
    /// The key as the client spells it (empty: whatever key the role has here).
    pub key: &'static str,
    pub value: SetVal,
    /// Added when not written (else only changed where it is).
    pub insert: bool,
    /// The sibling to model an added line on.
    pub near: Option<Role>,
}

pub const fn set(role: Role, key: &'static str, value: SetVal) -> Set {
    Set {
        role,
        key,
        value,
        insert: true,
        near: None,
    }
}

/// Changes the setting only where it is written.
pub const fn set_if(role: Role, key: &'static str, value: SetVal) -> Set {
    Set {
        role,
        key,
        value,
        insert: false,
        near: None,
    }
}

/// Adds the setting next to `near` when missing.
pub const fn set_near(role: Role, key: &'static str, value: SetVal, near: Role) -> Set {
    Set {
        role,
        key,
        value,
        insert: true,
        near: Some(near),
    }
}

/// How a client writes one kind of change: machine settings and/or the
/// sentence a message shows.
#[derive(Clone, Copy, Debug)]
pub struct Fix {
    pub what: WriteKind,
    pub sets: &'static [Set],
    /// The sentence shown instead of the settings (`{port}`, `{host}`,
    /// `{value}` are filled in).
    pub text: Option<&'static str>,
}

pub const fn fix(what: WriteKind, sets: &'static [Set]) -> Fix {
    Fix {
        what,
        sets,
        text: None,
    }
}

pub const fn fix_text(what: WriteKind, sets: &'static [Set], text: &'static str) -> Fix {
    Fix {
        what,
        sets,
        text: Some(text),
    }
}

/// Behaviours that are logic, not lookup.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// The client's TLS reading, where the model cannot say it.
    pub tls: Option<fn(&Config) -> Tls>,
    /// The default port, where it depends on other settings.
    pub default_port: Option<fn(&Config) -> Option<u16>>,
    /// The default host, where it depends on the form written (Zabbix's
    /// Ansible module defaults it, its export and API do not).
    pub default_host: Option<fn(&Config) -> Option<&'static str>>,
    /// What a setting does when its text alone does not say it.
    pub explain: Option<fn(&Config, &Field) -> Option<String>>,
    /// Adjusts the configurations built from the table (accounts,
    /// presets, the first-of-a-list rules).
    pub finish: Option<fn(&crate::extract::read::Document, &mut Vec<Config>)>,
    /// Reads the configurations itself, from the whole document (the rows
    /// only recognise the client): the engine then groups and builds none
    /// from the matched keys, which such a table would throw away.
    pub read: Option<fn(&crate::extract::read::Document) -> Vec<Config>>,
    /// The sentence for a change, where the table's rows cannot say it.
    pub write: Option<fn(&Config, &Write) -> Option<String>>,
    /// The machine settings for a change, where they depend on the values.
    pub settings: Option<SettingsHook>,
}

/// A table's own machine settings for a change (`None`: use the rows).
pub type SettingsHook = fn(&Config, &Write) -> Option<Vec<crate::model::Setting>>;

impl Hooks {
    /// No logic beyond the table.
    pub const NONE: Hooks = Hooks {
        tls: None,
        default_port: None,
        default_host: None,
        explain: None,
        finish: None,
        read: None,
        write: None,
        settings: None,
    };
}

/// One client's table.
pub struct Profile {
    /// Stable id in the report (`laravel-env`).
    pub id: &'static str,
    /// Human name (`Laravel .env`).
    pub name: &'static str,
    /// The documentation the table was written from. (Not in the page's
    /// WebAssembly: only `smtp-probe rules` lists it.)
    #[cfg(not(target_arch = "wasm32"))]
    pub docs: &'static str,
    /// Which syntaxes its settings are written in ([`syn`] bits).
    pub syntaxes: u32,
    pub keys: &'static [Key],
    pub markers: &'static [Marker],
    /// Recognised only with a marker (its keys alone are shared with other clients).
    pub needs_marker: bool,
    /// Key prefixes of its own family (`MAIL_`): an unknown key with one
    /// is reported when it looks like a misspelling. An entry starting
    /// with `.` is a run of path segments instead (`.notification.email.`):
    /// every key under them is of the family.
    pub family: &'static [&'static str],
    /// Keys it reads that carry nothing we check.
    pub other_keys: Words,
    /// Keys of other libraries it ignores, with what it reads instead.
    pub leftovers: Pairs,
    pub case_sensitive: bool,
    /// Its TLS words compare exactly (AppFlowy's `match smtp_tls_kind`:
    /// `Required` is no kind, and the server stops at start-up); otherwise
    /// ASCII case-insensitively.
    pub tls_words_exact: bool,
    pub truth: Truth,
    pub tls: TlsModel,
    /// The port when none is written, and with implicit TLS switched on.
    pub port: Option<u16>,
    /// The client has no port setting: it always dials `port` (Wazuh's
    /// wazuh-maild, port 25). No port written is then not a missing port.
    pub port_fixed: bool,
    pub implicit_port: Option<u16>,
    /// The host when none is written.
    pub host: Option<&'static str>,
    /// Leaving the host out is a documented way to use that default (Home
    /// Assistant's `server`, default `localhost`): a configuration without
    /// a host sends there, not to an unknown host that is missing.
    pub default_host_used: bool,
    /// An empty host setting is replaced by the default host, as an
    /// absent one is (Mattermost's `SetDefaults`: `SMTPServer: ""` dials
    /// `localhost`). With the default local and no credentials written, the
    /// configuration is taken as meant for that local server.
    pub empty_host_default: bool,
    /// What the client does with an empty port setting when that is NOT
    /// its default (Laravel's `env()` returns `""` for `MAIL_PORT=`): the
    /// sentence after "`KEY` is empty:". `None`: an empty port is the
    /// default port.
    pub empty_port: Option<&'static str>,
    pub switch: Option<Switch>,
    /// For clients that authenticate only when told to: what tells them.
    pub auth_switch: Option<&'static str>,
    pub fixes: &'static [Fix],
    /// Where the client expects the From address.
    pub sender_hint: &'static str,
    /// PHP constants: the first definition wins.
    pub first_wins: bool,
    /// Quotes are part of the value (Python configparser, Java properties).
    pub quotes_literal: bool,
    /// Library constants that are literal words (`ENCRYPTION_SMTPS`).
    pub constants: Words,
    /// URL query parameters the client reads: name → role (`None`: read,
    /// nothing we check).
    pub url_params: &'static [(&'static str, Option<Role>)],
    pub hooks: Hooks,
    /// The `finish` or `read` hook lists the keys the client ignores itself, and the
    /// engine adds none. For clients whose configurations share one scope
    /// (msmtp's accounts are all at the top of one file), where the engine's
    /// rule (ignored keys go to the configuration rooted at their scope)
    /// would hand every account's keys to one of them, and for hooks that
    /// build configurations from keys they read by full name (Spring Boot's
    /// profile documents, JavaMail's properties anywhere in the code).
    pub own_unknown: bool,
    /// Reads keys by their words when no table claims them (the generic
    /// inference); such a table runs only when no client was recognised.
    pub infer: bool,
    /// The container format this generic table stands for.
    pub container: Option<Container>,
    /// The credentials are a value of their own that the client is handed
    /// (`var creds = new NetworkCredential(u, p); client.Credentials =
    /// creds;`), or kept in a store of their own (a Helm chart's
    /// `smtp.existingSecret` beside its `grafana.ini:` block): a username,
    /// password or credentials store outside every configuration's scope
    /// joins the configuration around it, as the sender does.
    pub credentials_apart: bool,
    /// What a credentials store replaces: the literal settings of these
    /// roles that the client no longer reads once a `CredentialsFile`
    /// setting names a store ([`Config::credentials_store`]). A Helm
    /// chart's `smtp.existingSecret` (Bitnami's Grafana, Mastodon's) is
    /// read for both the user and the password, and the chart's leftover
    /// `user`/`password` defaults are not used: they are not judged.
    pub store_replaces: &'static [Role],
    /// Its names are written by many apps that are not this client (Django's
    /// `EMAIL_HOST_USER` in GrowthBook's and wger's `.env`, the Rails
    /// `SMTP_ADDRESS` in Docuseal's and Chaskiq's): a sender key of another
    /// library that the report takes as the From (see `sender_fallback`) is
    /// that app's own name, not flagged as `input/unknown-key`.
    pub shared_names: bool,
    /// Its URL parser takes the user information up to the last `@` before
    /// the host (mutt's `url.c`): an unencoded `@` in the user or password
    /// is read right (`smtp://me@gmail.com@smtp.gmail.com:587/`).
    pub userinfo_to_last_at: bool,
    /// Macros the client fills in itself when it sends, with what each
    /// becomes (Monit's `$HOST` in `from: monit@$HOST`: the name of the
    /// machine it runs on): a value holding one is read from no other
    /// file, and the report says so.
    pub send_macros: &'static [(&'static str, &'static str)],
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}

impl PartialEq for Profile {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.name == other.name
    }
}

/// A table with everything off, to build tables from with `..BASE`.
pub const BASE: Profile = Profile {
    id: "",
    name: "",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "",
    syntaxes: syn::ANY,
    keys: &[],
    markers: &[],
    needs_marker: false,
    family: &[],
    other_keys: Words::NONE,
    leftovers: Pairs::NONE,
    case_sensitive: false,
    tls_words_exact: false,
    truth: Truth::Usual,
    tls: TlsModel::OPPORTUNISTIC,
    port: None,
    port_fixed: false,
    implicit_port: None,
    host: None,
    switch: None,
    auth_switch: None,
    fixes: &[],
    sender_hint: "the sender (From) setting of your application",
    first_wins: false,
    default_host_used: false,
    empty_host_default: false,
    empty_port: None,
    quotes_literal: false,
    constants: Words::NONE,
    url_params: &[],
    hooks: Hooks::NONE,
    own_unknown: false,
    infer: false,
    container: None,
    credentials_apart: false,
    store_replaces: &[],
    shared_names: false,
    userinfo_to_last_at: false,
    send_macros: &[],
};

/// The API the rules use (the client's meaning of its settings).
impl Profile {
    pub fn id(&self) -> &'static str {
        self.id
    }
    pub fn name(&self) -> &'static str {
        self.name
    }
    /// The port the client uses when none is written.
    pub fn default_port(&self, cfg: &Config) -> Option<u16> {
        if let Some(f) = self.hooks.default_port {
            return f(cfg);
        }
        if self.implicit_port.is_some() && tls::implicit_switched_on(cfg) {
            return self.implicit_port;
        }
        self.port
    }
    /// The host the client dials when none is written.
    pub fn default_host(&self, cfg: &Config) -> Option<&'static str> {
        match self.hooks.default_host {
            Some(f) => f(cfg),
            None => self.host,
        }
    }
    /// What a setting does when its text alone does not say it.
    pub fn explain(&self, cfg: &Config, field: &Field) -> Option<String> {
        self.hooks.explain.and_then(|f| f(cfg, field))
    }
    /// What the client does with its TLS settings.
    pub fn tls(&self, cfg: &Config) -> Tls {
        let mut t = match self.hooks.tls {
            Some(f) => f(cfg),
            None => tls::evaluate(cfg, self),
        };
        tls::note_false_read_as_true(cfg, &mut t);
        t
    }
    /// A change as the client writes it, for messages.
    pub fn write(&self, cfg: &Config, what: &Write) -> String {
        self.hooks
            .write
            .and_then(|f| f(cfg, what))
            .unwrap_or_else(|| write::text(cfg, self, what))
    }
    /// A change as machine settings (for `--fix`).
    pub fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<crate::model::Setting> {
        self.hooks
            .settings
            .and_then(|f| f(cfg, what))
            .unwrap_or_else(|| write::settings(cfg, self, what))
    }
    pub fn sender_hint(&self) -> &'static str {
        self.sender_hint
    }
    pub fn auth_switch(&self) -> Option<&'static str> {
        self.auth_switch
    }
    /// Whether its host key is `host:port` by design (Grafana's `host`,
    /// LimeSurvey's `emailsmtphost`): a host read from elsewhere may carry
    /// the port with it.
    pub fn host_carries_port(&self) -> bool {
        self.keys
            .iter()
            .any(|k| k.role == Role::Host && k.read == Read::HostPort)
    }
    /// The keys this client reads, for `input/unknown-key` suggestions.
    pub fn known_keys(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self
            .keys
            .iter()
            .flat_map(|k| k.path.split('|'))
            .map(pattern::last_name)
            .filter(|k| !k.is_empty() && !k.contains('*') && !k.starts_with('#'))
            .collect();
        v.extend(self.other_keys.iter());
        crate::sort::values(&mut v);
        v.dedup();
        v
    }
    pub fn leftover_keys(&self) -> Pairs {
        self.leftovers
    }
    pub fn first_wins(&self) -> bool {
        self.first_wins
    }
}

#[cfg(test)]
mod packed_tests {
    use super::*;

    // The page's packed lists (natively the tables are slices).
    #[test]
    fn packed_lists_read_back() {
        assert_eq!(packed_words("a\nbc\n").collect::<Vec<_>>(), ["a", "bc"]);
        assert_eq!(packed_words("").count(), 0);
        let pairs = "ab\tc\nb\tab\n";
        assert_eq!(
            packed_pairs(pairs).collect::<Vec<_>>(),
            [("ab", "c"), ("b", "ab")]
        );
        assert_eq!(packed_pairs("").count(), 0);
        // Only a pair's first word, whole.
        assert!(packed_has_from(pairs, "ab"));
        assert!(packed_has_from(pairs, "b"));
        assert!(!packed_has_from(pairs, "a"));
        assert!(!packed_has_from(pairs, "c"));
        assert!(!packed_has_from(pairs, ""));
        assert!(!packed_has_from("é\tx\n", "\u{301}"));
    }
}
