//! jordan-wright/email (`github.com/jordan-wright/email`): `e :=
//! email.NewEmail()`, `e.From = "Name <addr>"`, then `e.Send("host:587",
//! smtp.PlainAuth("", user, password, host))`, `e.SendWithTLS("host:465",
//! auth, tlsConfig)`, `e.SendWithStartTLS("host:587", auth, tlsConfig)`, or
//! a pool `email.NewPool("host:587", n, auth)`.
//!
//! Meaning (`email.go` and `pool.go`; <https://pkg.go.dev/github.com/jordan-wright/email>):
//!
//! * The address is `host:port` (`net.Dial`): no default port.
//! * `Send` is `net/smtp`'s `SendMail`: clear text upgraded with STARTTLS
//!   when the server offers it.
//! * `SendWithStartTLS` and the pool also issue STARTTLS only when the
//!   server offers it (`if ok, _ := c.Extension("STARTTLS"); ok`).
//! * `SendWithTLS` dials TLS from the first byte (`tls.Dial`).
//! * The auth is `net/smtp`'s: `PlainAuth(identity, user, password, host)`
//!   refuses to send credentials over a connection without TLS (except to
//!   localhost); `CRAMMD5Auth(user, secret)`.
//! * `tls.Config{InsecureSkipVerify: true}` turns certificate checks off.
//! * The From is `e.From` (the envelope sender is `e.Sender`, else From).

use crate::extract::profile::{
    fix_text, k, kr, mark, mark_value, syn, Fix, Hooks, Key, Marker, Profile, Read, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr(
        "Send(#0)|SendWithStartTLS(#0)|SendWithTLS(#0)|NewPool(#0)",
        Host,
        Read::HostPort,
    ),
    kr("SendWithTLS()", ImplicitTls, Read::Presence),
    k("PlainAuth(#1)|CRAMMD5Auth(#0)", Username),
    k("PlainAuth(#2)|CRAMMD5Auth(#1)", Password),
    k("e.From|From", From),
    k("InsecureSkipVerify", SkipVerify),
];

const MARKERS: &[Marker] = &[
    mark("email.NewEmail()"),
    mark("email.NewPool()"),
    mark("SendWithTLS()"),
    mark("SendWithStartTLS()"),
    mark_value("*", "jordan-wright/email"),
];

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "the address \"host:{port}\" of e.Send(…)"),
    fix_text(
        W::StartTls,
        &[],
        "e.Send(…) or e.SendWithStartTLS(…) instead of e.SendWithTLS(…)",
    ),
    fix_text(W::VerifyOn, &[], "no InsecureSkipVerify in the tls.Config"),
    fix_text(W::Host, &[], "the address \"{host}:port\" of e.Send(…)"),
];

pub static JORDAN_WRIGHT_EMAIL: Profile = Profile {
    id: "jordan-wright-email",
    name: "Go jordan-wright/email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pkg.go.dev/github.com/jordan-wright/email https://github.com/jordan-wright/email/blob/master/email.go",
    syntaxes: syn::GO,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TlsModel {
        absent: "",
        ..TlsModel::OPPORTUNISTIC
    },
    fixes: FIXES,
    sender_hint: "`e.From = \"Name <you@yourdomain.com>\"` on the email",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// A pool's `p.Send(e, timeout)` hands it the email, not an address: a
/// configuration made of nothing but a `Send` argument read from elsewhere,
/// beside one with its settings, is that call. An address built from two
/// variables (`fmt.Sprintf("%s:%d", host, port)`) is read as `net/smtp`'s.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    super::go_smtp::finish(doc, configs);
    let only_send_arg = |c: &Config| {
        c.fields
            .iter()
            .all(|f| f.role == Host && f.key == "Send" && f.value.is_reference())
    };
    if configs.len() > 1 && configs.iter().any(|c| !only_send_arg(c)) {
        configs.retain(|c| !only_send_arg(c));
        if let [only] = &mut configs[..] {
            only.label = None;
            only.active = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn send(call: &str) -> String {
        format!("package main\n\nimport (\n\t\"net/smtp\"\n\n\t\"github.com/jordan-wright/email\"\n)\n\nfunc main() {{\n\te := email.NewEmail()\n\te.From = \"Acme <hello@acme-widgets.io>\"\n\te.To = []string{{\"a@b.io\"}}\n\te.{call}, smtp.PlainAuth(\"\", \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", \"smtp.postmarkapp.com\"))\n}}\n")
    }

    #[test]
    fn send_is_starttls_when_offered() {
        let s = clean_starttls(
            &send("Send(\"smtp.postmarkapp.com:587\""),
            "jordan-wright-email",
        );
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn send_with_tls_is_implicit() {
        let (_, s, ids) = linted(&send("SendWithTLS(\"smtp.postmarkapp.com:587\""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn a_pools_send_takes_the_email() {
        let src = "p := email.NewPool(\n\t\"smtp.postmarkapp.com:587\",\n\t4,\n\tsmtp.PlainAuth(\"\", \"u\", \"p\", \"smtp.postmarkapp.com\"),\n)\nfor e := range ch {\n\tp.Send(e, 10 * time.Second)\n}\n";
        let r = crate::lint(src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1);
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
    }

    #[test]
    fn an_address_built_from_two_variables() {
        let src = "package main\n\nimport \"github.com/jordan-wright/email\"\n\nfunc main() {\n\thost := \"smtp.postmarkapp.com\"\n\tport := 2525\n\te := email.NewEmail()\n\te.From = \"hello@acme-widgets.io\"\n\te.Send(fmt.Sprintf(\"%s:%d\", host, port), smtp.PlainAuth(\"\", \"u\", \"p\", host))\n}\n";
        let (_, s, _) = linted(src);
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
    }

    #[test]
    fn plain_net_smtp_stays_net_smtp() {
        let (client, _, _) = linted(
            "auth := smtp.PlainAuth(\"\", \"u\", \"p\", \"smtp.postmarkapp.com\")\nerr := smtp.SendMail(\"smtp.postmarkapp.com:587\", auth, \"a@b.io\", to, msg)\n",
        );
        assert_eq!(client, "go-net-smtp");
    }
}
