//! dj-email-url's `EMAIL_URL` (Saleor reads its mail settings with it:
//! `dj_email_url.parse(os.environ.get("EMAIL_URL", "console://…"))` in
//! saleor/settings.py). Its reading (dj_email_url.py `parse`), unlike
//! django-environ's `env.email_url()`:
//!
//! * schemes: `smtp://` (host `localhost` and port 25 when absent),
//!   `submission://`/`submit://` (EMAIL_USE_TLS = STARTTLS, port 587 when
//!   absent), `smtps://` (deprecated; EMAIL_USE_TLS, i.e. STARTTLS, and no
//!   port, so smtplib's 25, or 465 under `ssl`); `console://`, `dummy://`…
//!   are not SMTP. `smtp+tls://`/`smtp+ssl://` are django-environ's words,
//!   unknown here.
//! * query: `?ssl=<truthy>` sets EMAIL_USE_SSL (implicit TLS) and clears
//!   EMAIL_USE_TLS; else `?tls=<truthy>` sets EMAIL_USE_TLS (STARTTLS).
//!   A non-empty `ssl` is the only one read (`elif`), so `ssl=False&tls=True`
//!   leaves the scheme's default. Truthy is exactly `1 y Y yes Yes YES t T
//!   true True TRUE on On ON`. `timeout`, `_server_email`,
//!   `_default_from_email` are the other options.
//! * The From is DEFAULT_FROM_EMAIL (Saleor: an environment variable).
//!
//! Recognised by its query words (`?tls=`, `?ssl=`) or its `submission://`
//! scheme: django-environ ignores `tls`/`ssl` (it reads only
//! `EMAIL_USE_TLS`/`EMAIL_USE_SSL` from the query), so a URL written with
//! them was written for dj-email-url, as Saleor's docs show. Saleor's own
//! environment names (`ALLOWED_CLIENT_HOSTS`, `ALLOWED_GRAPHQL_ORIGINS`,
//! read in saleor/settings.py; `DEFAULT_CHANNEL_SLUG`, the saleor-platform
//! `common.env`) say so too: its stock `EMAIL_URL=smtp://mailpit:1025`
//! carries no query, and django-environ's fix words (`smtp+tls://`) are
//! unknown schemes to dj-email-url, so Saleor's `email_config["EMAIL_BACKEND"]`
//! would fail at start-up.

use super::url::HOOKS;
use crate::extract::profile::{
    k, kr, mark, mark_value, pairs, syn, weighs, words, Profile, Read, UrlFlavor, BASE,
};
use crate::model::Role::*;

