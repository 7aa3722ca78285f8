//! Mobilizon's Docker image: the `MOBILIZON_SMTP_*` environment of its
//! `.env` (`docker/production/env.template`), which the image's
//! `releases.exs` hands to its mailer (`config :mobilizon,
//! Mobilizon.Web.Email.Mailer, adapter: Bamboo.SMTPAdapter, server:
//! System.get_env("MOBILIZON_SMTP_SERVER", "localhost"), …`). A
//! `config :mobilizon, Mobilizon.Web.Email.Mailer, …` block written out in
//! Elixir is the `bamboo-smtp` or `swoosh` table's.
//!
//! Meaning (docs.mobilizon.org "Configure → Email", framasoft/mobilizon
//! `docker/production/releases.exs` and `env.template`; what the adapter
//! does with the options: see `bamboo.rs`):
//!
//! * `MOBILIZON_SMTP_SERVER` is the server (default `localhost`, which the
//!   template keeps: a local relay); `MOBILIZON_SMTP_HOSTNAME` is only the
//!   name sent in EHLO, not the server.
//! * `MOBILIZON_SMTP_PORT` defaults to 25.
//! * `tls: :if_available` is fixed in `releases.exs`: STARTTLS whenever
//!   the server offers it. `MOBILIZON_SMTP_SSL` (default `"false"`) is
//!   handed over as a string: `"true"` is TLS from the first byte, any
//!   other text none.
//! * `auth: :if_available`: it logs in with `MOBILIZON_SMTP_USERNAME` and
//!   `MOBILIZON_SMTP_PASSWORD` when the server offers AUTH.
//! * `MOBILIZON_INSTANCE_EMAIL` is the From (`email_from`; default
//!   `noreply@mobilizon.lan`); `MOBILIZON_REPLY_EMAIL` the Reply-To.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Profile, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MOBILIZON_SMTP_SERVER", Host),
    k("MOBILIZON_SMTP_PORT", Port),
    k("MOBILIZON_SMTP_SSL", ImplicitTls),
    k("MOBILIZON_SMTP_USERNAME", Username),
    k("MOBILIZON_SMTP_PASSWORD", Password),
    k("MOBILIZON_INSTANCE_EMAIL", From),
];

const OTHER_KEYS: Words = words!["MOBILIZON_SMTP_HOSTNAME", "MOBILIZON_REPLY_EMAIL"];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "MOBILIZON_SMTP_PORT={port}"),
    fix_text(W::Host, &[], "MOBILIZON_SMTP_SERVER={value}"),
    fix_text(
        W::StartTls,
        &[],
        "MOBILIZON_SMTP_SSL=false (the image then upgrades with STARTTLS when the server offers it)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "MOBILIZON_SMTP_USERNAME and MOBILIZON_SMTP_PASSWORD",
    ),
    fix_text(W::Username, &[], "MOBILIZON_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "MOBILIZON_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "MOBILIZON_INSTANCE_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Mobilizon has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MOBILIZON_ENV: Profile = Profile {
    id: "mobilizon-env",
    name: "Mobilizon Docker MOBILIZON_SMTP_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.mobilizon.org/3.%20System%20administration/configure/email/ https://github.com/framasoft/mobilizon/blob/main/docker/production/releases.exs https://github.com/framasoft/mobilizon/blob/main/docker/production/env.template",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: &[
        mark("MOBILIZON_SMTP_SERVER"),
        mark("MOBILIZON_SMTP_USERNAME"),
        mark("MOBILIZON_SMTP_PORT"),
    ],
    needs_marker: true,
    family: &["MOBILIZON_SMTP_"],
    other_keys: OTHER_KEYS,
    // Bamboo: only the text `true` turns `ssl` on.
    truth: Truth::Only(words!["true"]),
    tls: TlsModel::OPPORTUNISTIC,
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    fixes: FIXES,
    sender_hint: "MOBILIZON_INSTANCE_EMAIL in Mobilizon's .env",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "MOBILIZON_INSTANCE_HOST=events.quillhaven.org\nMOBILIZON_INSTANCE_EMAIL=noreply@quillhaven.org\n\n# Email settings\nMOBILIZON_SMTP_SERVER=smtp.postmarkapp.com\nMOBILIZON_SMTP_HOSTNAME=events.quillhaven.org\nMOBILIZON_SMTP_PORT=587\nMOBILIZON_SMTP_USERNAME=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\nMOBILIZON_SMTP_PASSWORD=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\n";

    #[test]
    fn hostname_is_ehlo_not_the_server() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "mobilizon-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@quillhaven.org");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_true_is_implicit_and_no_port_is_25() {
        let (_, s, ids) = first(&format!("{ENV}MOBILIZON_SMTP_SSL=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MOBILIZON_SMTP_PORT=587\n", ""));
        assert!(
            has(&ids, "port/missing") || has(&ids, "port/25-blocked"),
            "{ids:?}"
        );
    }
}
