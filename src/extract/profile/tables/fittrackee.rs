//! FitTrackee: `EMAIL_URL` and `SENDER_EMAIL` in its `.env` (`export
//! EMAIL_URL=…`), systemd `Environment=` lines or compose `environment:`.
//!
//! Meaning (docs "Installation → Emails" and "Environment variables"; the
//! code: `fittrackee/config.py`, `fittrackee/emails/emails.py`
//! `EmailService.parse_email_url` and `send`):
//!
//! * The URL is read by urllib3's `parse_url`; its scheme must be `smtp`
//!   (any other raises `InvalidEmailUrlScheme`).
//! * The port is the URL's, or 25 when none is written (whatever the TLS).
//! * TLS is chosen by comparing the *whole* query with exact text:
//!   `?tls=True` is `starttls()` after connecting (STARTTLS, required);
//!   `?ssl=True` is `smtplib.SMTP_SSL` (TLS from the first byte). Anything
//!   else — `?tls=true`, `?tls=1`, two parameters — is clear text: smtplib
//!   never upgrades by itself. Both TLS paths verify the certificate
//!   (`ssl.create_default_context()`).
//! * It logs in only when the URL has both a user and a password
//!   (percent-decoded since 0.7.x, PR #433).
//! * `SENDER_EMAIL` is the From (no default in production).
//! * An empty or unset `EMAIL_URL` turns e-mail off (the docs' single-user
//!   note; the app logs that sending is deactivated).
//!
//! The query words `?tls=` / `?ssl=` are dj-email-url's too (Saleor), where
//! they mean nearly the same with a looser truth: the table needs
//! `SENDER_EMAIL` or another of FitTrackee's own settings beside the URL.

use super::url::HOOKS;
use crate::extract::profile::{
    k, kr, mark, mark_value, pairs, syn, weighs, words, Profile, Read, UrlFlavor, BASE,
};
use crate::model::Role::*;

pub static FITTRACKEE: Profile = Profile {
    id: "fittrackee",
    name: "FitTrackee EMAIL_URL / SENDER_EMAIL",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.fittrackee.org/en/installation/emails.html https://docs.fittrackee.org/en/installation/environments_variables.html https://github.com/SamR1/FitTrackee/blob/main/fittrackee/emails/emails.py",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        kr("EMAIL_URL", Url, Read::Url(UrlFlavor::Nodemailer)),
        k("SENDER_EMAIL", From),
    ],
    markers: &[
        weighs(mark("SENDER_EMAIL"), 3),
        weighs(mark("TILE_SERVER_URL"), 3),
        weighs(mark("STATICMAP_SUBDOMAINS"), 3),
        weighs(mark_value("FLASK_APP", "fittrackee"), 3),
        weighs(mark_value("image", "fittrackee"), 3),
        weighs(mark("WEATHER_API_KEY"), 2),
    ],
    needs_marker: true,
    url_params: &[("tls", Some(StartTls)), ("ssl", Some(ImplicitTls))],
    leftovers: pairs![
        ("EMAIL_USE_TLS", "tls"),
        ("EMAIL_USE_SSL", "ssl"),
        ("DEFAULT_FROM_EMAIL", "SENDER_EMAIL"),
        ("EMAIL_FROM", "SENDER_EMAIL"),
    ],
    other_keys: words!["tls", "ssl"],
    sender_hint: "SENDER_EMAIL in FitTrackee's .env",
    hooks: HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "8d2f6a1c-3b4e-4f5a-9c7d-0e1f2a3b4c5d";

    fn env(tail: &str) -> String {
        format!("export UI_URL=https://fit.acme-widgets.io\nexport EMAIL_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com{tail}\nexport SENDER_EMAIL=hello@acme-widgets.io\n")
    }

    #[test]
    fn tls_true_is_starttls_and_ssl_true_is_implicit() {
        let (client, s, ids) = first(&env(":587?tls=True"));
        assert_eq!(client, "fittrackee");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&env(":587/?ssl=True"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn only_the_exact_query_counts() {
        // `True` is compared as text: lowercase or a second parameter
        // leaves the connection in clear.
        for tail in [":587?tls=true", ":587?tls=1", ":587?tls=True&x=1", ":587"] {
            let (client, s, ids) = first(&env(tail));
            assert_eq!(client, "fittrackee", "{tail}");
            assert_eq!(s["security"], "none", "{tail}");
            assert!(has(&ids, "tls/disabled"), "{tail}: {ids:?}");
        }
    }

    #[test]
    fn no_port_is_25() {
        let text = env("?tls=True");
        let (_, s, ids) = first(&text);
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let r = crate::lint(&text, &crate::Options::default());
        let missing = r
            .findings
            .iter()
            .find(|f| f.id == "port/missing")
            .expect("port/missing");
        assert!(missing.message.contains("25"), "{}", missing.message);
    }

    #[test]
    fn saleors_dj_email_url_stays_saleor() {
        let (client, _, _) = first(&format!(
            "EMAIL_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587/?tls=True\nDEFAULT_FROM_EMAIL=shop@acme.io\n"
        ));
        assert_eq!(client, "dj-email-url");
    }
}
