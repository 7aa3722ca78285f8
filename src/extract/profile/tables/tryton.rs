//! Tryton: the `[email]` section of `trytond.conf` (`uri`, `from`), and the
//! same options as environment variables (`TRYTOND_EMAIL__URI`,
//! `TRYTOND_EMAIL__FROM`: trytond reads `TRYTOND_<SECTION>__<OPTION>`).
//!
//! Meaning (docs.tryton.org "Configuration file for Tryton" → `[email]`;
//! the code: `trytond/sendmail.py` `get_smtp_server`, `trytond/config.py`
//! for the default):
//!
//! * `uri` is one URL, default `smtp://localhost:25`. Its scheme decides
//!   the TLS: one starting with `smtps` is `smtplib.SMTP_SSL` (TLS from the
//!   first byte); `tls` anywhere in the scheme (`smtp+tls`) calls
//!   `starttls()`, required; plain `smtp://` stays in clear text (smtplib
//!   never upgrades by itself). Recent releases verify the certificate
//!   (`ssl.create_default_context()`); older ones called `starttls()`
//!   without a context.
//! * No port in the URL: smtplib's own, 25 for `smtp`, 465 for `smtps`.
//! * It logs in only when the URL has both a user and a password, each
//!   decoded with `unquote_plus` (a `+` becomes a space); `urllib.parse`
//!   takes the host after the last `@`, so an unencoded `@` in the user
//!   (`smtps://me@acme.io:pw@mail.acme.io`) is read right. Query
//!   parameters are handed to the `SMTP` constructor (`timeout`,
//!   `local_hostname`). Only `uri` is read: `username`/`password` keys
//!   beside it in `[email]` are not Tryton's.
//! * `from` is the default sender (`From` of the messages Tryton sends).
//! * `[database] uri` (`postgresql://…`) is not mail.

use super::url::HOOKS;
use crate::extract::profile::{
    k, kr, mark, pairs, shared, syn, words, Marker, Profile, Read, UrlFlavor, BASE,
};
use crate::model::Role::*;

/// `[email] uri` beside Tryton's own sections and variables.
const MARKERS: &[Marker] = &[
    mark("email.uri"),
    mark("TRYTOND_EMAIL__URI"),
    mark("TRYTOND_DATABASE__URI"),
    mark("jsonrpc.listen"),
    mark("email.retry"),
    shared(mark("email.from")),
];

pub static TRYTON: Profile = Profile {
    id: "tryton",
    name: "Tryton trytond.conf [email]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.tryton.org/projects/server/en/latest/topics/configuration.html#email https://github.com/tryton/trytond/blob/main/trytond/sendmail.py",
    syntaxes: syn::INI | syn::CONF | syn::ENV_LIKE,
    keys: &[
        kr(
            "email.uri|TRYTOND_EMAIL__URI",
            Url,
            Read::Url(UrlFlavor::DjangoEnviron),
        ),
        k("email.from|TRYTOND_EMAIL__FROM", From),
    ],
    markers: MARKERS,
    needs_marker: true,
    url_params: &[
        ("timeout", None),
        ("local_hostname", None),
        ("source_address", None),
    ],
    leftovers: pairs![
        ("username", "uri"),
        ("user", "uri"),
        ("password", "uri"),
        ("host", "uri"),
        ("server", "uri"),
        ("port", "uri"),
        ("ssl", "scheme"),
        ("tls", "scheme"),
        ("starttls", "scheme"),
        ("use_tls", "scheme"),
        ("EMAIL_USE_TLS", "scheme"),
    ],
    other_keys: words!["retry", "timeout", "local_hostname", "source_address"],
    sender_hint: "from under [email] in trytond.conf (TRYTOND_EMAIL__FROM)",
    hooks: HOOKS,
    // `urllib.parse` splits the user information from the host at the
    // last `@`: `smtps://me@acme.io:pw@mail.acme.io` reads right.
    userinfo_to_last_at: true,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "3f9a6c2e-1b7d-4e8a-a5c0-9d2e4f6b8a1c";

    fn conf(uri: &str) -> String {
        format!("[database]\nuri = postgresql://tryton:secret@db:5432/\n\n[email]\nuri = {uri}\nfrom = Tryton <erp@acme.io>\n")
    }

    #[test]
    fn smtp_tls_is_required_starttls() {
        let (client, s, ids) = first(&conf(&format!(
            "smtp+tls://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(client, "tryton");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "erp@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn plain_smtp_is_clear_text_and_smtps_implicit() {
        let (_, s, ids) = first(&conf(&format!(
            "smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&conf(&format!(
            "smtps://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn no_port_is_smtplib_default() {
        let (_, s, ids) = first(&conf(&format!(
            "smtp+tls://{TOKEN}:{TOKEN}@smtp.postmarkapp.com"
        )));
        assert_eq!(s["security"], "starttls");
        // smtplib's 25: reported as the missing port it stands for.
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let (client, _, _) = first(&format!(
            "TRYTOND_EMAIL__URI=smtp+tls://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587\nTRYTOND_DATABASE__URI=postgresql://db/\n"
        ));
        assert_eq!(client, "tryton");
    }

    #[test]
    fn unencoded_at_in_the_user_is_read_right() {
        let (_, s, ids) = first(&conf("smtps://noreply@acme.io:8d1c.Qz@mail.acme.io:465"));
        assert_eq!(s["host"], "mail.acme.io");
        assert!(!has(&ids, "url/unencoded-credentials"), "{ids:?}");
        // A database-only trytond.conf holds no mail settings.
        let text =
            "[database]\nuri = postgresql://tryton:secret@db:5432/\n[jsonrpc]\nlisten = *:8000\n";
        let report = crate::lint(text, &crate::Options::default());
        assert!(report.configs.is_empty());
    }
}
