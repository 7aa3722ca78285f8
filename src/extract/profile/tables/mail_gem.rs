//! What the Ruby `mail` gem (`Mail::SMTP`, behind ActionMailer) does with
//! its TLS settings, shared by the tables whose settings end up there
//! (Rails, GitLab, the gem used directly: `ruby-mail`).
//!
//! Meaning (the gem's `lib/mail/network/delivery_methods/smtp.rb` and
//! ActionMailer's `smtp_settings` docs,
//! <https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration>):
//!
//! * `ssl: true` / `tls: true`: TLS from the first byte (SMTPS).
//! * `enable_starttls: true | :always`: STARTTLS required;
//!   `enable_starttls: :auto` / `enable_starttls_auto: true`: STARTTLS when
//!   the server offers it. With neither flag the gem falls back to `:auto`,
//!   so only an explicit `false` sends in clear.
//! * SMTPS together with a STARTTLS flag raises `ArgumentError` in mail 2.9+
//!   (and GitLab 15.10+, whose `mail_starttls_patch.rb` backports it); older
//!   versions used SMTPS.
//! * `openssl_verify_mode: 'none'` / `OpenSSL::SSL::VERIFY_NONE` turns
//!   certificate checks off.
//! * Values are Ruby: only `false` and `nil` are false (a quoted `"false"`
//!   is a true string).
//!
//! The roles: `ImplicitTls` for `ssl`/`tls`, `Encryption` for
//! `enable_starttls`, `StartTls` for `enable_starttls_auto`.

use crate::extract::profile::{words, Words};
use crate::extract::Config;
use crate::model::{Evidence, Field, Quote, Role, Security, Tls};

/// The library constants the gem's settings take as words.
pub const CONSTANTS: Words = words!["VERIFY_NONE", "VERIFY_PEER"];

/// Ruby truthiness of a literal: only `false` and `nil` are false
/// (`None` for a reference).
pub fn truthy(field: &Field) -> Option<bool> {
    let text = field.value.literal()?;
    if field.value.quote != Quote::None {
        return Some(true);
    }
    Some(!matches!(text.trim(), "false" | "nil"))
}

/// The gem's reading of the TLS settings (see the module docs).
pub fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let implicit = cfg
        .all(Role::ImplicitTls)
        .filter(|f| truthy(f) == Some(true))
        .last();
    let starttls = cfg.get(Role::Encryption);
    let auto = cfg.get(Role::StartTls);
    let unknown = [cfg.get(Role::ImplicitTls), starttls, auto]
        .iter()
        .flatten()
        .any(|f| f.value.is_reference());
    let starttls_on = [starttls, auto]
        .into_iter()
        .flatten()
        .find(|f| truthy(f) == Some(true));
    if let Some(f) = implicit {
        tls.choose(Security::Implicit, Evidence::of(f));
        if let Some(s) = starttls_on {
            tls.starttls = Some(Evidence::of(s));
            tls.conflicting = true;
            tls.mode = None;
        }
        return tls;
    }
    if unknown {
        return tls;
    }
    match (starttls, auto) {
        (Some(s), _) if truthy(s) == Some(true) => {
            tls.choose(Security::StartTls, Evidence::of(s));
        }
        (_, Some(a)) if truthy(a) == Some(true) => {
            tls.choose(Security::StartTls, Evidence::of(a));
        }
        // An explicit `false` (either flag) and no `true` one: clear text.
        (Some(off), None) | (_, Some(off)) => {
            tls.choose(Security::None, Evidence::of(off));
        }
        // Neither flag: the gem uses STARTTLS when offered.
        (None, None) => tls.mode = Some(Security::StartTls),
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn tls_of(settings: &str) -> Tls {
        let src = format!(
            "ActionMailer::Base.smtp_settings = {{ address: 'smtp.postmarkapp.com', {settings} }}\n"
        );
        let c = extract(&src);
        assert_eq!(c.len(), 1, "{c:?}");
        tls(&c[0])
    }

    #[test]
    fn flags() {
        assert_eq!(tls_of("port: 587").mode, Some(Security::StartTls));
        assert_eq!(
            tls_of("enable_starttls_auto: false").mode,
            Some(Security::None)
        );
        assert_eq!(tls_of("enable_starttls: nil").mode, Some(Security::None));
        assert_eq!(
            tls_of("enable_starttls: :always").mode,
            Some(Security::StartTls)
        );
        assert_eq!(tls_of("ssl: true").mode, Some(Security::Implicit));
        // A quoted "false" is a true string in Ruby.
        assert_eq!(tls_of("tls: 'false'").mode, Some(Security::Implicit));
        assert_eq!(tls_of("tls: false").mode, Some(Security::StartTls));
        let both = tls_of("tls: true, enable_starttls_auto: true");
        assert!(both.conflicting);
        assert_eq!(both.mode, None);
        assert_eq!(tls_of("enable_starttls_auto: ENV['X']").mode, None);
    }
}
