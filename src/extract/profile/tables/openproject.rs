//! OpenProject: the `OPENPROJECT_SMTP__*` / `OPENPROJECT_EMAIL__DELIVERY__METHOD`
//! environment (Docker, `/etc/openproject/conf.d/env`) and the same
//! settings as `smtp_*` keys of `config/configuration.yml`.
//!
//! Meaning (docs "Configuring outbound emails" and "Environment variables";
//! the code: `config/constants/settings/definition.rb`,
//! `app/models/setting/mail_settings.rb`):
//!
//! * Every setting is read from `OPENPROJECT_<NAME>` with `_` doubled
//!   (`OPENPROJECT_SMTP__USER__NAME`), `OPENPROJECT_<NAME>` as is, and the
//!   alias without prefix (`SMTP_USER_NAME`); in `configuration.yml` as
//!   `smtp_user_name:` under `default:` or the Rails environment.
//! * `email_delivery_method`: `smtp` sends through SMTP, `sendmail` hands
//!   mail to the local sendmail. Unset, Rails' default (SMTP) stays and the
//!   settings may come from Administration → Emails (the database).
//! * The code always passes `enable_starttls_auto:` and `ssl:` to
//!   ActionMailer, and both default to **false**: without
//!   `SMTP_ENABLE_STARTTLS_AUTO=true` OpenProject sends in clear (the docs'
//!   examples all set it). `SMTP_SSL=true` is TLS from the first byte.
//!   Booleans are Rails' (`ActiveModel::Type::Boolean`): `false`, `0`,
//!   `f`, `off` (and YAML's `no`) are false, an empty value is unset
//!   (false), anything else true — environment values are parsed as YAML
//!   first.
//!   The docs' option list still says `smtp_enable_starttls_auto` defaults
//!   to true; the code (`definition.rb`) says false, and the code is
//!   followed here.
//! * `smtp_openssl_verify_mode: none` switches certificate checks off
//!   (default `peer`).
//! * Defaults: port 587; an empty `smtp_address` is not passed, so the
//!   mail gem's `localhost` is used. `smtp_authentication: none` sends no
//!   login.
//! * The From is `mail_from` (`OPENPROJECT_MAIL__FROM`, default
//!   `openproject@example.net`, also settable in the admin UI).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, shared, syn, words, Fix, Hooks, Key, Marker,
    Pairs, Profile, SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

/// The three environment spellings and the `configuration.yml` key.
macro_rules! op {
    ($nested:literal, $flat:literal, $yml:literal) => {
        concat!(
            "OPENPROJECT_",
            $nested,
            "|OPENPROJECT_",
            $flat,
            "|",
            $flat,
            "|",
            $yml
        )
    };
}

const KEYS: &[Key] = &[
    k(
        op!(
            "EMAIL__DELIVERY__METHOD",
            "EMAIL_DELIVERY_METHOD",
            "email_delivery_method"
        ),
        Transport,
    ),
    k(op!("SMTP__ADDRESS", "SMTP_ADDRESS", "smtp_address"), Host),
    k(op!("SMTP__PORT", "SMTP_PORT", "smtp_port"), Port),
    k(
        op!("SMTP__USER__NAME", "SMTP_USER_NAME", "smtp_user_name"),
        Username,
    ),
    k(
        op!("SMTP__PASSWORD", "SMTP_PASSWORD", "smtp_password"),
        Password,
    ),
    k(
        op!(
            "SMTP__AUTHENTICATION",
            "SMTP_AUTHENTICATION",
            "smtp_authentication"
        ),
        AuthMethod,
    ),
    k(
        op!(
            "SMTP__ENABLE__STARTTLS__AUTO",
            "SMTP_ENABLE_STARTTLS_AUTO",
            "smtp_enable_starttls_auto"
        ),
        StartTls,
    ),
    k(op!("SMTP__SSL", "SMTP_SSL", "smtp_ssl"), ImplicitTls),
    k(
        op!(
            "SMTP__OPENSSL__VERIFY__MODE",
            "SMTP_OPENSSL_VERIFY_MODE",
            "smtp_openssl_verify_mode"
        ),
        VerifyMode,
    ),
    // `mail_from` is writable in the UI, so it has no unprefixed name.
    k(
        "OPENPROJECT_MAIL__FROM|OPENPROJECT_MAIL_FROM|mail_from",
        From,
    ),
];

