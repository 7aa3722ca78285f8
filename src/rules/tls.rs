//! `tls/*` rules: how the connection is encrypted.
//!
//! The static rules read the dialect's interpretation of its TLS settings
//! (`Dialect::tls`: what turns implicit TLS or STARTTLS on, what switches
//! encryption off) together with the port the client dials, plus the
//! certificate-verification and TLS-version fields. Postmark speaks
//! STARTTLS on 25, 587 and 2525 and has no implicit-TLS port.
//!
//! Scope: configurations aimed at another provider or a local test catcher
//! (target not [`Target::Postmark`]) are only checked for `tls/conflicting`,
//! which breaks the client whatever the server; the rest are Postmark's rules.

use super::host::Target;
use super::Context;
use crate::extract::Config;
use crate::extract::Write;
use crate::model::{Evidence, Field, Role, Security, Tls, UnverifiedIn};
use crate::registry::Rule;
use crate::report::{Draft, Severity};

/// Implicit TLS (TLS from the first byte, "SSL", SMTPS) on a port that
/// speaks STARTTLS.
///
/// **Example**: Django `EMAIL_USE_SSL = True` with `EMAIL_PORT = 587`.
pub static IMPLICIT_TLS: Rule = Rule {
    id: "tls/implicit-tls",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The client is told to start TLS on the first byte (`ssl`, `smtps://`, `secure: true`, `EMAIL_USE_SSL`, `mail.smtp.ssl.enable`…) while the port it dials (25, 587, 2525 or any port but 465) expects plain SMTP upgraded with STARTTLS. Where the meaning depends on the client version (Laravel `MAIL_ENCRYPTION=ssl`), it is a warning naming the versions affected.",
    why: "Postmark answers on 25, 587 and 2525 with a plain-text SMTP greeting and upgrades with STARTTLS; it has no implicit-TLS port. A client that opens with a TLS handshake gets text back instead and fails with \"wrong version number\", \"SSL routines::packet length too long\", \"unknown protocol\" or simply a timeout.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "EMAIL_HOST = \"smtp.postmarkapp.com\"\nEMAIL_PORT = 587\nEMAIL_USE_SSL = True",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Switch implicit TLS off and STARTTLS on (`MAIL_ENCRYPTION=tls`, `secure: false`, `EMAIL_USE_TLS = True`…) and keep port 587 (or 2525/25).",
    network: false,
};

/// STARTTLS requested on port 465, where a server would expect TLS first.
///
/// **Example**: `EMAIL_PORT = 465` with `EMAIL_USE_TLS = True`.
pub static STARTTLS_ON_IMPLICIT_PORT: Rule = Rule {
    id: "tls/starttls-on-implicit-port",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "STARTTLS is requested (`EMAIL_USE_TLS`, `MAIL_ENCRYPTION=tls`, `requireTLS`, `starttls.enable`…) while the port is 465, the port of implicit TLS, and nothing turns implicit TLS on.",
    why: "On port 465 a server waits for a TLS handshake before it says anything, while a STARTTLS client waits for the server's plain-text greeting: both wait until the connection times out. Postmark does not listen on 465 at all; its STARTTLS ports are 587, 2525 and 25.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "EMAIL_HOST = \"smtp.postmarkapp.com\"\nEMAIL_PORT = 465\nEMAIL_USE_TLS = True",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use port 587 (or 2525) and keep STARTTLS.",
    network: false,
};

/// STARTTLS and implicit TLS are both switched on.
///
/// **Example**: Django `EMAIL_USE_TLS = True` and `EMAIL_USE_SSL = True`.
pub static CONFLICTING: Rule = Rule {
    id: "tls/conflicting",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "Both the STARTTLS switch and the implicit-TLS switch of the client are on (`EMAIL_USE_TLS` and `EMAIL_USE_SSL`, `mail.smtp.starttls.enable` and `mail.smtp.ssl.enable`, `UseSTARTTLS` and `UseTLS`…).",
    why: "The two are different ways to open the connection and only one can be used. Django refuses to start (\"EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive\"); other clients pick one silently, usually implicit TLS, which fails on Postmark's STARTTLS ports.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "EMAIL_USE_TLS = True\nEMAIL_USE_SSL = True",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Keep only STARTTLS (`EMAIL_USE_TLS = True`, …) and remove or switch off the implicit-TLS setting.",
    network: false,
};

