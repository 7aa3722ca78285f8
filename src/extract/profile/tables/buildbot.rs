//! Buildbot: the `MailNotifier` reporter of `master.cfg`
//! (`reporters.MailNotifier(fromaddr=…, relayhost=…, …)`).
//!
//! Meaning (docs.buildbot.net "Reporters → MailNotifier"; the code:
//! `master/buildbot/reporters/mail.py`, which hands the message to
//! Twisted's `ESMTPSenderFactory`, `twisted/mail/smtp.py`):
//!
//! * `fromaddr` (the first argument, required) is the From;
//!   `relayhost` (default `localhost`), `smtpPort` (default 25, whatever
//!   the TLS options say).
//! * `useSmtps=True` connects with `reactor.connectSSL`: TLS from the
//!   first byte.
//! * `useTls=True` is Twisted's `requireTransportSecurity`: STARTTLS,
//!   required (the send fails when the server does not offer it).
//! * Without `useTls`, Buildbot passes the relay host as the TLS name only
//!   when it logs in; Twisted's sender builds a TLS context only from that
//!   name (`ESMTPSender._getContextFactory`): with `smtpUser` and
//!   `smtpPassword` both set it upgrades when the server offers STARTTLS,
//!   without them it never starts TLS (clear text).
//! * It logs in (and requires AUTH) when both `smtpUser` and
//!   `smtpPassword` are set; `util.Secret("…")` reads them from a secrets
//!   provider.
//! * Python's truthiness reads the switches.

use crate::extract::profile::tls::truth;
use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, Words,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("MailNotifier(relayhost)", Host),
    k("MailNotifier(smtpPort)", Port),
    k("MailNotifier(smtpUser)", Username),
    k("MailNotifier(smtpPassword)", Password),
    k("MailNotifier(useSmtps)", ImplicitTls),
    k("MailNotifier(useTls)", StartTls),
    k("MailNotifier(fromaddr)|MailNotifier(#0)", From),
];

const MARKERS: &[Marker] = &[mark("MailNotifier()")];

const OTHER_KEYS: Words = words![
    "MailNotifier(lookup)",
    "MailNotifier(extraRecipients)",
    "MailNotifier(sendToInterestedUsers)",
    "MailNotifier(extraHeaders)",
    "MailNotifier(dumpMailsToLog)",
    "MailNotifier(generators)",
    "MailNotifier(mode)",
    "MailNotifier(builders)",
    "MailNotifier(tags)",
    "MailNotifier(messageFormatter)",
];

const LEFTOVERS: Pairs = pairs![
    ("MailNotifier(smtpHost)", "relayhost"),
    ("MailNotifier(host)", "relayhost"),
    ("MailNotifier(port)", "smtpPort"),
    ("MailNotifier(smtpUsername)", "smtpUser"),
    ("MailNotifier(useSSL)", "useSmtps"),
    ("MailNotifier(useStartTls)", "useTls"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtpPort={port} in MailNotifier(…)"),
    fix_text(W::Host, &[], "relayhost=\"{value}\" in MailNotifier(…)"),
    fix_text(
        W::StartTls,
        &[],
        "useTls=True (and no useSmtps) with smtpPort=587 in MailNotifier(…)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Buildbot's options as they are (Twisted verifies the relay host's certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtpUser=… and smtpPassword=… in MailNotifier(…) (util.Secret(\"…\") keeps them out of master.cfg)",
    ),
    fix_text(W::TlsModern, &[], "a current Buildbot and Twisted"),
    fix_text(W::Username, &[], "smtpUser=\"{value}\" in MailNotifier(…)"),
    fix_text(W::Password, &[], "smtpPassword=\"{value}\" in MailNotifier(…)"),
    fix_text(W::From, &[], "fromaddr=\"{value}\" in MailNotifier(…)"),
    fix_text(
        W::Stream,
        &[],
        "an X-PM-Message-Stream: {value} header in MailNotifier's extraHeaders",
    ),
];

/// A switch as Python reads it: absent is off; `None` when it cannot be
/// known (a reference).
fn switch(cfg: &Config, role: crate::model::Role) -> Option<Option<(bool, &Field)>> {
    match cfg.get(role) {
        None => Some(None),
        Some(f) => truth(cfg.dialect, f).map(|on| Some((on, f))),
    }
}

/// `useSmtps`, then `useTls`, then the login decides (see the module docs).
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let (Some(smtps), Some(starttls)) = (switch(cfg, ImplicitTls), switch(cfg, StartTls)) else {
        return tls;
    };
    if let Some((true, f)) = smtps {
        tls.implicit = Some(Evidence::of(f));
        tls.mode = Some(Security::Implicit);
        return tls;
    }
    if let Some((true, f)) = starttls {
        tls.starttls = Some(Evidence::of(f));
        tls.mode = Some(Security::StartTls);
        return tls;
    }
    let given = |f: &&Field| f.value.is_reference() || !f.value.text.trim().is_empty();
    let user = cfg.get(Username).filter(given);
    let password = cfg.get(Password).filter(given);
    match (user, password) {
        (Some(u), Some(_)) => {
            tls.starttls = Some(Evidence::of(u));
            tls.mode = Some(Security::StartTls);
        }
        _ => {
            tls.disabled = Some(match starttls {
                Some((_, f)) => Evidence::of(f),
                None => Evidence::absent(
                    "no useTls=True and no smtpUser/smtpPassword: Buildbot's sender then never starts TLS",
                ),
            });
            tls.mode = Some(Security::None);
        }
    }
    tls
}

pub static BUILDBOT: Profile = Profile {
    id: "buildbot",
    name: "Buildbot MailNotifier (master.cfg)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.buildbot.net/latest/manual/configuration/reporters/mail_notifier.html https://github.com/buildbot/buildbot/blob/master/master/buildbot/reporters/mail.py https://github.com/twisted/twisted/blob/trunk/src/twisted/mail/smtp.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "fromaddr in MailNotifier(…)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "from buildbot.plugins import reporters, util\n\nc = BuildmasterConfig = {}\nmn = reporters.MailNotifier(fromaddr=\"buildbot@acme-widgets.io\",\n                            sendToInterestedUsers=False,\n                            extraRecipients=[\"dev@acme-widgets.io\"],\n                            relayhost=\"smtp.postmarkapp.com\", smtpPort=587,\n                            useTls=True,\n                            smtpUser=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n                            smtpPassword=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\")\nc['services'].append(mn)\n";

    #[test]
    fn mail_notifier_with_tls() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "buildbot");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "buildbot@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn smtps_and_the_login_decide() {
        let (_, s, ids) = first(
            &CFG.replace("useTls=True", "useSmtps=True")
                .replace("587", "465"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // No useTls but a login: STARTTLS when offered.
        let (_, s, _) = first(&CFG.replace("useTls=True", "useTls=False"));
        assert_eq!(s["security"], "starttls");
        // Neither: clear text.
        let no_login = "mn = reporters.MailNotifier(fromaddr='buildbot@acme-widgets.io', relayhost='smtp.postmarkapp.com', smtpPort=587)\n";
        let (_, s, ids) = first(no_login);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn fromaddr_as_first_argument() {
        let (_, s, _) = first("m = MailNotifier('ci@acme-widgets.io', relayhost='smtp.postmarkapp.com', useTls=True)\n");
        assert_eq!(s["from"], "ci@acme-widgets.io");
    }
}
