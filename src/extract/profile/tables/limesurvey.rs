//! LimeSurvey: the email settings of `application/config/config.php`
//! (`'config' => array('emailmethod' => 'smtp', 'emailsmtphost' => …)`,
//! also `$config['emailsmtphost'] = …;` as in `config-defaults.php`), and
//! the `LIMESURVEY_SMTP_*` environment of the adamzammit/limesurvey Docker
//! image, whose entrypoint writes them into the same settings.
//! LimeSurvey sends with PHPMailer (`LimeMailer extends PHPMailer`).
//!
//! Meaning (`application/config/config-defaults.php`, manual "Optional
//! settings" → "Email settings", `application/core/LimeMailer.php`):
//!
//! * `emailmethod` is the mail switch: `mail` (the default, PHP's
//!   `mail()`), `sendmail`, `qmail`, `smtp`, `plugin` (a mailer plugin
//!   such as the OAuth ones configures the mailer itself).
//! * `emailsmtphost` (default `localhost`) is `host` or `host:port` by
//!   design: LimeMailer splits it at the first `:`; without a port
//!   PHPMailer's default 25 is used (also with `ssl`).
//! * `emailsmtpssl`: `ssl` (or the integer `1`) = TLS from the first
//!   byte; `tls` = STARTTLS, required; empty (the default) = clear text:
//!   LimeMailer sets `SMTPAutoTLS = false`, so PHPMailer's automatic
//!   STARTTLS is off (the code says "allow own sign certificate").
//! * It logs in when `emailsmtpuser` is not blank (`emailsmtppassword`
//!   with it; a password saved from the admin UI is stored encrypted in
//!   the database, config.php holds it in clear).
//! * The From is `siteadminemail` (with `siteadminname`); a survey's own
//!   admin email replaces it for that survey's mails; `siteadminbounce`
//!   is the Return-Path, not the From.
//! * Settings saved in the admin UI ("Global settings" → "Email") live in
//!   the database and win over config-defaults.php; config.php's `config`
//!   section wins over both.
//!
//! Docker image (adamzammit/limesurvey-docker `entrypoint.sh`): when
//! `LIMESURVEY_SMTP_HOST` is set the method becomes `smtp` and
//! `emailsmtphost` takes it as written (so `host:port` there too);
//! `LIMESURVEY_SMTP_USER` and `LIMESURVEY_SMTP_PASSWORD` are written only
//! when both are set; `LIMESURVEY_SMTP_SSL` → `emailsmtpssl`;
//! `LIMESURVEY_ADMIN_EMAIL` → `siteadminemail` (the From);
//! `LIMESURVEY_FROM_EMAIL` → `siteadminbounce` (despite its name, the
//! Return-Path).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Profile, Read, Switch, Words,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const CONF_KEYS: &[Key] = &[
    kr("emailsmtphost", Host, Read::HostPort),
    k("emailsmtpuser", Username),
    k("emailsmtppassword", Password),
    k("emailsmtpssl", Encryption),
    k("emailmethod", Transport),
    k("siteadminemail", From),
];

const CONF_OTHER: Words = words![
    "siteadminname",
    "siteadminbounce",
    "emailsmtpdebug",
    "emailcharset",
    "emailplugin",
    "maxemails",
    "sendingrate",
    "protocol",
];

const CONF_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "'emailsmtphost' => 'smtp.postmarkapp.com:{port}' (LimeSurvey reads the port from emailsmtphost)",
    ),
    fix_text(
        W::Host,
        &[],
        "'emailsmtphost' => '{value}:587' (host:port in one setting)",
    ),
    fix_text(
        W::StartTls,
        &[],
        "'emailsmtpssl' => 'tls' with 'emailsmtphost' => 'smtp.postmarkapp.com:587'",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'emailsmtpuser' and 'emailsmtppassword' (LimeSurvey logs in when the user is set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "'emailsmtpuser' => '{value}'"),
    fix_text(W::Password, &[], "'emailsmtppassword' => '{value}'"),
    fix_text(W::From, &[], "'siteadminemail' => '{value}'"),
    fix_text(
        W::Stream,
        &[],
        "LimeSurvey has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LIMESURVEY: Profile = Profile {
    id: "limesurvey",
    name: "LimeSurvey config.php email settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.limesurvey.org/manual/Optional_settings#Email_settings https://github.com/LimeSurvey/LimeSurvey/blob/master/application/core/LimeMailer.php https://github.com/LimeSurvey/LimeSurvey/blob/master/application/config/config-defaults.php",
    syntaxes: syn::PHP,
    keys: CONF_KEYS,
    // `emailsmtp*` and `emailmethod` are LimeSurvey's own names.
    markers: &[
        mark("emailsmtphost"),
        mark("emailsmtpssl"),
        mark("emailsmtpuser"),
        mark("emailmethod"),
    ],
    needs_marker: true,
    family: &["emailsmtp"],
    other_keys: CONF_OTHER,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail", "qmail"],
        missing: Some("PHP's mail() function ('emailmethod' defaults to 'mail')"),
        off: None,
        name: "emailmethod",
    }),
    fixes: CONF_FIXES,
    sender_hint: "'siteadminemail' in config.php (or Global settings → Email in the admin UI)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