/// Encryption explicitly switched off, or never switched on in a client
/// that then sends in clear.
///
/// **Example**: `MAIL_ENCRYPTION=none` in a generic config, or Django
/// without `EMAIL_USE_TLS`.
pub static DISABLED: Rule = Rule {
    id: "tls/disabled",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The client's reading of its settings is \"no encryption\": STARTTLS is switched off (`EMAIL_USE_TLS = False`, `ignoreTLS: true`, `encryption: none`), or the client only encrypts when told to and nothing tells it to.",
    why: "Without STARTTLS the SMTP login (your Server API token, which is also the password) and every message cross the network in clear: anyone on the path can read them and reuse the token. Postmark offers STARTTLS on all its ports.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "EMAIL_HOST = \"smtp.postmarkapp.com\"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = False",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Turn STARTTLS on (`EMAIL_USE_TLS = True`, `MAIL_ENCRYPTION=tls`, `mail.smtp.starttls.enable=true`…).",
    network: false,
};

/// Certificate verification switched off.
///
/// **Example**: nodemailer `tls: { rejectUnauthorized: false }`.
pub static VERIFY_DISABLED: Rule = Rule {
    id: "tls/verify-disabled",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A setting turns certificate checks off: a verify switch set to false (`rejectUnauthorized: false`, `verify_peer => false`, `tls_certcheck off`), a skip switch set to true (`insecure_skip_verify`, `mail.smtp.ssl.trust=*`), or an OpenSSL verify mode of none (`openssl_verify_mode: 'none'`, `VERIFY_NONE`, `CERT_NONE`).",
    why: "smtp.postmarkapp.com has a valid public certificate, so checks never need to be off to reach it. With them off the client encrypts to whoever answers: an intercepting proxy, antivirus or attacker receives your Server API token without any error. If checks fail without this setting, something is intercepting the connection, which is worth finding out.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "tls: { rejectUnauthorized: false }",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Remove the setting (or set it back to verifying) so the client checks Postmark's certificate.",
    network: false,
};

/// TLS forced to version 1.0 or older (error), or to 1.1 (warning).
///
/// **Example**: `mail.smtp.ssl.protocols=TLSv1`, `secureProtocol: 'TLSv1_method'`,
/// Postfix `smtp_tls_protocols = !SSLv2, !SSLv3, !TLSv1.2, !TLSv1.3`.
pub static OLD_VERSION: Rule = Rule {
    id: "tls/old-version",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A TLS version setting allows nothing newer than TLS 1.0 (error) or TLS 1.1 (warning). Reads the common spellings: `TLSv1`, `TLSv1.0`, `tlsv1_1`, `1.0`, `:TLSv1`, `TLSv1_method`, `PROTOCOL_TLSv1`, `SslProtocols.Tls11`, `SSLv3`, Postfix/OpenSSL exclusion lists (`!TLSv1.2`) and bounds (`<=TLSv1.1`). A minimum (`minVersion`, `>=TLSv1`) is not a forced version.",
    why: "Postmark refuses TLS 1.0 (since 2020) and SSL; a client that may not go higher fails during the handshake (\"protocol version\", \"no protocols available\", \"handshake failure\"). TLS 1.1 is deprecated everywhere and may be refused next.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "mail.smtp.ssl.protocols=TLSv1",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Allow TLS 1.2 or later (remove the setting, or set it to `TLSv1.2 TLSv1.3`).",
    network: false,
};

/// Network: STARTTLS was not advertised.
pub static STARTTLS_NOT_OFFERED: Rule = Rule {
    id: "tls/starttls-not-offered",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "After EHLO, the server's capability list has no STARTTLS (checked by the native probe).",
    why: "Postmark always offers STARTTLS on 25, 587 and 2525. When it is missing, something between you and Postmark answers instead (an antivirus, an ISP or corporate SMTP proxy, a wrong server) or strips it to downgrade the connection: sending the token there would hand it over in clear.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe: EHLO answer lists PIPELINING, SIZE, AUTH PLAIN LOGIN but no STARTTLS",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Do not send credentials. Check the host name, try port 2525, and disable SMTP scanning in antivirus or firewall software.",
    network: true,
};

/// Network: the TLS handshake failed.
pub static HANDSHAKE_FAILED: Rule = Rule {
    id: "tls/handshake-failed",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The TLS handshake (after STARTTLS, or at connect for implicit TLS) failed; the probe classifies the cause: implicit/explicit mismatch, protocol version, or the alert text (checked by the native probe).",
    why: "Without a completed handshake the client cannot log in. The usual causes are implicit TLS against a STARTTLS port, a client limited to TLS 1.0, or an intercepting proxy.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe: TLS alert protocol_version after STARTTLS on smtp.postmarkapp.com:587",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use STARTTLS on 587/2525/25 and allow TLS 1.2 or later; the finding names the cause it saw.",
    network: true,
};

