//! OrangeHRM 4's Bitnami image (`ORANGEHRM_SMTP_*` environment).
//!
//! On the first start (`orangehrm_initialize` in `liborangehrm.sh`) the
//! image inserts one row into `ohrm_email_configuration`: `mail_type`
//! `smtp`, `sent_as` = **`ORANGEHRM_SMTP_USER`**, `smtp_host`, `smtp_port`
//! = `ORANGEHRM_SMTP_PORT_NUMBER`, `smtp_username`, `smtp_password`,
//! `smtp_auth_type` `login` and `smtp_security_type` =
//! `ORANGEHRM_SMTP_PROTOCOL`, which `orangehrm_validate` allows only as
//! `ssl` or `none` (a host without a port stops it). OrangeHRM's
//! `EmailService` hands `ssl` (or `tls`) to Swift Mailer's
//! `setEncryption` and nothing otherwise; Swift Mailer has no automatic
//! STARTTLS, so `ssl` is TLS from the first byte and `none` or empty is
//! clear text: the image has no way to ask for STARTTLS (OrangeHRM's own
//! Email Configuration screen has, after the first start). The From is
//! `sent_as` (`_getMessage`, `sendEmailNotification`), which OrangeHRM
//! checks is an address: with a Postmark token as the user, mail fails.
//! Sources: `bitnami/containers`,
//! `bitnami/orangehrm/4/debian-10/rootfs/opt/bitnami/scripts/liborangehrm.sh`
//! (65afc3d); OrangeHRM 4's `EmailService.php`
//! (`orangehrmCorePlugin`, `_getMailerDeprecated` and `_getMessage`). The
//! chart's values are left out (the chart was removed and was not read).

use super::bitnami::{protocol, STREAM_FIX, VERIFY_FIX};
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, set, syn, Hooks, Profile, Sec, SetVal, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

use Sec::{Implicit, Plain};

/// `ssl` is SMTPS; `none` and no word send in clear text.
const TLS: TlsModel = protocol(
    &[("ssl", Implicit), ("none", Plain), ("", Plain)],
    Plain,
    "ORANGEHRM_SMTP_PROTOCOL other than ssl (the image has no STARTTLS word; Swift Mailer then sends in clear text)",
);

pub static ORANGEHRM: Profile = Profile {
    id: "orangehrm-bitnami",
    name: "OrangeHRM (Bitnami image) ORANGEHRM_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/containers/blob/65afc3d91c4c7f32c0d5e96ef451052214b86809/bitnami/orangehrm/4/debian-10/rootfs/opt/bitnami/scripts/liborangehrm.sh",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        k("ORANGEHRM_SMTP_HOST", Host),
        k("ORANGEHRM_SMTP_PORT_NUMBER|ORANGEHRM_SMTP_PORT", Port),
        k("ORANGEHRM_SMTP_USER", Username),
        k("ORANGEHRM_SMTP_PASSWORD", Password),
        k("ORANGEHRM_SMTP_PROTOCOL", Encryption),
    ],
    markers: &[
        mark("ORANGEHRM_SMTP_HOST"),
        mark("ORANGEHRM_SMTP_PORT_NUMBER"),
        mark("ORANGEHRM_SMTP_USER"),
        mark("ORANGEHRM_SMTP_PROTOCOL"),
        mark_value("image", "bitnami/orangehrm"),
    ],
    needs_marker: true,
    family: &["ORANGEHRM_SMTP_"],
    case_sensitive: true,
    tls: TLS,
    fixes: &[
        fix(
            W::Port,
            &[set(Port, "ORANGEHRM_SMTP_PORT_NUMBER", SetVal::Port)],
        ),
        fix(W::Host, &[set(Host, "ORANGEHRM_SMTP_HOST", SetVal::Given)]),
        fix_text(
            W::StartTls,
            &[],
            "Security Type TLS in OrangeHRM's Admin › Configuration › Email Configuration (the image's ORANGEHRM_SMTP_PROTOCOL takes only ssl or none), with port 587",
        ),
        VERIFY_FIX,
        fix_text(
            W::AuthOn,
            &[],
            "ORANGEHRM_SMTP_USER and ORANGEHRM_SMTP_PASSWORD",
        ),
        fix(
            W::Username,
            &[set(Username, "ORANGEHRM_SMTP_USER", SetVal::Given)],
        ),
        fix(
            W::Password,
            &[set(Password, "ORANGEHRM_SMTP_PASSWORD", SetVal::Given)],
        ),
        fix_text(
            W::From,
            &[],
            "`Send As` in OrangeHRM's Email Configuration (the image sets it to ORANGEHRM_SMTP_USER): {value}",
        ),
        STREAM_FIX,
    ],
    sender_hint: "`Send As` in OrangeHRM's Email Configuration (the image sets it to ORANGEHRM_SMTP_USER)",
    hooks: Hooks {
        finish: Some(super::phorge::login_is_sender),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    fn compose(port: &str, protocol: &str) -> String {
        format!("services:\n  orangehrm:\n    image: docker.io/bitnami/orangehrm:4\n    environment:\n      - ORANGEHRM_SMTP_HOST=smtp.postmarkapp.com\n      - ORANGEHRM_SMTP_PORT_NUMBER={port}\n      - ORANGEHRM_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - ORANGEHRM_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - ORANGEHRM_SMTP_PROTOCOL={protocol}\n")
    }

    #[test]
    fn only_ssl_encrypts() {
        let (client, s, ids) = first(&compose("465", "ssl"));
        assert_eq!(client, "orangehrm-bitnami");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&compose("587", "none"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_login_is_the_from() {
        // A Postmark token as the user makes `sent_as` no address.
        let (_, _, ids) = first(&compose("587", "none"));
        assert!(has(&ids, "from/invalid"), "{ids:?}");
        let env = compose("587", "none").replace(
            "USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
            "USER=hr@acme-widgets.io",
        );
        let (_, s, ids) = first(&env);
        assert_eq!(s["from"], "hr@acme-widgets.io");
        assert!(!has(&ids, "from/invalid"), "{ids:?}");
    }
}
