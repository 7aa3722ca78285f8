//! Craft CMS: the system email settings with the SMTP transport adapter,
//! as `config/project/project.yaml` stores them (`email.transportType:
//! craft\mail\transportadapters\Smtp`, `email.transportSettings.host`…)
//! and as `config/app.php` sets them (`$settings->transportSettings =
//! ['host' => …]`).
//!
//! Meaning (Craft docs "Configuring Email"; `src/mail/transportadapters/Smtp.php`,
//! Craft 3 to 5):
//!
//! * `transportType`: the adapter class; `…\Smtp` sends through SMTP,
//!   `…\Sendmail` hands mail to the local program (Craft's default).
//! * `host`, `port` (both required, no default), `timeout`.
//! * `useAuthentication` (parsed as a boolean env value: `1`, `true`,
//!   `on`, `yes`) is the login switch: without it `username` and
//!   `password` are not sent.
//! * `encryptionMethod`: `ssl` = TLS from the first byte, `tls` = STARTTLS
//!   (Craft 3's Swift Mailer requires it; Craft 4+ hands the word to
//!   Symfony Mailer, which starts TLS whenever offered and on 465 from the
//!   first byte), `none`/empty = no word: STARTTLS when offered (Craft 4+).
//!   The table reads the words as Craft 3 did and the rest as Craft 4+;
//!   for Postmark on 587 with `tls` both read alike.
//! * Values may be `$ENV_VAR` references, resolved from the environment.
//! * The From is `fromEmail` (with `fromName`).

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Key, Profile, Sec, Switch, TlsModel, WriteKind as W,
    BASE,
};
use crate::model::Role::*;

const WORDS: &[(&str, Sec)] = &[
    ("ssl", Sec::Implicit),
    ("tls", Sec::StartTls),
    ("none", Sec::Ignored),
    ("", Sec::Ignored),
];

const TLS: TlsModel = TlsModel {
    words: WORDS,
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[465],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const KEYS: &[Key] = &[
    k("transportSettings.host", Host),
    k("transportSettings.port", Port),
    k("transportSettings.username", Username),
    k("transportSettings.password", Password),
    k("transportSettings.encryptionMethod", Encryption),
    k("transportSettings.useAuthentication", Auth),
    k("email.transportType|$settings.transportType", Transport),
    k("email.fromEmail|$settings.fromEmail", From),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: '{port}' under email.transportSettings"),
    fix_text(W::Host, &[], "host: {value} under email.transportSettings"),
    fix_text(
        W::StartTls,
        &[],
        "encryptionMethod: tls with port: '587' under email.transportSettings",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "useAuthentication: true with username and password under email.transportSettings",
    ),
    fix_text(W::TlsModern, &[], "a current Craft release"),
    fix_text(
        W::Username,
        &[],
        "username: {value} under email.transportSettings",
    ),
    fix_text(
        W::Password,
        &[],
        "password: {value} under email.transportSettings",
    ),
    fix_text(
        W::From,
        &[],
        "fromEmail: {value} under email (Settings → Email)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Craft has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CRAFT: Profile = Profile {
    id: "craft",
    name: "Craft CMS email settings (SMTP adapter)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://craftcms.com/docs/5.x/system/mail.html https://github.com/craftcms/cms/blob/5.x/src/mail/transportadapters/Smtp.php",
    syntaxes: syn::YAML | syn::PHP | syn::JSON,
    keys: KEYS,
    markers: &[
        mark("transportSettings.useAuthentication"),
        mark("transportSettings.encryptionMethod"),
        mark("email.transportType|$settings.transportType"),
    ],
    needs_marker: true,
    case_sensitive: true,
    tls: TLS,
    switch: Some(Switch {
        smtp: words!["Smtp"],
        no_mail: words![],
        local: words!["Sendmail"],
        missing: None,
        off: None,
        name: "transportType",
    }),
    auth_switch: Some("useAuthentication: true"),
    fixes: FIXES,
    sender_hint: "fromEmail in Settings → Email (email.fromEmail in project.yaml)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YAML: &str = "email:\n  fromEmail: web@acme.io\n  fromName: ACME\n  transportSettings:\n    encryptionMethod: tls\n    host: smtp.postmarkapp.com\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    port: '587'\n    timeout: '10'\n    useAuthentication: '1'\n    username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  transportType: craft\\mail\\transportadapters\\Smtp\n";

    #[test]
    fn project_yaml_words_and_switches() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "craft");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "web@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&YAML.replace("encryptionMethod: tls", "encryptionMethod: ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) =
            first(&YAML.replace("useAuthentication: '1'", "useAuthentication: false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        let (_, _, ids) = first(&YAML.replace("    useAuthentication: '1'\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
        let (_, _, ids) =
            first(&YAML.replace("transportadapters\\Smtp", "transportadapters\\Sendmail"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn app_php_settings() {
        let php = "<?php\nuse craft\\helpers\\App;\nreturn [\n    'components' => [\n        'mailer' => function() {\n            $settings = App::mailSettings();\n            $settings->transportType = craft\\mail\\transportadapters\\Smtp::class;\n            $settings->transportSettings = [\n                'host' => 'smtp.postmarkapp.com',\n                'port' => '587',\n                'encryptionMethod' => 'tls',\n                'useAuthentication' => true,\n                'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n            ];\n            return App::mailerConfig($settings);\n        },\n    ],\n];\n";
        let (client, s, _) = first(php);
        assert_eq!(client, "craft");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
    }
}
