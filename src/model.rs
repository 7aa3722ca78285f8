//! The vocabulary every part shares: a setting's role, its value with its
//! place in the pasted text, the syntax it was written in, what the client
//! does with TLS, and the settings a fix writes. Readers and profiles
//! (`src/extract/`) build these, rules (`src/rules/`) and fixes (`src/fix/`)
//! read them; this module imports none of them.

use std::ops::Range;

/// A language (or code-like data format) the code reader reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    JavaScript,
    /// JSON, JSON5, JSONC.
    Json,
    Php,
    Python,
    Ruby,
    Go,
    CSharp,
    Java,
    Kotlin,
    Elixir,
    /// HCL / Terraform.
    Hcl,
    Nix,
    Rust,
    Perl,
}

/// Which syntax a setting was read in: what its quotes mean and how a fix
/// writes a sibling setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Syntax {
    /// `.env`, shell `export`, `docker run -e`, Dockerfile `ENV`, systemd `Environment=`.
    Env,
    /// INI and `key = value` files with `[sections]` (php.ini, app.ini, grafana.ini, main.cf).
    Ini,
    /// `key value` lines (msmtp, sasl_passwd, Apache `SetEnv`).
    Conf,
    /// Java `.properties`.
    Properties,
    Yaml,
    Toml,
    Xml,
    /// "Label: value" lines copied from a dashboard or a note, Markdown tables.
    Prose,
    /// A part of an SMTP URL inside another value.
    Url,
    /// Code and code-like data (JSON, HCL, Nix), by language.
    Code(Lang),
    /// Command files whose settings are `set name=value` commands (mutt's
    /// `.muttrc`, mailx/s-nail's `.mailrc`).
    Commands,
    /// Lines of words: a host, a protocol and `--option=value` words
    /// (nullmailer's `remotes`).
    Words,
}

impl Syntax {
    pub fn is_code(self) -> bool {
        matches!(self, Syntax::Code(_))
    }
}

/// How a value was quoted in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quote {
    None,
    Single,
    Double,
    Backtick,
    /// Triple-quoted, heredoc and other multi-character quoting.
    Other,
}

/// A value as the client will read it, with where it stands in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Value {
    /// The value after the dialect's unquoting, unescaping and percent-decoding.
    pub text: String,
    /// Bytes of the value's content in the input (inside the quotes).
    pub span: Range<usize>,
    pub quote: Quote,
    /// `true` when `text` is exactly the input at `span`, so a character
    /// offset inside `text` maps to the input by simple addition.
    pub verbatim: bool,
    /// `Some(expression)` when the value is a reference the page cannot see
    /// (`env('X')`, `${X}`, `process.env.X`, `${{ secrets.X }}`…): it is
    /// never judged as if it were literal text.
    pub reference: Option<String>,
}

impl Value {
    /// A value taken verbatim from `input[span]`.
    pub fn verbatim(input: &str, span: Range<usize>, quote: Quote) -> Self {
        Value {
            text: input[span.clone()].to_string(),
            span,
            quote,
            verbatim: true,
            reference: None,
        }
    }

    pub fn is_reference(&self) -> bool {
        self.reference.is_some()
    }

    /// The literal text, or `None` for a reference.
    pub fn literal(&self) -> Option<&str> {
        if self.is_reference() {
            None
        } else {
            Some(&self.text)
        }
    }

    /// Byte range in the input of the characters `text[range]`, when the value
    /// is verbatim; the whole value's span otherwise.
    pub fn sub_span(&self, range: Range<usize>) -> Range<usize> {
        if self.verbatim && range.end <= self.text.len() {
            self.span.start + range.start..self.span.start + range.end
        } else {
            self.span.clone()
        }
    }

    /// Reads the value as a boolean the way most clients do
    /// (`true/false`, `yes/no`, `on/off`, `1/0`, `enabled/disabled`).
    pub fn as_bool(&self) -> Option<bool> {
        parse_bool(self.literal()?)
    }
}

