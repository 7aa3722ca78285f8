//! Drupal's mail settings as configuration (the shapes beside the
//! `settings.php` overrides that [`super::drupal`] reads).
//!
//! **SMTP Authentication Support** (drupal.org/project/smtp) exported with
//! the site's configuration: `config/sync/smtp.settings.yml`, its keys at
//! the top (`smtp_on: true`, `smtp_host: …`). The meaning is the module's
//! (its `config/install/smtp.settings.yml` and `SMTPMailSystem::mail()`),
//! as in [`super::drupal`]: `smtp_on` turns the module's mail system on
//! (off at install: PHP `mail()` sends); `smtp_host` (and
//! `smtp_hostbackup`, tried second) is PHPMailer's `Host`; `smtp_port` its
//! `Port` (`'25'` at install); `smtp_protocol` `ssl` is TLS from the first
//! byte, `tls` required STARTTLS, `standard` (the install value) leaves
//! PHPMailer's `SMTPAutoTLS` (the module's `smtp_autotls`, true at
//! install) to upgrade when the server offers STARTTLS; `smtp_username`
//! and `smtp_password` log in when both are non-empty; `smtp_from` is the
//! From (else the site's address). Since 8.x-1.0 `smtp_on` is a boolean;
//! the alpha releases exported `'1'`/`'0'`, read the same way. The key
//! names are the module's own and lowercase; its markers are the names no
//! other application writes (`smtp_on`, `smtp_autotls`, `smtp_hostbackup`,
//! `smtp_client_helo`, `smtp_allowhtml`, `smtp_fromname`, the exported
//! `prev_mail_system`): `smtp_host`/`smtp_protocol` alone are many apps'.
//!
//! **Symfony Mailer** (drupal.org/project/symfony_mailer, and its Lite
//! fork): a transport is a config entity
//! (`symfony_mailer.mailer_transport.<id>.yml`) with `plugin: smtp` and
//! `configuration: {user, pass, host, port, query: {verify_peer, …}}`, or
//! `plugin: dsn` with `configuration.dsn`; the plugin's `getDsn()` builds
//! `smtp://user:pass@host:port?…` (the port only when set, the query
//! without its defaults) and hands it to Symfony Mailer
//! (`Transport::fromDsn`, `EsmtpTransportFactory`): port 465 is TLS from
//! the first byte; no port (`port: null`, empty) dials 465 with TLS from
//! the first byte unless the host is `localhost` (then 25); any other port
//! upgrades with STARTTLS when the server offers it; `verify_peer: false`
//! turns certificate checks off. Drupal core's own Symfony mailer (10.2+,
//! `system.mail` `mailer_dsn: {scheme, host, user, password, port,
//! options}`, `Drupal\Core\Mail\Plugin\Mail\SymfonyMailer`) builds the same
//! `Dsn` from its parts, so it is read the same way, with `scheme: smtps`
//! for TLS from the first byte and `sendmail`/`native`/`null` for no SMTP.
//! The same keys as `settings.php` overrides
//! (`$config['symfony_mailer.mailer_transport.smtp']['configuration']['host']`,
//! `$config['system.mail']['mailer_dsn'] = [...]`) are read too, with
//! `$config['system.site']['mail']` (the site's address: the From unless
//! a mailer policy sets one).
//!
//! `drush config:set NAME KEY VALUE` lines (`cset`, `config-set`) are read
//! as the same keys (`smtp.settings.smtp_host`,
//! `symfony_mailer.mailer_transport.smtp.configuration.host`). Not read:
//! Drupal 7's `variable_set` values.

