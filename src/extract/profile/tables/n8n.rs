//! n8n's user-management mail (invitations, password resets): the
//! `N8N_SMTP_*` environment variables, handed to nodemailer.
//!
//! Meaning (docs.n8n.io "User management SMTP" and the config class
//! `packages/@n8n/config/src/configs/user-management.config.ts`):
//!
//! * `N8N_SMTP_SSL` is nodemailer's `secure` and **defaults to true**: with
//!   it unset, n8n starts TLS on the first byte whatever the port, so
//!   `N8N_SMTP_PORT=587` alone fails the handshake. `false` means STARTTLS
//!   when the server offers it; `N8N_SMTP_STARTTLS` (default true) asks
//!   for STARTTLS.
//! * `N8N_SMTP_PORT` defaults to 465.
//! * `N8N_EMAIL_MODE` is the mail switch: `smtp` sends, empty sends none.
//! * `N8N_SMTP_SENDER` is the From.
//! * `N8N_SMTP_SECURE` is not a setting n8n reads (a frequent mistake).
//! * The names are read wherever the environment is written, also a pm2
//!   `ecosystem.config.js` (`apps: [{ env: { N8N_SMTP_HOST: … } }]`).

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Pairs, Profile, Sec, SetVal, Switch,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("N8N_SMTP_HOST", Host),
    k("N8N_SMTP_PORT", Port),
    k("N8N_SMTP_USER", Username),
    k("N8N_SMTP_PASS", Password),
    k("N8N_SMTP_SENDER", From),
    k("N8N_SMTP_SSL", ImplicitTls),
    k("N8N_SMTP_STARTTLS", StartTls),
    k("N8N_EMAIL_MODE", Transport),
];

const OTHER_KEYS: Words = words![
    "N8N_SMTP_OAUTH_SERVICE_CLIENT",
    "N8N_SMTP_OAUTH_PRIVATE_KEY",
    "N8N_UM_EMAIL_TEMPLATES_INVITE",
    "N8N_UM_EMAIL_TEMPLATES_PWRESET",
];

const LEFTOVERS: Pairs = pairs![
    ("N8N_SMTP_SECURE", "N8N_SMTP_SSL"),
    ("N8N_SMTP_PASSWORD", "N8N_SMTP_PASS"),
    ("N8N_SMTP_USERNAME", "N8N_SMTP_USER"),
    ("N8N_SMTP_FROM", "N8N_SMTP_SENDER"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "N8N_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "N8N_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "N8N_SMTP_SSL", SetVal::Bool(false)),
            set(StartTls, "N8N_SMTP_STARTTLS", SetVal::Bool(true)),
        ],
        "N8N_SMTP_SSL=false and N8N_SMTP_STARTTLS=true",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "N8N_SMTP_USER and N8N_SMTP_PASS"),
    fix_text(W::TlsModern, &[], "a current n8n release"),
    fix_text(W::Username, &[], "N8N_SMTP_USER={value}"),
    fix_text(W::Password, &[], "N8N_SMTP_PASS={value}"),
    fix_text(W::From, &[], "N8N_SMTP_SENDER={value}"),
    fix_text(
        W::Stream,
        &[],
        "n8n has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static N8N: Profile = Profile {
    id: "n8n-env",
    name: "n8n N8N_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.n8n.io/hosting/configuration/environment-variables/user-management-smtp-2fa/ https://github.com/n8n-io/n8n/blob/master/packages/%40n8n/config/src/configs/user-management.config.ts",
    // JS too: a pm2 `ecosystem.config.js` hands n8n its environment as
    // an `env: { N8N_SMTP_HOST: … }` object (names only n8n reads).
    syntaxes: syn::ENV_LIKE | syn::JS,
    keys: KEYS,
    family: &["N8N_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Auto,
        implicit_ports: &[],
        default: Sec::Implicit,
        both: Both::Implicit,
        absent: "N8N_SMTP_SSL is not set, and n8n's default is true",
    },
    port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "N8N_EMAIL_MODE",
    }),
    fixes: FIXES,
    sender_hint: "N8N_SMTP_SENDER",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn ssl_defaults_to_true_so_587_alone_fails() {
        let (client, s, ids) = first(
            "N8N_EMAIL_MODE=smtp\nN8N_SMTP_HOST=smtp.postmarkapp.com\nN8N_SMTP_PORT=587\nN8N_SMTP_USER=u\nN8N_SMTP_PASS=u\nN8N_SMTP_SENDER=a@acme.io\n",
        );
        assert_eq!(client, "n8n-env");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn ssl_false_is_starttls_and_secure_is_not_read() {
        let (_, s, ids) = first(
            "N8N_SMTP_HOST=smtp.postmarkapp.com\nN8N_SMTP_PORT=587\nN8N_SMTP_SSL=false\nN8N_SMTP_USER=u\nN8N_SMTP_PASS=u\n",
        );
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) =
            first("N8N_SMTP_HOST=smtp.postmarkapp.com\nN8N_SMTP_PORT=587\nN8N_SMTP_SECURE=false\n");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn pm2_ecosystem_env_object() {
        let (client, s, ids) = first(
            "module.exports = {\n  apps: [{\n    name: \"n8n\",\n    env: {\n      N8N_EMAIL_MODE: \"smtp\",\n      N8N_SMTP_HOST: \"smtp.postmarkapp.com\",\n      N8N_SMTP_PORT: \"587\",\n      N8N_SMTP_USER: \"u\",\n      N8N_SMTP_PASS: \"u\",\n    }\n  }]\n}\n",
        );
        assert_eq!(client, "n8n-env");
        // N8N_SMTP_SSL unset: TLS from the first byte on 587.
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }
}
