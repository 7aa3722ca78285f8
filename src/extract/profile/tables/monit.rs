//! Monit: the alert mail servers in its control file (`monitrc`,
//! `/etc/monit/conf.d/*`), read by `read::monitrc`:
//! `set mailserver smtp.postmarkapp.com port 587 username "…" password "…" using tls`.
//!
//! Meaning (Monit's manual, "Setting a mail server for alert delivery",
//! <https://mmonit.com/monit/documentation/monit.html>; the source,
//! MMonit/monit `src/p.y` rules `setmailservers`/`mailserver` and
//! `addmailserver`, and `src/alert.c` `_connectMTA`/`_send`):
//!
//! * `set mailserver` lists servers (commas between them), tried in turn;
//!   each is `HOST [PORT n] [USERNAME u] [PASSWORD p] [using ssl|tls|
//!   tlsvNN …]`. The port defaults to 25 (`PORT_SMTP`).
//! * Without `using …` the session stays in clear: Monit sends STARTTLS
//!   only when the server's SSL flag says so.
//! * With `using ssl`/`tls`/a version, `addmailserver` turns the flag into
//!   STARTTLS (required: `SMTP_starttls` fails when the server does not
//!   offer it) on ports 25 and 587, and TLS from the first byte on any
//!   other port. (Before 5.2x every `using` was TLS from the first byte,
//!   as the maintainer answered in bitbucket tildeslash/monit issue 618.)
//! * It logs in when both a username and a password are set.
//! * `set mail-format { from: … }` is the From (default `monit@$HOST`).
//!   `$HOST` is a macro Monit fills in when it sends: the machine's
//!   fully qualified host name (the manual's "Message format"; tildeslash
//!   monit issue 393, <https://bitbucket.org/tildeslash/monit/issue/393>).

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("mailserver", Host),
    k("mailserver.port", Port),
    k("mailserver.username", Username),
    k("mailserver.password", Password),
    k("mailserver.using", Encryption),
    k("mail-format.from", From),
];

/// Only the monitrc reader writes these paths.
const MARKERS: &[Marker] = &[mark("mailserver"), mark("mail-format.from")];

/// `using …` is STARTTLS on 25 and 587, TLS from the first byte elsewhere;
/// no `using`, clear text.
fn tls(cfg: &Config) -> Tls {
    match cfg.get(Encryption) {
        Some(using) => {
            let mode = match cfg.effective_port() {
                Some(25 | 587) | None => Security::StartTls,
                Some(_) => Security::Implicit,
            };
            Tls::chosen(mode, Evidence::of(using))
        }
        None => Tls::chosen(
            Security::None,
            Evidence::absent("no `using tls` on the mail server"),
        ),
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port {port} after the host in set mailserver"),
    fix_text(W::Host, &[], "set mailserver {value} port 587"),
    fix_text(
        W::StartTls,
        &[],
        "set mailserver smtp.postmarkapp.com port 587 … using tls (Monit then requires STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "set ssl { verify: enable } (Monit does not verify certificates by default)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "username \"…\" password \"…\" on the mail server (Monit logs in only with both)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Monit built with a current OpenSSL",
    ),
    fix_text(W::Username, &[], "username \"{value}\" in set mailserver"),
    fix_text(W::Password, &[], "password \"{value}\" in set mailserver"),
    fix_text(W::From, &[], "set mail-format { from: {value} }"),
    fix_text(
        W::Stream,
        &[],
        "Monit has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MONIT: Profile = Profile {
    id: "monit",
    name: "Monit monitrc (set mailserver)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://mmonit.com/monit/documentation/monit.html https://github.com/MMonit/monit/blob/master/src/p.y",
    syntaxes: syn::WORDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![],
    port: Some(25),
    sender_hint: "from: in set mail-format",
    send_macros: &[("$HOST", "the fully qualified name of the machine Monit runs on")],
    fixes: FIXES,
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const RC: &str = "set daemon 30\nset mailserver smtp.postmarkapp.com port 587\n    username \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" password \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    using tls\n    with timeout 30 seconds\nset mail-format { from: monit@acme-widgets.io }\nset alert ops@acme-widgets.io\n";

    #[test]
    fn the_mail_server_is_read() {
        let (client, s, ids) = first(RC);
        assert_eq!(client, "monit");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "monit@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn using_means_starttls_on_587_and_tls_elsewhere() {
        let (_, s, ids) = first(&RC.replace("port 587", "port 465"));
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&RC.replace("port 587", "port 2525"));
        assert_eq!(s["security"], "implicit");
        assert!(!ids.is_empty(), "{ids:?}");
        // Without `using`, Monit sends in clear.
        let (_, s, ids) = first(&RC.replace("    using tls\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn host_macro_in_the_from_is_filled_in_at_send_time() {
        let rc = RC.replace("monit@acme-widgets.io }", "Monit <monit@$HOST> }");
        let r = crate::lint(&rc, &crate::Options::default());
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!ids.contains(&"from/invalid"), "{ids:?}");
        let note = r
            .findings
            .iter()
            .find(|f| f.id == "input/unresolved-reference")
            .expect("the From is a macro");
        assert!(
            note.message.contains("in place of `$HOST` when it sends"),
            "{}",
            note.message
        );
        assert!(
            !note.message.contains("not in the paste"),
            "{}",
            note.message
        );
        // The note points at the From's value.
        // Pasted in two Markdown fences, the mail-format block read as a
        // note and joined as the sender: the macro is still the client's.
        let md = "```\nset mailserver smtp.postmarkapp.com port 587\n    using tls\n```\n\n```\nset mail-format {\n   from:    Monit <monit@$HOST>\n   subject: monit alert --  $EVENT $SERVICE\n }\n```\n";
        let (client, _, ids) = first(md);
        assert_eq!(client, "monit");
        assert!(!has(&ids, "from/invalid"), "{ids:?}");
        assert!(has(&ids, "input/unresolved-reference"), "{ids:?}");
        let at = rc.find("Monit <").unwrap();
        assert_eq!(note.span.as_ref().map(|s| s.start), Some(at), "{note:?}");
    }

    #[test]
    fn it_claims_nothing_else() {
        // Other `set` command files and OpenSMTPD rules are not Monit's.
        for other in [
            "set smtp_url=smtp://u@smtp.postmarkapp.com:587\nset smtp_pass=p\nset from=a@acme.io\n",
            "action \"relay\" relay host smtp+tls://pm@smtp.postmarkapp.com:587 auth <secrets>\nmatch for any action \"relay\"\n",
            "[smtp]\nhost = smtp.postmarkapp.com\nport = 587\nusername = u\npassword = p\n",
        ] {
            let (client, _, _) = first(other);
            assert_ne!(client, "monit", "{other}");
        }
    }
}
