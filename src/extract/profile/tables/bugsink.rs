//! Bugsink: the `EMAIL_*` environment of its Docker image, read by the
//! image's settings (`bugsink/conf_templates/docker.py.template`). The
//! names are Django's; the defaults and the reading are Bugsink's own.
//!
//! Meaning (Bugsink docs "Settings" → Email; the template):
//!
//! * `EMAIL_BACKEND` wins when set; else `EMAIL_HOST` switches the SMTP
//!   backend on, and without it mail is only written to the console
//!   (`QuietConsoleEmailBackend`: nothing is sent).
//! * `EMAIL_PORT` defaults to 587 (not Django's 25).
//! * `EMAIL_USE_SSL` defaults to false; `EMAIL_USE_TLS` defaults to the
//!   opposite of `EMAIL_USE_SSL`, so STARTTLS is on unless implicit TLS is
//!   asked for. Both are read lower-cased against `true`, `1`, `yes`:
//!   anything else is false. Both on make Django refuse.
//! * `EMAIL_HOST_USER` / `EMAIL_HOST_PASSWORD` log in; the From is
//!   `DEFAULT_FROM_EMAIL` (default `Bugsink <bugsink@example.org>`).

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Fix, Key, Profile, Switch, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

// EMAIL_USE_TLS defaults to `not EMAIL_USE_SSL`.
const TLS: TlsModel = TlsModel::SWITCHES_STARTTLS;

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("EMAIL_BACKEND", Transport),
    k("DEFAULT_FROM_EMAIL", From),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "EMAIL_PORT={port}"),
    fix_text(W::Host, &[], "EMAIL_HOST={value}"),
    fix_text(
        W::StartTls,
        &[],
        "EMAIL_USE_TLS=true and EMAIL_USE_SSL=false with EMAIL_PORT=587 (or leave both out)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(W::AuthOn, &[], "EMAIL_HOST_USER and EMAIL_HOST_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Bugsink image"),
    fix_text(W::Username, &[], "EMAIL_HOST_USER={value}"),
    fix_text(W::Password, &[], "EMAIL_HOST_PASSWORD={value}"),
    fix_text(W::From, &[], "DEFAULT_FROM_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Bugsink has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static BUGSINK: Profile = Profile {
    id: "bugsink",
    name: "Bugsink Docker image EMAIL_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.bugsink.com/docs/settings/#email https://github.com/bugsink/bugsink/blob/main/bugsink/conf_templates/docker.py.template",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    // The EMAIL_* names are Django's (whose environment table has up to
    // five markers among them): Bugsink's own settings beside them.
    markers: &[
        weighs(mark("BEHIND_HTTPS_PROXY"), 6),
        weighs(mark("CREATE_SUPERUSER"), 6),
        weighs(mark("EMAIL_LOGGING"), 6),
        weighs(mark("SINGLE_USER"), 6),
        weighs(mark("PHONEHOME"), 6),
        weighs(
            mark_value("DEFAULT_FROM_EMAIL", "Bugsink <bugsink@example.org>"),
            6,
        ),
    ],
    needs_marker: true,
    case_sensitive: true,
    truth: Truth::Only(words!["true", "1", "yes"]),
    tls: TLS,
    port: Some(587),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["console", "dummy", "locmem", "filebased", "QuietConsoleEmailBackend"],
        local: words![],
        missing: None,
        off: None,
        name: "EMAIL_BACKEND",
    }),
    fixes: FIXES,
    sender_hint: "DEFAULT_FROM_EMAIL (default Bugsink <bugsink@example.org>)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "SECRET_KEY=abc\nBEHIND_HTTPS_PROXY=true\nBASE_URL=https://bugsink.acme.io\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nDEFAULT_FROM_EMAIL=Bugsink <bugsink@acme.io>\n";

    #[test]
    fn defaults_are_587_and_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "bugsink");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "bugsink@acme.io");
        // Only the note that the port is Bugsink's 587 by default.
        assert!(ids.iter().all(|i| i == "port/missing"), "{ids:?}");
        let (_, s, _) = first(&format!("{ENV}EMAIL_USE_SSL=True\nEMAIL_PORT=465\n"));
        assert_eq!(s["security"], "implicit");
        let (_, s, ids) = first(&format!("{ENV}EMAIL_USE_TLS=no\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}EMAIL_USE_TLS=yes\nEMAIL_USE_SSL=yes\n"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn django_env_without_bugsink_names_is_not_bugsink() {
        let (client, _, _) =
            first("EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_HOST_USER=u\nEMAIL_USE_TLS=True\n");
        assert_ne!(client, "bugsink");
    }
}
