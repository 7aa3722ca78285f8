//! Foreman: its email settings as the installer's answers file writes
//! them (`foreman:` with the Puppet module's `email_delivery_method`,
//! `email_smtp_*` parameters beneath; Hiera's `foreman::email_smtp_address:`
//! lines, whose `::` namespaces the YAML reader turns into that path).
//!
//! Meaning (Foreman's `config/initializers/f_foreman_settings_email.rb`
//! and `app/mailers/application_mailer.rb`; theforeman/puppet-foreman's
//! `manifests/init.pp`, whose `email_*` parameters become those settings):
//!
//! * `delivery_method` (`email_delivery_method`) is the mail switch:
//!   `sendmail` (Foreman's default) hands the mail to the local program;
//!   only `smtp` uses the SMTP settings.
//! * The `smtp_*` settings are handed to ActionMailer's SMTP delivery (the
//!   `mail` gem, see [`super::mail_gem`]): `smtp_address`, `smtp_port`
//!   (default 25), `smtp_user_name`, `smtp_password`,
//!   `smtp_authentication` (`plain`, `login`, `cram_md5`, empty: none),
//!   `smtp_domain` (HELO). `smtp_enable_starttls_auto` (default true)
//!   upgrades with STARTTLS when the server offers it; Foreman has no
//!   setting for TLS from the first byte. `smtp_openssl_verify_mode`
//!   `none` stops certificate checks.
//! * The From is the `email_reply_address` setting (default
//!   `foreman-noreply@<domain>`); the Puppet module has no parameter for it.
//! * Settings saved in the UI or with `hammer settings set` live in the
//!   database: out of scope here. The `/etc/foreman/settings.yaml` form
//!   (`:smtp_address:` keys, Ruby symbols; a key there overrides the
//!   setting of that name: Foreman's setting models read
//!   `SETTINGS.fetch(name.to_sym)` first and make it read-only) is read
//!   as YAML with the names
//!   without their `:`, and generic inference reads those; this table has
//!   no rows for those names yet.

use super::mail_gem;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Switch, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email_smtp_address", Host),
    k("email_smtp_port", Port),
    k("email_smtp_user_name", Username),
    k("email_smtp_password", Password),
    k("email_smtp_authentication", AuthMethod),
    k("email_delivery_method", Transport),
];

/// Under `foreman:`: bare `email_smtp_*` names are other apps' too
/// (GitLab's `custom_email_smtp_address`).
const MARKERS: &[Marker] = &[
    mark("foreman.email_delivery_method"),
    mark("foreman.email_smtp_address"),
    mark("foreman.email_smtp_user_name"),
    mark("foreman.email_smtp_authentication"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "foreman::email_smtp_port: {port}"),
    fix_text(W::Host, &[], "foreman::email_smtp_address: {value}"),
    fix_text(
        W::StartTls,
        &[],
        "foreman::email_smtp_port: 587 (Foreman upgrades with STARTTLS when offered; keep smtp_enable_starttls_auto on)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "the smtp_openssl_verify_mode setting left empty (Administer → Settings → Email)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "foreman::email_smtp_authentication: plain with email_smtp_user_name and email_smtp_password",
    ),
    fix_text(W::TlsModern, &[], "a current Foreman"),
    fix_text(W::Username, &[], "foreman::email_smtp_user_name: {value}"),
    fix_text(W::Password, &[], "foreman::email_smtp_password: {value}"),
    fix_text(
        W::From,
        &[],
        "the email_reply_address setting (Administer → Settings → Email): {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "Foreman has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static FOREMAN: Profile = Profile {
    id: "foreman",
    name: "Foreman email settings (installer / Puppet foreman::email_*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/theforeman/foreman/blob/develop/config/initializers/f_foreman_settings_email.rb https://github.com/theforeman/foreman/blob/develop/app/mailers/application_mailer.rb https://github.com/theforeman/puppet-foreman/blob/master/manifests/init.pp",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["email_smtp_domain"],
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["test"],
        local: words!["sendmail"],
        missing: Some("the local sendmail program (Foreman's delivery_method defaults to sendmail)"),
        off: None,
        name: "foreman::email_delivery_method",
    }),
    fixes: FIXES,
    sender_hint: "the email_reply_address setting (Administer → Settings → Email)",
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ANSWERS: &str = "foreman:\n  email_delivery_method: smtp\n  email_smtp_address: smtp.postmarkapp.com\n  email_smtp_port: 587\n  email_smtp_domain: acme-widgets.io\n  email_smtp_authentication: plain\n  email_smtp_user_name: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  email_smtp_password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn answers_keys() {
        let (client, s, ids) = first(ANSWERS);
        assert_eq!(client, "foreman");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        // STARTTLS when offered, ActionMailer's default.
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn sendmail_is_the_default() {
        let (_, _, ids) = first(&ANSWERS.replace("  email_delivery_method: smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_apps_email_smtp_names_are_not_foreman() {
        let env = "EMAIL_SMTP_ADDRESS=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USERNAME=u\nEMAIL_SMTP_PASSWORD=p\n";
        let (client, _, _) = first(env);
        assert_ne!(client, "foreman");
        let yaml = "service_desk:\n  custom_email_smtp_address: smtp.postmarkapp.com\n  custom_email_smtp_port: 587\n";
        let r = crate::lint(yaml, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "foreman"));
    }

    #[test]
    fn answers_file_form() {
        let answers = "foreman:\n  email_delivery_method: smtp\n  email_smtp_address: smtp.postmarkapp.com\n  email_smtp_port: 2525\n  email_smtp_authentication: login\n  email_smtp_user_name: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  email_smtp_password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let (client, s, _) = first(answers);
        assert_eq!(client, "foreman");
        assert_eq!(s["port"], 2525);
    }
}
