//! `auth/*` rules: the SMTP login.
//!
//! Postmark accepts two logins: a Server API token (a UUID) as both username
//! and password, or an SMTP Token: its Access Key (`PM-T-…` for
//! transactional streams, `PM-B-…` for broadcast streams) as username and
//! its 36-character Secret Key as password.
//!
//! Each credential is read the way the client reads it (`value.text`), then
//! checked in this order; a later check looks at the value with the earlier
//! problems removed and is skipped when an earlier one already explains it:
//!
//! 1. `auth/whitespace`, `auth/wrapped-quotes`: the characters around or
//!    inside the value (reported per field). The "intended" value is the one
//!    with edge blanks and wrapping quotes removed.
//! 2. `auth/placeholder` (and `auth/api-test-token` for `POSTMARK_API_TEST`,
//!    which the spec lists under both): a stand-in, not a credential. A
//!    placeholder is not also judged for shape or for username ≠ password.
//! 3. `auth/token-shape`: the intended value is not a UUID / SMTP Token pair.
//! 4. `auth/username-password-differ`: the intended values differ. When
//!    only blanks or quotes make them differ, the whitespace/quotes finding
//!    says so instead and this one stays silent.
//!
//! A username and password with the same intended value are judged once for
//! 2–3 (one finding naming both). References (`env('X')`) and templates
//! (`{{ smtp_password }}`) are never judged as text; only their name is read
//! for `auth/account-token`.
//!
//! Scope: Postmark-specific checks (token shape, username = password, test
//! token, streams, account token, missing credentials, auth switches) run
//! only for configurations aimed at Postmark ([`Target::Postmark`]);
//! placeholders and wrapped quotes are also checked for other providers but
//! not for local test catchers, which accept any login.

use super::host::{bare_host, classify, HostKind, Target};
use super::similar::{char_name, is_blank_or_invisible};
use super::Context;
use crate::extract::profile::{words, Words};
use crate::extract::read::strings::SMART_QUOTES;
use crate::extract::Config;
use crate::extract::Write;
use crate::model::{Field, Quote, Role};
use crate::registry::Rule;
use crate::report::{redact, Draft, Severity};

/// SMTP authentication explicitly switched off.
///
/// **Example**: `mail.smtp.auth=false`.
pub static DISABLED: Rule = Rule {
    id: "auth/disabled",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The client's authentication switch is off (`mail.smtp.auth=false`, `$mail->SMTPAuth = false`, `auth off`, `smtp_sasl_auth_enable = no`) or the authentication method is `none`/`nil`.",
    why: "Postmark only relays mail for a logged-in client. Without AUTH the server answers the first MAIL FROM or RCPT TO with an error such as \"530 Authentication required\" or \"Please authenticate\".",
    #[cfg(not(target_arch = "wasm32"))]
    example: "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.auth=false",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Switch authentication on (`mail.smtp.auth=true`, `$mail->SMTPAuth = true;`, `auth on`…) and give the token as username and password.",
    network: false,
};

/// A client that authenticates only when told to, and nothing tells it to.
///
/// **Example**: JavaMail properties without `mail.smtp.auth=true`.
pub static NOT_CONFIGURED: Rule = Rule {
    id: "auth/not-configured",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The detected client logs in only when a switch says so (JavaMail `mail.smtp.auth`, PHPMailer `SMTPAuth`, msmtp `auth`, Postfix `smtp_sasl_auth_enable`) and the configuration does not set it.",
    why: "Such clients ignore a username and password until the switch is on: they connect, skip AUTH and send, and Postmark refuses the mail (\"530 Authentication required\").",
    #[cfg(not(target_arch = "wasm32"))]
    example: "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.port=587\nmail.smtp.starttls.enable=true",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Add the switch the finding names (`mail.smtp.auth=true`, `$mail->SMTPAuth = true;`…).",
    network: false,
};

/// The credentials live in a file or store that was not pasted.
///
/// **Example**: Postfix `smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`.
pub static EXTERNAL_CREDENTIALS: Rule = Rule {
    id: "auth/external-credentials",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The configuration reads its credentials from another file, command or secret store (`smtp_sasl_password_maps`, msmtp `passwordeval`, a credentials file) that is not part of the paste.",
    why: "The username and password checks (token shape, username = password, whitespace, placeholders) need the values; they could not run, so a wrong token there would not be caught here.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Paste the relevant entry of the named file or store too (e.g. the `[smtp.postmarkapp.com]:587 token:token` line of sasl_passwd).",
    network: false,
};

/// No username.
///
/// **Example**: `MAIL_USERNAME=null` or no username setting at all.
pub static MISSING_USERNAME: Rule = Rule {
    id: "auth/missing-username",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "No username is set, or it is empty (`MAIL_USERNAME=`, Laravel's `null`), and the credentials are not read from elsewhere.",
    why: "Postmark needs a login: the username is your Server API token (the same value as the password) or an SMTP Token's Access Key. Without it the client skips AUTH or fails it (\"535 Authentication failed\"), and sending is refused.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp.postmarkapp.com\nMAIL_USERNAME=\nMAIL_PASSWORD=1f86a2b4-…",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Set the username to your Server API token (Postmark › your server › API Tokens), the same value as the password.",
    network: false,
};

/// No password.
///
/// **Example**: `EMAIL_HOST_PASSWORD = ''`.
pub static MISSING_PASSWORD: Rule = Rule {
    id: "auth/missing-password",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "No password is set, or it is empty (`MAIL_PASSWORD=`, Laravel's `null`, Python `None`), and the credentials are not read from elsewhere.",
    why: "Postmark's SMTP password is your Server API token (the same value as the username) or an SMTP Token's Secret Key. Without it the login fails (\"535 Authentication failed\") or, in clients such as Django, AUTH is skipped and sending is refused.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_USER = '1f86a2b4-…'\nEMAIL_HOST_PASSWORD = ''",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Set the password to your Server API token, the same value as the username.",
    network: false,
};