const MARKERS: &[Marker] = &[
    mark("OPENPROJECT_EMAIL__DELIVERY__METHOD"),
    mark("OPENPROJECT_EMAIL_DELIVERY_METHOD"),
    mark("OPENPROJECT_SMTP__ADDRESS"),
    mark("OPENPROJECT_SMTP_ADDRESS"),
    mark("OPENPROJECT_SMTP__USER__NAME"),
    mark("OPENPROJECT_SMTP__ENABLE__STARTTLS__AUTO"),
    mark("OPENPROJECT_MAIL__FROM"),
    mark("email_delivery_method"),
    // The docs' own examples use the unprefixed aliases, which Chatwoot
    // (also Rails) shares but for `EMAIL_DELIVERY_METHOD`: with it, the
    // two shared markers below let OpenProject's longer key list win.
    mark("EMAIL_DELIVERY_METHOD"),
    shared(mark("SMTP_AUTHENTICATION")),
    shared(mark("SMTP_ENABLE_STARTTLS_AUTO")),
    mark_value("image", "openproject"),
];

const OTHER_KEYS: Words = words![
    "OPENPROJECT_SMTP__DOMAIN",
    "OPENPROJECT_SMTP_DOMAIN",
    "SMTP_DOMAIN",
    "smtp_domain",
    "OPENPROJECT_SMTP__TIMEOUT",
    "smtp_timeout",
    "OPENPROJECT_HOST__NAME",
    "OPENPROJECT_HTTPS",
    "OPENPROJECT_SECRET_KEY_BASE",
    "OPENPROJECT_DEFAULT__LANGUAGE",
    "OPENPROJECT_RAILS__RELATIVE__URL__ROOT",
    "OPENPROJECT_EMAIL__DELIVERY__CONFIGURATION",
    "sendmail_location",
    "sendmail_arguments",
];

const LEFTOVERS: Pairs = pairs![
    ("OPENPROJECT_SMTP__HOST", "OPENPROJECT_SMTP__ADDRESS"),
    ("OPENPROJECT_SMTP__SERVER", "OPENPROJECT_SMTP__ADDRESS"),
    ("OPENPROJECT_SMTP__USERNAME", "OPENPROJECT_SMTP__USER__NAME"),
    ("OPENPROJECT_SMTP__USER", "OPENPROJECT_SMTP__USER__NAME"),
    ("OPENPROJECT_SMTP__TLS", "OPENPROJECT_SMTP__SSL"),
    (
        "OPENPROJECT_SMTP__ENABLE__STARTTLS",
        "OPENPROJECT_SMTP__ENABLE__STARTTLS__AUTO",
    ),
    ("OPENPROJECT_SMTP__FROM", "OPENPROJECT_MAIL__FROM"),
    ("OPENPROJECT_EMAIL__FROM", "OPENPROJECT_MAIL__FROM"),
    ("smtp_tls", "smtp_ssl"),
    ("smtp_host", "smtp_address"),
];

const FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "OPENPROJECT_SMTP__PORT", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set(Host, "OPENPROJECT_SMTP__ADDRESS", SetVal::Given)],
    ),
    fix_text(
        W::StartTls,
        &[],
        "OPENPROJECT_SMTP__ENABLE__STARTTLS__AUTO=true and OPENPROJECT_SMTP__SSL=false (smtp_enable_starttls_auto: true in configuration.yml) with port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "OPENPROJECT_SMTP__OPENSSL__VERIFY__MODE=peer",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "OPENPROJECT_SMTP__AUTHENTICATION=login with OPENPROJECT_SMTP__USER__NAME and OPENPROJECT_SMTP__PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current OpenProject release"),
    fix_text(W::Username, &[], "OPENPROJECT_SMTP__USER__NAME={value}"),
    fix_text(W::Password, &[], "OPENPROJECT_SMTP__PASSWORD={value}"),
    fix_text(W::From, &[], "OPENPROJECT_MAIL__FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "OpenProject has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// Rails' boolean cast (after YAML): `None` for a reference.
fn rails_true(f: &Field) -> Option<bool> {
    let text = f.value.literal()?;
    let t = text.trim().to_ascii_lowercase();
    Some(!matches!(
        t.as_str(),
        "" | "false" | "0" | "f" | "off" | "no" | "~" | "null" | "nil"
    ))
}

/// `ssl:` and `enable_starttls_auto:` are always handed to the mail gem,
/// both false unless set.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let ssl = cfg.get(ImplicitTls);
    let auto = cfg.get(StartTls);
    if [ssl, auto].iter().flatten().any(|f| f.value.is_reference()) {
        return tls;
    }
    let ssl_on = ssl.filter(|f| rails_true(f) == Some(true));
    let auto_on = auto.filter(|f| rails_true(f) == Some(true));
    match (ssl_on, auto_on) {
        (Some(s), Some(a)) => {
            tls.implicit = Some(Evidence::of(s));
            tls.starttls = Some(Evidence::of(a));
            tls.conflicting = true;
        }
        (Some(s), None) => {
            tls.choose(Security::Implicit, Evidence::of(s));
        }
        (None, Some(a)) => {
            tls.choose(Security::StartTls, Evidence::of(a));
        }
        (None, None) => {
            tls.choose(Security::None, match auto {
                Some(a) => Evidence::of(a),
                None => Evidence::absent(
                    "SMTP_ENABLE_STARTTLS_AUTO not set: OpenProject passes enable_starttls_auto: false (no STARTTLS)",
                ),
            });
        }
    }
    tls
}

pub static OPENPROJECT: Profile = Profile {
    id: "openproject",
    name: "OpenProject SMTP settings (OPENPROJECT_SMTP__* / configuration.yml)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.openproject.org/docs/installation-and-operations/configuration/outbound-emails/ https://www.openproject.org/docs/installation-and-operations/configuration/environment/ https://github.com/opf/openproject/blob/dev/config/constants/settings/definition.rb https://github.com/opf/openproject/blob/dev/app/models/setting/mail_settings.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["OPENPROJECT_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Except(words!["false", "0", "f", "off", "no", ""]),
    port: Some(587),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["test", "file"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "OPENPROJECT_EMAIL__DELIVERY__METHOD",
    }),
    fixes: FIXES,
    sender_hint: "OPENPROJECT_MAIL__FROM / mail_from (default openproject@example.net)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "OPENPROJECT_EMAIL__DELIVERY__METHOD=smtp\nOPENPROJECT_SMTP__ADDRESS=smtp.postmarkapp.com\nOPENPROJECT_SMTP__PORT=587\nOPENPROJECT_SMTP__DOMAIN=acme.io\nOPENPROJECT_SMTP__AUTHENTICATION=plain\nOPENPROJECT_SMTP__USER__NAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nOPENPROJECT_SMTP__PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nOPENPROJECT_SMTP__ENABLE__STARTTLS__AUTO=true\nOPENPROJECT_MAIL__FROM=projects@acme.io\n";

    #[test]
    fn env_is_read() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "openproject");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "projects@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn starttls_defaults_to_off() {
        let (_, s, ids) =
            first(&ENV.replace("OPENPROJECT_SMTP__ENABLE__STARTTLS__AUTO=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("AUTO=true", "AUTO=false"));
        assert_eq!(s["security"], "none");
        let (_, s, ids) = first(
            &ENV.replace("AUTO=true", "AUTO=false")
                .replace("=587", "=465")
                .replace("MAIL__FROM", "SMTP__SSL=true\nOPENPROJECT_MAIL__FROM"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn sendmail_and_verify() {
        let (_, _, ids) = first(&ENV.replace("METHOD=smtp", "METHOD=sendmail"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&format!(
            "{ENV}OPENPROJECT_SMTP__OPENSSL__VERIFY__MODE=none\n"
        ));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn configuration_yml() {
        let (client, s, _) = first(
            "production:\n  email_delivery_method: :smtp\n  smtp_address: smtp.postmarkapp.com\n  smtp_port: 587\n  smtp_domain: acme.io\n  smtp_user_name: \"u\"\n  smtp_password: \"p\"\n  smtp_enable_starttls_auto: true\n  smtp_authentication: plain\n",
        );
        assert_eq!(client, "openproject");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn other_pastes_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER_NAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "openproject");
        let (client, _, _) = first(
            "gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_address'] = \"smtp.postmarkapp.com\"\ngitlab_rails['smtp_port'] = 587\n",
        );
        assert_ne!(client, "openproject");
        // Chatwoot's .env shares the Rails names but not SMTP_USER_NAME.
        let (client, _, _) = first(
            "MAILER_SENDER_EMAIL=Acme <support@acme.io>\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_AUTHENTICATION=plain\nSMTP_ENABLE_STARTTLS_AUTO=true\nFRONTEND_URL=https://chat.acme.io\n",
        );
        assert_eq!(client, "chatwoot");
    }

    #[test]
    fn unprefixed_aliases_from_the_docs() {
        let (client, s, _) = first(
            "EMAIL_DELIVERY_METHOD=\"smtp\"\nSMTP_ADDRESS=\"smtp.postmarkapp.com\"\nSMTP_PORT=\"587\"\nSMTP_AUTHENTICATION=\"plain\"\nSMTP_USER_NAME=\"u\"\nSMTP_PASSWORD=\"u\"\nSMTP_ENABLE_STARTTLS_AUTO=\"true\"\n",
        );
        assert_eq!(client, "openproject");
        assert_eq!(s["security"], "starttls");
    }
}
