//! BookWyrm: its `EMAIL_*` environment (`.env`, compose), which its
//! `bookwyrm/settings.py` reads into Django's SMTP backend with its **own
//! defaults**.
//!
//! Meaning (BookWyrm docs "Environment variables"; `bookwyrm/settings.py`,
//! the `# email` block; Django's `EmailBackend` for the switches):
//!
//! * `EMAIL_HOST`, `EMAIL_PORT` (default **587**, not Django's 25),
//!   `EMAIL_HOST_USER`, `EMAIL_HOST_PASSWORD`.
//! * `EMAIL_USE_TLS` defaults to **true** (`env.bool("EMAIL_USE_TLS",
//!   True)`): STARTTLS, required (smtplib raises when it is not offered);
//!   `EMAIL_USE_SSL` (default false) is TLS from the first byte; both true
//!   make Django refuse to start the backend.
//! * The From is not a setting of its own: `EMAIL_SENDER =
//!   f"{EMAIL_SENDER_NAME}@{EMAIL_SENDER_DOMAIN}"`, the name defaulting to
//!   `admin` and the domain to `DOMAIN`.
//! * `EMAIL_BACKEND` defaults to Django's SMTP backend.

use crate::extract::profile::{
    mark, shared, syn, weighs, words, Hooks, Marker, Profile, TlsModel, BASE,
};
use crate::extract::read::{Document, Entry, ValKind};
use crate::extract::Config;
use crate::model::{Field, Quote, Role::*, Value};

/// BookWyrm's own names; they outweigh the Django names it shares.
const MARKERS: &[Marker] = &[
    // Any app's name for its sender's display name (a nodemailer app's
    // `EMAIL_SENDER_NAME` beside `EMAIL_USER`/`EMAIL_PASS`): it counts only
    // beside BookWyrm's own `EMAIL_SENDER_DOMAIN`.
    shared(weighs(mark("EMAIL_SENDER_NAME"), 6)),
    weighs(mark("EMAIL_SENDER_DOMAIN"), 6),
];

pub static BOOKWYRM: Profile = Profile {
    id: "bookwyrm",
    name: "BookWyrm EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.joinbookwyrm.com/environment.html https://github.com/bookwyrm-social/bookwyrm/blob/main/bookwyrm/settings.py",
    syntaxes: syn::ENV_LIKE,
    // Django's SMTP settings; the From is BookWyrm's own (see `sender`).
    keys: super::django::SMTP_KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: words!["EMAIL_SENDER_NAME", "EMAIL_SENDER_DOMAIN", "DOMAIN", "EMAIL"],
    tls: TlsModel {
        absent: "",
        ..TlsModel::SWITCHES_STARTTLS
    },
    port: Some(587),
    switch: super::django::DJANGO_ENV.switch,
    fixes: super::django::DJANGO_ENV.fixes,
    sender_hint: "EMAIL_SENDER_NAME and EMAIL_SENDER_DOMAIN (the From is name@domain; the domain defaults to DOMAIN)",
    hooks: Hooks {
        finish: Some(sender),
        ..Hooks::NONE
    },
    ..BASE
};

/// The last active literal entry named `key`.
fn last<'d>(doc: &'d Document, key: &str) -> Option<&'d Entry> {
    doc.entries
        .iter()
        .filter(|e| !e.commented() && e.value.kind == ValKind::Literal && doc.key_of(e) == key)
        .last()
}

/// `EMAIL_SENDER_NAME@EMAIL_SENDER_DOMAIN` (`admin`, `DOMAIN` by default),
/// placed at the domain's value.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn sender(doc: &Document, configs: &mut Vec<Config>) {
    let name = last(doc, "EMAIL_SENDER_NAME");
    let domain = last(doc, "EMAIL_SENDER_DOMAIN")
        .filter(|e| !doc.text_of(&e.value).trim().is_empty())
        .or_else(|| last(doc, "DOMAIN"));
    let Some(domain) = domain else { return };
    let name_text = name.map_or("admin", |e| doc.text_of(&e.value)).trim();
    let domain_text = doc.text_of(&domain.value).trim();
    if name_text.is_empty() || domain_text.is_empty() {
        return;
    }
    let from = Field {
        role: From,
        key: format!("EMAIL_SENDER_NAME@{}", doc.key_of(domain)),
        key_span: domain.key_span(),
        value: Value {
            text: format!("{name_text}@{domain_text}"),
            span: domain.value.span(),
            quote: Quote::None,
            verbatim: false,
            reference: None,
        },
        syntax: domain.syntax,
    };
    for c in configs.iter_mut() {
        if c.get(From).is_none() {
            c.push(from.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn a_sender_name_alone_is_not_bookwyrm() {
        // A nodemailer app's EMAIL_* with EMAIL_SENDER_NAME: BookWyrm would
        // read no login (EMAIL_HOST_USER) and report it missing.
        let env = "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USER=u\nEMAIL_PASS=u\nEMAIL_SENDER_NAME=App\nEMAIL_SENDER=a@acme.io\n";
        let (client, _, ids) = first(env);
        assert_ne!(client, "bookwyrm");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        // With BookWyrm's EMAIL_SENDER_DOMAIN: BookWyrm.
        assert_eq!(
            first(&format!("{env}EMAIL_SENDER_DOMAIN=acme.io\n")).0,
            "bookwyrm"
        );
    }

    const ENV: &str = "DOMAIN=books.acme.io\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=true\nEMAIL_USE_SSL=false\nEMAIL_SENDER_NAME=admin\n# defaults to DOMAIN\nEMAIL_SENDER_DOMAIN=\n";

    #[test]
    fn the_sender_is_name_at_domain() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "bookwyrm");
        assert_eq!(s["from"], "admin@books.acme.io");
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) =
            first(&ENV.replace("EMAIL_SENDER_DOMAIN=", "EMAIL_SENDER_DOMAIN=mail.acme.io"));
        assert_eq!(s["from"], "admin@mail.acme.io");
    }

    #[test]
    fn tls_and_port_default_to_starttls_on_587() {
        let bare = ENV
            .replace("EMAIL_USE_TLS=true\n", "")
            .replace("EMAIL_USE_SSL=false\n", "")
            .replace("EMAIL_PORT=587\n", "");
        let (_, s, ids) = first(&bare);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        assert!(!has(&ids, "port/25-blocked"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("EMAIL_USE_SSL=false", "EMAIL_USE_SSL=true"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }
}