/// Whitespace or invisible characters in the username or password.
///
/// **Example**: a token copied with a trailing NO-BREAK SPACE.
pub static WHITESPACE: Rule = Rule {
    id: "auth/whitespace",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The username or password, as the client reads it, contains a space, tab, line break or invisible character (U+00A0, U+200B, U+FEFF…) at either end or inside; names the character and its position. Trailing blanks of unquoted `.env` values are not counted: dotenv parsers drop them.",
    why: "The client sends every character, so the login no longer matches the token Postmark knows and fails with \"535 Authentication failed\". Copying from a web page, a PDF or a chat tool often adds such characters, and they are invisible in most editors.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_PASSWORD=\"1f86a2b4-0000-0000-0000-3c2d11115948 \"",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Retype or re-copy the value without the extra character (copy the token from Postmark's API Tokens page with its Copy button).",
    network: false,
};

/// Quote characters kept as part of the value.
///
/// **Example**: `EMAIL_HOST_PASSWORD = "'1f86a2b4-…'"` or smart quotes.
pub static WRAPPED_QUOTES: Rule = Rule {
    id: "auth/wrapped-quotes",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "After the dialect's own unquoting, the username or password still starts and ends with quote characters (nested quotes such as `\"'token'\"`, quotes in a format that keeps them literally), or has typographic quotes “ ” ‘ ’ « » at either end.",
    why: "Those quotes are sent as part of the login, so it no longer matches your token and Postmark answers \"535 Authentication failed\". Word processors and chat tools turn straight quotes into curly ones that no config format understands.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "EMAIL_HOST_PASSWORD = \"'1f86a2b4-0000-0000-0000-3c2d11115948'\"",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Keep one pair of straight quotes (or none) around the value.",
    network: false,
};

/// A placeholder instead of a credential.
///
/// **Example**: `MAIL_PASSWORD=your-server-token`.
pub static PLACEHOLDER: Rule = Rule {
    id: "auth/placeholder",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The username or password is a stand-in from documentation or a template: words such as `your-server-token`, `changeme`, `password`, `secret`, `TOKEN`, `POSTMARK_API_TEST`; bracketed names (`<server-token>`, `{SERVER_API_TOKEN}`, `[token]`); masked or elided text (`xxxxxxxx-xxxx-…`, `****`, `...`, an all-zero UUID); or names made of `your`/`my` and credential words, in any language (`IhrServerToken`, `dein-token`, `tu-token`, `votre-jeton`, `sua-senha`).",
    why: "Postmark only accepts a real Server API token (or SMTP Token), so the login fails with \"535 Authentication failed\".",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_USERNAME=your-server-token\nMAIL_PASSWORD=your-server-token",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Copy your Server API token from Postmark (your server › API Tokens) into both the username and the password.",
    network: false,
};

/// Not the shape of a Postmark credential.
///
/// **Example**: a token with the letter O for a zero, or cut short.
pub static TOKEN_SHAPE: Rule = Rule {
    id: "auth/token-shape",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "For a Postmark host, the login is neither a Server API token (a UUID: 32 hex digits as 8-4-4-4-12, any letter case) nor an SMTP Token (Access Key `PM-T-…`/`PM-B-…` as username, a 36-character `[A-Za-z0-9_-]` Secret Key as password). Says what is off: the length, a character that is not hex (the letter O for 0, l for 1) and its position, missing dashes.",
    why: "Every Postmark login has one of these shapes, so a value that does not is mistyped, cut when copying, or a different credential (an email address, another provider's key, an account password): Postmark answers \"535 Authentication failed\".",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_USERNAME=1f86a2b4-0000-0000-0000-3c2d1111594\nMAIL_PASSWORD=1f86a2b4-0000-0000-0000-3c2d1111594",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Copy the Server API token again from Postmark (your server › API Tokens) and use it as username and password.",
    network: false,
};

/// Username and password differ.
///
/// **Example**: the username is an email address, the password a token.
pub static USERNAME_PASSWORD_DIFFER: Rule = Rule {
    id: "auth/username-password-differ",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "For a Postmark host, the username and password are both written and differ, while the username is not an SMTP Token Access Key (`PM-T-…`/`PM-B-…`). Values that differ only by blanks or quotes are reported by `auth/whitespace` / `auth/wrapped-quotes` instead.",
    why: "With a Server API token Postmark expects the same token as username and password; an email address, account login or another value as username fails with \"535 Authentication failed\".",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_USERNAME=me@example.org\nMAIL_PASSWORD=1f86a2b4-0000-0000-0000-3c2d11115948",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Put the Server API token in both the username and the password (or use an SMTP Token's Access Key as username with its Secret Key as password).",
    network: false,
};

/// The HTTP API's test token used for SMTP.
///
/// **Example**: `MAIL_PASSWORD=POSTMARK_API_TEST`.
pub static API_TEST_TOKEN: Rule = Rule {
    id: "auth/api-test-token",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "For a Postmark host, the username or password is `POSTMARK_API_TEST`.",
    why: "`POSTMARK_API_TEST` only works as the `X-Postmark-Server-Token` header of the HTTP API, where it accepts a request without sending anything. Postmark's SMTP server does not know it, so the login fails. To test without delivering, use the token of a server in Sandbox mode.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_USERNAME=POSTMARK_API_TEST\nMAIL_PASSWORD=POSTMARK_API_TEST",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use a real Server API token, e.g. from a Sandbox server to test without delivering.",
    network: false,
};

/// An SMTP Token for the other kind of stream, or an Access Key where an API
/// token belongs.
///
/// **Example**: `PM-B-…` with smtp.postmarkapp.com.
pub static SMTP_TOKEN_STREAM_MISMATCH: Rule = Rule {
    id: "auth/smtp-token-stream-mismatch",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A broadcast Access Key (`PM-B-…`) with smtp.postmarkapp.com, a transactional one (`PM-T-…`) with smtp-broadcasts.postmarkapp.com, or an Access Key in a setting that expects a Server API token (`POSTMARK_TOKEN`, `POSTMARK_SERVER_TOKEN`).",
    why: "An SMTP Token belongs to one message stream: broadcast keys are meant for smtp-broadcasts.postmarkapp.com and transactional keys for smtp.postmarkapp.com, so the mail is refused or lands in the wrong stream. The HTTP API and libraries that use it want the Server API token, not an Access Key.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp.postmarkapp.com\nMAIL_USERNAME=PM-B-broadcast-abc123\nMAIL_PASSWORD=…",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use the host that matches the key (smtp-broadcasts.postmarkapp.com for PM-B-, smtp.postmarkapp.com for PM-T-), or create an SMTP Token for the right stream; give API settings the Server API token.",
    network: false,
};

/// An Account API token used as SMTP login.
///
/// **Example**: `MAIL_PASSWORD="${POSTMARK_ACCOUNT_TOKEN}"`.
pub static ACCOUNT_TOKEN: Rule = Rule {
    id: "auth/account-token",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The username or password comes from a name that says account (`POSTMARK_ACCOUNT_TOKEN`, `account_api_token`, `X-Postmark-Account-Token`), or equals a value labelled as the Account API token elsewhere in the paste.",
    why: "Postmark has two kinds of API tokens. The Account API token manages servers, domains and signatures and cannot send mail; SMTP needs the Server API token of the server you send through (its API Tokens tab). With the account token the login fails with \"535 Authentication failed\".",
    #[cfg(not(target_arch = "wasm32"))]
    example: "POSTMARK_ACCOUNT_TOKEN=1f86a2b4-0000-0000-0000-3c2d11115948\nMAIL_USERNAME=1f86a2b4-0000-0000-0000-3c2d11115948\nMAIL_PASSWORD=1f86a2b4-0000-0000-0000-3c2d11115948",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use the Server API token (Postmark › Servers › your server › API Tokens) as username and password.",
    network: false,
};

/// Network: AUTH refused.
pub static REJECTED: Rule = Rule {
    id: "auth/rejected",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The server refused AUTH (quotes the code and text) and the probe combines it with the static evidence that explains it (checked by the native probe).",
    why: "Postmark refuses a login that is not a valid Server API token pair or SMTP Token of a server with SMTP enabled; the static findings usually say which part is wrong.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe: 535 5.7.8 Authentication failed",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use the Server API token as username and password (or the SMTP Token pair), and check the server's SMTP setting in Postmark.",
    network: true,
};

/// Network: no AUTH mechanism in common.
pub static MECHANISM_UNSUPPORTED: Rule = Rule {
    id: "auth/mechanism-unsupported",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The mechanisms the server advertises after STARTTLS and those the client would use have nothing in common (checked by the native probe).",
    why: "Postmark offers AUTH PLAIN, LOGIN and CRAM-MD5 after STARTTLS; a client forced to another method (XOAUTH2, NTLM), or one that looks before STARTTLS, cannot log in.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe: client wants NTLM, server offers PLAIN LOGIN CRAM-MD5",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Let the client choose the method (remove a forced one) or use PLAIN/LOGIN, after STARTTLS.",
    network: true,
};

/// Network (opt-in): which kind of token it is.
pub static TOKEN_KIND: Rule = Rule {
    id: "auth/token-kind",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "Opt-in: calls Postmark's API with the token. `GET /server` with `X-Postmark-Server-Token` → 200: a Server token (and whether SMTP is activated); otherwise `GET /servers` with `X-Postmark-Account-Token` → 200: an Account token (error); both 401: not a valid token (error).",
    why: "The SMTP error does not say why a login failed; the API does: an Account token, a revoked token and a server with SMTP switched off all look the same over SMTP.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe --check-token: GET /server → 401, GET /servers → 200: this is an Account API token",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use a Server API token of a server with SMTP enabled.",
    network: true,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[
    &DISABLED,
    &NOT_CONFIGURED,
    &EXTERNAL_CREDENTIALS,
    &MISSING_USERNAME,
    &MISSING_PASSWORD,
    &WHITESPACE,
    &WRAPPED_QUOTES,
    &PLACEHOLDER,
    &TOKEN_SHAPE,
    &USERNAME_PASSWORD_DIFFER,
    &API_TEST_TOKEN,
    &SMTP_TOKEN_STREAM_MISMATCH,
    &ACCOUNT_TOKEN,
    &REJECTED,
    &MECHANISM_UNSUPPORTED,
    &TOKEN_KIND,
];

/// Checks this family for every configuration.
pub fn check(cx: &mut Context) {
    for (i, cfg) in cx.configs.iter().enumerate() {
        for d in check_config(cfg, cx.targets[i]) {
            cx.emit(d.config(Some(i)));
        }
    }
}

/// One credential as written.
enum Cred<'a> {
    Absent,
    /// Present but empty, or a null the client reads as "no value".
    Empty(&'a Field),
    /// A reference or template: not judged as text.
    Hidden(&'a Field),
    Literal(&'a Field, Reading),
}

/// A literal credential and what was meant.
struct Reading {
    /// The value as the client reads it.
    raw: String,
    /// The value without edge blanks and wrapping quotes.
    core: String,
    /// `core` without any blank or invisible character.
    clean: String,
    /// Whether `raw` is a placeholder ([`is_placeholder`]); kept because
    /// `core` and `clean` are most often the same text and are asked too.
    raw_placeholder: bool,
}

impl Reading {
    /// Whether what was meant (`clean` or `core`) is a placeholder, each
    /// text judged once.
    fn intended_placeholder(&self) -> bool {
        let of = |t: &str| {
            if t == self.raw {
                self.raw_placeholder
            } else {
                is_placeholder(t)
            }
        };
        let clean = of(&self.clean);
        clean || (self.core != self.clean && of(&self.core))
    }
}

impl Cred<'_> {
    fn field(&self) -> Option<&Field> {
        match self {
            Cred::Absent => None,
            Cred::Empty(f) | Cred::Hidden(f) | Cred::Literal(f, _) => Some(f),
        }
    }
    fn reading(&self) -> Option<(&Field, &Reading)> {
        match self {
            Cred::Literal(f, r) => Some((f, r)),
            _ => None,
        }
    }
}

/// Unquoted words that clients read as "no value" (Laravel's `env()` reads
/// `null`/`(null)`/`empty`, Python `None`, Ruby `nil`, YAML `~`).
const NULLS: [&str; 8] = [
    "null",
    "(null)",
    "nil",
    "none",
    "undefined",
    "~",
    "empty",
    "(empty)",
];

fn read_cred(cfg: &Config, role: Role) -> Cred<'_> {
    let Some(f) = cfg.get(role) else {
        return Cred::Absent;
    };
    let v = &f.value;
    if v.is_reference() || is_template(&v.text) {
        return Cred::Hidden(f);
    }
    let nullish =
        v.quote == Quote::None && NULLS.iter().any(|n| v.text.trim().eq_ignore_ascii_case(n));
    if v.text.is_empty() || nullish {
        return Cred::Empty(f);
    }
    let core = intended(&v.text);
    let clean = core
        .chars()
        .filter(|c| !is_blank_or_invisible(*c))
        .collect();
    Cred::Literal(
        f,
        Reading {
            raw: v.text.clone(),
            core,
            clean,
            raw_placeholder: is_placeholder(&v.text),
        },
    )
}

/// Text filled in later by a template engine or a deployment tool.
fn is_template(text: &str) -> bool {
    let t = text.trim();
    (t.contains("{{") && t.contains("}}"))
        || (t.contains("{%") && t.contains("%}"))
        || t.contains("<%")
        || (t.len() > 2
            && t.starts_with('%')
            && t.ends_with('%')
            && !t[1..t.len() - 1].contains('%'))
        || (t.len() > 4 && t.starts_with("__") && t.ends_with("__"))
        || (t.len() > 4 && t.starts_with("@@") && t.ends_with("@@"))
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '`') || SMART_QUOTES.contains(&c)
}

/// The value without edge blanks and one pair of wrapping quotes.
fn intended(text: &str) -> String {
    let t = text.trim_matches(is_blank_or_invisible);
    let mut chars = t.chars();
    let (first, last) = (chars.next(), chars.next_back());
    let wrapped = match (first, last) {
        (Some(a), Some(b)) if t.chars().count() >= 2 => {
            (a == b && matches!(a, '"' | '\'' | '`'))
                || SMART_QUOTES.contains(&a)
                || SMART_QUOTES.contains(&b)
        }
        _ => false,
    };
    if wrapped {
        t.trim_start_matches(is_quote)
            .trim_end_matches(is_quote)
            .trim_matches(is_blank_or_invisible)
            .to_string()
    } else {
        t.to_string()
    }
}

fn label(role: Role) -> &'static str {
    if role == Role::Username {
        "username"
    } else {
        "password"
    }
}

