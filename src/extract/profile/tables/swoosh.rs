//! Elixir Swoosh's SMTP adapter: `config :app, App.Mailer, adapter:
//! Swoosh.Adapters.SMTP, relay: …` (also the options of `use Swoosh.Mailer`
//! and of `deliver/2`), handed to Erlang's `gen_smtp_client`.
//!
//! Meaning (hexdocs Swoosh.Adapters.SMTP, `lib/swoosh/adapters/smtp.ex`, and
//! gen_smtp's `src/gen_smtp_client.erl`, which does the sending):
//!
//! * `relay` is the server (required); unless `no_mx_lookups: true`,
//!   gen_smtp first looks up MX records of the relay name and falls back
//!   to the name itself when there are none.
//! * `ssl: true` is TLS from the first byte (`ssl:connect`), and then the
//!   port defaults to 465; otherwise the port defaults to **25**.
//! * `tls` is STARTTLS: `:always` (required: the session fails when the
//!   server does not offer it), `:if_available` (**the default**: when
//!   offered, and on a failed handshake it retries without TLS), `:never`.
//!   Any other value (`tls: true`, `tls: false`) matches none of these in
//!   `try_STARTTLS` and means no STARTTLS at all — `true` does not turn it
//!   on. Swoosh turns the strings `"always"`, `"never"`, `"if_available"`,
//!   `"true"`, `"false"` (from `System.get_env`) into those atoms and
//!   raises on any other string.
//! * With `ssl: true` and `tls: :always` together, gen_smtp still asks for
//!   STARTTLS inside the TLS session (Swoosh's own example shows both);
//!   implicit TLS is what the connection uses.
//! * `tls_options` are Erlang `ssl` options for the TLS session:
//!   `verify: :verify_none` accepts any certificate.
//! * `auth` (`:always`/`:if_available` default/`:never`), `username`,
//!   `password`; the From is set on each email in code, not in the config.
//! * The `adapter` is the mail switch: `Swoosh.Adapters.Local` (the dev
//!   mailbox), `Test` and `Logger` keep the mail; `Sendmail` hands it to a
//!   local program; the API adapters (`Postmark`, `Mailjet`…) do not use
//!   these settings.
//! * `enabled` is no Swoosh option, but Pleroma and Akkoma read it in their
//!   `Pleroma.Emails.Mailer` block (`Pleroma.Emails.Mailer.enabled?/0`;
//!   their `config.exs` sets it false): `enabled: false` sends nothing.

use crate::extract::profile::fields;
use crate::extract::profile::{
    fix_text, k, mark_value, pairs, syn, words, Both, Fix, Hooks, Key, Profile, Sec, Switch,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, SegKind};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("relay", Host),
    k("port", Port),
    k("username", Username),
    k("password", Password),
    k("ssl", ImplicitTls),
    k("tls", Encryption),
    k("adapter", Transport),
    k("enabled", Enabled),
    // Erlang `ssl` options handed to the TLS session: `verify: :verify_none`
    // turns certificate checks off.
    k("tls_options.verify", VerifyMode),
];

/// gen_smtp options that carry nothing we check (a macro: Bamboo's list
/// extends it with its own names).
macro_rules! gen_smtp_other {
    ($($more:literal),* $(,)?) => {
        $crate::extract::profile::words![
    "auth",
    "retries",
    "no_mx_lookups",
    "hostname",
    "tls_options",
    "sockopts",
    "timeout",
    "protocol",
    "dkim",
    "trace_fun",
    "on_transaction_error",
            $($more,)*
        ]
    };
}
pub(super) use gen_smtp_other;

pub(super) const GEN_SMTP_OTHER: Words = gen_smtp_other![];

/// gen_smtp's STARTTLS words (`tls:`) and its ports: 25, or 465 with `ssl: true`.
pub(super) const GEN_SMTP_TLS: TlsModel = TlsModel {
    words: &[
        ("always", Sec::StartTls),
        ("if_available", Sec::Auto),
        ("never", Sec::Plain),
        // Atoms gen_smtp does not know: no STARTTLS.
        ("true", Sec::Plain),
        ("false", Sec::Plain),
        ("", Sec::Ignored),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

/// `ssl`: only `true` (the atom, or the string Swoosh converts) connects with TLS.
pub(super) const GEN_SMTP_TRUTH: Truth = Truth::Only(words!["true"]);

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port}"),
    fix_text(W::Host, &[], "relay: \"{host}\""),
    fix_text(
        W::StartTls,
        &[],
        "tls: :always (and ssl: false or no ssl at all)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "tls_options: [verify: :verify_peer, cacerts: :public_key.cacerts_get(), …] (see the Swoosh SMTP docs)",
    ),
    fix_text(W::AuthOn, &[], "auth: :always with username: and password:"),
    fix_text(
        W::TlsModern,
        &[],
        "tls_options: [versions: [:\"tlsv1.2\", :\"tlsv1.3\"]]",
    ),
    fix_text(W::Username, &[], "username: \"{value}\""),
    fix_text(W::Password, &[], "password: \"{value}\""),
    fix_text(
        W::From,
        &[],
        "`|> from(\"{value}\")` on the email (Swoosh sets the From in code)",
    ),
    fix_text(
        W::Stream,
        &[],
        "|> header(\"X-PM-Message-Stream\", \"{value}\") on the email",
    ),
];

