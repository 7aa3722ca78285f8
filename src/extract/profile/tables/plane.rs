//! Plane: the `EMAIL_*` environment of its `.env` / `apiserver/.env`
//! (Docker and self-hosted installs). The names are Django's, the reading
//! is Plane's own.
//!
//! Meaning (`apiserver/.env.example`; `plane/license/utils/instance_value.py`
//! `get_email_configuration`, and every mail task, e.g.
//! `plane/bgtasks/forgot_password_task.py`):
//!
//! * `EMAIL_HOST`, `EMAIL_HOST_USER`, `EMAIL_HOST_PASSWORD`, `EMAIL_PORT`
//!   (default 587) go to Django's `get_connection`.
//! * `EMAIL_USE_TLS` (default `"1"`) and `EMAIL_USE_SSL` (default `"0"`)
//!   are compared with `== "1"`: only the exact `1` switches them on;
//!   `true`, `True` or `yes` switch them off. STARTTLS is required when on;
//!   both on make Django refuse.
//! * The From is `EMAIL_FROM` (default `Team Plane <team@mailer.plane.so>`,
//!   Plane's own address, which no one else can send from).
//! * With `SKIP_ENV_VAR` (the default in newer releases) the values set in
//!   the instance admin (God mode → Email) are read from the database
//!   instead; the environment gives the defaults.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Fix, Key, Profile, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

// `EMAIL_USE_TLS` defaults to "1".
const TLS: TlsModel = TlsModel::SWITCHES_STARTTLS;

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("EMAIL_FROM", From),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "EMAIL_PORT={port}"),
    fix_text(W::Host, &[], "EMAIL_HOST=\"{value}\""),
    fix_text(
        W::StartTls,
        &[],
        "EMAIL_USE_TLS=\"1\" and EMAIL_USE_SSL=\"0\" with EMAIL_PORT=587 (Plane reads only the exact \"1\" as on)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(W::AuthOn, &[], "EMAIL_HOST_USER and EMAIL_HOST_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Plane release"),
    fix_text(W::Username, &[], "EMAIL_HOST_USER=\"{value}\""),
    fix_text(W::Password, &[], "EMAIL_HOST_PASSWORD=\"{value}\""),
    fix_text(W::From, &[], "EMAIL_FROM=\"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Plane has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PLANE: Profile = Profile {
    id: "plane",
    name: "Plane EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/makeplane/plane/blob/preview/apiserver/.env.example https://github.com/makeplane/plane/blob/preview/apiserver/plane/license/utils/instance_value.py https://github.com/makeplane/plane/blob/preview/apiserver/plane/bgtasks/forgot_password_task.py",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    // The EMAIL_* names are Django's: Plane's own keys beside them, or
    // its default sender.
    // Django's environment table has up to five markers among them: one
    // of Plane's outweighs those.
    markers: &[
        weighs(
            mark_value("EMAIL_FROM", "Team Plane <team@mailer.plane.so>"),
            6,
        ),
        weighs(mark("ENABLE_MAGIC_LINK_LOGIN"), 6),
        weighs(mark("ENABLE_EMAIL_PASSWORD"), 6),
        weighs(mark("GPT_ENGINE"), 6),
        weighs(mark("USE_MINIO"), 6),
        weighs(mark("SKIP_ENV_VAR"), 6),
    ],
    needs_marker: true,
    case_sensitive: true,
    truth: Truth::Only(words!["1"]),
    tls: TLS,
    port: Some(587),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM (default Team Plane <team@mailer.plane.so>, Plane's own address)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};
    use crate::{lint, Options};

    const ENV: &str = "# Email Settings\nEMAIL_HOST=\"smtp.postmarkapp.com\"\nEMAIL_HOST_USER=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nEMAIL_HOST_PASSWORD=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nEMAIL_PORT=587\nEMAIL_FROM=\"Plane <plane@acme.io>\"\nEMAIL_USE_TLS=\"1\"\nEMAIL_USE_SSL=\"0\"\n\nUSE_MINIO=1\n";

    #[test]
    fn only_the_exact_1_is_on() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "plane");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "plane@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=\"1\"", "EMAIL_USE_TLS=\"true\""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Absent: Plane's default "1".
        let (_, s, _) = first(&ENV.replace("EMAIL_USE_TLS=\"1\"\n", ""));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn plain_django_env_is_not_plane() {
        let r = lint(
            "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USE_TLS=True\nEMAIL_HOST_USER=u\n",
            &Options::default(),
        );
        assert!(r.configs.iter().all(|c| c.client != "plane"));
    }
}