fn write(cfg: &Config, what: &Write) -> String {
    cfg.dialect.write(cfg, what)
}

fn is_access_key(s: &str) -> bool {
    let up = s.get(..5).map(str::to_ascii_uppercase);
    matches!(up.as_deref(), Some("PM-T-" | "PM-B-"))
}

fn check_config(cfg: &Config, target: Target) -> Vec<Draft> {
    let mut out = Vec::new();
    let pm = target == Target::Postmark;
    let user = read_cred(cfg, Role::Username);
    let pass = read_cred(cfg, Role::Password);
    // An empty one (`existingSecret: ""`, a chart's unset default) names
    // no store: the credentials are the ones written here.
    let external = cfg.credentials_store();
    if pm {
        if let Some(f) = external {
            out.push(external_credentials(f));
        }
        let disabled = auth_disabled(cfg, &mut out);
        let no_credentials = matches!((&user, &pass), (Cred::Absent, Cred::Absent));
        // Without the switch and without any credential, one finding says
        // both: the missing-* findings would repeat it.
        let switch_missing = !disabled && not_configured(cfg, no_credentials, &mut out);
        let hidden_url = cfg.all(Role::Url).any(|f| f.value.is_reference());
        let quiet = disabled || (switch_missing && no_credentials);
        if external.is_none() && !quiet && !hidden_url {
            missing(cfg, &user, Role::Username, true, &mut out);
            missing(cfg, &pass, Role::Password, true, &mut out);
        }
    } else if target == Target::Other {
        // Another provider needs a login too, unless the paste switches it
        // off on purpose (a relay that trusts the network).
        let off = cfg
            .get(Role::Auth)
            .is_some_and(|f| f.value.as_bool() == Some(false));
        let hidden_url = cfg.all(Role::Url).any(|f| f.value.is_reference());
        if external.is_none() && !off && !hidden_url {
            missing(cfg, &user, Role::Username, false, &mut out);
            // An OAuth 2.0 login (nodemailer's `auth: { type: 'OAuth2' }`)
            // sends an access token, not a password: a provider that takes
            // it (Gmail, Microsoft 365) needs none. Postmark takes no
            // OAuth, so its target keeps the finding above.
            if !token_login(cfg) {
                missing(cfg, &pass, Role::Password, false, &mut out);
            }
        }
    }
    // Safety checks for every target (the Scope section of the catalogue).
    for (cred, other, role) in [
        (&user, &pass, Role::Username),
        (&pass, &user, Role::Password),
    ] {
        if let Some((f, r)) = cred.reading() {
            // A placeholder (`[your api token]`, `smtp user`) is reported
            // as one; its blanks are not the problem.
            if !r.raw_placeholder {
                whitespace(f, r, role, other.reading().map(|(_, o)| o), pm, &mut out);
            }
            wrapped_quotes(cfg, f, role, &mut out);
        }
    }
    content(cfg, &user, &pass, pm, &mut out);
    if pm {
        stream_mismatch(cfg, &user, &mut out);
        account_token(cfg, &user, &pass, &mut out);
    }
    out
}

