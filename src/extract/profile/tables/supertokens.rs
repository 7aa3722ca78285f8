//! SuperTokens (supertokens-node): the `smtpSettings` object handed to the
//! recipes' `SMTPService` (`emailDelivery: { service: new SMTPService({
//! smtpSettings: {…} }) }`).
//!
//! Meaning (supertokens.com/docs "Email delivery › SMTP service"; the code:
//! `lib/ts/recipe/*/emaildelivery/services/smtp/index.ts`, which builds a
//! nodemailer transport from the settings):
//!
//! * `host`, `port` and `password` are required; `from: { name, email }`
//!   is the sender.
//! * `secure` is handed to nodemailer as is: `true` is TLS from the first
//!   byte; left out, nodemailer's own reading (implicit on 465, STARTTLS
//!   when offered elsewhere).
//! * The login is `authUsername`, or `from.email` when it is not given
//!   (`authUsername || from.email`).
//!
//! The Python and Go SDKs' `SMTPSettings` are not read here: their clients
//! differ and were not reviewed.

use super::nodemailer::TLS;
use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, Fix, Hooks, Key, Marker, Profile, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpSettings.host", Host),
    k("smtpSettings.port", Port),
    k("smtpSettings.secure", ImplicitTls),
    k("smtpSettings.authUsername", Username),
    k("smtpSettings.password", Password),
    k("smtpSettings.from.email", From),
];

const MARKERS: &[Marker] = &[
    mark("smtpSettings.authUsername"),
    mark("smtpSettings.from.email"),
    mark("smtpSettings.host"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} in smtpSettings"),
    fix_text(W::Host, &[], "host: \"{value}\" in smtpSettings"),
    fix_text(W::StartTls, &[], "secure: false in smtpSettings"),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(W::AuthOn, &[], "authUsername and password in smtpSettings"),
    fix_text(W::TlsModern, &[], "a current Node.js and supertokens-node"),
    fix_text(
        W::Username,
        &[],
        "authUsername: \"{value}\" in smtpSettings",
    ),
    fix_text(W::Password, &[], "password: \"{value}\" in smtpSettings"),
    fix_text(
        W::From,
        &[],
        "from: {{ email: \"{value}\" }} in smtpSettings",
    ),
    fix_text(
        W::Stream,
        &[],
        "SMTPService has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SUPERTOKENS: Profile = Profile {
    id: "supertokens-smtp",
    name: "SuperTokens SMTPService smtpSettings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://supertokens.com/docs/authentication/email/smtp-service https://github.com/supertokens/supertokens-node/blob/master/lib/ts/recipe/emailpassword/emaildelivery/services/smtp/index.ts",
    syntaxes: syn::JS | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    // The docs' Node examples write `username`, which the Node SDK does not
    // read (`authUsername || from.email`).
    leftovers: pairs![("username", "authUsername"), ("user", "authUsername")],
    truth: Truth::JavaScript,
    tls: TLS,
    fixes: FIXES,
    sender_hint: "from.email in smtpSettings",
    hooks: Hooks {
        finish: Some(super::gatus::sender_as_login),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const JS: &str = "EmailPassword.init({\n  emailDelivery: {\n    service: new EmailPassword.SMTPService({\n      smtpSettings: {\n        host: \"smtp.postmarkapp.com\",\n        port: 587,\n        secure: false,\n        authUsername: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n        password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n        from: { name: \"Acme\", email: \"auth@acme.io\" },\n      },\n    }),\n  },\n});\n";

    #[test]
    fn secure_and_the_login_fallback() {
        let (client, s, ids) = first(JS);
        assert_eq!(client, "supertokens-smtp");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "auth@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&JS.replace("secure: false", "secure: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // No authUsername: the From address logs in.
        let (_, _, ids) = first(&JS.replace(
            "        authUsername: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n",
            "",
        ));
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        assert!(has(&ids, "auth/username-password-differ"), "{ids:?}");
    }
}