/// Network: the certificate does not validate.
pub static CERTIFICATE_INVALID: Rule = Rule {
    id: "tls/certificate-invalid",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The server's certificate does not validate for the host dialled: expired, wrong name, or an issuer the system does not trust (checked by the native probe).",
    why: "Postmark's certificate is valid for smtp.postmarkapp.com. A certificate that fails usually means something intercepts the connection (antivirus, corporate proxy) or the host name is not Postmark's; your token would go to that party.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe: certificate for smtp.postmarkapp.com issued by \"Avast Mail Shield\"",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Find what intercepts port 587 (turn off mail scanning), or correct the host; do not turn verification off.",
    network: true,
};

/// Network: what was negotiated.
pub static NEGOTIATED: Rule = Rule {
    id: "tls/negotiated",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "Reports the TLS version, cipher suite, certificate subject and expiry the probe negotiated (checked by the native probe).",
    why: "Confirms the connection is encrypted with a current TLS version and that the certificate is Postmark's, so the remaining findings are about the settings, not the network.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe: TLSv1.3, TLS_AES_256_GCM_SHA384, CN=smtp.postmarkapp.com, expires 2025-11-02",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Nothing to change; this is information.",
    network: true,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[
    &IMPLICIT_TLS,
    &STARTTLS_ON_IMPLICIT_PORT,
    &CONFLICTING,
    &DISABLED,
    &VERIFY_DISABLED,
    &OLD_VERSION,
    &STARTTLS_NOT_OFFERED,
    &HANDSHAKE_FAILED,
    &CERTIFICATE_INVALID,
    &NEGOTIATED,
];

/// Checks this family for every configuration.
pub fn check(cx: &mut Context) {
    for (i, cfg) in cx.configs.iter().enumerate() {
        let tls = cfg.dialect.tls(cfg);
        let mut out = Vec::new();
        let target = cx.targets[i];
        // Safety for every target (the Scope section of the catalogue)…
        conflicting(cfg, &tls, &mut out);
        old_version(cfg, target, &mut out);
        if target != Target::Local {
            verify_disabled(cfg, &tls, &mut out);
        }
        // …and Postmark's own rules for Postmark.
        if target == Target::Postmark {
            implicit_on_starttls_port(cfg, &tls, &mut out);
            starttls_on_465(cfg, &tls, &mut out);
            disabled(cfg, &tls, &mut out);
        }
        for d in out {
            cx.emit(d.config(Some(i)));
        }
    }
}

fn write(cfg: &Config, what: &Write) -> String {
    cfg.dialect.write(cfg, what)
}

fn conflicting(cfg: &Config, tls: &Tls, out: &mut Vec<Draft>) {
    if !tls.conflicting {
        return;
    }
    let both = match (&tls.starttls, &tls.implicit) {
        (Some(s), Some(i)) => {
            // A default is said as one: "the client's default STARTTLS (…)".
            let side = |e: &Evidence, what: &str| match e.span {
                Some(_) => named(e),
                None => format!("the client's default {what} ({})", named(e)),
            };
            format!("{} and {}", side(s, "STARTTLS"), side(i, "implicit TLS"))
        }
        _ => "the STARTTLS and the implicit-TLS settings".to_string(),
    };
    let span = tls
        .implicit
        .as_ref()
        .and_then(|e| e.span.clone())
        .or_else(|| tls.starttls.as_ref().and_then(|e| e.span.clone()));
    out.push(
        Draft::new(
            &CONFLICTING,
            format!(
                "{both} switch on STARTTLS and implicit TLS at once in this {} configuration.",
                cfg.dialect.name()
            ),
        )
        .fix(format!(
            "Keep STARTTLS only: {}.",
            write(cfg, &Write::StartTls)
        ))
        .span(span),
    );
}

fn implicit_on_starttls_port(cfg: &Config, tls: &Tls, out: &mut Vec<Draft>) {
    let Some(evidence) = &tls.implicit else {
        return;
    };
    if tls.conflicting {
        return; // tls/conflicting says it
    }
    let Some(port) = cfg.effective_port().filter(|p| *p != 465) else {
        return;
    };
    let written = cfg.get(Role::Port).is_some();
    let port_text = if written {
        format!("port {port}")
    } else {
        format!("port {port} (the client's default)")
    };
    let cause = match evidence.span {
        Some(_) => format!("{} makes the client start TLS", named(evidence)),
        None => format!("{}, so the client starts TLS", opening(evidence)),
    };
    let mut d = Draft::new(
        &IMPLICIT_TLS,
        format!(
            "{cause} on the first byte, but {port_text} speaks plain SMTP upgraded with STARTTLS: the handshake fails."
        ),
    )
    .fix({
        let keep = if matches!(port, 25 | 587 | 2525) { port } else { 587 };
        let w = write(cfg, &Write::StartTls);
        if w.contains(&keep.to_string()) {
            format!("Set {w}.")
        } else {
            format!("Set {w} and use port {keep}.")
        }
    })
    .span(evidence.span.clone());
    if let Some(note) = tls.version_note {
        // The meaning depends on the client version: say which ones.
        d = d.severity(Severity::Warning);
        d.message = format!("{} This depends on the version: {note}.", d.message);
    }
    out.push(d);
}

fn starttls_on_465(cfg: &Config, tls: &Tls, out: &mut Vec<Draft>) {
    let Some(evidence) = &tls.starttls else {
        return;
    };
    if cfg.effective_port() != Some(465) || tls.mode == Some(Security::Implicit) || tls.conflicting
    {
        return;
    }
    let span = evidence
        .span
        .clone()
        .or_else(|| cfg.get(Role::Port).map(Field::whole_span));
    out.push(
        Draft::new(
            &STARTTLS_ON_IMPLICIT_PORT,
            format!(
                "{} on port 465, the implicit-TLS port: client and server each wait for the other until the connection times out.",
                match evidence.span {
                    Some(_) => format!("{} asks for STARTTLS", named(evidence)),
                    None => format!("{}, so the client asks for STARTTLS", opening(evidence)),
                }
            ),
        )
        .fix(format!(
            "Set {} and keep STARTTLS.",
            write(cfg, &Write::Port(587))
        ))
        .span(span),
    );
}

fn disabled(cfg: &Config, tls: &Tls, out: &mut Vec<Draft>) {
    if tls.mode != Some(Security::None) {
        return;
    }
    let fix = format!("Set {}.", write(cfg, &Write::StartTls));
    let d = match &tls.disabled {
        Some(e) if e.span.is_some() => Draft::new(
            &DISABLED,
            format!(
                "{} switches encryption off: the login and every message would cross the network in clear.",
                named(e)
            ),
        )
        .span(e.span.clone()),
        other => {
            let what = other
                .as_ref()
                .map_or("no encryption setting", |e| e.what.as_str());
            Draft::new(
                &DISABLED,
                format!(
                    "No encryption is configured in this {} configuration: {what}. The client then sends the login and every message in clear.",
                    cfg.dialect.name()
                ),
            )
        }
    };
    out.push(d.fix(fix));
}

/// OpenSSL / Python spellings of "do not verify".
fn is_verify_none(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(['\'', '"'])
        .trim_start_matches(':');
    let last = t.rsplit(['.', ':']).next().unwrap_or(t).trim();
    matches!(
        last.to_ascii_lowercase().as_str(),
        "none" | "verify_none" | "cert_none" | "0"
    )
}

/// One finding for the configuration however many switches turn checks
/// off (PHP's `verify_peer` and `verify_peer_name`, JavaMail's
/// `ssl.trust` and `checkserveridentity`, Python's `check_hostname` and
/// `verify_mode`): they are one cause with one fix, which puts them all
/// back. The message names each, in text order; the span is the first.
fn verify_disabled(cfg: &Config, tls: &Tls, out: &mut Vec<Draft>) {
    let mut offending: Vec<&Field> = Vec::new();
    // Each switch read as its client reads it (PLANKA's
    // `SMTP_TLS_REJECT_UNAUTHORIZED=0` is `'0' !== 'false'`: still on).
    // A value the client's reading leaves open (a table's own `true` for a
    // call such as `_create_unverified_context()`) is read as written.
    let truth = |f: &Field| {
        crate::extract::profile::tls::truth(cfg.dialect, f).or_else(|| f.value.as_bool())
    };
    let off = |role: Role, f: &Field| match role {
        Role::VerifyPeer => truth(f) == Some(false),
        Role::SkipVerify => truth(f) == Some(true),
        // A constant such as `OpenSSL::SSL::VERIFY_NONE` may be kept as an
        // expression: its name says what it is, so it is read too.
        _ => is_verify_none(f.value.reference.as_deref().unwrap_or(&f.value.text)),
    };
    for role in [Role::VerifyPeer, Role::SkipVerify, Role::VerifyMode] {
        // The setting the client uses decides; when it is off, the other
        // keys of the role written off too are named (two switches of one
        // role, each of which the fix turns back on).
        if cfg.get(role).is_some_and(|f| off(role, f)) {
            offending.extend(cfg.each_key(role).into_iter().filter(|f| off(role, f)));
        }
    }
    offending.sort_by_key(|f| f.whole_span().start);
    let Some(first) = offending.first() else {
        if let Some(u) = &tls.unverified_in {
            out.push(unverified_in(u));
        }
        return;
    };
    let span = first.whole_span();
    let named: Vec<String> = offending
        .iter()
        .map(|f| format!("`{}`", f.shown()))
        .collect();
    let verb = if named.len() == 1 { "turns" } else { "turn" };
    out.push(
        Draft::new(
            &VERIFY_DISABLED,
            format!(
                "{} {verb} certificate verification off: the client would send your token to any server that answers, without an error.",
                super::port::and_list(&named)
            ),
        )
        .fix(sentence(&write(cfg, &Write::VerifyOn), "Set"))
        .at(span),
    );
}

/// Checks off in some versions only (see [`Tls::unverified_in`]): the
/// finding names them, and the fix is the one that verifies in all.
fn unverified_in(u: &UnverifiedIn) -> Draft {
    let what = named(&u.why);
    Draft::new(
        &VERIFY_DISABLED,
        format!(
            "In {}, {what} turns certificate verification off: the client would send your token to any server that answers, without an error.",
            u.versions
        ),
    )
    .fix(sentence(u.fix, "Set"))
    .span(u.why.span.clone())
}

/// What causes a behaviour, inside a sentence: a written setting quoted
/// as written (`` `MAIL_ENCRYPTION=ssl` ``); a default (nothing written)
/// as the table's own words (`no tls.implicit (Stalwart's default is
/// true: …)`), which are no text of the paste and so are not quoted.
pub(super) fn named(e: &Evidence) -> String {
    match (&e.span, &e.note) {
        (Some(_), Some(note)) => format!("`{}` ({note})", e.what),
        (Some(_), None) => format!("`{}`", e.what),
        (None, _) if e.what.is_empty() => {
            "the client's default (nothing here sets the TLS mode)".into()
        }
        (None, _) => e.what.clone(),
    }
}

/// A default's words opening a sentence: `no …` becomes `No …`; a
/// sentence that opens with a key name keeps its case.
fn opening(e: &Evidence) -> String {
    if e.what.is_empty() {
        return "Nothing here sets the TLS mode".into();
    }
    match e.what.strip_prefix("no ") {
        Some(rest) => format!("No {rest}"),
        None => e.what.clone(),
    }
}

/// A fix sentence from a dialect's phrase: phrases that start with a verb
/// (`remove …`, `turn … on`) are capitalised, settings get `verb` in front.
pub fn sentence(phrase: &str, verb: &str) -> String {
    let first = phrase.split_whitespace().next().unwrap_or("");
    let verbs = [
        "turn", "remove", "set", "use", "add", "allow", "delete", "keep", "drop",
    ];
    let body = phrase.trim_end_matches('.');
    if verbs.contains(&first) {
        // The first word is one of `verbs`: its first letter is ASCII.
        let mut c = body.chars();
        match c.next() {
            Some(f) => format!("{}{}.", f.to_ascii_uppercase(), c.as_str()),
            None => String::new(),
        }
    } else {
        format!("{verb} {body}.")
    }
}

fn old_version(cfg: &Config, target: Target, out: &mut Vec<Draft>) {
    let fields: Vec<&Field> = cfg
        .all(Role::TlsVersion)
        .filter(|f| !f.value.is_reference())
        .collect();
    if fields.is_empty() {
        return;
    }
    let mut allowed = Allowed::all();
    let mut culprit: Option<&Field> = None;
    for f in &fields {
        let kind = bound_kind(&f.key);
        let Some(set) = parse_versions(&f.value.text, kind) else {
            continue;
        };
        let before = allowed.max();
        allowed = allowed.intersect(set);
        if allowed.max() != before {
            culprit = Some(f);
        }
    }
    let (Some(max), Some(f)) = (allowed.max(), culprit) else {
        return;
    };
    let severity = match max {
        v if v <= TLS1_0 => Severity::Error,
        TLS1_1 => Severity::Warning,
        _ => return,
    };
    out.push(
        Draft::new(
            &OLD_VERSION,
            format!(
                "`{}` allows nothing newer than {}: {}",
                f.shown(),
                VERSION_NAMES[max as usize],
                if severity == Severity::Error && target == Target::Postmark {
                    "Postmark refuses it and the handshake fails."
                } else if severity == Severity::Error {
                    "current mail servers refuse it and the handshake fails."
                } else {
                    "TLS 1.1 is deprecated and may be refused."
                }
            ),
        )
        .severity(severity)
        .fix(sentence(&write(cfg, &Write::TlsModern), "Use"))
        .at(f.whole_span()),
    );
}

// ---------------------------------------------------------------------------
// TLS version lists

/// Protocol versions, oldest first, as bit positions in [`Allowed`].
const SSL2: u8 = 0;
const SSL3: u8 = 1;
const TLS1_0: u8 = 2;
const TLS1_1: u8 = 3;
const TLS1_2: u8 = 4;
const TLS1_3: u8 = 5;
const VERSION_NAMES: [&str; 6] = ["SSL 2", "SSL 3", "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3"];

/// A set of protocol versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowed(u8);

impl Allowed {
    fn all() -> Self {
        Allowed(0b11_1111)
    }
    fn at_least(v: u8) -> Self {
        Allowed(Self::all().0 & !((1u8 << v) - 1))
    }
    fn at_most(v: u8) -> Self {
        Allowed((1u8 << (v + 1)) - 1)
    }
    fn intersect(self, o: Allowed) -> Self {
        Allowed(self.0 & o.0)
    }
    /// The newest allowed version.
    pub fn max(self) -> Option<u8> {
        (0..=TLS1_3).rev().find(|v| self.0 & (1 << v) != 0)
    }
}

/// How a key uses its version: as the one forced/listed, a minimum or a maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Exact,
    Min,
    Max,
}

