//! WordPress WP Mail SMTP constants in `wp-config.php`
//! (`define( 'WPMS_SMTP_HOST', '…' );`).
//!
//! Meaning (WP Mail SMTP `Options` and `Processor`): the constants count
//! only when `WPMS_ON` is the boolean `true` (`WPMS_ON === true`; the
//! string `'true'` is not); otherwise the plugin uses the settings saved on
//! its settings page. They feed PHPMailer: `WPMS_SSL` is `''` (none),
//! `'ssl'` (implicit TLS) or `'tls'` (STARTTLS, whatever the plugin's own
//! comment says); with `''`, `WPMS_SMTP_AUTOTLS` (default true) still
//! upgrades with STARTTLS when offered. `WPMS_SMTP_AUTH` defaults to true.
//! A constant missing from the file is read from the plugin's settings
//! page, so there is no default port here. `WPMS_MAILER` other than
//! `'smtp'` (e.g. `'postmark'`, the API mailer with
//! `WPMS_POSTMARK_SERVER_API_TOKEN`) leaves the SMTP constants unused: `mail`
//! (the default mailer) sends with PHP `mail()`, any other word with that
//! provider's API (wp_mail_smtp.php's constants block lists the words).
//! PHP constants cannot be redefined: the first `define` wins, and a file
//! holds one set of them.

use crate::extract::profile::{
    fix_text, k, mark, pairs, set, set_if, syn, words, Hooks, Key, Pairs, Profile, SetVal, Switch,
    Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, SegKind, ValKind};
use crate::extract::Config;
use crate::model::{Evidence, Quote, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("WPMS_SMTP_HOST", Host),
    k("WPMS_SMTP_PORT", Port),
    k("WPMS_SMTP_USER", Username),
    k("WPMS_SMTP_PASS", Password),
    k("WPMS_SSL", Encryption),
    k("WPMS_SMTP_AUTOTLS", StartTls),
    k("WPMS_SMTP_AUTH", Auth),
    k("WPMS_MAIL_FROM", From),
    k("WPMS_POSTMARK_SERVER_API_TOKEN", ServerToken),
    k("WPMS_POSTMARK_MESSAGE_STREAM", Stream),
    k("WPMS_ON", Enabled),
    k("WPMS_MAILER", Transport),
];

/// Constants the plugin reads that carry nothing we check.
const OTHER_KEYS: Words = words![
    "WPMS_MAIL_FROM_NAME",
    "WPMS_MAIL_FROM_FORCE",
    "WPMS_MAIL_FROM_NAME_FORCE",
    "WPMS_SET_RETURN_PATH",
    "WPMS_DO_NOT_SEND",
    "WPMS_LICENSE_KEY",
    "WPMS_DEBUG_EVENTS_RETENTION_PERIOD",
];

/// Names from other WordPress SMTP recipes and older plugin versions.
const LEFTOVERS: Pairs = pairs![
    ("WPMS_SMTP_SSL", "WPMS_SSL"),
    ("WPMS_SMTP_SECURE", "WPMS_SSL"),
    ("WPMS_SMTP_ENCRYPTION", "WPMS_SSL"),
    ("WPMS_SMTP_PASSWORD", "WPMS_SMTP_PASS"),
    ("WPMS_SMTP_USERNAME", "WPMS_SMTP_USER"),
    ("WPMS_SMTP_FROM", "WPMS_MAIL_FROM"),
    ("WPMS_FROM", "WPMS_MAIL_FROM"),
    ("WPMS_POSTMARK_API_TOKEN", "WPMS_POSTMARK_SERVER_API_TOKEN"),
];

/// Where the plugin takes its settings from when the constants do not count.
const SETTINGS_PAGE: &str = "the settings saved on its settings page (WP Mail SMTP › Settings)";