use crate::extract::profile::{
    fix_text, k, kr, mark, mark_value, shared, syn, words, Fix, Hooks, Key, Marker, Profile, Read,
    Switch, UrlFlavor, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::{drupal, laravel, phpmailer, url};

const SMTP_KEYS: &[Key] = &[
    kr("smtp_host", Host, Read::HostList),
    k("smtp_port", Port),
    k("smtp_protocol", Encryption),
    k("smtp_autotls", StartTls),
    k("smtp_username", Username),
    k("smtp_password", Password),
    k("smtp_from", From),
    k("smtp_on", Enabled),
];

const SMTP_MARKERS: &[Marker] = &[
    mark("smtp_on"),
    mark("smtp_autotls"),
    mark("smtp_hostbackup"),
    mark("smtp_client_helo"),
    mark("smtp_client_hostname"),
    mark("smtp_allowhtml"),
    mark("smtp_fromname"),
    mark("prev_mail_system"),
    // Written by other apps too: they add to the score only.
    shared(mark("smtp_protocol")),
];

const SMTP_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port: '{port}' in smtp.settings.yml"),
    fix_text(W::Host, &[], "smtp_host: {value} in smtp.settings.yml"),
    fix_text(
        W::StartTls,
        &[],
        "smtp_protocol: tls in smtp.settings.yml (with smtp_port: '587')",
    ),
    drupal::VERIFY_ON_FIX,
    fix_text(
        W::AuthOn,
        &[],
        "smtp_username and smtp_password (both non-empty) in smtp.settings.yml",
    ),
    laravel::TLS_MODERN_FIX,
    fix_text(
        W::Username,
        &[],
        "smtp_username: {value} in smtp.settings.yml",
    ),
    fix_text(
        W::Password,
        &[],
        "smtp_password: {value} in smtp.settings.yml",
    ),
    fix_text(W::From, &[], "smtp_from: {value} in smtp.settings.yml"),
    drupal::STREAM_FIX,
];

pub static DRUPAL_SMTP_CONFIG: Profile = Profile {
    id: "drupal-smtp-config",
    name: "Drupal SMTP module (smtp.settings.yml)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.drupal.org/project/smtp https://git.drupalcode.org/project/smtp/-/blob/8.x-1.x/config/install/smtp.settings.yml https://git.drupalcode.org/project/smtp/-/blob/8.x-1.x/src/Plugin/Mail/SMTPMailSystem.php",
    // The exported YAML, and `drush cset smtp.settings smtp_host …` lines
    // (read as `smtp.settings.smtp_host`).
    syntaxes: syn::YAML | syn::ENV,
    keys: SMTP_KEYS,
    markers: SMTP_MARKERS,
    needs_marker: true,
    family: &["smtp_"],
    other_keys: drupal::OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: Some("Drupal's default mail system (PHP mail())"),
        name: "smtp_on",
    }),
    fixes: SMTP_FIXES,
    sender_hint: "smtp_from in smtp.settings.yml (else the site email address)",
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// Both shapes of the Symfony Mailer transport: the contrib module's
/// config entity (`configuration.*`) and core's `mailer_dsn.*`.
const MAILER_KEYS: &[Key] = &[
    k("configuration.host|mailer_dsn.host", Host),
    k("configuration.port|mailer_dsn.port", Port),
    k("configuration.user|mailer_dsn.user", Username),
    k("configuration.pass|mailer_dsn.password", Password),
    k(
        "configuration.query.verify_peer|mailer_dsn.options.verify_peer",
        VerifyPeer,
    ),
    kr("configuration.dsn", Url, Read::Url(UrlFlavor::Symfony)),
    // The site's address, the From unless the mailer policy sets one
    // (`$config['system.site']['mail']` in settings.php).
    k("system.site.mail", From),
    k("plugin|mailer_dsn.scheme", Transport),
];

const MAILER_MARKERS: &[Marker] = &[
    mark_value("plugin", "smtp"),
    mark_value("plugin", "dsn"),
    mark("configuration.query.verify_peer"),
    mark("configuration.query.local_domain"),
    mark("configuration.pass"),
    mark("mailer_dsn.scheme"),
    mark("mailer_dsn.options"),
    mark("mailer_dsn.password"),
];

const MAILER_OTHER_KEYS: Words = words![
    "query",
    "local_domain",
    "restart_threshold",
    "restart_threshold_sleep",
    "ping_threshold",
    "peer_fingerprint",
    "use_key_module",
    "pass_key",
    "options",
    "uuid",
    "langcode",
    "status",
    "dependencies",
    "id",
    "label",
];

const MAILER_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under configuration: (or mailer_dsn:)"),
    fix_text(W::Host, &[], "host: {value} under configuration: (or mailer_dsn:)"),
    fix_text(
        W::StartTls,
        &[],
        "port: 587 under configuration: (Symfony Mailer then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "verify_peer: true under configuration.query:"),
    fix_text(
        W::AuthOn,
        &[],
        "user and pass under configuration: (user and password under mailer_dsn:)",
    ),
    laravel::TLS_MODERN_FIX,
    fix_text(W::Username, &[], "user: {value} under configuration:"),
    fix_text(W::Password, &[], "pass: {value} under configuration:"),
    fix_text(
        W::From,
        &[],
        "the From in the mailer policy (Administration › Configuration › System › Mailer), else the site email address",
    ),
    fix_text(
        W::Stream,
        &[],
        "an X-PM-Message-Stream header in the mailer policy, or a Server whose default stream is `{value}`",
    ),
];

