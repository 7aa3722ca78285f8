//! Discourse: the `env:` block of `containers/app.yml`
//! (`DISCOURSE_SMTP_*`), the same variables in any env file, or
//! `config/discourse.conf` (`smtp_address = …`).
//!
//! Meaning (`GlobalSetting.smtp_settings`, `discourse_defaults.conf`):
//! port 25 when unset (`discourse-setup` writes 587); STARTTLS when offered
//! unless `DISCOURSE_SMTP_ENABLE_START_TLS` is `false` (then plain text);
//! `DISCOURSE_SMTP_FORCE_TLS=true` is implicit TLS and turns STARTTLS off;
//! `DISCOURSE_SMTP_OPENSSL_VERIFY_MODE=none` skips certificate checks.
//! Discourse coerces exactly the words `true` and `false`. Without an
//! address Discourse falls back to sendmail. The From address is the
//! `notification_email` site setting (`DISCOURSE_NOTIFICATION_EMAIL`, or
//! `SiteSetting.notification_email='…'` in the `run:` section of app.yml).
//!
//! Fixes change the settings where they are written and never add them:
//! Discourse's defaults already mean STARTTLS.

use crate::extract::profile::{
    fix_text, k, mark, pairs, set_if, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, SetVal,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, Val};
use crate::extract::Config;
use crate::model::{Evidence, Field, Quote, Role::*, Security, Tls, Value};

const ENV_KEYS: &[Key] = &[
    k("DISCOURSE_SMTP_ADDRESS", Host),
    k("DISCOURSE_SMTP_PORT", Port),
    k("DISCOURSE_SMTP_USER_NAME", Username),
    k("DISCOURSE_SMTP_PASSWORD", Password),
    k("DISCOURSE_SMTP_ENABLE_START_TLS", StartTls),
    k("DISCOURSE_SMTP_FORCE_TLS", ImplicitTls),
    k("DISCOURSE_SMTP_OPENSSL_VERIFY_MODE", VerifyMode),
    k("DISCOURSE_SMTP_AUTHENTICATION", AuthMethod),
    k("DISCOURSE_NOTIFICATION_EMAIL", From),
];

/// `config/discourse.conf` names (no sender there: it is a site setting).
const CONF_KEYS: &[Key] = &[
    k("smtp_address", Host),
    k("smtp_port", Port),
    k("smtp_user_name", Username),
    k("smtp_password", Password),
    k("smtp_enable_start_tls", StartTls),
    k("smtp_force_tls", ImplicitTls),
    k("smtp_openssl_verify_mode", VerifyMode),
    k("smtp_authentication", AuthMethod),
];

/// Any `DISCOURSE_SMTP_*` variable says Discourse.
const ENV_MARKERS: &[Marker] = &[mark("DISCOURSE_SMTP_*")];

/// `smtp_address` and `smtp_port` are common names; these two are Discourse's.
const CONF_MARKERS: &[Marker] = &[mark("smtp_enable_start_tls"), mark("smtp_force_tls")];

const OTHER_KEYS: Words = words![
    "DISCOURSE_SMTP_DOMAIN",
    "DISCOURSE_SMTP_OPEN_TIMEOUT",
    "DISCOURSE_SMTP_READ_TIMEOUT",
    "DISCOURSE_HOSTNAME",
];

const LEFTOVERS: Pairs = pairs![
    ("DISCOURSE_SMTP_USERNAME", "DISCOURSE_SMTP_USER_NAME"),
    ("DISCOURSE_SMTP_USER", "DISCOURSE_SMTP_USER_NAME"),
    ("DISCOURSE_SMTP_HOST", "DISCOURSE_SMTP_ADDRESS"),
    (
        "DISCOURSE_SMTP_ENABLE_STARTTLS",
        "DISCOURSE_SMTP_ENABLE_START_TLS",
    ),
    ("DISCOURSE_SMTP_TLS", "DISCOURSE_SMTP_FORCE_TLS"),
];

/// The machine settings: changed where written, under their own keys.
const PORT: &[crate::extract::profile::Set] = &[set_if(Port, "", SetVal::Port)];
const HOST: &[crate::extract::profile::Set] = &[set_if(Host, "", SetVal::Given)];
const START_TLS: &[crate::extract::profile::Set] = &[
    set_if(ImplicitTls, "", SetVal::Lit("false")),
    set_if(StartTls, "", SetVal::Lit("true")),
];
const VERIFY: &[crate::extract::profile::Set] = &[set_if(VerifyMode, "", SetVal::Word("peer"))];

