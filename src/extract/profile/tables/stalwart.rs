//! Stalwart mail server: a relay route (a smarthost) in `config.toml`,
//! `[queue.route."NAME"]` with `type = "relay"` (0.11 to 0.15), and the
//! older `[remote."NAME"]` host (0.5 to 0.10).
//!
//! Meaning (stalwartlabs/stalwart `crates/common/src/config/smtp/queue.rs`:
//! `parse_route` before the 0.16 registry, `parse_relay_host` at v0.10.0;
//! `crates/smtp/src/outbound/delivery.rs`; the "Routing" and "Outbound TLS"
//! pages of stalw.art/docs):
//!
//! * `address` is the host (required), `port` defaults to **25**,
//!   `protocol` is `smtp` (default) or `lmtp`.
//! * `tls.implicit` defaults to **true**: without it Stalwart opens TLS
//!   from the first byte, whatever the port (a route to port 587 that
//!   leaves it out fails the handshake). `tls.implicit = false` speaks clear
//!   text first and upgrades with STARTTLS as the TLS strategy says
//!   (`queue.tls.*.starttls`, default `optional`: when the server offers it).
//! * `tls.allow-invalid-certs` (default false) skips the certificate check.
//! * It logs in only when both `auth.username` and `auth.secret` are set.
//! * A route is used only when the strategy picks it: `queue.strategy.route`
//!   (0.11+, an expression whose default sends local domains to `'local'`
//!   and the rest to `'mx'`) or `queue.outbound.next-hop` (0.5 to 0.10,
//!   default `false`: MX delivery). Defining a relay route alone changes
//!   nothing; the strategy is not judged here.
//! * There is no From: Stalwart relays each message with the From of the
//!   client that submitted it.
//! * 0.16 moved the routes into the server's registry (the web admin and
//!   its API): no file to paste.
//!
//! `address`, `port` and `auth.username` are everyone's names: the table
//! needs the path under `queue.route` / `remote`, or Stalwart's own keys.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, set, syn, words, Fix, Key, Marker, Profile, Sec, SetVal,
    TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("route.*.address|remote.*.address", Host),
    k("route.*.port|remote.*.port", Port),
    k("route.*.tls.implicit|remote.*.tls.implicit", ImplicitTls),
    k(
        "route.*.tls.allow-invalid-certs|remote.*.tls.allow-invalid-certs",
        SkipVerify,
    ),
    k("route.*.auth.username|remote.*.auth.username", Username),
    k("route.*.auth.secret|remote.*.auth.secret", Password),
];

const MARKERS: &[Marker] = &[
    mark_value("route.*.type", "relay"),
    mark("route.*.auth.secret"),
    mark("remote.*.auth.secret"),
    mark("route.*.tls.allow-invalid-certs"),
    mark("remote.*.tls.allow-invalid-certs"),
    mark("remote.*.tls.implicit"),
    mark("queue.strategy.route"),
    mark("queue.outbound.next-hop"),
];

// `type`: only a `relay` route has an address (`local` and `mx` have
// none), so the type is not needed to tell.
const OTHER_KEYS: crate::extract::profile::Words = words![
    "type",
    "protocol",
    "concurrency",
    "timeout",
    "lookup",
    "limits.mx",
    "limits.multihomed",
    "ip-lookup",
];

/// TLS from the first byte unless `tls.implicit = false`; then STARTTLS
/// when offered (the default TLS strategy's `starttls = "optional"`).
const TLS: TlsModel = TlsModel {
    default: Sec::Implicit,
    absent: "no tls.implicit (Stalwart's default is true: TLS from the first byte)",
    ..TlsModel::OPPORTUNISTIC
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "address", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "tls.implicit", SetVal::Lit("false"))],
        "tls.implicit = false with port = 587 in the relay route",
    ),
    fix_text(
        W::VerifyOn,
        &[set(SkipVerify, "tls.allow-invalid-certs", SetVal::Lit("false"))],
        "tls.allow-invalid-certs = false in the relay route",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "auth.username and auth.secret in the relay route",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Stalwart release (rustls speaks TLS 1.2 and 1.3)",
    ),
    fix_text(W::Username, &[], "auth.username = \"{value}\""),
    fix_text(W::Password, &[], "auth.secret = \"{value}\""),
    fix_text(
        W::From,
        &[],
        "{value} as the From in the mail client that submits mail to Stalwart",
    ),
    fix_text(
        W::Stream,
        &[],
        "an `X-PM-Message-Stream` header added by the submitting client, or a Server whose default stream is `{value}`",
    ),
];

