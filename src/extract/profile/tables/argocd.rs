//! Argo CD Notifications' email service: a `service.email` or
//! `service.email.<name>` entry of the `argocd-notifications-cm` ConfigMap
//! (or of the Helm chart's `notifications.notifiers`), a YAML document in a
//! block scalar.
//!
//! Meaning (argo-cd.readthedocs.io "Notifications → Services → Email";
//! the code: argoproj/notifications-engine `pkg/services/email.go`, which
//! hands the options to `gomodules.xyz/notify/smtp` `mail.go`, built on
//! `gopkg.in/gomail.v2`):
//!
//! * The keys are `host`, `port`, `username`, `password`, `from`, `html`
//!   and `insecure_skip_verify`. A value starting with `$`
//!   (`$email-password`) is the key of that name in
//!   `argocd-notifications-secret`; with that Secret in the paste
//!   (`stringData:`, or base64 `data:`) the value is read from it, as is
//!   (`read/k8s_secrets.rs`).
//! * With both `username` and `password` set it dials with
//!   `gomail.NewDialer`: TLS from the first byte when the port is 465,
//!   else a clear connection upgraded with STARTTLS when the server offers
//!   it, and a login when the server offers AUTH. With either empty it
//!   dials a bare `gomail.Dialer{Host, Port}`: no login and no implicit TLS
//!   on any port (465 then hangs: the client waits for a greeting the
//!   server sends only after TLS).
//! * There is no default port (a missing `port` dials port 0) and no TLS
//!   switch; `insecure_skip_verify: true` turns certificate checks off.
//! * `from` is the From.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Profile, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("service.email.host|service.email.*.host", Host),
    k("service.email.port|service.email.*.port", Port),
    k("service.email.username|service.email.*.username", Username),
    k("service.email.password|service.email.*.password", Password),
    k("service.email.from|service.email.*.from", From),
    k(
        "service.email.insecure_skip_verify|service.email.*.insecure_skip_verify",
        SkipVerify,
    ),
];

const OTHER_KEYS: Words = words!["html"];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} in the service.email entry"),
    fix_text(W::Host, &[], "host: {value} in the service.email entry"),
    fix_text(
        W::StartTls,
        &[],
        "port: 587 (Argo CD upgrades with STARTTLS on any port but 465)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "insecure_skip_verify: false (or remove it)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "username and password in the service.email entry (both: with either missing Argo CD never logs in)",
    ),
    fix_text(
        W::Username,
        &[],
        "username: $email-username in the service.email entry, with email-username: {value} in argocd-notifications-secret",
    ),
    fix_text(
        W::Password,
        &[],
        "password: $email-password in the service.email entry, with email-password: {value} in argocd-notifications-secret",
    ),
    fix_text(W::From, &[], "from: {value} in the service.email entry"),
    fix_text(
        W::Stream,
        &[],
        "Argo CD has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ARGOCD_NOTIFICATIONS: Profile = Profile {
    id: "argocd-notifications",
    name: "Argo CD Notifications service.email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://argo-cd.readthedocs.io/en/stable/operator-manual/notifications/services/email/ https://github.com/argoproj/notifications-engine/blob/master/pkg/services/email.go https://github.com/gomodules/notify/blob/master/smtp/mail.go",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: &[
        mark("service.email.host"),
        mark("service.email.*.host"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    truth: Truth::Usual,
    // gomail.NewDialer: SSL on 465, else STARTTLS when offered.
    tls: TlsModel {
        implicit_ports: &[465],
        ..TlsModel::OPPORTUNISTIC
    },
    fixes: FIXES,
    sender_hint: "from in the service.email entry of argocd-notifications-cm",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CM: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-notifications-cm\ndata:\n  service.email.postmark: |\n    username: $email-username\n    password: $email-password\n    host: smtp.postmarkapp.com\n    port: 587\n    from: argocd@acme-widgets.io\n  template.app-sync-succeeded: |\n    email:\n      subject: Application {{.app.metadata.name}} has been successfully synced.\n";

    #[test]
    fn configmap_service() {
        let (client, s, ids) = first(CM);
        assert_eq!(client, "argocd-notifications");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "argocd@acme-widgets.io");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn port_465_is_implicit_and_no_port_is_missing() {
        let (_, s, ids) = first(&CM.replace("port: 587", "port: 465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&CM.replace("    port: 587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn the_notifications_secret_in_the_paste_is_read() {
        // `$email-password` is that key of `argocd-notifications-secret`.
        let secret = "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: argocd-notifications-secret\nstringData:\n  email-username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  email-password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let r = crate::lint(&format!("{CM}{secret}"), &crate::Options::default());
        let c = r
            .configs
            .iter()
            .find(|c| c.active)
            .expect("a configuration");
        assert_eq!(c.client, "argocd-notifications");
        assert_eq!(c.settings.username.as_deref(), Some("5c3e…5b6c"));
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!ids.contains(&"input/unresolved-reference"), "{ids:?}");
        // `data:` is base64; a placeholder there is judged as one.
        let data = secret.replace(
            "stringData:\n  email-username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  email-password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n",
            "data:\n  email-username: eW91ci11c2VybmFtZQ==\n  email-password: eW91ci1wYXNzd29yZA==\n",
        );
        let (_, _, ids) = first(&format!("{CM}{data}"));
        assert!(has(&ids, "auth/placeholder"), "{ids:?}");
        // Another Secret's keys are not Argo CD's.
        let other = secret.replace("argocd-notifications-secret", "smtp");
        let (_, s, _) = first(&format!("{CM}{other}"));
        assert_eq!(s["username"], "$email-username");
    }

    #[test]
    fn the_charts_secret_items_are_read() {
        // argo-helm writes notifications.secret.items as the Secret's stringData.
        let values = "notifications:\n  enabled: true\n  secret:\n    items:\n      email-username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      email-password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  notifiers:\n    service.email.postmark: |\n      username: $email-username\n      password: $email-password\n      host: smtp.postmarkapp.com\n      port: 587\n      from: argocd@acme.io\n";
        let (client, s, ids) = first(values);
        assert_eq!(client, "argocd-notifications");
        assert_eq!(s["username"], "5c3e…5b6c");
        assert!(!has(&ids, "input/unresolved-reference"), "{ids:?}");
        // An item the notifier does not name leaves the reference.
        let (_, s, _) = first(&values.replace(
            "      email-username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n",
            "",
        ));
        assert_eq!(s["username"], "$email-username");
    }

    #[test]
    fn skip_verify() {
        let (_, _, ids) = first(&CM.replace(
            "    port: 587\n",
            "    port: 587\n    insecure_skip_verify: true\n",
        ));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }
}
