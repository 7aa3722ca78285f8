//! Pony (github.com/benprew/pony), "the express way to send email in
//! Ruby": `Pony.mail(to: …, from: …, via: :smtp, via_options: { … })`, or
//! the same options once for all mails in `Pony.options = { … }` (an
//! initializer).
//!
//! Meaning (Pony's README and `lib/pony.rb`): `via_options` is handed to
//! the mail gem as `delivery_method via, via_options`, so its keys and TLS
//! flags are the gem's (`address`, `port`, `user_name`, `password`,
//! `authentication`, `enable_starttls_auto`, `ssl`/`tls`,
//! `openssl_verify_mode`; see [`super::mail_gem`] and [`super::ruby_mail`]:
//! port 25 and STARTTLS when offered by default). `via` picks the
//! transport: `:smtp`, or `:sendmail` (a local program). The sender is
//! Pony's own `from` option.
//!
//! Without `via`, Pony uses sendmail when `/usr/sbin/sendmail` is
//! executable and SMTP otherwise: that depends on the machine, so a
//! missing `via` is not reported.

use crate::extract::profile::{k, mark, syn, words, Hooks, Key, Marker, Profile, Switch, BASE};
use crate::model::Role::*;

use super::{mail_gem, rails};

const KEYS: &[Key] = &[
    k("via", Transport),
    k("via_options.address", Host),
    k("via_options.port", Port),
    k("via_options.user_name", Username),
    k("via_options.password", Password),
    k("via_options.authentication", AuthMethod),
    k("via_options.enable_starttls_auto", StartTls),
    k("via_options.enable_starttls", Encryption),
    k("via_options.ssl", ImplicitTls),
    k("via_options.tls", ImplicitTls),
    k("via_options.openssl_verify_mode", VerifyMode),
    k("from", From),
];

const MARKERS: &[Marker] = &[
    mark("Pony.mail()"),
    mark("Pony.options"),
    mark("Pony.options.**"),
];

pub static PONY: Profile = Profile {
    id: "pony",
    name: "Ruby Pony (Pony.mail / Pony.options)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/benprew/pony#readme https://github.com/benprew/pony/blob/master/lib/pony.rb",
    syntaxes: syn::RUBY,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["via_options.domain", "to", "cc", "bcc", "subject", "body", "html_body", "reply_to", "charset", "attachments", "headers"],
    leftovers: rails::LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["test"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: ":via",
    }),
    fixes: rails::FIXES,
    sender_hint: "`from: 'you@yourdomain.com'` in Pony.mail or Pony.options",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const OPTIONS: &str = "Pony.options = {\n  from: 'no-reply@acme-widgets.io',\n  via: :smtp,\n  via_options: {\n    address: 'smtp.postmarkapp.com',\n    port: '587',\n    user_name: ENV['POSTMARK_API_TOKEN'],\n    password: ENV['POSTMARK_API_TOKEN'],\n    authentication: :plain,\n    enable_starttls_auto: true,\n  },\n}\n";

    #[test]
    fn options_initializer() {
        let (client, s, ids) = linted(OPTIONS);
        assert_eq!(client, "pony");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "ENV['POSTMARK_API_TOKEN']");
        assert_eq!(s["from"], "no-reply@acme-widgets.io");
        assert!(!has(&ids, "host/missing"), "{ids:?}");
    }

    #[test]
    fn mail_call_with_hash_rockets_and_ssl() {
        let src = "Pony.mail({\n  :to => 'x@acme-widgets.io',\n  :via => :smtp,\n  :via_options => {\n    :address => 'smtp.postmarkapp.com',\n    :port => '465',\n    :ssl => true,\n    :user_name => 'u',\n    :password => 'u'\n  }\n})\n";
        let (client, s, ids) = linted(src);
        assert_eq!(client, "pony");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) = linted(&src.replace(":via => :smtp", ":via => :sendmail"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