fn external_credentials(f: &Field) -> Draft {
    let source = shown_expression(f.value.reference.as_deref().unwrap_or(f.value.text.trim()));
    let example = if f.key.contains("sasl_password_maps") {
        " (the `[smtp.postmarkapp.com]:587 token:token` line)"
    } else {
        ""
    };
    Draft::new(
        &EXTERNAL_CREDENTIALS,
        format!(
            "The credentials are read from `{source}` ({}), which is not in the paste: the username and password checks could not run.",
            f.key
        ),
    )
    .fix(format!("Paste the entry of `{source}` for Postmark too{example} to have it checked."))
    .at(f.whole_span())
}

/// Whether the login method is OAuth 2.0 (`OAuth2`, `XOAUTH2`), which
/// authenticates with a token instead of a password.
fn token_login(cfg: &Config) -> bool {
    cfg.get(Role::AuthMethod)
        .and_then(|f| f.value.literal())
        .is_some_and(|t| {
            let w = t.trim().to_ascii_lowercase();
            w == "oauth2" || w == "xoauth2"
        })
}

/// `auth/disabled`; returns whether it fired.
fn auth_disabled(cfg: &Config, out: &mut Vec<Draft>) -> bool {
    let off_switch = cfg
        .get(Role::Auth)
        .filter(|f| f.value.as_bool() == Some(false) && !f.value.text.trim().is_empty());
    let no_method = cfg.get(Role::AuthMethod).filter(|f| {
        f.value.literal().is_some_and(|t| {
            let w = t.trim().trim_start_matches(':').to_ascii_lowercase();
            matches!(w.as_str(), "none" | "nil" | "null" | "false" | "off")
        })
    });
    let Some(f) = off_switch.or(no_method) else {
        return false;
    };
    let what = cfg
        .dialect
        .explain(cfg, f)
        .unwrap_or_else(|| format!("`{}` switches SMTP authentication off", f.shown()));
    out.push(
        Draft::new(
            &DISABLED,
            format!("{what}: Postmark refuses mail from a client that does not log in."),
        )
        .fix(super::tls::sentence(&write(cfg, &Write::AuthOn), "Set"))
        .at(f.whole_span()),
    );
    true
}

/// `auth/not-configured`; returns whether it fired.
fn not_configured(cfg: &Config, no_credentials: bool, out: &mut Vec<Draft>) -> bool {
    let Some(switch) = cfg.dialect.auth_switch().map(|s| cfg.on_own_object(s)) else {
        return false;
    };
    if cfg
        .all(Role::Auth)
        .any(|f| !f.value.text.trim().is_empty() || f.value.is_reference())
    {
        return false;
    }
    let consequence = if no_credentials {
        "and no username or password is given either: the client connects without logging in and Postmark refuses the mail"
    } else {
        "the username and password are not used and Postmark refuses the mail"
    };
    let mut fix = super::tls::sentence(&write(cfg, &Write::AuthOn), "Add");
    if no_credentials {
        fix.push_str(" Then give your Server API token as both username and password.");
    }
    out.push(
        Draft::new(
            &NOT_CONFIGURED,
            format!(
                "{} logs in only when `{switch}` is set, and this configuration does not set it; {consequence}.",
                cfg.dialect.name()
            ),
        )
        .fix(fix),
    );
    true
}

/// `pm`: whether the configuration sends to Postmark (else to another provider).
fn missing(cfg: &Config, cred: &Cred, role: Role, pm: bool, out: &mut Vec<Draft>) {
    if !cfg.smtp_written() {
        return; // Postmark's API driver and its token: no SMTP login to miss
    }
    let rule = if role == Role::Username {
        &MISSING_USERNAME
    } else {
        &MISSING_PASSWORD
    };
    let d = match cred {
        Cred::Absent => Draft::new(
            rule,
            format!(
                "No {} is set in this {} configuration.",
                label(role),
                cfg.dialect.name()
            ),
        ),
        Cred::Empty(f) if f.value.text.trim().is_empty() => Draft::new(
            rule,
            format!("{} is empty: no {} is sent.", f.key, label(role)),
        )
        .at(f.whole_span()),
        Cred::Empty(f) => Draft::new(
            rule,
            format!(
                "{} is `{}`, which the client reads as no value: no {} is sent.",
                f.key,
                f.value.text.trim(),
                label(role)
            ),
        )
        .at(f.whole_span()),
        _ => return,
    };
    // The fix text is written only for a credential that is missing (most
    // configurations have both: this runs for each of them).
    if pm {
        let fix = if role == Role::Username {
            write(
                cfg,
                &Write::Username("your Server API token (the same value as the password)"),
            )
        } else {
            write(
                cfg,
                &Write::Password("your Server API token (the same value as the username)"),
            )
        };
        out.push(d.fix(format!("Set {fix}.")));
    } else {
        let what = label(role);
        out.push(
            d.why(format!("Mail providers refuse mail from a client that does not log in (\"530 Authentication required\"): without a {what} the login is skipped or fails."))
                .fix(format!("Set the {what} your mail provider gave you.")),
        );
    }
}

/// A character that is easy to miss, named for a message: "a NO-BREAK SPACE (U+00A0)".
fn describe(c: char) -> String {
    let name = char_name(c);
    match name.split_once(' ') {
        Some((code, words)) => format!("a {words} ({code})"),
        None => format!("the character {name}"),
    }
}

fn whitespace(
    f: &Field,
    r: &Reading,
    role: Role,
    other: Option<&Reading>,
    pm: bool,
    out: &mut Vec<Draft>,
) {
    let text = &f.value.text;
    let total = text.chars().count();
    // Plain inner spaces are only judged for Postmark: some providers' app
    // passwords are shown in groups separated by spaces and accept them.
    let inner_space_ok = !pm;
    let core_start = text.find(|c: char| !is_blank_or_invisible(c)).unwrap_or(0);
    let core_end = text
        .rfind(|c: char| !is_blank_or_invisible(c))
        .map_or(0, |i| i + 1);
    let offenders: Vec<(usize, usize, char)> = text
        .char_indices()
        .enumerate()
        .filter(|(_, (b, c))| {
            is_blank_or_invisible(*c)
                && !(inner_space_ok && *c == ' ' && *b > core_start && *b < core_end)
        })
        .map(|(n, (b, c))| (n + 1, b, c))
        .collect();
    let Some(&(pos, byte, c)) = offenders.first() else {
        return;
    };
    let place = if r.core.is_empty() {
        "the whole value is blank"
    } else if byte < core_start {
        "at its start"
    } else if byte >= core_end {
        "at its end"
    } else {
        "inside it"
    };
    let more = match offenders.len() - 1 {
        0 => String::new(),
        1 => ", and 1 more such character".to_string(),
        n => format!(", and {n} more such characters"),
    };
    let mut message = format!(
        "{} has {} at character {pos} of {total} of the {} ({place}){more}: the client sends it as part of the login.",
        f.key,
        describe(c),
        label(role)
    );
    if let Some(o) = other {
        if o.clean == r.clean && o.raw != f.value.text && !o.raw.chars().any(is_blank_or_invisible)
        {
            message.push_str(&format!(
                " Without it the username and password are the same; the {} has no such character.",
                label(if role == Role::Username {
                    Role::Password
                } else {
                    Role::Username
                })
            ));
        }
    }
    out.push(
        Draft::new(&WHITESPACE, message)
            .fix(format!(
                "Remove {} from {} (retype it or copy the token again with Postmark's Copy button).",
                if offenders.len() > 1 { "these characters" } else { "the character" },
                f.key
            ))
            .at(f.value.sub_span(byte..byte + c.len_utf8())),
    );
}

