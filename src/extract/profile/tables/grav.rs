//! Grav: the Email plugin's `user/config/plugins/email.yaml`
//! (`mailer.engine: smtp`, `mailer.smtp.server`…). Since plugin 4.0 it
//! sends with Symfony Mailer, building an `smtp://` or `smtps://` DSN.
//!
//! Meaning (grav-plugin-email README and `email.yaml`,
//! `classes/Email.php::getTransport`):
//!
//! * `mailer.engine` is the mail switch: `sendmail` (the default),
//!   `native` (PHP `mail()`; `mail` in plugin 3.x), `none` (no mail), `smtp` (STARTTLS when the
//!   server offers it; Symfony's TLS from the first byte on port 465) or
//!   `smtps` (TLS from the first byte). Other engines come from provider
//!   plugins (Mailgun, SendGrid… APIs).
//! * `mailer.smtp.server`, `port`, `user`, `password` (a login when set).
//! * `mailer.smtp.encryption` no longer chooses TLS (it did under the
//!   Swift Mailer of plugin 3.x): plugin 4 reads only `none`, and it turns
//!   certificate verification off (`verify_peer=0`), TLS still starting
//!   when offered. `none` is the shipped default.
//! * The From is `from` (`from_name`). (`enabled: false` turns the
//!   plugin off; it is not read: `queue.enabled` shares its name.)

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Profile, Switch, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("mailer.smtp.server", Host),
    k("mailer.smtp.port", Port),
    k("mailer.smtp.user", Username),
    k("mailer.smtp.password", Password),
    k("mailer.smtp.encryption", VerifyMode),
    k("mailer.engine", Transport),
    k("from", From),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under mailer.smtp"),
    fix_text(W::Host, &[], "server: {value} under mailer.smtp"),
    fix_text(
        W::StartTls,
        &[],
        "mailer.engine: smtp with port: 587 under mailer.smtp",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "encryption: tls under mailer.smtp (the plugin turns certificate verification off for 'none')",
    ),
    fix_text(W::AuthOn, &[], "user and password under mailer.smtp"),
    fix_text(W::TlsModern, &[], "a current Grav Email plugin"),
    fix_text(W::Username, &[], "user: {value} under mailer.smtp"),
    fix_text(W::Password, &[], "password: {value} under mailer.smtp"),
    fix_text(W::From, &[], "from: {value} in email.yaml"),
    fix_text(
        W::Stream,
        &[],
        "the Grav Email plugin has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GRAV: Profile = Profile {
    id: "grav",
    name: "Grav Email plugin (email.yaml)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/getgrav/grav-plugin-email#configuration https://github.com/getgrav/grav-plugin-email/blob/develop/classes/Email.php",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: &[mark("mailer.engine"), mark("mailer.smtp.server")],
    needs_marker: true,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp", "smtps"],
        no_mail: words!["none"],
        local: words!["sendmail", "native", "mail"],
        missing: Some("sendmail (mailer.engine defaults to sendmail)"),
        off: None,
        name: "mailer.engine",
    }),
    fixes: FIXES,
    sender_hint: "from in user/config/plugins/email.yaml",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// `smtps` is TLS from the first byte; `smtp` is Symfony's: from the
/// first byte on 465, else STARTTLS when offered.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if let Some(f) = cfg.get(Transport) {
        if f.value.is_reference() {
            return tls;
        }
        if f.value.text.trim() == "smtps" {
            tls.choose(Security::Implicit, Evidence::of(f));
            return tls;
        }
    }
    if cfg.effective_port() == Some(465) {
        tls.choose(
            Security::Implicit,
            Evidence::absent(
                "port 465 with engine smtp: Symfony Mailer speaks TLS from the first byte there",
            ),
        );
    } else {
        tls.mode = Some(Security::StartTls);
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YAML: &str = "enabled: true\nfrom: web@acme.io\nfrom_name: ACME\nto:\nmailer:\n  engine: smtp\n  smtp:\n    server: smtp.postmarkapp.com\n    port: 587\n    encryption: tls\n    user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  sendmail:\n    bin: '/usr/sbin/sendmail -bs'\ncontent_type: text/html\ndebug: false\n";

    #[test]
    fn engine_port_and_encryption_none() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "grav");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "web@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) = first(
            &YAML
                .replace("engine: smtp", "engine: smtps")
                .replace("587", "465"),
        );
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&YAML.replace("587", "465"));
        assert_eq!(s["security"], "implicit");
        // `none` keeps TLS but turns verification off.
        let (_, s, ids) = first(&YAML.replace("encryption: tls", "encryption: none"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn the_engine_switch() {
        let (_, _, ids) = first(&YAML.replace("engine: smtp", "engine: sendmail"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&YAML.replace("engine: smtp", "engine: none"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // The queue's switch is not the mailer's.
        let (_, _, ids) = first(&format!("{YAML}queue:\n  enabled: false\n"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
