//! Fix rows shared by the apps that read nodemailer-style `SMTP_*`
//! environment variables (`SMTP_HOST`, `SMTP_PORT`, `SMTP_USERNAME`,
//! `SMTP_PASSWORD`, `SMTP_SECURE`): Typebot, Trigger.dev, Infisical,
//! DocuSeal, Huly, Dify. Each table keeps its own rows where its names or
//! meaning differ.

use crate::extract::profile::{
    fix, fix_text, set, Both, Fix, Sec, SetVal, TlsModel, WriteKind as W,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

pub(super) const PORT_FIX: Fix = fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]);
pub(super) const HOST_FIX: Fix = fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]);
pub(super) const USERNAME_FIX: Fix = fix(
    W::Username,
    &[set(Username, "SMTP_USERNAME", SetVal::Given)],
);
pub(super) const PASSWORD_FIX: Fix = fix(
    W::Password,
    &[set(Password, "SMTP_PASSWORD", SetVal::Given)],
);
/// `SMTP_SECURE` handed to nodemailer as `secure`: off, it upgrades with
/// STARTTLS.
pub(super) const SECURE_OFF_FIX: Fix = fix_text(
    W::StartTls,
    &[set(ImplicitTls, "SMTP_SECURE", SetVal::Bool(false))],
    "SMTP_SECURE=false (nodemailer then upgrades with STARTTLS)",
);
/// For clients that verify certificates and have no setting to turn it off.
pub(super) const CHAIN_FIX: Fix =
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host");

/// nodemailer's `secure` always handed over (PLANKA, Kutt, Backstage) or
/// the mail gem's `tls` with STARTTLS left on auto (Maybe): TLS from the
/// first byte when on, STARTTLS when the server offers it otherwise, and
/// no port that turns TLS on by itself.
pub(super) const SECURE_ALWAYS_GIVEN: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

/// `secure: VAR === word` (Formbricks' `"1"`, PLANKA's `'true'`): only that
/// exact word is TLS from the first byte; any other value, or none, is
/// `secure: false`, STARTTLS when offered. `absent` says the variable is
/// not set.
pub(super) fn secure_when(cfg: &Config, word: &str, absent: &str) -> Tls {
    let mut tls = Tls::default();
    match cfg.get(ImplicitTls) {
        Some(f) if f.value.is_reference() => {}
        Some(f) if f.value.text.trim() == word => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        Some(f) => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        None => {
            tls.choose(Security::StartTls, Evidence::absent(absent));
        }
    }
    tls
}

/// `secure` on unless the variable says otherwise, and then only the exact
/// `true` keeps it (Flowise's `SMTP_SECURE ? SMTP_SECURE === 'true' : true`,
/// Teable's `Object.is(BACKEND_MAIL_SECURE ?? 'true', 'true')`): not set,
/// TLS from the first byte; any other word, STARTTLS when offered. The two
/// differ on an empty value, `empty_secure` says which way (Flowise's test
/// for a non-empty string makes it `true`; Teable's `??` keeps `""`, which
/// is not `'true'`). `absent` says the variable is not set.
pub(super) fn secure_unless_said(cfg: &Config, empty_secure: bool, absent: &'static str) -> Tls {
    match cfg.get(ImplicitTls) {
        Some(f) if f.value.is_reference() => Tls::default(),
        Some(f) => {
            let text = f.value.text.trim();
            let secure = text == "true" || (text.is_empty() && empty_secure);
            let mode = if secure {
                Security::Implicit
            } else {
                Security::StartTls
            };
            Tls::chosen(mode, Evidence::of(f))
        }
        None => Tls::chosen(Security::Implicit, Evidence::absent(absent)),
    }
}

/// nodemailer's port when the app hands it none (`parseInt` of an unset
/// variable is `NaN`): 465 with `secure`, 587 without.
pub(super) fn nodemailer_port(tls: &Tls) -> Option<u16> {
    match tls.mode {
        Some(Security::StartTls) | Some(Security::None) => Some(587),
        _ => Some(465),
    }
}