/// Common boolean spellings across config formats.
/// (Lowercased on the stack: asked of many values, most of them longer
/// than any of the words, which a length test rules out.)
pub fn parse_bool(text: &str) -> Option<bool> {
    let t = text.trim().as_bytes();
    let mut low = [0u8; 8];
    low.get_mut(..t.len())?.copy_from_slice(t);
    low.make_ascii_lowercase();
    match &low[..t.len()] {
        b"true" | b"yes" | b"on" | b"1" | b"enabled" | b"enable" | b"y" | b"t" => Some(true),
        b"false" | b"no" | b"off" | b"0" | b"disabled" | b"disable" | b"n" | b"f" | b"none"
        | b"nil" | b"null" => Some(false),
        _ => None,
    }
}

/// What a setting means, whatever the dialect called it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Host,
    Port,
    Username,
    Password,
    /// The sender address (`From`).
    From,
    /// The Postmark message stream (`X-PM-Message-Stream`, `message_stream`…).
    Stream,
    /// A word such as `tls`, `ssl`, `starttls`, `none` (Laravel `MAIL_ENCRYPTION`,
    /// PHPMailer `SMTPSecure`, WP Mail SMTP `WPMS_SSL`…); the dialect interprets it.
    Encryption,
    /// A switch for STARTTLS (`EMAIL_USE_TLS`, `enable_starttls_auto`…).
    StartTls,
    /// A switch that makes TLS start with the first byte (`secure`, `EMAIL_USE_SSL`, `ssl`…).
    ImplicitTls,
    /// A scheme word (`smtp`, `smtps`, `smtp+tls`) from a URL or a `MAIL_SCHEME` key.
    Scheme,
    /// A switch that turns certificate verification ON when true
    /// (`rejectUnauthorized`, `verify_peer`, `tls_certcheck`).
    VerifyPeer,
    /// A switch that turns certificate verification OFF when true
    /// (`insecure_skip_verify`, `skip_ssl_verify`).
    SkipVerify,
    /// An OpenSSL verify mode word (`none`, `peer`).
    VerifyMode,
    /// The minimum/forced TLS version (`tls_min_version`, `ssl_version`, `minVersion`).
    TlsVersion,
    /// A switch for SMTP authentication (`mail.smtp.auth`, `SMTPAuth`, `auth on`).
    Auth,
    /// The authentication method (`authentication: :plain`, `smtp_authentication "login"`).
    AuthMethod,
    /// Credentials kept in another file or store (`smtp_sasl_password_maps`, `passwordeval`).
    CredentialsFile,
    /// A switch that turns STARTTLS off when true (`ignoreTLS`, `disable_starttls`).
    NoStartTls,
    /// Which transport the client uses (`MAIL_MAILER=smtp`, `EMAIL_BACKEND`,
    /// `delivery_method`): read against the table's mail switch.
    Transport,
    /// The client's mail switch (`smtp.enabled`, `gitlab_rails['smtp_enable']`,
    /// `WPMS_ON`): off means none of the SMTP settings are used.
    Enabled,
    /// A mail switch that turns mail OFF when true (`SMTP_DISABLED`,
    /// `EMAIL_DISABLED`, `DISABLE_EMAIL`): the inverse of [`Role::Enabled`].
    Disabled,
    /// A value labelled as a Postmark Account API token.
    AccountToken,
    /// A value labelled as a Postmark Server API token (for `auth/account-token` cross-checks).
    ServerToken,
    /// A whole SMTP URL / DSN (`smtp://user:pass@host:587`); its parts are
    /// also extracted as Host, Port, Username… fields with their own spans.
    /// Rules re-read the raw URL with `extract::url` (e.g. unencoded credentials).
    Url,
}

/// One recognised setting: the key as written and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub role: Role,
    /// The key as written (`MAIL_PORT`, `$mail->Port`, `smtp_address`).
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Value,
    /// The syntax it was written in.
    pub syntax: Syntax,
}

