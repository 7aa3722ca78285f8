//! Python `emails` (lavr/python-emails): `message = emails.html(…,
//! mail_from=("Name", "addr"))`, then `message.send(to=…, smtp={"host": …,
//! "port": …, "ssl": …, "tls": …, "user": …, "password": …})`.
//!
//! Meaning (`emails/backend/smtp/backend.py`, `SMTPBackend.__init__`, and
//! `client.py`; <https://python-emails.readthedocs.io/en/latest/>):
//!
//! * `ssl=True` connects with `smtplib.SMTP_SSL` (TLS from the first byte);
//!   `tls=True` calls `starttls()` after connecting (required: smtplib
//!   raises when the server does not offer it); neither is clear text.
//! * Both: `ValueError("ssl/tls are mutually exclusive")`.
//! * `port` defaults to 0, which smtplib turns into 25 (465 with `ssl`).
//! * It logs in when `user` is given.
//! * The From is the message's `mail_from` (an address, or a
//!   `(name, address)` pair).
//! * Errors are swallowed by default (`fail_silently=True`): check the
//!   response's `status_code`.

use crate::extract::profile::engine::branch_head;
use crate::extract::profile::{
    fix_text, k, mark, syn, Both, Fix, Hooks, Key, Marker, Profile, TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("send(smtp).host|smtp_options.host|SMTPBackend(host)", Host),
    k("send(smtp).port|smtp_options.port|SMTPBackend(port)", Port),
    k(
        "send(smtp).user|smtp_options.user|SMTPBackend(user)",
        Username,
    ),
    k(
        "send(smtp).password|smtp_options.password|SMTPBackend(password)",
        Password,
    ),
    k(
        "send(smtp).ssl|smtp_options.ssl|SMTPBackend(ssl)",
        ImplicitTls,
    ),
    k("send(smtp).tls|smtp_options.tls|SMTPBackend(tls)", StartTls),
    // `mail_from="addr"` or `mail_from=("Name", "addr")`.
    k("mail_from|mail_from.#1", From),
];

const MARKERS: &[Marker] = &[
    mark("emails.html()"),
    mark("emails.Message()"),
    mark("send(smtp)"),
];

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"port\": {port} in smtp={…}"),
    fix_text(
        W::StartTls,
        &[],
        "\"tls\": True (and no \"ssl\": True) in smtp={…}",
    ),
    fix_text(W::Host, &[], "\"host\": \"{host}\" in smtp={…}"),
];

pub static PY_EMAILS: Profile = Profile {
    id: "python-emails",
    name: "Python emails (message.send(smtp=…))",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://python-emails.readthedocs.io/en/latest/ https://github.com/lavr/python-emails/blob/master/emails/backend/smtp/backend.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TlsModel {
        both: Both::Conflict,
        absent: "no \"tls\": True (or \"ssl\": True) in smtp={…}",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "mail_from=(\"Name\", \"you@yourdomain.com\") on emails.html(…)/emails.Message(…)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// A `(name, address)` pair is read through its address: the pair itself
/// is no From of its own. `"tls"` and `"ssl"` set in two branches of one
/// `if`/`elif` (the FastAPI template's `if settings.SMTP_TLS: …["tls"] =
/// True elif settings.SMTP_SSL: …["ssl"] = True`) are alternatives: which
/// one holds depends on the condition, read as a reference to it.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        if cfg.all(From).count() > 1 {
            cfg.fields
                .retain(|f| f.role != From || !f.value.text.trim_start().starts_with('('));
        }
        // The pair's address is named after the pair.
        for f in cfg.fields.iter_mut() {
            if f.role == From && (f.key.is_empty() || f.key.starts_with('#')) {
                f.key = "mail_from".into();
            }
        }
        let at = |role| cfg.get(role).and_then(|f| doc.branch_at(f.key_span.start));
        if let (Some(a), Some(b)) = (at(StartTls), at(ImplicitTls)) {
            if a.0 == b.0 && a.1 != b.1 {
                for f in cfg.fields.iter_mut() {
                    if matches!(f.role, StartTls | ImplicitTls) {
                        let branch = if f.role == StartTls { a.1 } else { b.1 };
                        f.value.reference = Some(branch_head(doc, branch));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn send(smtp: &str) -> String {
        format!("import emails\n\nmessage = emails.html(html=\"<p>Hi</p>\", subject=\"Hi\", mail_from=(\"Acme\", \"hello@acme-widgets.io\"))\nr = message.send(to=\"a@b.io\", smtp={{\"host\": \"smtp.postmarkapp.com\", \"user\": \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", \"password\": \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"{smtp}}})\n")
    }

    #[test]
    fn tls_is_starttls_and_the_from_is_the_address() {
        clean_starttls(&send(", \"port\": 587, \"tls\": True"), "python-emails");
    }

    #[test]
    fn no_switch_is_clear_text_and_both_conflict() {
        let (_, s, ids) = linted(&send(", \"port\": 587"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = linted(&send(", \"port\": 465, \"ssl\": True, \"tls\": True"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn tls_and_ssl_in_two_branches_are_alternatives() {
        let src = "import emails\n\ndef send_email(email_to, subject, html_content):\n    message = emails.Message(subject=subject, html=html_content, mail_from=(settings.EMAILS_FROM_NAME, settings.EMAILS_FROM_EMAIL))\n    smtp_options = {\"host\": settings.SMTP_HOST, \"port\": settings.SMTP_PORT}\n    if settings.SMTP_TLS:\n        smtp_options[\"tls\"] = True\n    elif settings.SMTP_SSL:\n        smtp_options[\"ssl\"] = True\n    response = message.send(to=email_to, smtp=smtp_options)\n";
        let (client, _, ids) = linted(src);
        assert_eq!(client, "python-emails");
        assert!(!has(&ids, "tls/conflicting"), "{ids:?}");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }
}
