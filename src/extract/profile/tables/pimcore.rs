//! Pimcore (10 and later): Symfony Mailer transports in `config/config.yaml`
//! (`framework: mailer: transports: main: smtp://…`), with Pimcore's own
//! sender setting (`pimcore: email: sender: email:`).
//!
//! Meaning (Pimcore's docs, "Sending Emails" and the 10.0 upgrade notes;
//! `Pimcore\Mail`, `Pimcore\Mail\Mailer`): Pimcore's mails go through the
//! transport named **`main`**, newsletters through `pimcore_newsletter`
//! (both read by Symfony Mailer: see [`super::url`], `smtp://` upgrades
//! with STARTTLS when offered, 465 or no port is TLS from the first byte,
//! `smtps://` implicit TLS). A mail without its own From gets
//! `pimcore.email.sender.email` (System Settings › Email, kept in this
//! file or, from Pimcore 11, in the settings store);
//! `pimcore_newsletter.sender.email` is the newsletters' sender when
//! `use_specific` is on. The plain Symfony table would take the first
//! transport as the default and miss Pimcore's sender.
//!
//! Recognised by Pimcore's own configuration roots (`pimcore:`,
//! `pimcore_admin:`, `pimcore_newsletter:`).

use crate::extract::profile::{k, kr, mark, syn, weighs, Key, Marker, Profile, Read, UrlFlavor};
use crate::model::Role::*;

use super::url;

const KEYS: &[Key] = &[
    kr(
        "framework.mailer.transports.main|framework.mailer.transports.pimcore_newsletter|framework.mailer.dsn",
        Url,
        Read::Url(UrlFlavor::Symfony),
    ),
    k(
        "pimcore.email.sender.email|framework.mailer.envelope.sender|framework.mailer.headers.From",
        From,
    ),
];

/// Pimcore's configuration roots outweigh the plain Symfony table's
/// `framework.mailer` markers.
const MARKERS: &[Marker] = &[
    weighs(mark("pimcore.**"), 3),
    // `pimcore:` with every option commented out (the skeleton's).
    weighs(mark("pimcore"), 3),
    mark("pimcore_admin.**"),
    mark("pimcore_newsletter.**"),
    mark("framework.mailer.transports.pimcore_newsletter"),
];

pub static PIMCORE: Profile = Profile {
    id: "pimcore",
    name: "Pimcore (config.yaml mailer transports)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.pimcore.com/platform/Pimcore/Development_Tools_and_Details/Email_Framework/ https://docs.pimcore.com/platform/Pimcore/Installation_and_Upgrade/Upgrade_Notes/ https://symfony.com/doc/current/mailer.html#transport-setup",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    sender_hint: "pimcore.email.sender.email in config/config.yaml (System Settings › Email)",
    hooks: url::HOOKS,
    ..url::SYMFONY_DSN
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YAML: &str = "pimcore:\n    email:\n        sender:\n            name: 'Acme Shop'\n            email: shop@acme-widgets.io\n\npimcore_admin:\n    admin_csp_header:\n        enabled: true\n\nframework:\n    mailer:\n        transports:\n            main: smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\n";

    #[test]
    fn main_transport_and_pimcores_sender() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "pimcore");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "shop@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn symfonys_reading_of_the_dsn() {
        // No port: Symfony Mailer dials 465 with TLS from the first byte.
        let (_, s, ids) = first(&YAML.replace(":587", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn a_plain_symfony_app_stays_symfony() {
        let (client, _, _) = first("framework:\n    mailer:\n        transports:\n            main: smtp://u:p@smtp.postmarkapp.com:587\n");
        assert_eq!(client, "symfony-mailer");
    }
}