const TLS_MODERN: &str = "a Discourse image with a current OpenSSL (./launcher rebuild app)";
const STREAM: &str =
    "Discourse sets no stream header: use a Server whose default stream is `{value}`";

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, PORT, "DISCOURSE_SMTP_PORT: {port}"),
    fix_text(W::Host, HOST, "DISCOURSE_SMTP_ADDRESS: {host}"),
    fix_text(
        W::StartTls,
        START_TLS,
        "DISCOURSE_SMTP_ENABLE_START_TLS: true and DISCOURSE_SMTP_FORCE_TLS: false",
    ),
    fix_text(
        W::VerifyOn,
        VERIFY,
        "DISCOURSE_SMTP_OPENSSL_VERIFY_MODE: peer",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "DISCOURSE_SMTP_USER_NAME and DISCOURSE_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], TLS_MODERN),
    fix_text(W::Username, &[], "DISCOURSE_SMTP_USER_NAME: {value}"),
    fix_text(W::Password, &[], "DISCOURSE_SMTP_PASSWORD: {value}"),
    fix_text(W::From, &[], "DISCOURSE_NOTIFICATION_EMAIL: {value}"),
    fix_text(W::Stream, &[], STREAM),
];

const CONF_FIXES: &[Fix] = &[
    fix_text(W::Port, PORT, "smtp_port = {port}"),
    fix_text(W::Host, HOST, "smtp_address = {host}"),
    fix_text(
        W::StartTls,
        START_TLS,
        "smtp_enable_start_tls = true and smtp_force_tls = false",
    ),
    fix_text(W::VerifyOn, VERIFY, "smtp_openssl_verify_mode = peer"),
    fix_text(W::AuthOn, &[], "smtp_user_name and smtp_password"),
    fix_text(W::TlsModern, &[], TLS_MODERN),
    fix_text(W::Username, &[], "smtp_user_name = {value}"),
    fix_text(W::Password, &[], "smtp_password = {value}"),
    fix_text(W::From, &[], "DISCOURSE_NOTIFICATION_EMAIL = {value}"),
    fix_text(W::Stream, &[], STREAM),
];

pub static DISCOURSE_ENV: Profile = Profile {
    id: "discourse-env",
    name: "Discourse app.yml / env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/discourse/discourse/blob/main/config/discourse_defaults.conf https://github.com/discourse/discourse_docker/blob/main/samples/standalone.yml",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    family: &["DISCOURSE_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    fixes: ENV_FIXES,
    sender_hint: "DISCOURSE_NOTIFICATION_EMAIL in the env: section of containers/app.yml (the `notification_email` site setting)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(run_section_sender),
        ..Hooks::NONE
    },
    ..BASE
};

pub static DISCOURSE_CONF: Profile = Profile {
    syntaxes: syn::INI | syn::CONF | syn::PROPERTIES | syn::TOML | syn::ENV,
    keys: CONF_KEYS,
    markers: CONF_MARKERS,
    family: &["smtp_"],
    other_keys: words!["smtp_domain", "smtp_open_timeout", "smtp_read_timeout"],
    leftovers: pairs![],
    fixes: CONF_FIXES,
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..DISCOURSE_ENV
};

/// Discourse's reading (see the module docs).
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let (start, force) = (cfg.get(StartTls), cfg.get(ImplicitTls));
    if start.is_some_and(|f| f.value.is_reference())
        || force.is_some_and(|f| f.value.is_reference())
    {
        return tls;
    }
    let is =
        |f: Option<&Field>, w: &str| f.is_some_and(|f| f.value.text.trim().eq_ignore_ascii_case(w));
    if is(force, "true") {
        tls.implicit = force.map(Evidence::of);
        tls.mode = Some(Security::Implicit);
    } else if is(start, "false") {
        tls.disabled = start.map(Evidence::of);
        tls.mode = Some(Security::None);
    } else {
        tls.starttls = start.filter(|_| is(start, "true")).map(Evidence::of);
        tls.mode = Some(Security::StartTls);
    }
    tls
}

const SITE_SETTING: &str = "SiteSetting.notification_email";

/// The stock app.yml sets the sender in its `run:` section:
/// `- exec: rails r "SiteSetting.notification_email='x@y'"`. It is the
/// sender of the one configuration when no `DISCOURSE_NOTIFICATION_EMAIL` is set.
fn run_section_sender(doc: &Document, configs: &mut Vec<Config>) {
    let [cfg] = configs.as_mut_slice() else {
        return;
    };
    if cfg.get(From).is_some() {
        return;
    }
    let Some(from) = doc.active().find_map(|e| {
        // Offsets into the input are only exact for a verbatim value.
        if e.value.text != Val::VERBATIM {
            return None;
        }
        site_setting(doc.input, e.value.span()).map(|(key, value)| Field {
            role: From,
            key: SITE_SETTING.to_string(),
            key_span: key,
            value,
            syntax: e.syntax,
        })
    }) else {
        return;
    };
    let s = from.whole_span();
    cfg.span = cfg.span.start.min(s.start)..cfg.span.end.max(s.end);
    cfg.push(from);
}