/// `minVersion`, `tls_min_version`, `ssl_min_protocol` → Min; `max…` → Max.
pub fn bound_kind(key: &str) -> Bound {
    let k = key.to_ascii_lowercase();
    if k.contains("min") {
        Bound::Min
    } else if k.contains("max") {
        Bound::Max
    } else {
        Bound::Exact
    }
}

/// One version name in any common spelling, or `None`. `any` marks names
/// that mean "negotiate" (`SSLv23_method`, `TLS_method`, `default`).
fn version_of(word: &str) -> Option<VersionWord> {
    let mut w = word.to_ascii_lowercase();
    // `SslProtocols.Tls12`, `ssl.PROTOCOL_TLSv1`, `ssl.TLSVersion.TLSv1_1`:
    // the part after the last dot, unless that part is a version number.
    let dotnet = w.starts_with("sslprotocols.") || w.starts_with("securityprotocoltype.");
    if let Some((head, tail)) = w.rsplit_once('.') {
        if tail.starts_with(|c: char| c.is_ascii_alphabetic()) && !head.is_empty() {
            w = tail.to_string();
        }
    }
    for prefix in ["protocol_", "version_"] {
        if let Some(rest) = w.strip_prefix(prefix) {
            w = rest.to_string();
        }
    }
    for suffix in ["_client_method", "_server_method", "_method"] {
        if let Some(rest) = w.strip_suffix(suffix) {
            w = rest.to_string();
        }
    }
    let normal: String = w
        .chars()
        .filter(|c| !matches!(c, '_' | '.' | ' '))
        .collect();
    let v = match normal.as_str() {
        "sslv2" | "ssl2" => SSL2,
        "sslv3" | "ssl3" => SSL3,
        "tlsv1" | "tlsv10" | "tls1" | "tls10" | "10" => TLS1_0,
        "tls" if dotnet => TLS1_0,
        "tlsv11" | "tls11" | "11" => TLS1_1,
        "tlsv12" | "tls12" | "12" => TLS1_2,
        "tlsv13" | "tls13" | "13" => TLS1_3,
        "sslv23" | "tls" | "tlsv1x" | "default" | "auto" | "any" | "all" | "system" => {
            return Some(VersionWord::Any)
        }
        _ => return None,
    };
    // A bare number must have been written with its dot (`1.0`, not `10`).
    if normal.starts_with('1') && !w.contains('.') {
        return None;
    }
    Some(VersionWord::V(v))
}

