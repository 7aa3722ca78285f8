//! Proxmox VE (8.1 and later) and Proxmox Backup Server notification
//! targets: the `smtp: <name>` sections of `/etc/pve/notifications.cfg`
//! (PBS: `/etc/proxmox-backup/notifications.cfg`), a Proxmox "section
//! config": an unindented `type: name` line opens a section, indented
//! `key value` lines follow. The password is not in that file: it lives in
//! the same-named section of `priv/notifications.cfg` (root-only).
//!
//! Meaning (pve.proxmox.com/wiki/Notifications, "SMTP"; the code:
//! `proxmox-notify/src/endpoints/smtp.rs` of the `proxmox` repository,
//! which hands the settings to lettre):
//!
//! * `server` is the relay's host, `port` its port, `username` the login,
//!   `from-address` the From (required), `author` its display name.
//! * `mode` says the TLS: `tls` (the **default** when `mode` is absent) is
//!   TLS from the first byte, default port 465; `starttls` is STARTTLS,
//!   required (lettre's `Tls::Required`), default port 587; `insecure` is
//!   clear text, default port 25.
//! * It logs in only when `username` is set, and then needs the password
//!   from `priv/notifications.cfg` (an error otherwise).
//! * `disable 1` turns the target off; the target is used only when a
//!   `matcher:` section names it in `target`. With several `smtp:`
//!   sections each is a configuration of its own; the first is reported
//!   as the one in use (matchers are not followed).
//! * Other section types (`sendmail:`, `gotify:`, `webhook:`, `matcher:`)
//!   are not SMTP: their keys (a matcher's `mode all`) are not this
//!   target's.

use super::kit::{password_elsewhere, At, Source};
use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Profile, Sec, Switch, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("server", Host),
    k("port", Port),
    k("mode", Encryption),
    k("username", Username),
    k("password", Password),
    k("from-address", From),
    k("disable", Disabled),
];