/// `SiteSetting.notification_email='x@y'` inside `input[within]`: the
/// key's span and the quoted address.
fn site_setting(
    input: &str,
    within: std::ops::Range<usize>,
) -> Option<(std::ops::Range<usize>, Value)> {
    let text = input.get(within.clone())?;
    let at = text.find(SITE_SETTING)?;
    let after_key = at + SITE_SETTING.len();
    let rest = text[after_key..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let body = &rest[1..];
    let len = body.find(quote)?;
    let start = within.start + (text.len() - body.len());
    let key_start = within.start + at;
    let quote = if quote == '"' {
        Quote::Double
    } else {
        Quote::Single
    };
    Some((
        key_start..key_start + SITE_SETTING.len(),
        Value::verbatim(input, start..start + len, quote),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Write};

    const APP_YML: &str = "env:\n  LANG: en_US.UTF-8\n  DISCOURSE_HOSTNAME: forum.example.org\n  DISCOURSE_SMTP_ADDRESS: smtp.postmarkapp.com\n  DISCOURSE_SMTP_PORT: 587\n  DISCOURSE_SMTP_USER_NAME: 8d1f2c3b-4a5e-4f60-9b7a-0c1d2e3f4a5b\n  DISCOURSE_SMTP_PASSWORD: \"8d1f2c3b-4a5e-4f60-9b7a-0c1d2e3f4a5b\"\n  DISCOURSE_NOTIFICATION_EMAIL: noreply@forum.example.org\n";

    #[test]
    fn app_yml() {
        let c = extract(APP_YML);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "discourse-env");
        assert_eq!(c[0].literal(From), Some("noreply@forum.example.org"));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::StartTls));
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(2525)),
            "DISCOURSE_SMTP_PORT: 2525"
        );
    }

    #[test]
    fn default_port_is_25() {
        let c = extract("DISCOURSE_SMTP_ADDRESS=smtp.postmarkapp.com\n");
        assert_eq!(c[0].dialect.id(), "discourse-env");
        assert_eq!(c[0].effective_port(), Some(25));
    }

    #[test]
    fn force_tls_and_no_start_tls() {
        let c = extract(&format!("{APP_YML}  DISCOURSE_SMTP_FORCE_TLS: true\n"));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::Implicit));
        let c = extract(&format!(
            "{APP_YML}  DISCOURSE_SMTP_ENABLE_START_TLS: false\n"
        ));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::None));
        // Only the word `false` turns STARTTLS off.
        let c = extract(&format!("{APP_YML}  DISCOURSE_SMTP_ENABLE_START_TLS: no\n"));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::StartTls));
        // A fix only changes what is written.
        let sets = c[0].dialect.settings_for(&c[0], &Write::StartTls);
        assert!(sets.iter().all(|s| !s.insert && s.key.is_empty()));
    }

    #[test]
    fn discourse_conf() {
        let conf = "# address of smtp server used to send emails\nsmtp_address = smtp.postmarkapp.com\n# port of smtp server used to send emails\nsmtp_port = 465\n# smtp authentication mechanism\nsmtp_authentication = plain\n# enable TLS encryption for smtp connections\nsmtp_enable_start_tls = true\n";
        let c = extract(conf);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "discourse-env");
        assert_eq!(c[0].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(587)),
            "smtp_port = 587"
        );
    }

    #[test]
    fn sender_from_the_run_section() {
        let yml = "env:\n  DISCOURSE_SMTP_ADDRESS: smtp.postmarkapp.com\n  DISCOURSE_SMTP_PORT: 587\n\nrun:\n  ## - exec: rails r \"SiteSetting.notification_email='info@unconfigured.discourse.org'\"\n  - exec: rails r \"SiteSetting.notification_email='forum@acme.dev'\"\n";
        let c = extract(yml);
        assert_eq!(c.len(), 1, "{c:?}");
        let from = c[0].get(From).expect("from");
        assert_eq!(from.value.text, "forum@acme.dev");
        assert_eq!(&yml[from.value.span.clone()], "forum@acme.dev");
    }

    #[test]
    fn other_apps_smtp_keys_are_not_discourse() {
        let c = extract("smtp_address = smtp.postmarkapp.com\nsmtp_port = 587\n");
        assert!(c.iter().all(|c| c.dialect.id() != "discourse-env"), "{c:?}");
    }
}
