//! Helpers shared by dialects: TLS readings that many clients share and
//! the usual fix phrasing.

use crate::model::{Config, Evidence, Role, Security, Tls};

/// TLS for clients with two switches, one for STARTTLS and one for implicit
/// TLS (Django, ssmtp, Mastodon…). `starttls_default`: what the client does
/// with neither switch (`Some(StartTls)` for opportunistic clients).
pub fn tls_from_switches(cfg: &Config, no_switch: Security) -> Tls {
    let on = |role: Role| {
        cfg.get(role)
            .filter(|f| !f.value.is_reference() && f.value.as_bool() == Some(true))
            .map(Evidence::of)
    };
    let off = |role: Role| {
        cfg.get(role)
            .filter(|f| !f.value.is_reference() && f.value.as_bool() == Some(false))
            .map(Evidence::of)
    };
    let unresolved = [Role::StartTls, Role::ImplicitTls]
        .iter()
        .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()));
    let implicit = on(Role::ImplicitTls);
    let starttls = on(Role::StartTls);
    let mut tls = Tls {
        conflicting: implicit.is_some() && starttls.is_some(),
        ..Tls::default()
    };
    tls.mode = if unresolved || tls.conflicting {
        None
    } else if implicit.is_some() {
        Some(Security::Implicit)
    } else if starttls.is_some() {
        Some(Security::StartTls)
    } else {
        Some(no_switch)
    };
    if tls.mode == Some(Security::None) {
        tls.disabled =
            off(Role::StartTls).or_else(|| Some(Evidence::absent("no STARTTLS setting")));
    }
    tls.implicit = implicit;
    tls.starttls = starttls;
    tls
}

/// Whether a literal word names implicit TLS (`ssl`, `smtps`, `tls` in
/// some clients is NOT this: callers decide).
pub fn word_is(cfg: &Config, role: Role, words: &[&str]) -> bool {
    cfg.literal(role)
        .is_some_and(|v| words.iter().any(|w| v.trim().eq_ignore_ascii_case(w)))
}
