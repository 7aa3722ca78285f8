//! Takahē's mail settings: `TAKAHE_EMAIL_SERVER`, one URL, and
//! `TAKAHE_EMAIL_FROM`, in its environment (`.env`, Docker, Kubernetes).
//!
//! Meaning (docs.jointakahe.org "Installation → Email"; the code:
//! `takahe/settings.py`, which parses the URL itself with `urllib.parse`
//! and sets Django's `EMAIL_*` from it):
//!
//! * `smtp://user:password@host:port/?tls=true` (or `?ssl=true`): the
//!   host, port, user and password (percent-decoded) become
//!   `EMAIL_HOST`/`EMAIL_PORT`/`EMAIL_HOST_USER`/`EMAIL_HOST_PASSWORD`.
//! * `tls` sets `EMAIL_USE_TLS` (STARTTLS, required), `ssl` sets
//!   `EMAIL_USE_SSL` (TLS from the first byte), each true when its first
//!   value, lowercased, is `true`, `yes`, `t` or `1`; both default to
//!   false, so a URL without them sends in clear. Both true: Django
//!   refuses to send (`ValueError`).
//! * No port in the URL: `EMAIL_PORT = None`, so smtplib's 25.
//! * `console://` prints the mail, `sendgrid://API_KEY` sends through
//!   SendGrid's SMTP server with its own settings; any other scheme
//!   (`smtps://` included) stops Takahē at start-up ("Unknown schema for
//!   EMAIL_SERVER").
//! * Before the fix of `EMAIl_HOST_USER` (a typo in the first releases'
//!   settings.py), the user was never set and Django never logged in.
//! * `TAKAHE_EMAIL_FROM` is the From (`SERVER_EMAIL`; default
//!   `test@example.com`).

use crate::extract::profile::{
    fix_text, k, kr, mark, mark_value, syn, weighs, words, Both, Fix, Profile, Read, Sec, Switch,
    TlsModel, Truth, UrlFlavor, WriteKind as W, BASE,
};
use crate::model::Role::*;

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "TAKAHE_EMAIL_SERVER=smtp://TOKEN:TOKEN@smtp.postmarkapp.com:{port}/?tls=true",
    ),
    fix_text(W::Host, &[], "the host of TAKAHE_EMAIL_SERVER: {value}"),
    fix_text(
        W::StartTls,
        &[],
        "`?tls=true` at the end of TAKAHE_EMAIL_SERVER (and no `ssl=true`), with port 587",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "the credentials in TAKAHE_EMAIL_SERVER: smtp://TOKEN:TOKEN@host:587/?tls=true",
    ),
    fix_text(
        W::Username,
        &[],
        "{value} as the user of TAKAHE_EMAIL_SERVER (percent-encode `@ : / # ? %`)",
    ),
    fix_text(
        W::Password,
        &[],
        "{value} as the password of TAKAHE_EMAIL_SERVER (percent-encode `@ : / # ? %`)",
    ),
    fix_text(W::From, &[], "TAKAHE_EMAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Takahē has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TAKAHE: Profile = Profile {
    id: "takahe",
    name: "Takahē TAKAHE_EMAIL_SERVER",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.jointakahe.org/en/latest/installation/#email https://github.com/jointakahe/takahe/blob/main/takahe/settings.py",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        kr("TAKAHE_EMAIL_SERVER", Url, Read::Url(UrlFlavor::DjangoEnviron)),
        k("TAKAHE_EMAIL_FROM", From),
    ],
    markers: &[
        weighs(mark_value("TAKAHE_EMAIL_SERVER", "://"), 2),
        mark("TAKAHE_EMAIL_FROM"),
    ],
    needs_marker: true,
    url_params: &[("tls", Some(StartTls)), ("ssl", Some(ImplicitTls))],
    truth: Truth::Only(words!["true", "yes", "t", "1"]),
    tls: TlsModel {
        words: &[("smtp", Sec::Ignored)],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: Both::Conflict,
        absent: "no `?tls=true` in TAKAHE_EMAIL_SERVER",
    },
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["console"],
        local: words![],
        missing: None,
        off: None,
        name: "the scheme of TAKAHE_EMAIL_SERVER",
    }),
    fixes: FIXES,
    sender_hint: "TAKAHE_EMAIL_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "2d4f6b8a-0c1e-4a3d-9f5b-7e9a1c3d5f7b";

    fn env(url: &str) -> String {
        format!("TAKAHE_MAIN_DOMAIN=social.quillhaven.org\nTAKAHE_EMAIL_SERVER={url}\nTAKAHE_EMAIL_FROM=noreply@quillhaven.org\n")
    }

    #[test]
    fn tls_query_is_starttls_and_none_is_clear_text() {
        let (client, s, ids) = first(&env(&format!(
            "smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587/?tls=true"
        )));
        assert_eq!(client, "takahe");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "noreply@quillhaven.org");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&env(&format!(
            "smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn ssl_query_and_both() {
        let (_, s, ids) = first(&env(&format!(
            "smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:465/?ssl=True"
        )));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) = first(&env(&format!(
            "smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587/?tls=true&ssl=true"
        )));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }
}