pub static STALWART: Profile = Profile {
    id: "stalwart",
    name: "Stalwart relay route (queue.route / remote)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://stalw.art/docs/mta/outbound/routing https://stalw.art/docs/mta/outbound/tls https://github.com/stalwartlabs/stalwart/blob/v0.15.5/crates/common/src/config/smtp/queue.rs https://github.com/stalwartlabs/stalwart/blob/v0.10.0/crates/common/src/config/smtp/queue.rs https://github.com/stalwartlabs/stalwart/blob/v0.15.5/crates/smtp/src/outbound/delivery.rs",
    // config.toml; the NixOS module's `services.stalwart-mail.settings`.
    syntaxes: syn::TOML | syn::NIX | syn::JSON | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: OTHER_KEYS,
    tls: TLS,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "the From of each message, set by the mail client that submits it to Stalwart",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ROUTE: &str = r#"[queue.strategy]
route = [ { if = "is_local_domain('', rcpt_domain)", then = "'local'" },
          { else = "'postmark'" } ]

[queue.route."local"]
type = "local"

[queue.route."postmark"]
type = "relay"
address = "smtp.postmarkapp.com"
port = 587
protocol = "smtp"

[queue.route."postmark".tls]
implicit = false
allow-invalid-certs = false

[queue.route."postmark".auth]
username = "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c"
secret = "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c"
"#;

    #[test]
    fn relay_route_with_starttls() {
        let (client, s, ids) = first(ROUTE);
        assert_eq!(client, "stalwart");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().all(|i| i == "from/missing"), "{ids:?}");
    }

    #[test]
    fn implicit_tls_is_the_default() {
        // No tls.implicit: TLS from the first byte, which port 587 does not speak.
        let (_, s, ids) = first(&ROUTE.replace("implicit = false\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, _) = first(&ROUTE.replace("implicit = false", "implicit = true"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn invalid_certs_and_default_port() {
        let (_, _, ids) =
            first(&ROUTE.replace("allow-invalid-certs = false", "allow-invalid-certs = true"));
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // No port: 25, which Postmark answers but many networks block.
        let (_, s, ids) = first(&ROUTE.replace("port = 587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(ids.iter().any(|i| i.starts_with("port/")), "{ids:?}");
    }

    #[test]
    fn older_remote_host() {
        let toml = "[queue.outbound]\nnext-hop = [ { if = \"is_local_domain('*', rcpt_domain)\", then = \"'local'\" },\n             { else = \"'postmark'\" } ]\n\n[remote.\"postmark\"]\naddress = \"smtp.postmarkapp.com\"\nport = 465\nprotocol = \"smtp\"\n\n[remote.\"postmark\".tls]\nimplicit = true\nallow-invalid-certs = false\n\n[remote.\"postmark\".auth]\nusername = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsecret = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n";
        let (client, s, ids) = first(toml);
        assert_eq!(client, "stalwart");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn a_listener_or_other_toml_is_not_taken() {
        let listener = "[server.listener.\"submissions\"]\nbind = [\"[::]:465\"]\nprotocol = \"smtp\"\ntls.implicit = true\n";
        let r = crate::lint(listener, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "stalwart"));
        let other = "[smtp]\naddress = \"smtp.postmarkapp.com\"\nport = 587\n[smtp.auth]\nusername = \"u\"\nsecret = \"s\"\n";
        let r = crate::lint(other, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "stalwart"));
    }
}