pub static DRUPAL_SYMFONY_MAILER: Profile = Profile {
    id: "drupal-symfony-mailer",
    name: "Drupal Symfony Mailer transport (mailer_transport / system.mail mailer_dsn)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.drupal.org/docs/contributed-modules/symfony-mailer-0 https://git.drupalcode.org/project/symfony_mailer/-/blob/1.x/src/Plugin/MailerTransport/SmtpTransport.php https://git.drupalcode.org/project/drupal/-/blob/11.x/core/lib/Drupal/Core/Mail/Plugin/Mail/SymfonyMailer.php https://github.com/symfony/mailer/blob/7.1/Transport/Smtp/EsmtpTransport.php",
    syntaxes: syn::YAML | syn::PHP | syn::ENV,
    keys: MAILER_KEYS,
    markers: MAILER_MARKERS,
    needs_marker: true,
    other_keys: MAILER_OTHER_KEYS,
    case_sensitive: true,
    switch: Some(Switch {
        smtp: words!["smtp", "smtps", "dsn"],
        no_mail: words!["null"],
        local: words!["sendmail", "native"],
        missing: None,
        off: None,
        name: "plugin (mailer_dsn.scheme)",
    }),
    fixes: MAILER_FIXES,
    sender_hint: "the From in the mailer policy (Administration › Configuration › System › Mailer), else the site email address",
    url_params: url::SYMFONY_DSN.url_params,
    leftovers: url::SYMFONY_DSN.leftovers,
    hooks: Hooks {
        tls: Some(mailer_tls),
        default_port: Some(mailer_port),
        finish: Some(mailer_finish),
        write: url::HOOKS.write,
        settings: url::HOOKS.settings,
        ..Hooks::NONE
    },
    ..BASE
};

/// The DSN's reading; then a port set to nothing (`port: null`, `''`) is
/// no port: the plugin leaves it out of the DSN.
fn mailer_finish(doc: &Document, configs: &mut Vec<Config>) {
    url::finish(doc, configs);
    for c in configs.iter_mut() {
        c.ignore_fields(|f| f.role != Port || f.value.is_reference() || !unset(&f.value.text));
    }
}

/// `null`, `~` or empty: a YAML or PHP value that sets nothing.
fn unset(text: &str) -> bool {
    let t = text.trim().trim_matches(['\'', '"']);
    t.is_empty() || t.eq_ignore_ascii_case("null") || t == "~"
}

/// The port as written, `None` where none is set (absent, empty, `null`,
/// `~`: the plugin then leaves it out of the DSN).
fn written_port(cfg: &Config) -> Option<&str> {
    let t = cfg.get(Port)?.value.text.trim().trim_matches(['\'', '"']);
    (!unset(t)).then_some(t)
}

/// Symfony Mailer's reading of the transport's parts (see the module
/// docs); a `plugin: dsn` transport is its DSN's reading.
fn mailer_tls(cfg: &Config) -> Tls {
    if cfg.get(Url).is_some() {
        return url::tls(cfg);
    }
    let mut tls = Tls::default();
    if let Some(scheme) = cfg.get(Transport) {
        if scheme.value.is_reference() {
            return tls;
        }
        if scheme.value.text.trim().eq_ignore_ascii_case("smtps") {
            tls.choose(Security::Implicit, Evidence::of(scheme));
            return tls;
        }
    }
    match cfg.get(Port) {
        Some(f) if f.value.is_reference() => return tls,
        Some(f) if written_port(cfg) == Some("465") => {
            tls.choose(Security::Implicit, Evidence::of(f));
            return tls;
        }
        _ => {}
    }
    let host = cfg.literal(Host).map(str::trim);
    if written_port(cfg).is_none() && host != Some("localhost") {
        tls.choose(
            Security::Implicit,
            Evidence::absent(
                "no port (Symfony Mailer then dials 465 with TLS from the first byte)",
            ),
        );
    } else {
        tls.mode = Some(Security::StartTls);
    }
    tls
}

