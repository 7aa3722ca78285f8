//! DocuSeal: the `SMTP_*` environment of its Docker image, read by
//! `config/environments/production.rb` into ActionMailer's SMTP settings
//! (the mail gem over Net::SMTP).
//!
//! Meaning (DocuSeal docs "Configure SMTP via environment variables";
//! the code: `config/environments/production.rb`,
//! `lib/action_mailer_configs_interceptor.rb`):
//!
//! * `SMTP_ADDRESS` switches the environment's SMTP on: without it the
//!   settings below are not used (DocuSeal then sends with the SMTP server
//!   saved in its settings page, or not at all).
//! * `SMTP_PORT` defaults to 587. `SMTP_ENABLE_STARTTLS_AUTO` is on unless
//!   it is the exact word `false`: STARTTLS when the server offers it.
//!   There is no implicit-TLS switch in the environment (the mail gem gets
//!   no `ssl`/`tls`), so port 465 gets a plain session that waits for the
//!   server's greeting.
//! * `SMTP_USERNAME` / `SMTP_PASSWORD` log in with `SMTP_AUTHENTICATION`
//!   (default `plain`); `SMTP_DOMAIN` is the HELO name.
//! * `SMTP_FROM` is the From of every mail (`ENV.fetch('SMTP_FROM')`: the
//!   interceptor raises and no mail leaves when it is missing).
//!
//! Chatwoot writes the same `SMTP_ADDRESS` names with its
//! `MAILER_SENDER_EMAIL`; DocuSeal's own name is `SMTP_FROM` next to them,
//! or its image. `SMTP_FROM` weighs five: DocuSeal pastes copy Chatwoot's
//! four Rails names (`SMTP_AUTHENTICATION`, `SMTP_ENABLE_STARTTLS_AUTO`,
//! `SMTP_OPENSSL_VERIFY_MODE`, which DocuSeal does not read), and a
//! Chatwoot `.env` has its own names besides (`MAILER_SENDER_EMAIL`,
//! `FRONTEND_URL`…). The names of other apps' `SMTP_` sets (`SMTP_HOST`,
//! `SMTP_USER`) are not listed as DocuSeal leftovers: a paste that writes
//! them is another app's (Vaultwarden writes `SMTP_FROM` and
//! `SMTP_USERNAME` too).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_if, syn, weighs, words, Both, Fix, Key,
    Marker, Pairs, Profile, Sec, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_ADDRESS", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_AUTHENTICATION", AuthMethod),
    k("SMTP_ENABLE_STARTTLS_AUTO", StartTls),
    k("SMTP_FROM", From),
];

const MARKERS: &[Marker] = &[
    weighs(mark("SMTP_FROM"), 5),
    weighs(mark_value("image", "docuseal/docuseal"), 6),
];

const OTHER_KEYS: Words = words!["SMTP_DOMAIN"];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_FROM_ADDRESS", "SMTP_FROM"),
    ("SMTP_FROM_EMAIL", "SMTP_FROM"),
    ("MAILER_SENDER_EMAIL", "SMTP_FROM"),
    ("SMTP_SSL", "SMTP_PORT"),
    ("SMTP_TLS", "SMTP_ENABLE_STARTTLS_AUTO"),
    ("SMTP_ENABLE_STARTTLS", "SMTP_ENABLE_STARTTLS_AUTO"),
    ("SMTP_USER_NAME", "SMTP_USERNAME"),
];

/// STARTTLS when offered unless switched off; nothing turns implicit TLS
/// on.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    super::smtp_env::PORT_FIX,
    fix(W::Host, &[set(Host, "SMTP_ADDRESS", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set_if(
            StartTls,
            "SMTP_ENABLE_STARTTLS_AUTO",
            SetVal::Lit("true"),
        )],
        "SMTP_PORT=587 with SMTP_ENABLE_STARTTLS_AUTO left unset (or true)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain for Ruby's OpenSSL",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a current DocuSeal image (Ruby/OpenSSL with TLS 1.2)",
    ),
    super::smtp_env::USERNAME_FIX,
    super::smtp_env::PASSWORD_FIX,
    fix(W::From, &[set(From, "SMTP_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "DocuSeal has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static DOCUSEAL: Profile = Profile {
    id: "docuseal",
    name: "DocuSeal SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.docuseal.com/docs/configure-smtp-via-environment-variables https://github.com/docusealco/docuseal/blob/master/config/environments/production.rb https://github.com/docusealco/docuseal/blob/master/lib/action_mailer_configs_interceptor.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    shared_names: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `ENV['SMTP_ENABLE_STARTTLS_AUTO'] != 'false'`.
    truth: Truth::Except(words!["false"]),
    tls: TLS,
    port: Some(587),
    fixes: FIXES,
    sender_hint: "SMTP_FROM (required: without it DocuSeal sends nothing)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn smtp_from_without_docuseals_server_key_is_another_apps() {
        // Dolce's settings table: its SMTP_HOSTNAME has no default, so only
        // SMTP_PORT and SMTP_FROM are values; nothing of DocuSeal's own.
        let table = "| Name | Type | Default | Description |\n| --- | --- | :---: | --- |\n| `SMTP_HOSTNAME` | `string` | :material-null: | FQDN or IP |\n| `SMTP_PORT` | `number?` | `25 / 465` | Uses default ports |\n| `SMTP_USETLS` | `boolean?` | false | secure connection |\n| `SMTP_FROM` | `string?` | `dolce@<hostname>` | RFC 5322 |\n";
        let (client, s, _) = first(table);
        assert_ne!(client, "docuseal");
        assert!(s["security"].is_null(), "{s:?}");
        let env = "SMTP_PORT=587\nSMTP_PASSWORD=p\nSMTP_FROM=a@acme.io\n";
        assert_ne!(first(env).0, "docuseal");
        // With DocuSeal's SMTP_ADDRESS beside SMTP_FROM: DocuSeal.
        assert_eq!(
            first(&format!("SMTP_ADDRESS=smtp.postmarkapp.com\n{env}")).0,
            "docuseal"
        );
    }

    const ENV: &str = "HOST=sign.acme.io\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_DOMAIN=acme.io\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_AUTHENTICATION=plain\nSMTP_FROM=sign@acme.io\n";

    #[test]
    fn starttls_when_offered_and_only_false_turns_it_off() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "docuseal");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "sign@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}SMTP_ENABLE_STARTTLS_AUTO=false\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&format!("{ENV}SMTP_ENABLE_STARTTLS_AUTO=0\n"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn chatwoot_and_nodemailer_pastes_stay_theirs() {
        let chatwoot = "FRONTEND_URL=https://chat.acme.io\nMAILER_SENDER_EMAIL=Chat <chat@acme.io>\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_AUTHENTICATION=plain\n";
        assert_eq!(first(chatwoot).0, "chatwoot");
        let node = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=p\nSMTP_FROM=a@acme.io\n";
        assert_ne!(first(node).0, "docuseal");
        // Vaultwarden's names overlap on SMTP_FROM / SMTP_USERNAME: its
        // SMTP_HOST is a name DocuSeal does not read, so not DocuSeal's.
        let vw = "SMTP_HOST=smtp.gmail.com\nSMTP_PORT=587\nSMTP_FROM=a@acme.io\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\n";
        assert_ne!(first(vw).0, "docuseal");
    }
}