/// Its section header and option names no other format has.
const MARKERS: &[Marker] = &[
    mark("smtp:"),
    mark("from-address"),
    mark("mailto-user"),
    mark("matcher:"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("tls", Sec::Implicit),
        ("starttls", Sec::StartTls),
        ("insecure", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Implicit,
    both: crate::extract::profile::Both::Implicit,
    absent: "no mode (Proxmox's default is tls: TLS from the first byte)",
};

/// The port follows the mode: 465 for `tls` (and no mode), 587 for
/// `starttls`, 25 for `insecure`.
fn default_port(cfg: &Config) -> Option<u16> {
    let mode = cfg
        .get(Encryption)
        .map(|f| f.value.text.trim().to_ascii_lowercase());
    match mode.as_deref() {
        Some("starttls") => Some(587),
        Some("insecure") => Some(25),
        _ => Some(465),
    }
}

/// One configuration per `smtp:` section: only the keys between its header
/// and the next section's header are its own (a matcher's `mode all` is
/// not a TLS mode). The password is in `priv/notifications.cfg`.
fn sections(doc: &Document, configs: &mut Vec<Config>) {
    let input = doc.input;
    let bytes = input.as_bytes();
    // (start of the header, the section's name, whether it is `smtp:`).
    let mut heads: Vec<(usize, String, bool)> = Vec::new();
    for e in &doc.entries {
        let ks = e.key_span();
        let key = &input[ks.clone()];
        let at_line_start = ks.start == 0 || bytes[ks.start - 1] == b'\n';
        if at_line_start && key.len() > 1 && key.ends_with(':') && !e.commented() {
            let name = doc.text_of(&e.value).trim().to_string();
            heads.push((ks.start, name, key == "smtp:"));
        }
    }
    if heads.is_empty() || configs.is_empty() {
        for c in configs.iter_mut() {
            private_password(c);
        }
        return;
    }
    // The engine may have grouped the sections' keys in any way (a key
    // written twice starts another configuration): pool them, in text
    // order, and hand each section its own.
    let mut base = configs.remove(0);
    for c in configs.drain(..) {
        base.fields.extend(c.fields);
        base.unknown_keys.extend(c.unknown_keys);
    }
    base.fields.sort_by_key(|f| f.key_span.start);
    base.unknown_keys.sort_by_key(|u| u.span.start);
    let smtp_count = heads.iter().filter(|h| h.2).count();
    for (i, (start, name, smtp)) in heads.iter().enumerate() {
        if !smtp {
            continue;
        }
        let end = heads.get(i + 1).map_or(input.len(), |h| h.0);
        let inside = |at: usize| at >= *start && at < end;
        let mut c = base.clone();
        c.fields.retain(|f| inside(f.key_span.start));
        c.unknown_keys.retain(|u| inside(u.span.start));
        c.span = *start..end;
        c.active = configs.is_empty();
        if smtp_count > 1 {
            c.label = Some(format!("smtp: {name}"));
        }
        private_password(&mut c);
        configs.push(c);
    }
    if configs.is_empty() {
        configs.push(base);
    }
}

fn private_password(c: &mut Config) {
    password_elsewhere(
        c,
        "password",
        Source::Store("/etc/pve/priv/notifications.cfg"),
        At::ValueEnd,
    );
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port {port} in the smtp: section"),
    fix_text(W::Host, &[], "server {value} in the smtp: section"),
    fix_text(
        W::StartTls,
        &[],
        "mode starttls and port 587 in the smtp: section (Encryption: STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "Proxmox always verifies the certificate"),
    fix_text(
        W::AuthOn,
        &[],
        "username in the smtp: section and its password (Datacenter → Notifications → the target's Password)",
    ),
    fix_text(W::TlsModern, &[], "a current Proxmox VE release"),
    fix_text(W::Username, &[], "username {value} in the smtp: section"),
    fix_text(
        W::Password,
        &[],
        "password {value} in the same section of /etc/pve/priv/notifications.cfg (the target's Password field)",
    ),
    fix_text(W::From, &[], "from-address {value} in the smtp: section"),
    fix_text(
        W::Stream,
        &[],
        "Proxmox has no header setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PROXMOX: Profile = Profile {
    id: "proxmox-notify",
    name: "Proxmox VE notifications.cfg (smtp target)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pve.proxmox.com/wiki/Notifications https://git.proxmox.com/?p=proxmox.git;a=blob;f=proxmox-notify/src/endpoints/smtp.rs",
    syntaxes: syn::CONF,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "mailto",
        "mailto-user",
        "author",
        "comment",
        "origin",
        "target",
        "match-severity",
        "match-field",
        "match-calendar",
        "invert-match",
        "sendmail:",
        "matcher:",
        "gotify:",
        "webhook:",
        "smtp:",
        "token",
        "url",
    ],
    leftovers: pairs![
        ("host", "server"),
        ("from", "from-address"),
        ("user", "username"),
        ("encryption", "mode"),
    ],
    case_sensitive: true,
    tls: TLS,
    port: Some(465),
    switch: Some(Switch::plain("disable in the smtp: section")),
    fixes: FIXES,
    sender_hint: "from-address in the smtp: section (required)",
    hooks: Hooks {
        default_port: Some(default_port),
        finish: Some(sections),
        ..Hooks::NONE
    },
    own_unknown: false,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "sendmail: mail-to-root\n\tcomment Send mails to root@pam's email address\n\tmailto-user root@pam\n\nsmtp: postmark\n\tfrom-address pve@acme.io\n\tmailto-user root@pam\n\tmode starttls\n\tport 587\n\tserver smtp.postmarkapp.com\n\tusername 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n\tauthor Proxmox VE\n\nmatcher: default-matcher\n\tcomment Route all notifications\n\tmode all\n\ttarget postmark\n";

    #[test]
    fn smtp_section_with_private_password() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "proxmox-notify");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "pve@acme.io");
        // The password is in priv/notifications.cfg, not pasted.
        assert_eq!(ids, ["auth/external-credentials"]);
    }

    #[test]
    fn mode_words_and_default_port() {
        // No mode: TLS from the first byte, port 465.
        let (_, s, ids) = first(&CFG.replace("\tmode starttls\n\tport 587\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&CFG.replace("mode starttls", "mode tls"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&CFG.replace("mode starttls", "mode insecure"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn each_smtp_section_is_its_own_and_disable_turns_it_off() {
        let two = format!(
            "smtp: gmail\n\tfrom-address pve@acme.io\n\tmode tls\n\tserver smtp.gmail.com\n\n{CFG}"
        );
        let r = crate::lint(&two, &crate::Options::default());
        assert_eq!(r.configs.len(), 2);
        assert_eq!(
            r.configs[1].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert_eq!(r.configs[1].settings.port, Some(587));
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.gmail.com")
        );
        let (_, _, ids) = first(&CFG.replace("\tport 587\n", "\tport 587\n\tdisable 1\n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn a_matcher_mode_is_not_the_target_s() {
        let (_, s, _) = first(
            &CFG.replace("\tmode starttls\n", "")
                .replace("port 587", "port 465"),
        );
        assert_eq!(s["security"], "implicit");
    }
}