pub static WP_MAIL_SMTP: Profile = Profile {
    id: "wp-mail-smtp",
    name: "WP Mail SMTP (wp-config.php)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants/",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: &[mark("WPMS_ON")],
    family: &["WPMS_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `WPMS_ON === true`: read with its quotes (see `finish`), only the
    // bare word is true.
    truth: Truth::Only(words!["true"]),
    // `WPMS_MAILER`: `smtp` (Other SMTP) uses the SMTP constants, `mail`
    // (the default mailer) PHP's `mail()`, any other word an API mailer
    // (`sendinblue`, `mailgun`, `sendgrid`, `postmark`, `gmail`…).
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail"],
        missing: Some(SETTINGS_PAGE),
        off: Some(SETTINGS_PAGE),
        name: "WPMS_ON",
    }),
    fixes: &[
        fix_text(
            W::Port,
            &[set(Port, "WPMS_SMTP_PORT", SetVal::Port)],
            "define( 'WPMS_SMTP_PORT', {port} );",
        ),
        fix_text(
            W::Host,
            &[set(Host, "WPMS_SMTP_HOST", SetVal::Given)],
            "define( 'WPMS_SMTP_HOST', '{host}' );",
        ),
        fix_text(
            W::StartTls,
            &[
                set(Encryption, "WPMS_SSL", SetVal::Word("tls")),
                set_if(StartTls, "WPMS_SMTP_AUTOTLS", SetVal::Lit("true")),
            ],
            "define( 'WPMS_SSL', 'tls' );",
        ),
        fix_text(
            W::VerifyOn,
            &[],
            "remove the code that sets `SMTPOptions` / `verify_peer => false` (a `phpmailer_init` hook or plugin)",
        ),
        fix_text(
            W::AuthOn,
            &[set(Auth, "WPMS_SMTP_AUTH", SetVal::Lit("true"))],
            "define( 'WPMS_SMTP_AUTH', true );",
        ),
        fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
        fix_text(W::Username, &[], "define( 'WPMS_SMTP_USER', '{value}' );"),
        fix_text(W::Password, &[], "define( 'WPMS_SMTP_PASS', '{value}' );"),
        fix_text(W::From, &[], "define( 'WPMS_MAIL_FROM', '{value}' );"),
        fix_text(
            W::Stream,
            &[],
            "define( 'WPMS_POSTMARK_MESSAGE_STREAM', '{value}' );",
        ),
    ],
    sender_hint: "`define( 'WPMS_MAIL_FROM', 'you@yourdomain.com' );` in wp-config.php (or WP Mail SMTP › Settings › From Email)",
    first_wins: true,
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// One set of constants per file (a second `define` of a name is ignored by
/// PHP, it does not start another configuration); `WPMS_ON` other than the
/// boolean true leaves them all unused; `WPMS_MAILER` other than `smtp`
/// leaves the SMTP ones unused.
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    finish_with(doc, configs, "WPMS_");
}

/// [`finish`] for a plugin built on WP Mail SMTP's code whose constants
/// carry another prefix (`EASY_WP_SMTP_ON`, `EASY_WP_SMTP_MAILER`).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub(super) fn finish_with(doc: &Document, configs: &mut Vec<Config>, prefix: &str) {
    let Some(mut cfg) = configs.first().cloned() else {
        return;
    };
    for other in configs.drain(..).skip(1) {
        cfg.span = cfg.span.start.min(other.span.start)..cfg.span.end.max(other.span.end);
        cfg.fields.extend(other.fields);
    }
    crate::sort::by_key(&mut cfg.fields, |f| f.key_span.start);
    cfg.active = true;
    cfg.label = None;
    if let Some(on) = cfg.fields.iter_mut().find(|f| f.role == Enabled) {
        let v = &mut on.value;
        let boolean_true = v.quote == Quote::None && v.text.trim().eq_ignore_ascii_case("true");
        if !(v.is_reference() || boolean_true) {
            cfg.active = false;
            cfg.label = Some(format!(
                "ignored: {prefix}ON is {}, not the boolean true",
                v.text
            ));
        }
        // A string is not the boolean, whatever it says: keep its quotes.
        if let (Some(q), false) = (quote_char(v.quote), v.is_reference()) {
            let (s, e) = (v.span.start, v.span.end);
            if s > 0 && doc.input.get(s - 1..s) == Some(q) && doc.input.get(e..e + 1) == Some(q) {
                v.span = s - 1..e + 1;
                v.text = format!("{q}{}{q}", v.text);
                v.quote = Quote::None;
                v.verbatim = doc.input.get(v.span.clone()) == Some(v.text.as_str());
            }
        }
    }
    if let Some(mailer) = first_define(doc, &format!("{prefix}MAILER")) {
        if !mailer.trim().eq_ignore_ascii_case("smtp") && cfg.label.is_none() {
            cfg.label = Some(format!(
                "{prefix}MAILER is '{mailer}': the {prefix}SMTP_* constants are not used"
            ));
        }
    }
    configs.push(cfg);
}

fn quote_char(q: Quote) -> Option<&'static str> {
    match q {
        Quote::Single => Some("'"),
        Quote::Double => Some("\""),
        _ => None,
    }
}

