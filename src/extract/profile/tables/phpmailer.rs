//! PHPMailer: `$mail->isSMTP(); $mail->Host = …; $mail->SMTPSecure = …`,
//! on any variable (`$mail`, `$phpmailer` in WordPress' `phpmailer_init`,
//! `$this->mailer`).
//!
//! Meaning (PHPMailer::smtpConnect): `SMTPSecure` is compared exactly with
//! `'ssl'` (= `ENCRYPTION_SMTPS`, implicit TLS) and `'tls'`
//! (= `ENCRYPTION_STARTTLS`); anything else counts as empty. With it empty,
//! `SMTPAutoTLS` (default true) still upgrades with STARTTLS when the server
//! offers it. `Host` may list hosts separated by `;`, each with an optional
//! `ssl://`/`tls://` prefix (overriding `SMTPSecure`) and `:port` suffix
//! (overriding `Port`); they are tried in order. `Port` defaults to 25,
//! `Host` to `localhost` and `SMTPAuth` to false: without `SMTPAuth = true`
//! the credentials are never sent. Without `isSMTP()` (or `Mailer = 'smtp'`)
//! PHPMailer sends with PHP's `mail()` and ignores every SMTP property.
//! Properties are case-sensitive (`$mail->host` sets nothing).

use crate::extract::profile::{
    fix, k, kr, mark, mark_value, pairs, set, set_if, syn, tls::truth, words, Fix, Hooks, Key,
    Marker, Pairs, Profile, Read, SetVal, Switch, Words, Write, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Setting, SettingValue, Tls};

/// Properties are read on any variable (`$mail->Host`, `$this->mailer->Host`).
const KEYS: &[Key] = &[
    kr("$*.**.Host", Host, Read::HostList),
    k("$*.**.Port", Port),
    k("$*.**.Username", Username),
    k("$*.**.Password", Password),
    k("$*.**.SMTPSecure", Encryption),
    k("$*.**.SMTPAutoTLS", StartTls),
    k("$*.**.SMTPAuth", Auth),
    k("$*.**.AuthType", AuthMethod),
    k("$*.**.From", From),
    // PHP method names are case-insensitive (the old docs wrote
    // `IsSMTP()`, `SetFrom()`: the patterns compare PHP calls so);
    // properties are not.
    k("$*.**.setFrom(#0)", From),
    // `addCustomHeader('X-PM-Message-Stream', 'outbound')` (header names
    // are case-insensitive).
    k(
        "$*.**.X-PM-Message-Stream|$*.**.x-pm-message-stream|$*.**.X-PM-MESSAGE-STREAM",
        Stream,
    ),
    // PHP stream-context options under `SMTPOptions['ssl']` that weaken checks.
    k("SMTPOptions.ssl.verify_peer", VerifyPeer),
    k("SMTPOptions.ssl.verify_peer_name", VerifyPeer),
    k("SMTPOptions.ssl.allow_self_signed", SkipVerify),
    k("SMTPOptions.ssl.crypto_method", TlsVersion),
    kr("$*.**.isSMTP()", Enabled, Read::Presence),
    k("$*.**.Mailer", Transport),
];

const MARKERS: &[Marker] = &[
    mark("$*.**.isSMTP()"),
    mark_value("$*", "PHPMailer"),
    mark("$*.**.SMTPSecure"),
    mark("$*.**.SMTPAuth"),
];

/// Other public properties of PHPMailer (so they are not reported as typos).
const OTHER_KEYS: Words = words![
    "SMTPOptions",
    "FromName",
    "Sender",
    "SMTPDebug",
    "Debugoutput",
    "Mailer",
    "Helo",
    "Hostname",
    "Timeout",
    "SMTPKeepAlive",
    "CharSet",
    "Encoding",
    "ContentType",
    "Subject",
    "Body",
    "AltBody",
    "WordWrap",
    "Priority",
    "XMailer",
    "MessageID",
    "MessageDate",
    "ConfirmReadingTo",
    "SingleTo",
    "do_verp",
    "AllowEmpty",
    "Dsn",
    "UseSMTPUTF8",
    "Ical",
    "DKIM_domain",
    "DKIM_selector",
    "DKIM_private",
    "DKIM_passphrase",
    "DKIM_identity",
    "oauth",
];