const ENV_KEYS: &[Key] = &[
    kr("LIMESURVEY_SMTP_HOST", Host, Read::HostPort),
    k("LIMESURVEY_SMTP_USER", Username),
    k("LIMESURVEY_SMTP_PASSWORD", Password),
    k("LIMESURVEY_SMTP_SSL", Encryption),
    k("LIMESURVEY_ADMIN_EMAIL", From),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "LIMESURVEY_SMTP_HOST=smtp.postmarkapp.com:{port} (the port goes in the host)",
    ),
    fix_text(W::Host, &[], "LIMESURVEY_SMTP_HOST={value}:587"),
    fix_text(
        W::StartTls,
        &[],
        "LIMESURVEY_SMTP_SSL=tls with LIMESURVEY_SMTP_HOST=smtp.postmarkapp.com:587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both LIMESURVEY_SMTP_USER and LIMESURVEY_SMTP_PASSWORD (the image writes them only together)",
    ),
    fix_text(W::TlsModern, &[], "a current LimeSurvey image"),
    fix_text(W::Username, &[], "LIMESURVEY_SMTP_USER={value}"),
    fix_text(W::Password, &[], "LIMESURVEY_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "LIMESURVEY_ADMIN_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "LimeSurvey has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LIMESURVEY_ENV: Profile = Profile {
    id: "limesurvey-env",
    name: "LimeSurvey Docker image LIMESURVEY_SMTP_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/adamzammit/limesurvey-docker#environment-variables https://github.com/adamzammit/limesurvey-docker/blob/master/entrypoint.sh https://github.com/LimeSurvey/LimeSurvey/blob/master/application/core/LimeMailer.php",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: &[
        mark("LIMESURVEY_SMTP_HOST"),
        mark("LIMESURVEY_SMTP_SSL"),
        mark("LIMESURVEY_SMTP_USER"),
    ],
    needs_marker: true,
    family: &["LIMESURVEY_SMTP_"],
    other_keys: words![
        "LIMESURVEY_FROM_EMAIL",
        "LIMESURVEY_ADMIN_NAME",
        "LIMESURVEY_SMTP_DEBUG"
    ],
    case_sensitive: true,
    port: Some(25),
    fixes: ENV_FIXES,
    sender_hint: "LIMESURVEY_ADMIN_EMAIL (LIMESURVEY_FROM_EMAIL is only the bounce address)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// `ssl` (or the integer 1) is TLS from the first byte, `tls` STARTTLS;
/// anything else is clear text, since LimeMailer turns PHPMailer's
/// automatic STARTTLS off.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(f) = cfg.get(Encryption) else {
        tls.choose(Security::None, Evidence::absent(
            "emailsmtpssl is not set (LimeSurvey's default '' sends in clear: it turns STARTTLS off)",
        ));
        return tls;
    };
    if f.value.is_reference() {
        return tls;
    }
    match f.value.text.trim().to_ascii_lowercase().as_str() {
        "ssl" | "1" => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        "tls" => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        _ => {
            tls.choose(Security::None, Evidence::of(f));
        }
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<?php\nreturn array(\n\t'components' => array(\n\t\t'db' => array(\n\t\t\t'connectionString' => 'mysql:host=localhost;port=3306;dbname=limesurvey;',\n\t\t\t'username' => 'limesurvey',\n\t\t\t'password' => 'Zq81vXb2',\n\t\t),\n\t),\n\t'config'=>array(\n\t\t'siteadminemail' => 'surveys@acme.io',\n\t\t'siteadminbounce' => 'bounce@acme.io',\n\t\t'emailmethod' => 'smtp',\n\t\t'emailsmtphost' => 'smtp.postmarkapp.com:587',\n\t\t'emailsmtpuser' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n\t\t'emailsmtppassword' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n\t\t'emailsmtpssl' => 'tls',\n\t)\n);\n";

    #[test]
    fn host_port_and_ssl_words() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "limesurvey");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "surveys@acme.io");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = first(&CONF.replace("'tls'", "'ssl'").replace(":587", ":465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported") || has(&ids, "tls/implicit-tls"));
        // Empty: LimeMailer turns PHPMailer's automatic STARTTLS off.
        let (_, s, ids) = first(&CONF.replace("'tls'", "''"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // No port in the host: PHPMailer's 25.
        let (_, s, ids) = first(&CONF.replace(":587", ""));
        assert!(s["port"].is_null(), "{s}");
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn the_method_switch() {
        let (_, _, ids) =
            first(&CONF.replace("'emailmethod' => 'smtp'", "'emailmethod' => 'mail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("\t\t'emailmethod' => 'smtp',\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn docker_image_environment() {
        let env = "LIMESURVEY_DB_HOST=mysql\nLIMESURVEY_ADMIN_EMAIL=surveys@acme.io\nLIMESURVEY_SMTP_HOST=smtp.postmarkapp.com:587\nLIMESURVEY_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nLIMESURVEY_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nLIMESURVEY_SMTP_SSL=tls\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "limesurvey-env");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "surveys@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) = first(&env.replace("LIMESURVEY_SMTP_SSL=tls\n", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn other_php_arrays_are_not_limesurvey() {
        let (client, _, _) = first("<?php\nreturn [\n  'host' => 'smtp.postmarkapp.com',\n  'port' => 587,\n  'encryption' => 'tls',\n  'username' => 'u',\n];\n");
        assert_ne!(client, "limesurvey");
    }
}