enum VersionWord {
    V(u8),
    Any,
}

/// The versions a TLS version setting allows, or `None` when the text names
/// no version we know. `kind` says whether a single bare version is the
/// forced one, a minimum or a maximum.
pub fn parse_versions(text: &str, kind: Bound) -> Option<Allowed> {
    let mut listed: u8 = 0;
    let mut any_listed = false;
    let mut allowed = Allowed::all();
    let mut understood = false;
    let words = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|' | '[' | ']' | '(' | ')'))
        .flat_map(|w| w.split(':'))
        .map(|w| w.trim_matches(['\'', '"', '`']))
        .filter(|w| !w.is_empty());
    for raw in words {
        let (op, word) = split_operator(raw);
        let Some(v) = version_of(word) else {
            continue;
        };
        understood = true;
        let v = match v {
            VersionWord::Any => {
                any_listed = true;
                continue;
            }
            VersionWord::V(v) => v,
        };
        let op = match (op, kind) {
            ("", Bound::Min) => ">=",
            ("", Bound::Max) => "<=",
            (op, _) => op,
        };
        match op {
            "!" | "-" => allowed = allowed.intersect(Allowed(!(1 << v))),
            ">=" => allowed = allowed.intersect(Allowed::at_least(v)),
            ">" => allowed = allowed.intersect(Allowed::at_least((v + 1).min(TLS1_3))),
            "<=" => allowed = allowed.intersect(Allowed::at_most(v)),
            "<" => allowed = allowed.intersect(Allowed::at_most(v.saturating_sub(1))),
            _ => listed |= 1 << v,
        }
    }
    if !understood {
        return None;
    }
    if listed != 0 && !any_listed {
        allowed = allowed.intersect(Allowed(listed));
    }
    Some(allowed)
}