/// gen_smtp's options are the mailer config's own keywords: a `port:` in
/// another option's keyword list of the same file (a Phoenix Endpoint's
/// `http: [port: 4000]` or `url: [port: 443]`, written beside the mailer
/// in every `prod.secret.exs`) is that option's, not the mailer's.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn own_keywords(doc: &Document, configs: &mut Vec<Config>) {
    let nested: rustc_hash::FxHashSet<usize> = doc
        .entries
        .iter()
        .filter(|e| {
            let mut up = doc.path_rev(e).skip(1);
            // `tls_options: [verify: …]` is gen_smtp's own list.
            matches!(up.next(), Some(s) if s.kind == SegKind::Key && s.text(doc.input) != "tls_options")
                && up.any(|s| s.kind == SegKind::Call)
        })
        .map(|e| e.key_span().start)
        .collect();
    if nested.is_empty() {
        return;
    }
    for c in configs.iter_mut() {
        c.fields.retain(|f| !nested.contains(&f.key_span.start));
    }
}

/// Where one `config :app, Mod,` block names the adapter, blocks that name
/// none are other modules' (`config :app, AppWeb.Endpoint, server: true,
/// http: [port: 4000]` beside the mailer's): not the mailer's settings.
fn mailer_blocks(configs: &mut Vec<Config>) {
    if configs.iter().any(|c| c.get(Transport).is_some()) {
        configs.retain(|c| c.get(Transport).is_some());
    }
}

/// The mailer's own settings: its blocks ([`mailer_blocks`]), its own
/// keywords ([`own_keywords`]).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub(super) fn mailer_config(doc: &Document, configs: &mut Vec<Config>) {
    mailer_blocks(configs);
    own_keywords(doc, configs);
}

/// Pleroma and Akkoma send every email from the instance's address:
/// `Pleroma.Config.Helpers.sender/0` is `{name, notify_email || email}`
/// of `config :pleroma, :instance` (Akkoma keeps the `:pleroma` app name).
/// With that block in the paste, its address is the From of the mailer.
fn instance_sender(doc: &Document, configs: &mut [Config]) {
    if configs.iter().all(|c| c.get(From).is_some()) {
        return;
    }
    // Per `config` call scope: its first two arguments; its addresses.
    let mut app: rustc_hash::FxHashMap<u32, (&str, &str)> = Default::default();
    let (mut notify, mut email) = (None, None);
    for (i, e) in doc.entries.iter().enumerate() {
        if e.commented() {
            continue;
        }
        let mut path = doc.path_rev(e);
        let (Some(last), Some(call)) = (path.next(), path.next()) else {
            continue;
        };
        if call.kind != SegKind::Call || call.text(doc.input) != "config" || path.next().is_some() {
            continue;
        }
        let text = doc.text_of(&e.value);
        match last.kind {
            SegKind::Arg(0) => app.entry(e.scope).or_default().0 = text,
            SegKind::Arg(1) => app.entry(e.scope).or_default().1 = text,
            SegKind::Key => match last.text(doc.input) {
                "notify_email" => notify = Some(i),
                "email" => email = email.or(Some(i)),
                _ => {}
            },
            _ => {}
        }
    }
    let instance = |i: &usize| {
        app.get(&doc.entries[*i].scope)
            .is_some_and(|&(a, b)| a == "pleroma" && b == "instance")
    };
    let Some(e) = notify
        .filter(instance)
        .or(email.filter(instance))
        .map(|i| &doc.entries[i])
    else {
        return;
    };
    for c in configs.iter_mut().filter(|c| c.get(From).is_none()) {
        let value = fields::value_of(doc, e, c.dialect);
        c.push(fields::field(doc, e, From, value));
    }
}

#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn swoosh_finish(doc: &Document, configs: &mut Vec<Config>) {
    mailer_config(doc, configs);
    instance_sender(doc, configs);
}

