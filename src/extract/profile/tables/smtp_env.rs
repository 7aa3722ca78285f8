//! Fix rows shared by the apps that read nodemailer-style `SMTP_*`
//! environment variables (`SMTP_HOST`, `SMTP_PORT`, `SMTP_USERNAME`,
//! `SMTP_PASSWORD`, `SMTP_SECURE`): Typebot, Trigger.dev, Infisical,
//! DocuSeal. Each table keeps its own rows where its names or meaning
//! differ.

use crate::extract::profile::{fix, fix_text, set, Fix, SetVal, WriteKind as W};
use crate::model::Role::*;

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
