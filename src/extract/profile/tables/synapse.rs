//! Matrix Synapse: the `email:` section of `homeserver.yaml`.
//!
//! Meaning (element-hq.github.io/synapse "Configuration Manual", section
//! `email`, and the code: `synapse/config/emailconfig.py` reads the keys,
//! `synapse/handlers/send_email.py` hands them to Twisted's
//! `ESMTPSenderFactory`):
//!
//! * `smtp_host` (default `localhost`), `smtp_port` (default 25, or 465
//!   when `force_tls` is true), `smtp_user` / `smtp_pass` (Synapse logs in,
//!   and requires the server to offer AUTH, exactly when `smtp_user` is set).
//! * `enable_tls` (default true): STARTTLS is used when the server offers
//!   it; `false` never starts TLS (clear text).
//! * `require_transport_security` (default false): STARTTLS is required
//!   (Twisted's `requireTransportSecurity`); the send fails without it.
//! * `force_tls` (default false, Synapse 1.84+): TLS from the first byte
//!   (the factory is wrapped in a TLS client); needs `enable_tls` true.
//! * `notif_from` is the From, required as soon as the section exists:
//!   `"Your Friendly %(app)s homeserver <noreply@example.com>"`. Synapse
//!   substitutes only `%(app)s` (`app_name`, default `Matrix`); other
//!   `%(…)s` stay as written.
//! * There is no mail switch: with the section present Synapse can send
//!   (`enable_notifs` only chooses whether notification mails go out;
//!   password resets and validation mails use SMTP regardless).
//! * `tlsname` overrides the name checked on the certificate; there is no
//!   setting that switches verification off.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Hooks, Key, Pairs, Profile, Sec,
    SetVal, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::refs::has_template;
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email.smtp_host", Host),
    k("email.smtp_port", Port),
    k("email.smtp_user", Username),
    k("email.smtp_pass", Password),
    k("email.notif_from", From),
    k("email.force_tls", ImplicitTls),
    k("email.require_transport_security", StartTls),
    // `enable_tls: false` switches STARTTLS off; true is the default.
    k("email.enable_tls", Encryption),
];

const MARKERS: &[crate::extract::profile::Marker] = &[
    mark("email.notif_from"),
    mark("email.require_transport_security"),
    mark("email.enable_notifs"),
    mark("email.smtp_host"),
    mark("email.smtp_pass"),
    mark("email.force_tls"),
    mark("email.app_name"),
    mark("email.client_base_url"),
];

const OTHER_KEYS: Words = words![
    "tlsname",
    "app_name",
    "enable_notifs",
    "notif_for_new_users",
    "client_base_url",
    "riot_base_url",
    "validation_token_lifetime",
    "invite_client_location",
    "subjects",
    "template_dir",
    "notif_delay_before_mail",
    "notif_template_html",
    "notif_template_text",
    "expiry_template_html",
    "expiry_template_text",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp_password", "smtp_pass"),
    ("smtp_username", "smtp_user"),
    ("smtp_server", "smtp_host"),
    ("from", "notif_from"),
    ("smtp_from", "notif_from"),
    ("use_tls", "require_transport_security"),
    ("starttls", "require_transport_security"),
    ("use_ssl", "force_tls"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp_host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "require_transport_security: true (and no force_tls) under email:",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the host (Synapse always verifies)",
    ),
    fix_text(W::AuthOn, &[], "smtp_user and smtp_pass under email:"),
    fix_text(W::TlsModern, &[], "a current Synapse release"),
    fix_text(W::Username, &[], "smtp_user: \"{value}\""),
    fix_text(W::Password, &[], "smtp_pass: \"{value}\""),
    fix_text(W::From, &[], "notif_from: \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Synapse has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SYNAPSE: Profile = Profile {
    id: "synapse",
    name: "Matrix Synapse homeserver.yaml email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#email https://github.com/element-hq/synapse/blob/develop/synapse/config/emailconfig.py https://github.com/element-hq/synapse/blob/develop/synapse/handlers/send_email.py",
    syntaxes: syn::YAML | syn::JSON | syn::NIX,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("false", Sec::Plain),
            ("no", Sec::Plain),
            ("off", Sec::Plain),
            ("true", Sec::Ignored),
            ("yes", Sec::Ignored),
            ("on", Sec::Ignored),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Auto,
        implicit_ports: &[],
        default: Sec::Auto,
        both: Both::Implicit,
        absent: "",
    },
    port: Some(25),
    implicit_port: Some(465),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "notif_from under email: (required by Synapse)",
    hooks: Hooks {
        finish: Some(app_placeholder),
        ..Hooks::NONE
    },
    ..BASE
};

/// `%(app)s` in `notif_from` is Synapse's own placeholder, filled in with
/// the app name before sending: the address itself is literal and can be
/// checked. Any other `%(…)s` stays a reference.
#[allow(clippy::ptr_arg)] // the hook type takes the Vec
fn app_placeholder(_doc: &Document, configs: &mut Vec<Config>) {
    for f in configs
        .iter_mut()
        .flat_map(|c| c.fields.iter_mut())
        .filter(|f| f.role == From && f.value.reference.is_some())
    {
        // Only `%(app)s` made it a reference: without it, is the text still
        // one (`%(server_name)s`, a shell's `${ADMIN_EMAIL}`)?
        let rest = f.value.text.replace("%(app)s", "");
        if f.value.text.contains("%(app)s") && !has_template(&rest, false) {
            f.value.reference = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const HS: &str = "server_name: \"matrix.acme.io\"\nemail:\n  smtp_host: smtp.postmarkapp.com\n  smtp_port: 587\n  smtp_user: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  smtp_pass: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  require_transport_security: true\n  notif_from: \"Your Friendly %(app)s homeserver <noreply@acme.io>\"\n  app_name: Acme Chat\n";

    #[test]
    fn a_homeserver_email_section_is_synapse_with_required_starttls() {
        let (client, s, ids) = first(HS);
        assert_eq!(client, "synapse");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme.io");
        assert!(ids.iter().all(|i| !i.starts_with("tls/")), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "from/invalid"), "{ids:?}");
        assert!(
            !ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        let (_, _, ids) = first(&HS.replace("noreply@acme.io", "${ADMIN_EMAIL}"));
        assert!(!ids.iter().any(|i| i == "from/invalid"), "{ids:?}");
        let (_, s, ids) = first(&HS.replace("%(app)s", "%(server_name)s"));
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?} {s}"
        );
    }

    #[test]
    fn force_tls_is_implicit_and_dials_465() {
        let (_, s, ids) = first(
            "email:\n  smtp_host: smtp.postmarkapp.com\n  force_tls: true\n  smtp_user: u\n  smtp_pass: u\n  notif_from: a@acme.io\n",
        );
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn enable_tls_false_is_clear_text_and_no_port_dials_25() {
        let (_, s, ids) = first(
            "email:\n  smtp_host: smtp.postmarkapp.com\n  enable_tls: false\n  smtp_user: u\n  smtp_pass: u\n  notif_from: a@acme.io\n",
        );
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
    }

    #[test]
    fn a_plain_email_block_of_another_app_is_not_synapse() {
        let (client, _, _) =
            first("email:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n");
        assert_ne!(client, "synapse");
    }
}