pub static SWOOSH: Profile = Profile {
    id: "swoosh",
    name: "Elixir Swoosh SMTP adapter",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://hexdocs.pm/swoosh/Swoosh.Adapters.SMTP.html https://github.com/gen-smtp/gen_smtp/blob/master/src/gen_smtp_client.erl",
    syntaxes: syn::ELIXIR,
    keys: KEYS,
    markers: &[mark_value("adapter", "Swoosh.Adapters.")],
    needs_marker: true,
    other_keys: GEN_SMTP_OTHER,
    // Bamboo's names, which Swoosh does not read.
    leftovers: pairs![("server", "relay")],
    truth: GEN_SMTP_TRUTH,
    tls: GEN_SMTP_TLS,
    port: Some(25),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["swoosh.adapters.smtp"],
        no_mail: words!["adapters.local", "adapters.test", "adapters.logger"],
        local: words!["adapters.sendmail"],
        missing: None,
        off: None,
        name: "adapter",
    }),
    // Module names are words here (`Swoosh.Adapters.SMTP`).
    constants: words![
        "SMTP", "Local", "Test", "Logger", "Sendmail", "Postmark", "Mailjet", "Mailgun",
        "Sendgrid", "AmazonSES", "ExAwsAmazonSES", "Brevo", "Sendinblue", "SMTP2GO", "Mua",
    ],
    fixes: FIXES,
    sender_hint: "`|> from({\"Name\", \"you@yourdomain.com\"})` on each email (Swoosh has no From setting)",
    hooks: Hooks {
        finish: Some(swoosh_finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const CFG: &str = "import Config\n\nconfig :my_app, MyApp.Mailer,\n  adapter: Swoosh.Adapters.SMTP,\n  relay: \"smtp.postmarkapp.com\",\n  username: \"a1b2c3d4-0000-4000-8000-1234567890ab\",\n  password: \"a1b2c3d4-0000-4000-8000-1234567890ab\",\n";

    #[test]
    fn an_endpoints_port_is_not_the_mailers() {
        let endpoint = "config :pleroma, Pleroma.Web.Endpoint,\n  url: [host: \"social.acme.io\", scheme: \"https\", port: 443],\n  http: [ip: {127, 0, 0, 1}, port: 4000]\n\n";
        let (_, s, ids) = first(&format!("{endpoint}{CFG}  port: 587,\n  tls: :always\n"));
        assert_eq!(s["port"], 587);
        assert!(
            !ids.iter().any(|i| i == "input/duplicate-setting"),
            "{ids:?}"
        );
        // Without a port of its own, the mailer has none (not 4000).
        let (_, s, _) = first(&format!("{endpoint}{CFG}  tls: :always\n"));
        assert_eq!(s["port"], serde_json::Value::Null);
    }

    #[test]
    fn pleromas_instance_address_is_the_from() {
        // `sender/0`: notify_email, else email, of `config :pleroma, :instance`.
        let instance = "config :pleroma, :instance,\n  name: \"Acme Social\",\n  email: \"admin@acme.io\",\n  notify_email: \"notify@acme.io\",\n  limit: 5000\n\n";
        let mailer = CFG.replace(":my_app, MyApp.Mailer", ":pleroma, Pleroma.Emails.Mailer");
        let (client, s, _) = first(&format!("{instance}{mailer}  port: 587\n"));
        assert_eq!(client, "swoosh");
        assert_eq!(s["from"], "notify@acme.io");
        let without = instance.replace("  notify_email: \"notify@acme.io\",\n", "");
        let (_, s, _) = first(&format!("{without}{mailer}  port: 587\n"));
        assert_eq!(s["from"], "admin@acme.io");
        // Another app's block is not Pleroma's instance.
        let other = instance.replace(":pleroma, :instance", ":my_app, :settings");
        let (_, s, _) = first(&format!("{other}{mailer}  port: 587\n"));
        assert_eq!(s["from"], serde_json::Value::Null);
    }

    #[test]
    fn pleroma_mailer_switched_off_sends_nothing() {
        let on = format!("{CFG}  port: 587,\n  tls: :always,\n  enabled: true\n");
        let (client, _, ids) = first(&on);
        assert_eq!(client, "swoosh");
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
        let off = on.replace("enabled: true", "enabled: false");
        let (_, _, ids) = first(&off);
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn verify_none_in_tls_options_turns_checks_off() {
        let (_, _, ids) = first(&format!(
            "{CFG}  port: 587,\n  tls: :always,\n  tls_options: [verify: :verify_none]\n"
        ));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!(
            "{CFG}  port: 587,\n  tls: :always,\n  tls_options: [verify: :verify_peer]\n"
        ));
        assert!(!ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn tls_always_on_587_is_starttls() {
        let (client, s, ids) = first(&format!("{CFG}  tls: :always,\n  port: 587\n"));
        assert_eq!(client, "swoosh");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn ssl_true_is_implicit_tls_and_defaults_to_465() {
        let (_, s, ids) = first(&format!("{CFG}  ssl: true,\n  tls: :always\n"));
        assert_eq!(s["security"], "implicit");
        // No port written: 465 with ssl, which Postmark does not serve.
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn tls_true_is_not_a_gen_smtp_word_and_never_is_clear_text() {
        let (_, s, ids) = first(&format!("{CFG}  tls: true,\n  port: 587\n"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&format!("{CFG}  tls: \"never\",\n  port: 587\n"));
        assert_eq!(s["security"], "none");
        // Without tls: STARTTLS when offered, on port 25 by default.
        let (_, s, ids) = first(CFG);
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn local_adapter_sends_nothing() {
        let (_, _, ids) = first(
            "config :my_app, MyApp.Mailer,\n  adapter: Swoosh.Adapters.Local,\n  relay: \"smtp.postmarkapp.com\",\n  port: 587\n",
        );
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn bamboo_config_is_not_swoosh() {
        let (client, _, _) = first(
            "config :my_app, MyApp.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  server: \"smtp.postmarkapp.com\",\n  port: 587\n",
        );
        assert_ne!(client, "swoosh");
    }
}