/// The literal value of the first definition of a constant.
fn first_define<'d>(doc: &'d Document, name: &str) -> Option<&'d str> {
    doc.active()
        .filter(|e| e.value.kind == ValKind::Literal)
        .find(|e| {
            doc.own_segs(e.segs)
                .last()
                .is_some_and(|s| s.kind == SegKind::Key && s.text(doc.input) == name)
        })
        .map(|e| doc.text_of(&e.value))
}

/// The plugin's reading (see the module docs); also Easy WP SMTP's, which
/// runs the same code.
pub(super) fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    // Without WPMS_SSL the plugin's settings page decides.
    let Some(ssl) = cfg.get(Encryption) else {
        return tls;
    };
    if ssl.value.is_reference() {
        return tls;
    }
    match ssl.value.text.trim() {
        "ssl" => {
            tls.choose(Security::Implicit, Evidence::of(ssl));
        }
        "tls" => {
            tls.choose(Security::StartTls, Evidence::of(ssl));
        }
        _ => match cfg.get(StartTls) {
            Some(f) if f.value.is_reference() => {}
            Some(f) if f.value.as_bool() == Some(false) => {
                tls.choose(Security::None, Evidence::of(f));
            }
            // AutoTLS (default on): STARTTLS whenever offered.
            _ => tls.mode = Some(Security::StartTls),
        },
    }
    tls
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::extract::Config;
    use crate::model::{Role, Security};

    const BASE: &str = "define( 'WPMS_ON', true );\ndefine( 'WPMS_MAILER', 'smtp' );\ndefine( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' );\ndefine( 'WPMS_SMTP_PORT', 587 );\ndefine( 'WPMS_SMTP_AUTH', true );\ndefine( 'WPMS_SMTP_USER', 'abc' );\ndefine( 'WPMS_SMTP_PASS', 'abc' );\n";

    fn one(src: &str) -> Config {
        let mut all = extract(src);
        assert_eq!(all.len(), 1);
        let c = all.remove(0);
        assert_eq!(c.dialect.id(), "wp-mail-smtp");
        c
    }

    #[test]
    fn ssl_words() {
        let c = one(&format!("{BASE}define( 'WPMS_SSL', 'tls' );\n"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        let c = one(&format!("{BASE}define( 'WPMS_SSL', 'ssl' );\n"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let c = one(&format!(
            "{BASE}define( 'WPMS_SSL', '' );\ndefine( 'WPMS_SMTP_AUTOTLS', false );\n"
        ));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::None));
        assert!(c.active);
    }

    #[test]
    fn first_define_wins() {
        let c = one(&format!(
            "{BASE}define( 'WPMS_SMTP_PORT', 465 );\ndefine( 'WPMS_SMTP_HOST', 'smtp.example.net' );\n"
        ));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(c.all(Role::Port).count(), 2);
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
    }

    #[test]
    fn wpms_on_string_is_ignored() {
        let src = BASE.replace("'WPMS_ON', true", "'WPMS_ON', 'true'");
        let c = one(&src);
        assert!(!c.active);
        // The switch reads as off, quotes and all.
        let on = c.get(Role::Enabled).expect("WPMS_ON");
        assert_eq!(on.value.text, "'true'");
        assert_eq!(&src[on.value.span.clone()], "'true'");
        assert_eq!(
            crate::extract::profile::tls::truth(c.dialect, on),
            Some(false)
        );
        let c = one(BASE);
        let on = c.get(Role::Enabled).expect("WPMS_ON");
        assert_eq!(
            crate::extract::profile::tls::truth(c.dialect, on),
            Some(true)
        );
    }

    #[test]
    fn another_mailer_is_labelled() {
        let c = one(&BASE.replace("'WPMS_MAILER', 'smtp'", "'WPMS_MAILER', 'postmark'"));
        assert!(c.active);
        assert_eq!(
            c.label.as_deref(),
            Some("WPMS_MAILER is 'postmark': the WPMS_SMTP_* constants are not used")
        );
    }

    #[test]
    fn the_mailer_is_the_transport_switch() {
        let severity = |mailer: &str| {
            let r = crate::lint(
                &BASE.replace(
                    "'WPMS_MAILER', 'smtp'",
                    &format!("'WPMS_MAILER', '{mailer}'"),
                ),
                &crate::Options::default(),
            );
            r.findings
                .iter()
                .find(|f| f.id == "input/smtp-not-enabled")
                .map(|f| format!("{:?}", f.severity))
        };
        assert_eq!(severity("smtp"), None);
        assert_eq!(severity("sendinblue").as_deref(), Some("Info"));
        assert_eq!(severity("smtpcom").as_deref(), Some("Info"));
        assert_eq!(severity("mail").as_deref(), Some("Warning"));
    }
}
