//! The Ruby `mail` gem used directly, without Rails: `Mail.defaults do
//! delivery_method :smtp, { … } end` (or `mail.delivery_method :smtp, …`
//! on one message), the settings hash written inline or held in a
//! variable (`options = { … }` then `delivery_method :smtp, options`).
//!
//! Meaning (the gem's README, "Sending an email", and
//! `lib/mail/network/delivery_methods/smtp.rb`, mail 2.8/2.9):
//!
//! * `Mail::SMTP::DEFAULTS`: `address` `localhost`, `port` 25, `domain`
//!   `localhost.localdomain`, no user, no TLS flag.
//! * The TLS flags are the gem's (see [`super::mail_gem`]): `ssl`/`tls`
//!   truthy is TLS from the first byte; `enable_starttls` truthy (`true`,
//!   `:always`) is STARTTLS required, `:auto` / `enable_starttls_auto`
//!   STARTTLS when offered; with no flag at all the gem uses `:auto`.
//!   `tls`/`ssl` with a truthy STARTTLS flag raises `ArgumentError`
//!   ("mutually exclusive").
//! * Net::SMTP logs in when `user_name` is given (`authentication` nil is
//!   PLAIN).
//! * `openssl_verify_mode`: `OpenSSL::SSL::VERIFY_NONE` or the string
//!   `'none'` turns certificate checks off.
//! * `delivery_method` picks the transport: `:smtp`; `:sendmail` and
//!   `:exim` run a local program; `:test`, `:logger` and `:file` send
//!   nothing.
//! * The sender is the message's own `from '…'` (in a `Mail.new do … end`
//!   or `Mail.deliver do … end` block) or `mail.from = '…'`.
//!
//! Keys are read wherever the hash is written (a variable handed to
//! `delivery_method` included), so the table needs the `delivery_method`
//! call as its marker. ActionMailer's `smtp_settings` stay the Rails
//! table's; the hash style and fixes are Rails' (same gem underneath).

use crate::extract::profile::{
    k, mark, syn, words, Hooks, Key, Marker, Profile, Switch, Write, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

use super::{mail_gem, rails};

const KEYS: &[Key] = &[
    k("delivery_method(#0)", Transport),
    k("address", Host),
    k("port", Port),
    k("user_name", Username),
    k("password", Password),
    k("authentication", AuthMethod),
    k("enable_starttls_auto", StartTls),
    // true | :always | :auto | false: read by the gem's rules.
    k("enable_starttls", Encryption),
    k("ssl", ImplicitTls),
    k("tls", ImplicitTls),
    k("openssl_verify_mode", VerifyMode),
    // `from 'a@b'` in a `Mail.new do … end` block, `mail.from = 'a@b'`.
    k("from(#0)|from", From),
];

/// The gem's own call: `delivery_method :smtp, …` (ActionMailer's
/// `config.action_mailer.delivery_method = :smtp` is an assignment).
const MARKERS: &[Marker] = &[mark("delivery_method()")];

const SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words!["test", "logger", "file"],
    local: words!["sendmail", "exim"],
    missing: None,
    off: None,
    name: "delivery_method",
};

pub static RUBY_MAIL: Profile = Profile {
    id: "ruby-mail",
    name: "Ruby mail gem (Mail.defaults)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/mikel/mail#sending-an-email https://github.com/mikel/mail/blob/master/lib/mail/network/delivery_methods/smtp.rb",
    syntaxes: syn::RUBY,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: rails::OTHER_KEYS,
    leftovers: rails::LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    fixes: rails::FIXES,
    sender_hint: "`from 'you@yourdomain.com'` in the `Mail.new do … end` block (or `mail.from = …`)",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

/// Rails' sentences (same hash), but the sender is the message's.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    match what {
        Write::From(v) => Some(format!("from '{v}' (in the Mail.new / Mail.deliver block)")),
        Write::Stream(v) => Some(format!("header['X-PM-Message-Stream'] = '{v}'")),
        _ => rails::write(cfg, what),
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    #[test]
    fn defaults_block_inline_hash() {
        let (client, s, ids) = linted("require 'mail'\n\nMail.defaults do\n  delivery_method :smtp, address: 'smtp.postmarkapp.com', port: 587,\n    user_name: ENV['POSTMARK_TOKEN'], password: ENV['POSTMARK_TOKEN'],\n    authentication: :plain, enable_starttls_auto: true\nend\n\nMail.deliver do\n  from 'hello@acme-widgets.io'\n  to 'you@example.net'\nend\n");
        assert_eq!(client, "ruby-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn options_variable_and_implicit_tls() {
        let (client, s, ids) = linted("options = { :address => 'smtp.postmarkapp.com',\n  :port => 465, :user_name => 'abc', :password => 'abc', :ssl => true }\nMail.defaults do\n  delivery_method :smtp, options\nend\n");
        assert_eq!(client, "ruby-mail");
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn no_flag_is_starttls_when_offered_and_defaults_apply() {
        let (_, s, _) = linted(
            "Mail.defaults do\n  delivery_method :smtp, address: 'smtp.postmarkapp.com'\nend\n",
        );
        assert_eq!(s["security"], "starttls");
        // An explicit false: clear text.
        let (_, s, _) = linted("Mail.defaults do\n  delivery_method :smtp, address: 'smtp.postmarkapp.com', port: 587, enable_starttls_auto: false\nend\n");
        assert_eq!(s["security"], "none");
        // A quoted 'false' is a true string in Ruby: STARTTLS when offered.
        let (_, s, _) = linted("Mail.defaults do\n  delivery_method :smtp, address: 'smtp.postmarkapp.com', port: 587, enable_starttls_auto: 'false'\nend\n");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn conflict_and_other_transports() {
        let (_, s, _) = linted("Mail.defaults do\n  delivery_method :smtp, address: 'smtp.postmarkapp.com', port: 465, tls: true, enable_starttls_auto: true\nend\n");
        assert_eq!(s["security"], serde_json::Value::Null);
        let (client, _, ids) = linted(
            "Mail.defaults do\n  delivery_method :sendmail, address: 'smtp.postmarkapp.com'\nend\n",
        );
        assert_eq!(client, "ruby-mail");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn rails_settings_stay_rails() {
        let (client, _, _) = linted("Rails.application.configure do\n  config.action_mailer.delivery_method = :smtp\n  config.action_mailer.smtp_settings = { address: 'smtp.postmarkapp.com', port: 587 }\nend\n");
        assert_eq!(client, "rails");
    }
}
