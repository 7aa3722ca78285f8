//! Zammad: an email channel's outbound settings as JSON — the channel's
//! `options.outbound` (REST API, `rails r` dumps) and the `Channels` of
//! `auto_wizard.json`.
//!
//! Meaning (admin-docs.zammad.org "Email" channel / account setup,
//! `contrib/auto_wizard_example.json`, and `app/models/channel/driver/smtp.rb`
//! `prepare_options`/`build_smtp_params`, which hand the options to the
//! `mail` gem):
//!
//! * `outbound.adapter`: `smtp` sends through `outbound.options`;
//!   `sendmail` hands mail to the local sendmail.
//! * `options.host`, `options.port` (default 25), `options.user` and
//!   `options.password` (a login only when `user` is set).
//! * TLS: `ssl: true` is TLS from the first byte; without an `ssl` key the
//!   driver turns it on for port 465 itself. Otherwise
//!   `enable_starttls_auto` (default true) upgrades with STARTTLS when the
//!   server offers it; `false` stays in clear. `start_tls`, which Zammad's
//!   outbound guesser writes (its specs' `provider_outbound_mx_setting`
//!   expects it), is not read by the driver: checked in
//!   three eras of `smtp.rb` — the 2016 `send` (kayoom/zammad ffda858), the
//!   2016–2022 `send` with the 465 rule (csipiemonte/Taylor 90f7efa,
//!   zammad/zammad 041bf51) and the 2025 `prepare_options`/
//!   `build_smtp_params` (sunnys-creations/sunnys-tickets 67bd6ea); none
//!   reads `:start_tls`, so it stays an ignored key.
//! * `ssl_verify: false` (or `openssl_verify_mode: 'none'`) turns
//!   certificate checks off; the default verifies (2025's
//!   `build_smtp_params`: `openssl_verify_mode` when given, else
//!   `ssl_verify`, default true). The older `send` defaulted
//!   `openssl_verify_mode` to `'none'` and never read `ssl_verify`: from
//!   the driver's first defaults (27081708b, August 2015, before 1.0;
//!   until then `'none'` was written into the call) through the 5.1.x
//!   branch (csipiemonte/Taylor, a fork of zammad/zammad: `git log -S`
//!   on `smtp.rb` up to 90f7efa, April 2022, `VERSION` 5.1.x). The
//!   releases between 5.1 and the SSL verification option (admin docs,
//!   September 2023) were not read. A paste without either option gets a
//!   `tls/verify-disabled` warning that names those versions; with
//!   `ssl_verify` (which only the newer driver reads) or
//!   `openssl_verify_mode` it does not.
//! * The channel's `active: false` disables it.
//! * The From is the channel's email address (`EmailAddresses` with its
//!   `channel_id` in `auto_wizard.json`).

use crate::extract::profile::{
    fix_text, k, mark, mark_value, pairs, syn, tls, words, Fix, Hooks, Key, Pairs, Profile, Switch,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role, Role::*, Security, Tls, UnverifiedIn};

use super::mail_gem;

const KEYS: &[Key] = &[
    k("outbound.adapter", Transport),
    k("outbound.options.host", Host),
    k("outbound.options.port", Port),
    k("outbound.options.user", Username),
    k("outbound.options.password", Password),
    k("outbound.options.ssl", ImplicitTls),
    k("outbound.options.enable_starttls_auto", StartTls),
    k("outbound.options.ssl_verify", VerifyPeer),
    k("outbound.options.openssl_verify_mode", VerifyMode),
    k("outbound.options.authentication", AuthMethod),
    k("Channels.*.active", Enabled),
    k("EmailAddresses.*.email", From),
];

/// Outbound options the driver reads that carry nothing we check, and the
/// `start_tls` it ignores (its STARTTLS is on by default anyway).
const OTHER_KEYS: Words = words!["domain", "start_tls", "folder", "keep_on_server"];

const LEFTOVERS: Pairs = pairs![
    ("username", "user"),
    ("user_name", "user"),
    ("server", "host"),
    ("address", "host"),
    ("tls", "ssl"),
    ("secure", "ssl"),
];

/// The driver's reading (see the module docs): implicit TLS on 465 when
/// `ssl` is not given, else the mail gem's; and the certificate checks
/// the older driver skips when neither verification option is written.
fn tls_of(cfg: &Config) -> Tls {
    let mut tls = if cfg.get(ImplicitTls).is_none() && cfg.effective_port() == Some(465) {
        let mut tls = Tls::default();
        if let Some(p) = cfg.get(Role::Port) {
            tls.implicit = Some(Evidence::of(p));
        }
        tls.mode = Some(Security::Implicit);
        tls
    } else {
        mail_gem::tls(cfg)
    };
    if cfg.get(VerifyPeer).is_none() && cfg.get(VerifyMode).is_none() {
        tls.unverified_in = Some(UnverifiedIn {
            why: Evidence::absent("no ssl_verify or openssl_verify_mode in outbound.options"),
            versions: OLD_DRIVER,
            fix: "\"openssl_verify_mode\": \"peer\" in outbound.options (read by every version)",
        });
    }
    tls
}

/// The releases whose `send` defaults `openssl_verify_mode` to `'none'`.
const OLD_DRIVER: &str = "Zammad before its SSL verification option (read: 1.0 to 5.1, whose SMTP driver defaults openssl_verify_mode to 'none')";