fn wrapped_quotes(cfg: &Config, f: &Field, role: Role, out: &mut Vec<Draft>) {
    let t = f.value.text.trim_matches(is_blank_or_invisible);
    if t.chars().count() < 2 && !t.chars().any(|c| SMART_QUOTES.contains(&c)) {
        return;
    }
    let first = t.chars().next();
    let last = t.chars().next_back();
    let straight = first == last && first.is_some_and(|c| matches!(c, '"' | '\'' | '`'));
    let smart: Vec<char> = [first, last]
        .into_iter()
        .flatten()
        .filter(|c| SMART_QUOTES.contains(c))
        .collect();
    if !straight && smart.is_empty() {
        return;
    }
    let shown: String = if straight {
        format!("`{}`", first.unwrap_or('"'))
    } else {
        smart
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let kind = if straight {
        "quote characters"
    } else {
        "typographic (curly) quotes"
    };
    let value_hint = if role == Role::Username {
        write(cfg, &Write::Username("the token without quotes"))
    } else {
        write(cfg, &Write::Password("the token without quotes"))
    };
    out.push(
        Draft::new(
            &WRAPPED_QUOTES,
            format!(
                "The {} in {} is wrapped in {kind} ({shown}) that the client keeps: they are sent as part of the login.",
                label(role),
                f.key
            ),
        )
        .fix(format!("Remove the extra quotes: {value_hint}."))
        .at(f.value.span.clone()),
    );
}

/// What a content finding is about: one credential, or both when they
/// hold the same value.
struct Subject<'a> {
    field: &'a Field,
    reading: &'a Reading,
    /// `username`, `password` or `username and password`.
    what: &'static str,
    /// The keys, for messages (`MAIL_USERNAME and MAIL_PASSWORD`).
    keys: String,
}

impl Subject<'_> {
    fn is(&self) -> &'static str {
        if self.what.contains(" and ") {
            "are"
        } else {
            "is"
        }
    }
    /// The fix: set the credential(s) to a described value.
    fn set(&self, cfg: &Config, value: &str) -> String {
        match self.what {
            "username" => write(cfg, &Write::Username(value)),
            "password" => write(cfg, &Write::Password(value)),
            _ => format!(
                "{} and {}",
                write(cfg, &Write::Username(value)),
                write(cfg, &Write::Password("the same token"))
            ),
        }
    }
}

fn subjects<'a>(user: &'a Cred, pass: &'a Cred) -> Vec<Subject<'a>> {
    match (user.reading(), pass.reading()) {
        (Some((uf, ur)), Some((pf, pr))) if ur.clean == pr.clean => vec![Subject {
            field: pf,
            reading: pr,
            what: "username and password",
            keys: format!("{} and {}", uf.key, pf.key),
        }],
        (u, p) => u
            .map(|(f, r)| (f, r, "username"))
            .into_iter()
            .chain(p.map(|(f, r)| (f, r, "password")))
            .map(|(field, reading, what)| Subject {
                field,
                reading,
                what,
                keys: field.key.clone(),
            })
            .collect(),
    }
}

/// Placeholder, test token and shape checks on the intended values; one
/// finding for both when username and password are the same.
fn content(cfg: &Config, user: &Cred, pass: &Cred, pm: bool, out: &mut Vec<Draft>) {
    let mut placeholder_seen = false;
    for s in subjects(user, pass) {
        let r = s.reading;
        if r.clean.is_empty() {
            continue;
        }
        let api_test = r.clean.eq_ignore_ascii_case("POSTMARK_API_TEST");
        // Other providers have fixed usernames that read like stand-ins
        // (SendGrid's `apikey`): only passwords are judged for them.
        let judged = pm || s.what != "username";
        if judged && r.intended_placeholder() {
            placeholder_seen = true;
            // Quoting a placeholder helps (`<server-token>`); but a real
            // secret misread as one must never be shown: anything with a
            // digit (tokens have them) is redacted.
            let plain = !r.core.chars().any(|c| c.is_ascii_digit());
            let shown = if plain && r.core.chars().count() <= 48 {
                format!("`{}`", r.core)
            } else {
                format!("`{}`", redact(&r.core))
            };
            let kind = if api_test {
                "the name of the HTTP API's test token"
            } else {
                "a placeholder"
            };
            out.push(
                Draft::new(
                    &PLACEHOLDER,
                    format!(
                        "The {} ({}) {} {shown}, {kind}, not a real credential.",
                        s.what,
                        s.keys,
                        s.is()
                    ),
                )
                .fix(format!(
                    "Set {} (Postmark › your server › API Tokens).",
                    s.set(cfg, "your Server API token")
                ))
                .at(s.field.value.span.clone()),
            );
        }
        if pm && api_test {
            out.push(
                Draft::new(
                    &API_TEST_TOKEN,
                    format!(
                        "The {} ({}) {} `POSTMARK_API_TEST`: that token only works with Postmark's HTTP API, not with SMTP.",
                        s.what,
                        s.keys,
                        s.is()
                    ),
                )
                .fix("Use a real Server API token; to test without delivering, take the token of a server in Sandbox mode.")
                .at(s.field.value.span.clone()),
            );
        }
    }
    if !pm || placeholder_seen {
        return;
    }
    token_shape(cfg, user, pass, out);
    differ(cfg, user, pass, out);
}

fn token_shape(cfg: &Config, user: &Cred, pass: &Cred, out: &mut Vec<Draft>) {
    let u = user.reading();
    let p = pass.reading();
    if u.is_some_and(|(_, r)| is_access_key(&r.clean)) {
        let Some((pf, pr)) = p else { return };
        if let Some(problem) = secret_key_problem(&pr.clean) {
            out.push(
                Draft::new(
                    &TOKEN_SHAPE,
                    format!(
                        "The username is an SMTP Token Access Key, but the password ({}, `{}`) is not its Secret Key: {problem}.",
                        pf.key,
                        redact(&pr.clean)
                    ),
                )
                .fix("Copy the Secret Key shown when the SMTP Token was created (36 characters); if it is lost, create a new SMTP Token in Postmark.")
                .at(pf.value.span.clone()),
            );
        }
        return;
    }
    let is_uuid =
        |c: Option<(&Field, &Reading)>| c.is_some_and(|(_, r)| uuid_problem(&r.clean).is_none());
    for s in subjects(user, pass) {
        let r = s.reading;
        if r.clean.is_empty() {
            continue;
        }
        // When the other credential is a good token, the two differ and
        // `auth/username-password-differ` explains what is wrong with this one.
        let other_ok = match s.what {
            "username" => is_uuid(p),
            "password" => is_uuid(u),
            _ => false,
        };
        if other_ok {
            continue;
        }
        let Some(problem) = shape_problem(&r.clean) else {
            continue;
        };
        out.push(
            Draft::new(
                &TOKEN_SHAPE,
                format!(
                    "The {} ({}, `{}`) {} not a Server API token: {problem}.",
                    s.what,
                    s.keys,
                    redact(&r.clean),
                    s.is()
                ),
            )
            .fix(format!(
                "Copy the Server API token again from Postmark (your server › API Tokens) and set {}.",
                s.set(cfg, "that token")
            ))
            .at(s.field.value.span.clone()),
        );
    }
}

/// What keeps a username or password from being a Server API token,
/// including the usual mix-ups.
fn shape_problem(clean: &str) -> Option<String> {
    if is_access_key(clean) {
        Some("it is an SMTP Token Access Key (`PM-T-…`/`PM-B-…`), which belongs in the username, with its Secret Key as password".to_string())
    } else if looks_like_address(clean) {
        Some("it is an email address; Postmark's SMTP login is the Server API token, not an address or account login".to_string())
    } else {
        uuid_problem(clean)
    }
}

/// `name@domain.tld`: an email address, not a password that holds an `@`
/// (`p@ssw0rd!`).
fn looks_like_address(v: &str) -> bool {
    let Some((local, domain)) = v.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
}

