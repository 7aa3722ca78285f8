//! Meteor's `MAIL_URL` (Wekan, and other Meteor apps: the `email`
//! package), with Wekan's `MAIL_FROM`.
//!
//! Meaning (Meteor docs "Email" → `MAIL_URL`; the code: the `email`
//! package's `makeTransport` in `packages/email/email.js`, which hands the
//! URL to nodemailer; Wekan's `docs/Email`):
//!
//! * The URL is nodemailer's (`smtp://` STARTTLS when offered, `smtps://`
//!   implicit TLS, `?ignoreTLS=true`, `?secure=…`), read by the SMTP URL
//!   table's rules, with one difference: Meteor rewrites `smtp://` on port
//!   465 to `smtps://` ("The smtp:// scheme is deprecated for port 465"),
//!   so that URL is implicit TLS, where nodemailer alone would send
//!   plain SMTP to an implicit-TLS port.
//! * Meteor turns `pool=true` on unless the query sets it.
//! * Wekan sends from `MAIL_FROM`.
//!
//! `MAIL_URL` is Meteor's name; other apps write it too (as a nodemailer
//! URL), so the table needs Meteor's other variables (`ROOT_URL`,
//! `MONGO_URL`) or Wekan's image beside it. The URL itself is read by
//! `url.rs` (`meteor-mail-url` is its Plain flavor plus the 465 rewrite).

use crate::extract::profile::{
    k, kr, mark, mark_value, weighs, Key, Marker, Profile, Read, UrlFlavor,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("MAIL_URL", Url, Read::Url(UrlFlavor::Nodemailer)),
    k("MAIL_FROM", From),
];

const MARKERS: &[Marker] = &[
    mark("ROOT_URL"),
    mark("MONGO_URL"),
    weighs(mark_value("image", "wekan"), 6),
];

pub static METEOR_MAIL_URL: Profile = Profile {
    id: "meteor-mail-url",
    name: "Meteor MAIL_URL (Wekan)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.meteor.com/api/email.html https://github.com/meteor/meteor/blob/devel/packages/email/email.js https://github.com/wekan/wekan/blob/main/docs/Email/Troubleshooting-Mail.md",
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    sender_hint: "MAIL_FROM (Wekan), or the from of each Email.send",
    ..super::url::SMTP_URL
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const COMPOSE: &str = "services:\n  wekan:\n    image: ghcr.io/wekan/wekan:latest\n    environment:\n      - MONGO_URL=mongodb://wekandb:27017/wekan\n      - ROOT_URL=https://boards.acme.io\n      - MAIL_URL=smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587/\n      - MAIL_FROM=Boards <boards@acme.io>\n";

    #[test]
    fn nodemailer_reading_except_smtp_on_465() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "meteor-mail-url");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "boards@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // Meteor rewrites smtp://…:465 to smtps://.
        let (_, s, ids) = first(&COMPOSE.replace(":587/", ":465/"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        assert!(!has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
    }

    #[test]
    fn a_mail_url_without_meteor_is_nodemailers() {
        let (client, s, _) =
            first("MAIL_URL=smtp://u:p@smtp.postmarkapp.com:465/\nMAIL_FROM=a@acme.io\n");
        assert_ne!(client, "meteor-mail-url");
        assert_eq!(s["security"], "starttls");
    }
}