fn split_operator(word: &str) -> (&str, &str) {
    for op in [">=", "<=", "!", "-", "+", ">", "<"] {
        if let Some(rest) = word.strip_prefix(op) {
            return (if op == "+" { "" } else { op }, rest);
        }
    }
    ("", word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(input: &str, id: &str) -> String {
        let r = crate::lint(input, &crate::Options::default());
        let f = r.findings.iter().find(|f| f.id == id);
        f.unwrap_or_else(|| panic!("no {id} in {:?}", r.findings))
            .message
            .clone()
    }

    /// A switch written as a quoted false that the language reads as true
    /// says so, in each language; a bare false is read as written.
    #[test]
    fn quoted_false_read_as_true_is_said() {
        for (input, said) in [
            (
                "const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  secure: \"false\",\n});\n",
                "`secure = false` (the string \"false\", which JavaScript reads as true",
            ),
            (
                "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_SSL = 'False'\n",
                "(the string \"False\", which Python reads as true: only a bare False",
            ),
            (
                "config.action_mailer.smtp_settings = {\n  address: 'smtp.postmarkapp.com',\n  port: 587,\n  ssl: 'false'\n}\n",
                "(the string \"false\", which Ruby reads as true",
            ),
        ] {
            let m = message(input, "tls/implicit-tls");
            assert!(m.contains(said), "{m}");
        }
        let bare = "const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 465,\n  secure: true,\n});\n";
        let m = message(bare, "port/465-unsupported");
        assert!(!m.contains("reads as true"), "{m}");
    }

    /// Several switches that turn checks off are one cause: one finding
    /// naming each (in text order, at the first), whose fix puts all back.
    #[test]
    fn verify_switches_make_one_finding() {
        let cases = [
            (
                "$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\n$mail->SMTPOptions = array('ssl' => array(\n  'verify_peer' => false,\n  'verify_peer_name' => false,\n  'allow_self_signed' => true\n));\n",
                &["verify_peer = false", "verify_peer_name = false", "allow_self_signed = true"][..],
                &["'verify_peer' => false", "'verify_peer_name' => false"][..],
            ),
            (
                "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.port=587\nmail.smtp.starttls.enable=true\nmail.smtp.ssl.trust=*\nmail.smtp.ssl.checkserveridentity=false\n",
                &["mail.smtp.ssl.trust", "mail.smtp.ssl.checkserveridentity = false"][..],
                &["mail.smtp.ssl.trust=*", "mail.smtp.ssl.checkserveridentity=false"][..],
            ),
            (
                "import smtplib, ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\nserver = smtplib.SMTP('smtp.postmarkapp.com', 587)\nserver.starttls(context=ctx)\n",
                &["ctx.check_hostname = False", "ctx.verify_mode = ssl.CERT_NONE"][..],
                &["CERT_NONE", "check_hostname = False"][..],
            ),
        ];
        for (input, named, fixed) in cases {
            let r = crate::lint(input, &crate::Options::default());
            let found: Vec<_> = r
                .findings
                .iter()
                .filter(|f| f.id == "tls/verify-disabled")
                .collect();
            assert_eq!(found.len(), 1, "{input}: {found:?}");
            let f = found[0];
            let mut at = 0;
            for n in named {
                let k = f.message[at..]
                    .find(n)
                    .unwrap_or_else(|| panic!("{n} not (in order) in {}", f.message));
                at += k + n.len();
            }
            assert!(f.message.contains(" turn certificate"), "{}", f.message);
            for x in fixed {
                assert!(f.fix.contains(x), "{x} not in {}", f.fix);
            }
            let first = named[0].split(' ').next().unwrap();
            let span = f.span.as_ref().expect("a span");
            assert!(input[span.start..].starts_with(first), "{span:?}");
        }
    }

    /// A default is named in the table's words, not quoted as if written;
    /// a written setting is quoted as written.
    #[test]
    fn a_default_is_not_quoted_as_a_setting() {
        let unset = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=p\nSMTP_FROM_ADDRESS=a@acme.io\nFLOWISE_USERNAME=admin\n";
        let m = message(unset, "tls/implicit-tls");
        assert!(
            m.starts_with("SMTP_SECURE is not set")
                && m.contains(", so the client starts TLS on the first byte"),
            "{m}"
        );
        assert!(!m.contains('`'), "{m}");
        let written = format!("{unset}SMTP_SECURE=true\n");
        let m = message(&written, "tls/implicit-tls");
        assert!(
            m.starts_with("`SMTP_SECURE = true` makes the client start TLS"),
            "{m}"
        );
        // Nothing written and no words from the table.
        let none = Evidence::absent("");
        assert_eq!(opening(&none), "Nothing here sets the TLS mode");
        assert_eq!(
            opening(&Evidence::absent("no tls.implicit")),
            "No tls.implicit"
        );
        // Both switched on, one of them by default (Red Mail's use_starttls).
        let both = "from redmail import EmailSender\nfrom smtplib import SMTP_SSL\nemail = EmailSender(host=\"smtp.postmarkapp.com\", port=465, username=\"u\", password=\"p\", cls_smtp=SMTP_SSL)\n";
        let m = message(both, "tls/conflicting");
        assert!(m.starts_with("the client's default STARTTLS ("), "{m}");
        assert!(m.contains("and `cls_smtp"), "{m}");
    }

    fn max(text: &str, kind: Bound) -> Option<&'static str> {
        parse_versions(text, kind)
            .and_then(Allowed::max)
            .map(|v| VERSION_NAMES[v as usize])
    }

    #[test]
    fn forced_versions() {
        for t in [
            "TLSv1",
            "TLSv1.0",
            ":TLSv1",
            "TLSv1_method",
            "1.0",
            "ssl.PROTOCOL_TLSv1",
            "SslProtocols.Tls",
            "tls1_0",
        ] {
            assert_eq!(max(t, Bound::Exact), Some("TLS 1.0"), "{t}");
        }
        assert_eq!(max("SSLv3", Bound::Exact), Some("SSL 3"));
        assert_eq!(max("tlsv1_1", Bound::Exact), Some("TLS 1.1"));
        assert_eq!(max("SslProtocols.Tls11", Bound::Exact), Some("TLS 1.1"));
        assert_eq!(max("TLSv1 TLSv1.1", Bound::Exact), Some("TLS 1.1"));
        assert_eq!(max("TLSv1.2", Bound::Exact), Some("TLS 1.2"));
        assert_eq!(max("TLSv1 TLSv1.1 TLSv1.2", Bound::Exact), Some("TLS 1.2"));
    }

    #[test]
    fn exclusion_lists_and_bounds() {
        assert_eq!(
            max("!SSLv2, !SSLv3, !TLSv1.2, !TLSv1.3", Bound::Exact),
            Some("TLS 1.1")
        );
        assert_eq!(max("!SSLv2, !SSLv3", Bound::Exact), Some("TLS 1.3"));
        assert_eq!(max(">=TLSv1", Bound::Exact), Some("TLS 1.3"));
        assert_eq!(max(">=TLSv1, <=TLSv1.1", Bound::Exact), Some("TLS 1.1"));
        assert_eq!(max("TLSv1", Bound::Min), Some("TLS 1.3"));
        assert_eq!(max("TLSv1", Bound::Max), Some("TLS 1.0"));
    }

    #[test]
    fn unknown_and_negotiating_words() {
        assert_eq!(max("SSLv23_method", Bound::Exact), Some("TLS 1.3"));
        assert_eq!(max("TLS_method", Bound::Exact), Some("TLS 1.3"));
        assert_eq!(parse_versions("HIGH:!aNULL", Bound::Exact), None);
        assert_eq!(parse_versions("10", Bound::Exact), None);
        assert_eq!(parse_versions("", Bound::Exact), None);
    }

    #[test]
    fn bound_from_key() {
        assert_eq!(bound_kind("minVersion"), Bound::Min);
        assert_eq!(bound_kind("tls_max_version"), Bound::Max);
        assert_eq!(bound_kind("mail.smtp.ssl.protocols"), Bound::Exact);
    }

    #[test]
    fn verify_none_spellings() {
        for t in [
            "none",
            "VERIFY_NONE",
            "OpenSSL::SSL::VERIFY_NONE",
            "ssl.CERT_NONE",
            ":none",
            "0",
        ] {
            assert!(is_verify_none(t), "{t}");
        }
        assert!(!is_verify_none("peer"));
        assert!(!is_verify_none("OpenSSL::SSL::VERIFY_PEER"));
    }
}