pub static DJ_EMAIL_URL: Profile = Profile {
    id: "dj-email-url",
    name: "dj-email-url EMAIL_URL (Saleor)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/migonzalvar/dj-email-url#readme https://docs.saleor.io/setup/configuration#email_url",
    syntaxes: syn::ANY,
    keys: &[
        kr("EMAIL_URL|*_EMAIL_URL|parse(#0)|config(default)", Url, Read::Url(UrlFlavor::DjangoEnviron)),
        k("DEFAULT_FROM_EMAIL", From),
    ],
    markers: &[
        weighs(mark_value("EMAIL_URL", "?tls="), 2),
        weighs(mark_value("EMAIL_URL", "&tls="), 2),
        weighs(mark_value("EMAIL_URL", "?ssl="), 2),
        weighs(mark_value("EMAIL_URL", "&ssl="), 2),
        weighs(mark_value("EMAIL_URL", "submission://"), 2),
        weighs(mark_value("EMAIL_URL", "submit://"), 2),
        weighs(mark("dj_email_url"), 2),
        // Saleor's own names (see the module docs).
        weighs(mark("ALLOWED_CLIENT_HOSTS"), 2),
        weighs(mark("ALLOWED_GRAPHQL_ORIGINS"), 2),
        weighs(mark("DEFAULT_CHANNEL_SLUG"), 2),
    ],
    needs_marker: true,
    url_params: &[
        ("tls", Some(StartTls)),
        ("ssl", Some(ImplicitTls)),
        ("timeout", None),
        ("_server_email", None),
        ("_default_from_email", None),
    ],
    leftovers: pairs![
        ("EMAIL_USE_TLS", "tls"),
        ("use_tls", "tls"),
        ("starttls", "tls"),
        ("EMAIL_USE_SSL", "ssl"),
        ("use_ssl", "ssl"),
    ],
    other_keys: words!["tls", "ssl", "timeout", "_server_email", "_default_from_email"],
    sender_hint: "DEFAULT_FROM_EMAIL (Saleor: the environment variable; the URL carries no sender unless `_default_from_email`)",
    hooks: HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "8d2f6a1c-3b4e-4f5a-9c7d-0e1f2a3b4c5d";

    fn env(url_tail: &str) -> String {
        format!("EMAIL_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com{url_tail}\nDEFAULT_FROM_EMAIL=shop@harborlight.dev\n")
    }

    #[test]
    fn tls_query_is_starttls_and_ssl_is_implicit() {
        let (client, s, ids) = first(&env(":587/?tls=True"));
        assert_eq!(client, "dj-email-url");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "shop@harborlight.dev");
        assert!(
            !ids.iter()
                .any(|i| i.starts_with("tls/") || i.starts_with("input/")),
            "{ids:?}"
        );
        let (_, s, ids) = first(&env(":465/?ssl=True"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn ssl_false_hides_tls_and_smtp_is_clear_text() {
        let (_, s, ids) = first(&env(":587/?ssl=False&tls=True"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Not a dj-email-url truthy word.
        let (_, s, _) = first(&env(":587/?tls=yes please"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn submission_scheme_is_587_starttls() {
        let (client, s, ids) = first(&format!(
            "EMAIL_URL=submission://{TOKEN}:{TOKEN}@smtp.postmarkapp.com\n"
        ));
        assert_eq!(client, "dj-email-url");
        assert_eq!(s["security"], "starttls");
        // No port written: dj-email-url's 587, not smtplib's 25.
        assert!(!has(&ids, "port/25-blocked"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn saleor_names_make_a_plain_smtp_url_saleor_s() {
        // Saleor's stock .env: no query word, but Saleor's own names.
        let plain = format!("EMAIL_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587\nDEFAULT_FROM_EMAIL=shop@harborlight.dev\n");
        for name in [
            "ALLOWED_CLIENT_HOSTS=shop.harborlight.dev",
            "ALLOWED_GRAPHQL_ORIGINS=*",
            "DEFAULT_CHANNEL_SLUG=default-channel",
        ] {
            let (client, s, ids) = first(&format!("{plain}{name}\n"));
            assert_eq!(client, "dj-email-url", "{name}");
            assert_eq!(s["security"], "none");
            assert!(has(&ids, "tls/disabled"), "{ids:?}");
        }
        // The fix is written in dj-email-url's words, not django-environ's
        // `smtp+tls://`, which dj-email-url does not know.
        let r = crate::lint(
            &format!("{plain}ALLOWED_CLIENT_HOSTS=shop.harborlight.dev\n"),
            &crate::Options::default(),
        );
        let fix = &r
            .findings
            .iter()
            .find(|f| f.id == "tls/disabled")
            .expect("tls/disabled")
            .fix;
        assert!(!fix.contains("smtp+tls"), "{fix}");
        // Without them the URL is django-environ's (the default reading).
        let (client, _, _) = first(&plain);
        assert_eq!(client, "django-environ");
    }

    #[test]
    fn django_environ_urls_stay_django_environ() {
        let (client, s, _) = first(&format!(
            "EMAIL_URL=smtp+tls://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587\n"
        ));
        assert_eq!(client, "django-environ");
        assert_eq!(s["security"], "starttls");
        let (client, _, _) = first(&format!(
            "EMAIL_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587/?EMAIL_USE_TLS=True\n"
        ));
        assert_eq!(client, "django-environ");
    }
}