/// No port: 465 (TLS from the first byte), or 25 for `localhost`.
fn mailer_port(cfg: &Config) -> Option<u16> {
    if cfg.get(Url).is_some() {
        return url::HOOKS.default_port.and_then(|f| f(cfg));
    }
    if written_port(cfg).is_some() {
        return None;
    }
    Some(if mailer_tls(cfg).mode == Some(Security::Implicit) {
        465
    } else {
        25
    })
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "_core:\n  default_config_hash: 2v5R3I9tNatGzKQjuZWh1y_955xK09313Vn-IIuedyI\nlangcode: en\nsmtp_on: true\nsmtp_host: smtp.postmarkapp.com\nsmtp_hostbackup: ''\nsmtp_port: '587'\nsmtp_protocol: tls\nsmtp_autotls: true\nsmtp_timeout: 30\nsmtp_username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_from: site@acme-widgets.io\nsmtp_fromname: Acme\nsmtp_allowhtml: true\nprev_mail_system: php_mail\n";

    #[test]
    fn smtp_settings_export() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "drupal-smtp-config");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "site@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn smtp_protocol_words() {
        let (_, s, ids) = first(&YML.replace("protocol: tls", "protocol: ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `standard`: PHPMailer's STARTTLS when offered, unless autotls is off.
        let (_, s, _) = first(&YML.replace("protocol: tls", "protocol: standard"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(
            &YML.replace("protocol: tls", "protocol: standard")
                .replace("autotls: true", "autotls: false"),
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn smtp_module_off() {
        let (_, _, ids) = first(&YML.replace("smtp_on: true", "smtp_on: false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_apps_smtp_names_are_not_drupal() {
        // An Ansible-style vars file with the generic names only.
        let (client, _, _) = first("smtp_host: smtp.postmarkapp.com\nsmtp_port: 587\nsmtp_protocol: smtp\nsmtp_username: u\nsmtp_password: p\n");
        assert_ne!(client, "drupal-smtp-config");
    }

    const TRANSPORT: &str = "uuid: c2a95105-9280-4378-adab-69f7cf45e656\nlangcode: en\nstatus: true\ndependencies: {  }\nid: smtp\nlabel: SMTP\nplugin: smtp\nconfiguration:\n  user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  pass: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  host: smtp.postmarkapp.com\n  port: 587\n  query:\n    verify_peer: true\n    local_domain: ''\n";

    #[test]
    fn symfony_mailer_transport() {
        let (client, s, ids) = first(TRANSPORT);
        assert_eq!(client, "drupal-symfony-mailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn symfony_mailer_ports_and_verification() {
        let (_, s, ids) = first(&TRANSPORT.replace("port: 587", "port: 465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // No port: Symfony dials 465 with TLS from the first byte.
        let (_, s, ids) = first(&TRANSPORT.replace("port: 587", "port: null"));
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "port/invalid"), "{ids:?}");
        assert!(
            has(&ids, "port/465-unsupported") || has(&ids, "port/missing"),
            "{ids:?}"
        );
        let (_, _, ids) = first(&TRANSPORT.replace("verify_peer: true", "verify_peer: false"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&TRANSPORT.replace("plugin: smtp", "plugin: sendmail"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn a_dsn_transport_is_read_as_symfony_reads_it() {
        let yml = "id: postmark\nlabel: Postmark\nplugin: dsn\nconfiguration:\n  dsn: 'smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com'\n";
        let (client, s, ids) = first(yml);
        assert_eq!(client, "drupal-symfony-mailer");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn drush_config_set_lines() {
        let sh = "drush cset smtp.settings smtp_on 1 -y\ndrush cset smtp.settings smtp_host smtp.postmarkapp.com -y\ndrush cset smtp.settings smtp_port 465 -y\ndrush cset smtp.settings smtp_protocol ssl -y\ndrush cset smtp.settings smtp_username 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c -y\ndrush cset smtp.settings smtp_password 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c -y\n";
        let (client, s, ids) = first(sh);
        assert_eq!(client, "drupal-smtp-config");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) = first(&sh.replace("smtp_on 1", "smtp_on 0"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn core_mailer_dsn() {
        let yml = "interface:\n  default: symfony_mailer\nmailer_dsn:\n  scheme: smtps\n  host: smtp.postmarkapp.com\n  user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  port: 587\n  options: {  }\n";
        let (client, s, ids) = first(yml);
        assert_eq!(client, "drupal-symfony-mailer");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&yml.replace("scheme: smtps", "scheme: smtp"));
        assert_eq!(s["security"], "starttls");
        // The same as a settings.php override.
        let php = "<?php\n$config['system.site']['mail'] = 'noreply@acme-widgets.io';\n$config['system.mail']['mailer_dsn'] = [\n  'scheme' => 'smtp',\n  'host' => 'smtp.postmarkapp.com',\n  'user' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n  'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n  'port' => 587,\n  'options' => [],\n];\n";
        let (client, s, ids) = first(php);
        assert_eq!(client, "drupal-symfony-mailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }
}