/// An inactive channel sends nothing whatever its adapter: the adapter
/// then says nothing (so the switch that matters, `active`, is the one
/// reported), and the configuration is not the one in use.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn inactive(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let off = c
            .get(Enabled)
            .is_some_and(|f| tls::truth(c.dialect, f) == Some(false));
        if off {
            c.fields.retain(|f| f.role != Transport);
            c.active = false;
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"port\": {port} in outbound.options"),
    fix_text(W::Host, &[], "\"host\": \"{value}\" in outbound.options"),
    fix_text(
        W::StartTls,
        &[],
        "\"port\": 587 with \"ssl\": false (STARTTLS is on by default) in outbound.options",
    ),
    fix_text(W::VerifyOn, &[], "\"ssl_verify\": true in outbound.options"),
    fix_text(
        W::AuthOn,
        &[],
        "\"user\" and \"password\" in outbound.options",
    ),
    fix_text(W::TlsModern, &[], "a current Zammad release"),
    fix_text(W::Username, &[], "\"user\": \"{value}\""),
    fix_text(W::Password, &[], "\"password\": \"{value}\""),
    fix_text(
        W::From,
        &[],
        "{value} as the channel's email address (Channels → Email → Email addresses)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Zammad has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ZAMMAD: Profile = Profile {
    id: "zammad",
    name: "Zammad email channel (outbound)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://admin-docs.zammad.org/en/latest/channels/email/accounts/account-setup.html https://github.com/zammad/zammad/blob/develop/app/models/channel/driver/smtp.rb https://github.com/zammad/zammad/blob/develop/contrib/auto_wizard_example.json",
    // Ruby hashes may sniff as JavaScript objects: same shape, same reading.
    syntaxes: syn::JSON | syn::YAML | syn::RUBY | syn::JS,
    keys: KEYS,
    markers: &[
        mark("outbound.adapter"),
        mark("outbound.options.host"),
        mark_value("Channels.*.area", "Email::Account"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "the channel's outbound adapter and active flag",
    }),
    fixes: FIXES,
    sender_hint: "the channel's email address (EmailAddresses in auto_wizard.json, Channels → Email in the admin UI)",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(tls_of),
        finish: Some(inactive),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const WIZARD: &str = r#"{
  "EmailAddresses": [{"id": 1, "channel_id": 10, "name": "Support", "email": "support@acme.io"}],
  "Channels": [{
    "id": 10, "area": "Email::Account", "group_id": 1,
    "options": {
      "inbound": {"adapter": "imap", "options": {"host": "imap.acme.io", "user": "support@acme.io", "password": "x", "ssl": true}},
      "outbound": {"adapter": "smtp", "options": {"host": "smtp.postmarkapp.com", "port": 587, "user": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c", "password": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c"}}
    },
    "active": true
  }]
}"#;

    #[test]
    fn outbound_only_and_starttls_by_default() {
        let (client, s, ids) = first(WIZARD);
        assert_eq!(client, "zammad");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "support@acme.io");
        assert_eq!(ids, ["tls/verify-disabled"], "the older driver's default");
    }

    /// The older driver's `openssl_verify_mode: 'none'` default: named by
    /// its versions, and not said when the paste writes either option.
    #[test]
    fn the_older_drivers_unverified_default() {
        let r = crate::lint(WIZARD, &crate::Options::default());
        let f = r
            .findings
            .iter()
            .find(|f| f.id == "tls/verify-disabled")
            .expect("a warning");
        assert!(f.message.contains("1.0 to 5.1"), "{}", f.message);
        assert!(f.fix.contains("openssl_verify_mode"), "{}", f.fix);
        for written in ["\"ssl_verify\": true", "\"openssl_verify_mode\": \"peer\""] {
            let with = WIZARD.replace("\"port\": 587", &format!("\"port\": 587, {written}"));
            let (_, _, ids) = first(&with);
            assert!(ids.is_empty(), "{written}: {ids:?}");
        }
        // On 465 too (the driver's own ssl), and `'none'` written is the
        // plain warning.
        let (_, _, ids) = first(&WIZARD.replace("587", "465"));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        let none = WIZARD.replace(
            "\"port\": 587",
            "\"port\": 587, \"openssl_verify_mode\": \"none\"",
        );
        let r = crate::lint(&none, &crate::Options::default());
        let f = r
            .findings
            .iter()
            .find(|f| f.id == "tls/verify-disabled")
            .expect("a warning");
        assert!(!f.message.contains("1.0 to 5.1"), "{}", f.message);
    }

    #[test]
    fn port_465_is_ssl_unless_told() {
        let (_, s, ids) = first(&WIZARD.replace("587", "465"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, _) = first(&WIZARD.replace("\"port\": 587", "\"port\": 587, \"ssl\": true"));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&WIZARD.replace(
            "\"port\": 587",
            "\"port\": 587, \"enable_starttls_auto\": false",
        ));
        assert_eq!(s["security"], "none");
    }

    /// `start_tls` is the guesser's word, not the driver's (module docs):
    /// it changes nothing, either way.
    #[test]
    fn start_tls_is_not_read() {
        for v in ["true", "false"] {
            let with = WIZARD.replace(
                "\"port\": 587",
                &format!("\"port\": 587, \"start_tls\": {v}"),
            );
            let (_, s, ids) = first(&with);
            assert_eq!(s["security"], "starttls", "start_tls {v}");
            assert_eq!(ids, ["tls/verify-disabled"], "start_tls {v}");
        }
    }

    #[test]
    fn inactive_channel_or_sendmail_sends_nothing_here() {
        let (_, _, ids) = first(&WIZARD.replace("\"active\": true", "\"active\": false"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) =
            first(&WIZARD.replace("\"adapter\": \"smtp\"", "\"adapter\": \"sendmail\""));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn ssl_verify_false_turns_checks_off() {
        let (_, _, ids) =
            first(&WIZARD.replace("\"port\": 587", "\"port\": 587, \"ssl_verify\": false"));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }
}