impl Field {
    /// From the key to the end of the value: what a finding about the whole
    /// assignment underlines.
    pub fn whole_span(&self) -> Range<usize> {
        let start = self.key_span.start.min(self.value.span.start);
        let end = self.key_span.end.max(self.value.span.end);
        start..end
    }

    /// `KEY = value` as written, for messages. Safe on any field: a secret
    /// is redacted and a URL loses its credentials (`smtp://…@host:587`).
    pub fn shown(&self) -> String {
        let value = match self.role {
            Role::Password | Role::Username | Role::AccountToken | Role::ServerToken
                if !self.value.is_reference() =>
            {
                crate::report::redact(&self.value.text)
            }
            Role::Url => redact_url(&self.value.text),
            _ => self.value.text.clone(),
        };
        format!("{} = {value}", self.key)
    }
}

/// A URL without what could be credentials: everything between `://` and
/// the last `@` becomes `…`; with no `@`, everything after the host part.
pub fn redact_url(url: &str) -> String {
    let Some(sep) = url.find("://") else {
        return crate::report::redact(url);
    };
    let rest = &url[sep + 3..];
    match rest.rfind('@') {
        Some(at) => format!("{}…@{}", &url[..sep + 3], &rest[at + 1..]),
        None => {
            let host_end = rest.find(['/', '?', '#', ' ']).unwrap_or(rest.len());
            let tail = if host_end < rest.len() { "…" } else { "" };
            format!("{}{}{tail}", &url[..sep + 3], &rest[..host_end])
        }
    }
}

/// A key that was seen but that the dialect does not read (kept for
/// `input/unknown-key`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyUse {
    pub key: String,
    pub span: Range<usize>,
}

/// What the client will actually do on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    StartTls,
    Implicit,
    None,
}

impl Security {
    pub fn as_str(self) -> &'static str {
        match self {
            Security::StartTls => "starttls",
            Security::Implicit => "implicit",
            Security::None => "none",
        }
    }
}

/// The setting that causes a behaviour, for spans and messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// What is written, e.g. `MAIL_ENCRYPTION=ssl` or `smtps://` (never a secret).
    pub what: String,
    pub span: Option<Range<usize>>,
    /// How the client reads it, when that is not what its words say: the
    /// string `"false"`, which JavaScript, Python, Ruby and PHP take as
    /// true; ssmtp's `yes`, which only `YES` turns on. Said after it.
    pub note: Option<String>,
}

impl Evidence {
    pub fn of(field: &Field) -> Self {
        Evidence {
            what: field.shown(),
            span: Some(field.whole_span()),
            note: None,
        }
    }
    /// Evidence for something absent ("no MAIL_ENCRYPTION").
    pub fn absent(what: impl Into<String>) -> Self {
        Evidence {
            what: what.into(),
            span: None,
            note: None,
        }
    }
}

/// The client's reading of its TLS settings (computed by the dialect).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tls {
    /// What the client will do; `None` when it cannot be known
    /// (contradictory settings, unresolved references).
    pub mode: Option<Security>,
    /// What turns implicit TLS on, when something does.
    pub implicit: Option<Evidence>,
    /// What requests STARTTLS, when something does.
    pub starttls: Option<Evidence>,
    /// What switches TLS off, or the absence of any TLS setting where the
    /// client then sends in clear.
    pub disabled: Option<Evidence>,
    /// STARTTLS and implicit TLS are both switched on.
    pub conflicting: bool,
    /// For dialects whose meaning depends on the client version (Laravel):
    /// which versions a finding about `implicit` concerns.
    pub version_note: Option<&'static str>,
    /// Certificate checks that some of the client's versions turn off
    /// because of a setting that does not say so (Firefly III 5.7.7 to
    /// 6.2.10 with `MAIL_ENCRYPTION` unset or `null`).
    pub unverified_in: Option<UnverifiedIn>,
}