fn differ(cfg: &Config, user: &Cred, pass: &Cred, out: &mut Vec<Draft>) {
    let (Some((uf, ur)), Some((pf, pr))) = (user.reading(), pass.reading()) else {
        return;
    };
    if is_access_key(&ur.clean)
        || ur.clean == pr.clean
        || ur.clean.is_empty()
        || pr.clean.is_empty()
    {
        return;
    }
    let user_uuid = uuid_problem(&ur.clean).is_none();
    let pass_uuid = uuid_problem(&pr.clean).is_none();
    let hint = match (user_uuid, pass_uuid) {
        (true, true) => {
            let at = ur.clean.chars().zip(pr.clean.chars()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
            format!(" Both look like Server API tokens, first differing at character {at}: use the same one for both.")
        }
        (true, false) if secret_key_problem(&pr.clean).is_none() => {
            " The password looks like an SMTP Token Secret Key: then the username must be that token's Access Key (`PM-T-…`), not a Server API token.".to_string()
        }
        (true, false) => format!(
            " The username is a Server API token; the password is not: {}.",
            shape_problem(&pr.clean).unwrap_or_default()
        ),
        (false, true) => format!(
            " The password is a Server API token; the username is not: {}.",
            shape_problem(&ur.clean).unwrap_or_default()
        ),
        (false, false) => String::new(),
    };
    out.push(
        Draft::new(
            &USERNAME_PASSWORD_DIFFER,
            format!(
                "{} (`{}`) and {} (`{}`) differ, but with a Server API token Postmark expects the same token as username and password.{hint}",
                uf.key,
                redact(&ur.clean),
                pf.key,
                redact(&pr.clean)
            ),
        )
        .fix(format!(
            "Set {} and {}.",
            write(cfg, &Write::Username("your Server API token")),
            write(cfg, &Write::Password("the same token"))
        ))
        .at(uf.value.span.clone()),
    );
}

fn stream_mismatch(cfg: &Config, user: &Cred, out: &mut Vec<Draft>) {
    let host = cfg.literal(Role::Host).map(|h| classify(&bare_host(h)));
    if let Some((f, r)) = user.reading() {
        let key = r.clean.get(..5).map(str::to_ascii_uppercase);
        let msg = match (key.as_deref(), &host) {
            (Some("PM-B-"), Some(HostKind::Transactional)) => Some((
                "a broadcast (`PM-B-`) Access Key is used with smtp.postmarkapp.com, the transactional host",
                "smtp-broadcasts.postmarkapp.com",
            )),
            (Some("PM-T-"), Some(HostKind::Broadcasts)) => Some((
                "a transactional (`PM-T-`) Access Key is used with smtp-broadcasts.postmarkapp.com, the broadcast host",
                "smtp.postmarkapp.com",
            )),
            _ => None,
        };
        if let Some((what, right)) = msg {
            out.push(
                Draft::new(
                    &SMTP_TOKEN_STREAM_MISMATCH,
                    format!(
                        "In {}, {what}: the key belongs to the other kind of stream.",
                        f.key
                    ),
                )
                .fix(format!(
                    "Set {}, or create an SMTP Token for the stream this host serves.",
                    write(cfg, &Write::Host(right))
                ))
                .at(f.value.span.clone()),
            );
        }
    }
    for f in cfg.all(Role::ServerToken) {
        let Some(t) = f.value.literal() else { continue };
        if is_access_key(t.trim()) {
            out.push(
                Draft::new(
                    &SMTP_TOKEN_STREAM_MISMATCH,
                    format!(
                        "{} holds an SMTP Token Access Key (`{}`), but this setting expects a Server API token.",
                        f.key,
                        redact(t.trim())
                    ),
                )
                .fix(format!("Put the Server API token (a UUID from your server's API Tokens tab) in {}.", f.key))
                .at(f.value.span.clone()),
            );
        }
    }
}

/// A reference expression or path for a message: one line, at most 80
/// characters, token-like runs masked (a broken paste can put a secret
/// inside what looks like an expression).
fn shown_expression(expr: &str) -> String {
    let line = expr.lines().next().unwrap_or("").trim();
    let mut short: String = line.chars().take(80).collect();
    if short.len() < expr.trim().len() {
        short.push('…');
    }
    crate::summary::mask_secrets(&short, &[])
}

/// Whether a key or a reference expression names an Account API token.
/// Whether a setting's name says it holds the Account API token. Only the
/// name's last two segments count: the ones before them are containers
/// (Elasticsearch's `xpack.notification.email.account.postmark.smtp.user`
/// is the `user` of an email account its owner named `postmark`).
fn says_account(name: &str) -> bool {
    let tail = match name.rmatch_indices('.').nth(1) {
        Some((i, _)) => &name[i + 1..],
        None => name,
    };
    let n = tail.to_ascii_lowercase();
    n.contains("account") && (n.contains("token") || n.contains("postmark") || n.contains("api"))
}

fn account_token(cfg: &Config, user: &Cred, pass: &Cred, out: &mut Vec<Draft>) {
    let account_values: Vec<(String, &Field)> = cfg
        .all(Role::AccountToken)
        .filter_map(|f| {
            f.value.literal().map(|t| {
                (
                    intended(t)
                        .chars()
                        .filter(|c| !is_blank_or_invisible(*c))
                        .collect::<String>(),
                    f,
                )
            })
        })
        .filter(|(t, _)| !t.is_empty())
        .collect();
    for (cred, role) in [(user, Role::Username), (pass, Role::Password)] {
        let Some(f) = cred.field() else { continue };
        let by_name = if says_account(&f.key) {
            Some(format!("its setting `{}` names the account token", f.key))
        } else {
            f.value
                .reference
                .as_deref()
                .filter(|r| says_account(r))
                .map(|r| format!("it comes from `{}`", shown_expression(r)))
        };
        let by_value = cred.reading().and_then(|(_, r)| {
            account_values
                .iter()
                .find(|(t, _)| *t == r.clean)
                .map(|(_, af)| format!("it equals {}, the Account API token", af.key))
        });
        let Some(reason) = by_name.or(by_value) else {
            continue;
        };
        let fix = if role == Role::Username {
            write(cfg, &Write::Username("your Server API token"))
        } else {
            write(cfg, &Write::Password("your Server API token"))
        };
        out.push(
            Draft::new(
                &ACCOUNT_TOKEN,
                format!(
                    "The {} ({}) is an Account API token: {reason}. SMTP needs a Server API token.",
                    label(role),
                    f.key
                ),
            )
            .fix(format!(
                "Set {fix} (Postmark › Servers › your server › API Tokens)."
            ))
            .at(f.value.span.clone()),
        );
    }
}

// ---------------------------------------------------------------------------
// Shapes

/// What keeps `s` from being a Server API token (a UUID, 8-4-4-4-12 hex,
/// any case), or `None` when it is one. Blanks are skipped (reported by
/// `auth/whitespace`); positions count characters from 1.
pub fn uuid_problem(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().filter(|c| !is_blank_or_invisible(*c)).collect();
    let n = chars.len();
    let hex = chars.iter().filter(|c| c.is_ascii_hexdigit()).count();
    let dashes: Vec<usize> = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == '-')
        .map(|(i, _)| i)
        .collect();
    if n == 36 && hex == 32 && dashes == [8, 13, 18, 23] {
        return None;
    }
    let mut parts = Vec::new();
    if let Some((i, c)) = chars
        .iter()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_hexdigit() && **c != '-')
    {
        let pos = i + 1;
        parts.push(match c {
            'O' | 'o' => {
                format!("the letter {c} at character {pos}, where a token has the digit 0")
            }
            'l' | 'I' => {
                format!("the letter {c} at character {pos}, where a token has the digit 1")
            }
            c if c.is_ascii_graphic() => format!(
                "`{c}` at character {pos} is not a hex digit (a token has only 0–9 and a–f)"
            ),
            c => format!("{} at character {pos} is not a hex digit", describe(*c)),
        });
        let others = chars
            .iter()
            .filter(|c| !c.is_ascii_hexdigit() && **c != '-')
            .count()
            - 1;
        if others > 0 {
            parts.push(format!("{others} more characters are not hex digits"));
        }
    }
    if hex == 32 && parts.is_empty() {
        parts.push(if dashes.is_empty() {
            "the dashes are missing (a Server API token is written 8-4-4-4-12, 36 characters)"
                .to_string()
        } else {
            "the dashes are not in the 8-4-4-4-12 places of a Server API token".to_string()
        });
    } else if n != 36 {
        let cut = if n < 36 {
            ", as if cut when copying"
        } else {
            ""
        };
        parts.push(format!("it has {n} characters where a Server API token has 36 (32 hex digits as 8-4-4-4-12){cut}"));
    } else if parts.is_empty() {
        parts.push("the dashes are not in the 8-4-4-4-12 places of a Server API token".to_string());
    }
    Some(parts.join("; "))
}

