//! Elixir Bamboo's SMTP adapter (`bamboo_smtp`): `config :app, App.Mailer,
//! adapter: Bamboo.SMTPAdapter, server: …`, turned into `gen_smtp_client`
//! options (see [`super::swoosh`] for what gen_smtp does with them).
//!
//! Meaning (hexdocs Bamboo.SMTPAdapter, the bamboo_smtp README and
//! `lib/bamboo/adapters/smtp_adapter.ex`, `to_gen_smtp_server_config`):
//!
//! * `server` is the SMTP server (gen_smtp's `relay`); `hostname` is only
//!   the name sent in EHLO, not the server. A `relay:` key is dropped by
//!   the adapter (every key it does not know is): `server` must be set.
//! * `server` and `port` are required (the adapter raises without them),
//!   so there is no default port. `port` may be a string (`"587"`).
//! * `ssl`: `true`/`"true"` is TLS from the first byte; `false`/`"false"`
//!   not; another value is dropped (gen_smtp's default: no implicit TLS).
//! * `tls`: `:always` (STARTTLS required), `:if_available` (**the
//!   default**, STARTTLS when offered), `:never`, also as strings; an atom
//!   gen_smtp does not know (`tls: true`, `tls: false`) means no STARTTLS.
//! * `auth` (`:if_available` default, `:always`), `username`, `password`,
//!   each also as `{:system, "ENV_NAME"}`; the From is set on each email.
//! * The `adapter` is the mail switch: `Bamboo.LocalAdapter` and
//!   `Bamboo.TestAdapter` keep the mail; API adapters (`Bamboo.PostmarkAdapter`…)
//!   do not use these settings.

use super::swoosh::{gen_smtp_other, own_keywords, GEN_SMTP_TLS, GEN_SMTP_TRUTH};
use crate::extract::profile::Hooks;
use crate::extract::profile::{
    fix_text, k, mark_value, pairs, syn, words, Fix, Key, Profile, Switch, Words, WriteKind as W,
    BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("server", Host),
    k("port", Port),
    k("username", Username),
    k("password", Password),
    k("ssl", ImplicitTls),
    k("tls", Encryption),
    k("adapter", Transport),
];

/// gen_smtp's options and Bamboo's own names for gen_smtp's TLS options,
/// read and not checked.
const OTHER_KEYS: Words = gen_smtp_other![
    "allowed_tls_versions",
    "tls_log_level",
    "tls_verify",
    "tls_cacertfile",
    "tls_cacerts",
    "tls_depth",
    "tls_verify_fun",
    "transport",
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port}"),
    fix_text(W::Host, &[], "server: \"{host}\""),
    fix_text(W::StartTls, &[], "tls: :always (and ssl: false)"),
    fix_text(
        W::VerifyOn,
        &[],
        "tls_verify: :verify_peer (with tls_cacertfile or tls_cacerts)",
    ),
    fix_text(W::AuthOn, &[], "auth: :always with username: and password:"),
    fix_text(W::TlsModern, &[], "allowed_tls_versions: [:\"tlsv1.2\"]"),
    fix_text(W::Username, &[], "username: \"{value}\""),
    fix_text(W::Password, &[], "password: \"{value}\""),
    fix_text(
        W::From,
        &[],
        "`|> from(\"{value}\")` on the email (Bamboo sets the From in code)",
    ),
    fix_text(
        W::Stream,
        &[],
        "|> put_header(\"X-PM-Message-Stream\", \"{value}\") on the email",
    ),
];

pub static BAMBOO: Profile = Profile {
    id: "bamboo-smtp",
    name: "Elixir Bamboo SMTP adapter",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://hexdocs.pm/bamboo_smtp/Bamboo.SMTPAdapter.html https://github.com/fewlinesco/bamboo_smtp/blob/main/lib/bamboo/adapters/smtp_adapter.ex",
    syntaxes: syn::ELIXIR,
    keys: KEYS,
    markers: &[mark_value("adapter", "Bamboo.")],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    // Swoosh's name for the server, which Bamboo drops.
    leftovers: pairs![("relay", "server")],
    truth: GEN_SMTP_TRUTH,
    tls: GEN_SMTP_TLS,
    // `port` is required: no default.
    port: None,
    switch: Some(Switch {
        smtp: words!["bamboo.smtpadapter"],
        no_mail: words!["localadapter", "testadapter"],
        local: words![],
        missing: None,
        off: None,
        name: "adapter",
    }),
    constants: words![
        "SMTPAdapter",
        "LocalAdapter",
        "TestAdapter",
        "PostmarkAdapter",
        "MailgunAdapter",
        "SendGridAdapter",
        "MandrillAdapter",
        "SesAdapter",
    ],
    fixes: FIXES,
    sender_hint: "`|> from(\"you@yourdomain.com\")` on each email (Bamboo has no From setting)",
    hooks: Hooks {
        finish: Some(own_keywords),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const CFG: &str = "use Mix.Config\n\nconfig :my_app, MyApp.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  username: \"a1b2c3d4-0000-4000-8000-1234567890ab\",\n  password: \"a1b2c3d4-0000-4000-8000-1234567890ab\",\n";

    #[test]
    fn server_is_the_host_and_string_port_is_read() {
        let (client, s, ids) = first(&format!(
            "{CFG}  server: \"smtp.postmarkapp.com\",\n  hostname: \"www.acme.io\",\n  port: \"587\",\n  tls: :always,\n  ssl: false\n"
        ));
        assert_eq!(client, "bamboo-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn hostname_is_not_the_server_and_relay_is_dropped() {
        let (client, s, ids) = first(&format!(
            "{CFG}  hostname: \"smtp.postmarkapp.com\",\n  relay: \"smtp.postmarkapp.com\",\n  port: 587\n"
        ));
        assert_eq!(client, "bamboo-smtp");
        assert_eq!(s["host"], serde_json::Value::Null);
        assert!(ids.iter().any(|i| i == "host/missing"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn ssl_string_true_is_implicit_and_tls_false_is_clear_text() {
        let (_, s, ids) = first(&format!(
            "{CFG}  server: \"smtp.postmarkapp.com\",\n  port: 465,\n  ssl: \"true\"\n"
        ));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&format!(
            "{CFG}  server: \"smtp.postmarkapp.com\",\n  port: 587,\n  tls: false\n"
        ));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn local_adapter_sends_nothing() {
        let (_, _, ids) = first(
            "config :my_app, MyApp.Mailer,\n  adapter: Bamboo.LocalAdapter,\n  server: \"smtp.postmarkapp.com\",\n  port: 587\n",
        );
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