/// Names of other mailers' settings that PHPMailer ignores.
const LEFTOVERS: Pairs = pairs![
    ("host", "Host"),
    ("port", "Port"),
    ("username", "Username"),
    ("password", "Password"),
    ("SMTPSecurity", "SMTPSecure"),
    ("SMTPEncryption", "SMTPSecure"),
    ("SMTPSsl", "SMTPSecure"),
    ("SMTPTls", "SMTPSecure"),
    ("Security", "SMTPSecure"),
    ("Encryption", "SMTPSecure"),
    ("User", "Username"),
    ("Pass", "Password"),
    ("From_name", "FromName"),
];

/// Library constants written as values: words, not references.
pub(super) const CONSTANTS: Words = words![
    "ENCRYPTION_SMTPS",
    "ENCRYPTION_STARTTLS",
    "STREAM_CRYPTO_METHOD_ANY_CLIENT",
    "STREAM_CRYPTO_METHOD_SSLv2_CLIENT",
    "STREAM_CRYPTO_METHOD_SSLv3_CLIENT",
    "STREAM_CRYPTO_METHOD_SSLv23_CLIENT",
    "STREAM_CRYPTO_METHOD_TLS_CLIENT",
    "STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT",
    "STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT",
    "STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT",
    "STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT",
];

/// Machine settings that do not depend on the values (Host and STARTTLS
/// do: see [`settings`]).
const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "Port", SetVal::Port)]),
    fix(W::AuthOn, &[set(Auth, "SMTPAuth", SetVal::Lit("true"))]),
    fix(
        W::VerifyOn,
        &[
            set_if(VerifyPeer, "verify_peer", SetVal::Lit("true")),
            set_if(VerifyPeer, "verify_peer_name", SetVal::Lit("true")),
            set_if(SkipVerify, "allow_self_signed", SetVal::Lit("false")),
        ],
    ),
];

pub static PHPMAILER: Profile = Profile {
    id: "phpmailer",
    name: "PHPMailer",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting https://phpmailer.github.io/PHPMailer/classes/PHPMailer-PHPMailer-PHPMailer.html",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail", "qmail"],
        missing: Some("PHP's mail() function (the server's sendmail)"),
        off: None,
        name: "$mail->isSMTP()",
    }),
    auth_switch: Some("$mail->SMTPAuth = true;"),
    fixes: FIXES,
    sender_hint: "`$mail->setFrom('you@yourdomain.com', 'Name');` (or `$mail->From`)",
    constants: CONSTANTS,
    hooks: Hooks {
        tls: Some(tls),
        write: Some(write),
        settings: Some(settings),
        ..Hooks::NONE
    },
    ..BASE
};

/// PHPMailer's reading (see the module docs): a `ssl://`/`tls://` prefix
/// on the host wins over `SMTPSecure`, which is compared exactly.
pub(super) fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(secure) = cfg.get(Scheme).or(cfg.get(Encryption)) else {
        return auto_tls(cfg, tls);
    };
    if secure.value.is_reference() {
        return tls;
    }
    let word = secure.value.text.trim();
    let constant = word.rsplit("::").next().unwrap_or(word);
    match (word, constant) {
        ("ssl", _) | (_, "ENCRYPTION_SMTPS") => {
            tls.choose(Security::Implicit, Evidence::of(secure));
            tls
        }
        ("tls", _) | (_, "ENCRYPTION_STARTTLS") => {
            tls.choose(Security::StartTls, Evidence::of(secure));
            tls
        }
        // '' or any other word: PHPMailer treats it as empty.
        _ => auto_tls(cfg, tls),
    }
}

/// No explicit encryption: STARTTLS when offered unless `SMTPAutoTLS` is
/// off (read with PHP's truthiness, as PHPMailer tests it).
fn auto_tls(cfg: &Config, mut tls: Tls) -> Tls {
    match cfg.get(StartTls) {
        Some(f) if f.value.is_reference() => tls,
        Some(f) if truth(cfg.dialect, f) == Some(false) => {
            tls.choose(Security::None, Evidence::of(f));
            tls
        }
        _ => {
            tls.mode = Some(Security::StartTls);
            tls
        }
    }
}

/// The object the settings are made on, for fixes (`$mail->`).
fn var(cfg: &Config) -> String {
    cfg.fields
        .iter()
        .find_map(|f| {
            let i = f.key.rfind("->")?;
            f.key.starts_with('$').then(|| f.key[..i + 2].to_string())
        })
        .unwrap_or_else(|| "$mail->".to_string())
}