/// What keeps `s` from being an SMTP Token Secret Key (36 characters of
/// `[A-Za-z0-9_-]`), or `None`.
pub fn secret_key_problem(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().filter(|c| !is_blank_or_invisible(*c)).collect();
    if let Some((i, c)) = chars
        .iter()
        .enumerate()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || **c == '-' || **c == '_'))
    {
        let what = if c.is_ascii_graphic() {
            format!("`{c}`")
        } else {
            describe(*c)
        };
        return Some(format!(
            "{what} at character {} cannot be in a Secret Key (letters, digits, `-`, `_`)",
            i + 1
        ));
    }
    if chars.len() != 36 {
        return Some(format!(
            "it has {} characters where a Secret Key has 36",
            chars.len()
        ));
    }
    None
}

// ---------------------------------------------------------------------------
// Placeholders

/// Words that, alone or combined (`your-server-token`, `SMTP_PASSWORD`,
/// `mypassword`), name a credential instead of being one.
const NOUNS: Words = words![
    "your",
    "my",
    "the",
    "a",
    "postmark",
    "server",
    "servers",
    "api",
    "smtp",
    "mail",
    "email",
    "account",
    "access",
    "secret",
    "key",
    "token",
    "password",
    "pass",
    "passwd",
    "pwd",
    "user",
    "username",
    "name",
    "login",
    "here",
    "goes",
    "real",
    "actual",
    "own",
    "app",
    "insert",
    "enter",
    "put",
    "paste",
    "replace",
    "with",
    "this",
    "credential",
    "credentials",
    "sender",
    "auth",
    "id",
    "value",
    "new",
    // Mailjet's and similar providers' key pair, written as their docs
    // name it (`smtp://PUBLIC_KEY:PRIVATE_KEY@in-v3.mailjet.com`).
    "public",
    "private",
];

/// The nouns that make a combination a credential name.
const CREDENTIAL_NOUNS: Words = words![
    "token",
    "password",
    "pass",
    "passwd",
    "pwd",
    "secret",
    "key",
    "user",
    "username",
    "login",
    "credential",
    "credentials",
    "id",
    // The same in the languages templates and tutorials are written in
    // (German, Spanish, French, Italian, Portuguese, Dutch, Polish,
    // Scandinavian): `dein-token`, `tu_contrasena`, `votre-jeton`.
    "passwort",
    "kennwort",
    "schluessel",
    "schlüssel",
    "benutzer",
    "benutzername",
    "zugangsdaten",
    "contrasena",
    "contraseña",
    "clave",
    "usuario",
    "jeton",
    "passe",
    "motdepasse",
    "cle",
    "clé",
    "utilisateur",
    "identifiant",
    "chiave",
    "utente",
    "senha",
    "chave",
    "utilizador",
    "wachtwoord",
    "sleutel",
    "gebruiker",
    "gebruikersnaam",
    "haslo",
    "hasło",
    "klucz",
    "uzytkownik",
    "użytkownik",
    "losenord",
    "lösenord",
    "passord",
    "adgangskode",
    "nyckel",
    "nokkel",
    "nøkkel",
];

/// First words that ask for the owner's credential (`your-…`, `insert-…`),
/// in the same languages as [`CREDENTIAL_NOUNS`]: a value that opens with
/// one and names a credential is a stand-in. Read as separate words only
/// (`IhrServerToken` is three), never inside a glued one: short
/// possessives (`mon`, `tu`) start real words (`monkey`).
const ASKING: Words = words![
    "your", "my", "insert", "enter", "paste", "replace", "set", "put", "fill", "ihr", "ihre",
    "ihren", "dein", "deine", "deinen", "mein", "meine", "meinen", "euer", "eure", "tu", "tus",
    "su", "sus", "mi", "mis", "votre", "vos", "ton", "ta", "mon", "ma", "tuo", "tua", "vostro",
    "vostra", "mio", "mia", "seu", "sua", "teu", "meu", "minha", "jouw", "uw", "mijn", "twoj",
    "twoja", "twoje", "twój", "din", "ditt", "min", "mitt",
];

/// Stand-ins that are not built from [`NOUNS`].
const WORDS: Words = words![
    "changeme",
    "changeit",
    "changethis",
    "replaceme",
    "postmarkapitest",
    "example",
    "sample",
    "placeholder",
    "dummy",
    "todo",
    "tbd",
    "fixme",
    "null",
    "none",
    "undefined",
    "empty",
    "foo",
    "bar",
    "foobar",
    "xxx",
    "redacted",
    "hidden",
    "removed",
    "masked",
];

/// Whether a value is a stand-in (see `auth/placeholder`).
pub fn is_placeholder(value: &str) -> bool {
    let t = value.trim();
    if t.is_empty() {
        return false;
    }
    let n = t.chars().count();
    // (`*yourpassword*`: a blank marked the way docs emphasise it.)
    let bracketed = [('<', '>'), ('{', '}'), ('[', ']'), ('(', ')'), ('*', '*')]
        .iter()
        .any(|(a, b)| n > 2 && t.starts_with(*a) && t.ends_with(*b));
    if bracketed {
        return true;
    }
    let lower = t.to_lowercase();
    // Masked or elided: `****`, `...`, `xxxxxxxx-xxxx-…`, `••••`.
    let body: Vec<char> = lower
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .collect();
    if body.len() >= 3
        && body
            .iter()
            .all(|c| matches!(c, '.' | '…' | '*' | '•' | '#' | '?' | 'x'))
    {
        return true;
    }
    // Short ASCII needles in a short value: byte runs, not a substring
    // searcher set up per needle.
    let has = |needle: &[u8]| lower.as_bytes().windows(needle.len()).any(|w| w == needle);
    if has(b"xxxx") || has(b"****") || lower.contains('…') || has(b"...") {
        return true;
    }
    // A UUID-shaped value made of one or two characters (`00000000-0000-…`).
    if body.len() >= 16 && at_most_two_distinct(&body) {
        return true;
    }
    let spaced = camel_words_lower(t);
    let words: Vec<&str> = spaced
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // (An email address at an example domain is judged as an address.)
    if !lower.contains('@')
        && words
            .iter()
            .any(|w| matches!(*w, "example" | "placeholder" | "sample"))
    {
        return true;
    }
    let joined: String = words.concat();
    if WORDS.contains(&joined) {
        return true;
    }
    if words.first().is_some_and(|w| ASKING.contains(w))
        && words.len() >= 2
        && words.iter().any(|w| CREDENTIAL_NOUNS.contains(w))
    {
        return true;
    }
    // One glued word that asks for the owner's credential
    // (`yoursendgridpassword`, `yourgmailuser`): `your` first, a credential
    // noun last.
    if let [w] = words.as_slice() {
        if w.len() > 8
            && w.starts_with("your")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && CREDENTIAL_NOUNS.iter().any(|n| w.ends_with(n))
        {
            return true;
        }
    }
    // A description of what goes there ("User name that one get from aws
    // smtp configuration"): plain words with blanks, one of them naming a
    // credential. A passphrase names none.
    if words.len() >= 4
        && t.contains(' ')
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && words.iter().any(|w| CREDENTIAL_NOUNS.contains(w))
    {
        return true;
    }
    made_of_nouns(&joined)
}