/// See [`Tls::unverified_in`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnverifiedIn {
    /// What is written, or left out, that turns the checks off.
    pub why: Evidence,
    /// The versions that do (`Firefly III 5.7.7 to 6.2.10`).
    pub versions: &'static str,
    /// The change that verifies in every version, in the client's words.
    pub fix: &'static str,
}

impl Tls {
    /// The client does `mode` because of `why`: the mode, and the evidence
    /// in its slot (implicit TLS, STARTTLS, or TLS off).
    pub fn chosen(mode: Security, why: Evidence) -> Self {
        let mut tls = Tls::default();
        tls.choose(mode, why);
        tls
    }
    /// Sets the mode and its evidence, keeping the other slots.
    pub fn choose(&mut self, mode: Security, why: Evidence) {
        self.mode = Some(mode);
        let slot = match mode {
            Security::Implicit => &mut self.implicit,
            Security::StartTls => &mut self.starttls,
            Security::None => &mut self.disabled,
        };
        *slot = Some(why);
    }
}

/// What a setting's value becomes in a machine fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingValue {
    /// A value in a config file (`.env`, properties, YAML, conf), where
    /// quotes are style: written inside the quotes the value (or its
    /// sibling line) already has, and without quotes where it has none.
    Text(String),
    /// A string literal in code (JS, PHP, Python, Ruby, C#, JSON): kept in
    /// its quotes, or given the quote character the configuration uses.
    Quoted(String),
    /// A literal written without quotes in code (`true`, `587`,
    /// `PHPMailer::ENCRYPTION_STARTTLS`): quotes around the old value are
    /// removed, since `'false'` is a true string in JavaScript and PHP.
    Bare(String),
    /// The assignment is removed (its whole line, when it stands alone).
    Remove,
}

/// One setting a fix writes, as the client spells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting {
    /// The role of the field it changes.
    pub role: Role,
    /// The key as the client writes it (empty: whatever key the role has
    /// here; such a setting is never added). An existing field matches when
    /// its key ends with this (ASCII case-insensitively: `$mail->Port`
    /// matches `Port`); an inserted line gets it in place of the last
    /// segment of its sibling's key (`spring.mail.port` → `spring.mail.<key>`).
    pub key: &'static str,
    pub value: SettingValue,
    /// Add the setting when it is not written (`false`: only change it
    /// where it is).
    pub insert: bool,
    /// The role of the sibling to copy and insert after, tried before the
    /// usual ones (port, host, the TLS switches).
    pub near: Option<Role>,
}

impl Setting {
    /// Changes the role's value where it is written, under its own key.
    pub fn keep_key(role: Role, value: SettingValue) -> Self {
        Setting {
            role,
            key: "",
            value,
            insert: false,
            near: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_bool;

    /// `parse_bool` as it was written, with a lowercased copy of every text.
    fn parse_bool_copied(text: &str) -> Option<bool> {
        match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" | "enabled" | "enable" | "y" | "t" => Some(true),
            "false" | "no" | "off" | "0" | "disabled" | "disable" | "n" | "f" | "none" | "nil"
            | "null" => Some(false),
            _ => None,
        }
    }

    #[test]
    fn parse_bool_reads_the_words_in_any_case() {
        let words = [
            "true", "yes", "on", "1", "enabled", "enable", "y", "t", "false", "no", "off", "0",
            "disabled", "disable", "n", "f", "none", "nil", "null",
        ];
        let mut texts: Vec<String> = Vec::new();
        for w in words {
            texts.push(w.to_string());
            texts.push(w.to_ascii_uppercase());
            texts.push(format!("  {w}\t"));
            texts.push(format!("{w}x"));
            texts.push(format!("é{w}"));
        }
        texts.extend(
            [
                "",
                " ",
                "disabledd",
                "DISABLED ",
                "tru",
                "2",
                "ÿes",
                "ON\n",
                "smtp.postmarkapp.com",
            ]
            .map(String::from),
        );
        for t in &texts {
            assert_eq!(parse_bool(t), parse_bool_copied(t), "{t:?}");
        }
    }
}