fn write(cfg: &Config, what: &Write) -> Option<String> {
    let v = var(cfg);
    Some(match what {
        Write::Port(p) => format!("{v}Port = {p};"),
        Write::Host(h) => format!("{v}Host = '{h}';"),
        Write::StartTls => {
            let prefix = if cfg.get(Scheme).is_some() {
                " (and no `ssl://` in Host)"
            } else {
                ""
            };
            format!("{v}SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;{prefix}")
        }
        Write::VerifyOn => format!(
            "remove `'verify_peer' => false`, `'verify_peer_name' => false` and `'allow_self_signed' => true` from {v}SMTPOptions"
        ),
        Write::AuthOn => format!("{v}SMTPAuth = true;"),
        Write::TlsModern => format!(
            "remove `crypto_method` from {v}SMTPOptions (PHP/OpenSSL then negotiates TLS 1.2 or later)"
        ),
        Write::Username(x) => format!("{v}Username = '{x}';"),
        Write::Password(x) => format!("{v}Password = '{x}';"),
        Write::From(x) => format!("{v}setFrom('{x}');"),
        Write::Stream(x) => format!("{v}addCustomHeader('X-PM-Message-Stream', '{x}');"),
    })
}

/// Host and STARTTLS: an `ssl://` prefix in Host is for the user to
/// rewrite; a class constant stays a constant, in its own namespace form.
fn settings(cfg: &Config, what: &Write) -> Option<Vec<Setting>> {
    let prefixed = cfg.get(Scheme).is_some();
    let setting = |role, key, value| Setting {
        role,
        key,
        value,
        insert: true,
        near: None,
    };
    match what {
        Write::Host(_) if prefixed => Some(Vec::new()),
        Write::Host(h) => Some(vec![setting(
            Host,
            "Host",
            SettingValue::Quoted(h.to_string()),
        )]),
        Write::StartTls if prefixed => Some(Vec::new()),
        Write::StartTls => {
            let secure = match cfg.get(Encryption) {
                Some(f) if f.value.text.contains("::") => SettingValue::Bare(
                    f.value
                        .text
                        .replace("ENCRYPTION_SMTPS", "ENCRYPTION_STARTTLS"),
                ),
                _ => SettingValue::Quoted("tls".into()),
            };
            Some(vec![
                setting(Encryption, "SMTPSecure", secure),
                Setting {
                    insert: false,
                    ..setting(StartTls, "SMTPAutoTLS", SettingValue::Bare("true".into()))
                },
            ])
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Role;

    #[test]
    fn method_names_in_any_case() {
        let src = "<?php\n$mail = new PHPMailer();\n$mail->IsSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\n$mail->SetFrom('orders@acme.io');\n";
        let c = one(src);
        assert!(c.get(Role::Enabled).is_some());
        assert_eq!(c.literal(Role::From), Some("orders@acme.io"));
        let r = crate::lint(src, &crate::Options::default());
        assert!(
            !r.findings.iter().any(|f| f.id == "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
        for call in ["issmtp()", "ISSMTP()", "IsSmtp()"] {
            let c = one(&src.replace("IsSMTP()", call).replace("SetFrom", "SETFROM"));
            assert!(c.get(Role::Enabled).is_some(), "{call}");
            assert_eq!(c.literal(Role::From), Some("orders@acme.io"));
        }
    }

    fn one(src: &str) -> Config {
        let c = extract(src)
            .into_iter()
            .find(|c| c.active)
            .expect("a config");
        assert_eq!(c.dialect.id(), "phpmailer");
        c
    }

    const BASE: &str = "$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPAuth = true;\n$mail->Username = 'abc';\n$mail->Password = 'abc';\n";

    #[test]
    fn starttls_constant() {
        let c = one(&format!(
            "{BASE}$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;\n$mail->Port = 587;\n$mail->setFrom('hello@acme-widgets.io', 'Acme');\n"
        ));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        assert_eq!(c.literal(Role::From), Some("hello@acme-widgets.io"));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(c.literal(Role::Enabled), Some("true"));
    }

    #[test]
    fn smtps_and_defaults() {
        let c = one(&format!("{BASE}$mail->SMTPSecure = 'ssl';\n"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        assert_eq!(c.effective_port(), Some(25));
        let c = one(&format!(
            "{BASE}$mail->SMTPSecure = PHPMailer\\PHPMailer\\PHPMailer::ENCRYPTION_SMTPS;\n"
        ));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let c = one(&format!(
            "{BASE}$mail->SMTPSecure = '';\n$mail->SMTPAutoTLS = false;\n"
        ));
        let tls = c.dialect.tls(&c);
        assert_eq!(tls.mode, Some(Security::None));
        assert!(tls.disabled.is_some());
        // PHPMailer compares exactly: `SSL` is no word of its own.
        let c = one(&format!("{BASE}$mail->SMTPSecure = 'SSL';\n"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
    }

    #[test]
    fn host_prefix_and_port_suffix() {
        let src = "$mail->isSMTP();\n$mail->Host = 'ssl://smtp.postmarkapp.com:465;backup.example.net';\n$mail->SMTPSecure = 'tls';\n";
        let c = one(src);
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(465));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let h = c.get(Role::Host).expect("host");
        assert_eq!(&src[h.value.span.clone()], "smtp.postmarkapp.com");
        assert_eq!(
            c.dialect.write(&c, &Write::StartTls),
            "$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS; (and no `ssl://` in Host)"
        );
        assert!(c.dialect.settings_for(&c, &Write::StartTls).is_empty());
    }

    #[test]
    fn lowercase_property_is_unknown() {
        let c = one(&format!("{BASE}$mail->port = 587;\n"));
        assert!(c.get(Role::Port).is_none());
        assert!(c.unknown_keys.iter().any(|k| k.key == "port"));
        assert_eq!(c.dialect.auth_switch(), Some("$mail->SMTPAuth = true;"));
    }

    #[test]
    fn ssl_options_array_form() {
        let c = one(&format!(
            "{BASE}$mail->SMTPOptions = array(\n  'ssl' => array(\n    'verify_peer' => false,\n    'verify_peer_name' => false,\n    'allow_self_signed' => true\n  )\n);\n"
        ));
        assert_eq!(
            c.get(Role::VerifyPeer).map(|f| f.value.text.as_str()),
            Some("false")
        );
        assert!(c.get(Role::SkipVerify).is_some());
        let options = c
            .fields
            .iter()
            .filter(|f| matches!(f.role, Role::VerifyPeer | Role::SkipVerify));
        assert_eq!(options.count(), 3);
    }

    #[test]
    fn wordpress_constants_resolve() {
        let src = "define( 'SMTP_HOST', 'smtp.postmarkapp.com' );\ndefine( 'SMTP_PORT', '587' );\nadd_action( 'phpmailer_init', 'send_smtp_email' );\nfunction send_smtp_email( $phpmailer ) {\n  $phpmailer->isSMTP();\n  $phpmailer->Host = SMTP_HOST;\n  $phpmailer->Port = SMTP_PORT;\n}\n";
        let c = one(src);
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(
            c.dialect.write(&c, &Write::Port(2525)),
            "$phpmailer->Port = 2525;"
        );
    }

    #[test]
    fn without_is_smtp_php_mail_sends() {
        let c = one(
            "$mail = new PHPMailer();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\n",
        );
        assert!(c.get(Role::Enabled).is_none());
        assert!(c.dialect.switch.is_some_and(|s| s.missing.is_some()));
        let c = one("$mail = new PHPMailer();\n$mail->Mailer = 'smtp';\n$mail->Host = 'smtp.postmarkapp.com';\n");
        assert_eq!(c.literal(Role::Transport), Some("smtp"));
    }

    #[test]
    fn setters_in_two_branches_are_alternatives() {
        // `setFrom()` in if/else: one of them runs, no duplicate; the same
        // call twice unconditionally still is one.
        let branches = "<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\nif (isset($_ENV['SMTP_FROM'])) {\n    $mail->setFrom($_ENV['SMTP_FROM'], 'Shop');\n} else {\n    $mail->setFrom('noreply@acme.io', 'Shop');\n}\n";
        let ids = super::super::linted(branches).2;
        assert!(
            !super::super::has(&ids, "input/duplicate-setting"),
            "{ids:?}"
        );
        let twice = branches
            .replace("if (isset($_ENV['SMTP_FROM'])) {\n", "")
            .replace("} else {\n", "")
            .replace("}\n", "");
        let ids = super::super::linted(&twice).2;
        assert!(
            super::super::has(&ids, "input/duplicate-setting"),
            "{ids:?}"
        );
    }
}