/// `t` lower-cased with a blank where a camelCase word starts
/// (`IhrServerToken` → `ihr server token`), so that the words of a name
/// written so are read one by one (its letters, joined, are unchanged).
fn camel_words_lower(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 4);
    let mut after_lower = false;
    for c in t.chars() {
        if c.is_uppercase() && after_lower {
            out.push(' ');
        }
        after_lower = c.is_lowercase();
        out.extend(c.to_lowercase());
    }
    out
}

fn at_most_two_distinct(chars: &[char]) -> bool {
    let mut seen: [Option<char>; 2] = [None; 2];
    for &c in chars {
        match seen {
            [Some(a), _] if a == c => {}
            [_, Some(b)] if b == c => {}
            [None, _] => seen[0] = Some(c),
            [_, None] => seen[1] = Some(c),
            _ => return false,
        }
    }
    true
}

/// Whether `s` splits entirely into [`NOUNS`] and holds a credential noun.
fn made_of_nouns(s: &str) -> bool {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    // reach[i]: (s[..i] splits into nouns, it holds a credential noun)
    let len = s.len();
    let mut reach: Vec<Option<bool>> = vec![None; len + 1];
    reach[0] = Some(false);
    for i in 0..len {
        let Some(cred) = reach[i] else { continue };
        for noun in NOUNS.iter().chain(CREDENTIAL_NOUNS.iter()) {
            if s[i..].starts_with(noun) {
                let j = i + noun.len();
                let c = cred || CREDENTIAL_NOUNS.contains(noun);
                reach[j] = Some(reach[j].unwrap_or(false) || c);
            }
        }
    }
    reach[len] == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_token_is_named_by_the_settings_own_name() {
        assert!(says_account("POSTMARK_ACCOUNT_TOKEN"));
        assert!(says_account("postmark.account_token"));
        assert!(says_account("services.postmark.account.token"));
        assert!(says_account("process.env.POSTMARK_ACCOUNT_TOKEN"));
        // Containers before the last two segments do not: an email account
        // named `postmark` in Elasticsearch.
        assert!(!says_account(
            "xpack.notification.email.account.postmark.smtp.user"
        ));
        assert!(!says_account("POSTMARK_SERVER_TOKEN"));
    }

    #[test]
    fn uuid_shapes() {
        assert_eq!(uuid_problem("1f86a2b4-0000-0000-0000-3c2d11115948"), None);
        assert_eq!(uuid_problem("1F86A2B4-0000-0000-0000-3C2D11115948"), None);
        let cut = uuid_problem("1f86a2b4-0000-0000-0000-3c2d1111594").unwrap();
        assert!(cut.contains("35 characters"), "{cut}");
        let o = uuid_problem("1f86a2b4-0000-O000-0000-3c2d11115948").unwrap();
        assert!(o.contains("letter O at character 15"), "{o}");
        let l = uuid_problem("1f86a2b4-0000-0000-0000-3c2d1111594l").unwrap();
        assert!(l.contains("digit 1"), "{l}");
        let dashes = uuid_problem("1f86a2b40000000000003c2d11115948").unwrap();
        assert!(dashes.contains("dashes are missing"), "{dashes}");
        assert!(uuid_problem("1f86a2b4-00000-000-0000-3c2d11115948")
            .unwrap()
            .contains("places"));
        assert!(uuid_problem("hunter2").is_some());
    }

    #[test]
    fn secret_key_shapes() {
        assert_eq!(
            secret_key_problem("aB3_dE6-hI9kLmNoPqRsTuVwXyZ012345678"),
            None
        );
        assert!(secret_key_problem("short")
            .unwrap()
            .contains("5 characters"));
        assert!(secret_key_problem("aB3_dE6-hI9kLmNoPqRsTuVwXyZ01234567.")
            .unwrap()
            .contains("`.`"));
    }

    #[test]
    fn placeholders() {
        for p in [
            "your-server-token",
            "<server-token>",
            "{SERVER_API_TOKEN}",
            "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
            "changeme",
            "password",
            "secret",
            "your_password",
            "TOKEN",
            "POSTMARK_API_TEST",
            "...",
            "****",
            "00000000-0000-0000-0000-000000000000",
            "YOUR_POSTMARK_SERVER_TOKEN",
            "mypassword",
            "your-company-password",
            "[token]",
            "example-token",
            "SMTP_PASSWORD",
            "User password that one get from aws smtp configuration",
            "the api token from your server",
            "SET_THE_EMAIL_ADDRESS_PASSWORD",
            "put-your-token-here",
            "*yourpasswort*",
            "PUBLIC_KEY",
            "PRIVATE_KEY",
            "yoursendgridpassword",
            "yoursendgriduser",
            "sample_password",
            "sample_user",
            // Other languages.
            "IhrServerToken",
            "dein-token",
            "tu-token",
            "votre-jeton",
            "votre_mot_de_passe",
            "tu_contraseña",
            "sua-senha",
            "jouw-wachtwoord",
            "Passwort",
            "smtp-passwort",
            "twoje-haslo",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        for real in [
            "1f86a2b4-0000-0000-0000-3c2d11115948",
            "aB3_dE6-hI9kLmNoPqRsTuVwXyZ012345678",
            "hunter2",
            "PM-T-transactional-abc123",
            "Passw0rd!2024",
            "tokenizer99",
            "correct horse battery staple",
            "settle-down-42",
            "yourtownbakerykey7",
            "samples4all!",
            "monkey",
            "Mon-Jeudi-1987",
            "MyDog2024!",
            "tusolcito",
        ] {
            assert!(!is_placeholder(real), "{real}");
        }
    }

    #[test]
    fn intended_value() {
        assert_eq!(intended(" 'abc' "), "abc");
        assert_eq!(intended("“abc”"), "abc");
        assert_eq!(intended("abc\u{00A0}"), "abc");
        assert_eq!(intended("a'bc"), "a'bc");
    }

    #[test]
    fn templates_are_not_literals() {
        assert!(is_template("{{ smtp_password }}"));
        assert!(is_template("%SMTP_PASSWORD%"));
        assert!(is_template("__SMTP_PASSWORD__"));
        assert!(!is_template("1f86a2b4-0000-0000-0000-3c2d11115948"));
        assert!(!is_template("50%off"));
    }

    #[test]
    fn a_password_with_an_at_sign_is_not_called_an_address() {
        assert!(super::looks_like_address("me@acme.io"));
        assert!(!super::looks_like_address("p@ssw0rd!"));
        assert!(!super::looks_like_address("x@y"));
        assert!(super::shape_problem("p@ssw0rd!").is_none_or(|m| !m.contains("email address")));
    }

    #[test]
    fn an_oauth2_login_to_another_provider_needs_no_password() {
        let ids = crate::lint_ids;
        let gmail = "const t = nodemailer.createTransport({\n  service: 'gmail',\n  auth: {\n    type: 'OAuth2',\n    user: 'ops@acme-widgets.io',\n    clientId: process.env.CLIENT_ID,\n    refreshToken: process.env.REFRESH_TOKEN,\n  },\n});\n";
        let found = ids(gmail);
        assert!(
            !found.iter().any(|i| i == "auth/missing-password"),
            "{found:?}"
        );
        // Without the OAuth type the password is missing.
        let found = ids(&gmail.replace("    type: 'OAuth2',\n", ""));
        assert!(
            found.iter().any(|i| i == "auth/missing-password"),
            "{found:?}"
        );
        // Postmark takes no OAuth: the token still has to be the password.
        let found = ids(&gmail.replace(
            "service: 'gmail'",
            "host: 'smtp.postmarkapp.com', port: 587",
        ));
        assert!(
            found.iter().any(|i| i == "auth/missing-password"),
            "{found:?}"
        );
    }
}
