//! Node-RED's e-mail node (`node-red-node-email`): the `"type": "e-mail"`
//! node of a flow (`flows.json`, an exported flow), with its credentials
//! from `flows_cred.json` (`{"<node id>": {"userid": …, "password": …}}`,
//! stored encrypted unless `credentialSecret` is false).
//!
//! Meaning (the node's help, `social/email/locales/en-US/61-email.html`,
//! and its code, `social/email/61-email.js`, which builds nodemailer's
//! options):
//!
//! * `server` is nodemailer's `host`, `port` its `port` (the editor's
//!   default 465; a string in the flow).
//! * `secure` is nodemailer's `secure`: true (the editor's default) is TLS
//!   from the first byte; false upgrades with STARTTLS when the server
//!   offers it (nodemailer also turns TLS on by itself on port 465).
//! * `tls` is not STARTTLS: it becomes `tls.rejectUnauthorized`, so
//!   `tls: false` stops certificate checks.
//! * `authtype` `BASIC` (default) logs in with the credentials' `userid`
//!   and `password`; `NONE` sends without logging in; `XOAUTH2` uses a
//!   token from the message.
//! * The From is the message's `msg.from`, else the `userid`: there is no
//!   sender setting in the node.
//! * A flow holds many nodes; only the e-mail node's `server`/`port` are
//!   SMTP (the `e-mail in` node's are IMAP/POP3, a `tcp request`'s are not
//!   mail at all).

use crate::extract::profile::{
    fix_text, k, mark_value, pairs, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, Truth,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::nodemailer;

const KEYS: &[Key] = &[
    k("server", Host),
    k("port", Port),
    k("secure", ImplicitTls),
    k("tls", VerifyPeer),
    k("userid", Username),
    k("password", Password),
    k("authtype", AuthMethod),
];

const MARKERS: &[Marker] = &[mark_value("type", "e-mail")];

const OTHER_KEYS: Words = words![
    "id",
    "type",
    "z",
    "name",
    "dname",
    "x",
    "y",
    "wires",
    "token",
    "saslformat",
    "g",
    "d",
];

const LEFTOVERS: Pairs = pairs![
    ("host", "server"),
    ("user", "userid"),
    ("username", "userid"),
    ("pass", "password"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "Port {port} in the e-mail node"),
    fix_text(W::Host, &[], "Server {value} in the e-mail node"),
    fix_text(
        W::StartTls,
        &[],
        "port 587 with \"Use secure connection\" unticked in the e-mail node (nodemailer then upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "tick \"Check server certificate is valid\" in the e-mail node (\"tls\": true)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "Auth type Basic with the Userid and Password of the e-mail node",
    ),
    fix_text(W::TlsModern, &[], "a current node-red-node-email"),
    fix_text(W::Username, &[], "Userid {value} in the e-mail node"),
    fix_text(W::Password, &[], "Password {value} in the e-mail node"),
    fix_text(
        W::From,
        &[],
        "msg.from = \"{value}\" on the message (the node sends From its Userid otherwise)",
    ),
    fix_text(
        W::Stream,
        &[],
        "msg.headers = {\"X-PM-Message-Stream\": \"{value}\"} on the message",
    ),
];

/// Keeps the configurations read from e-mail nodes (and the credentials
/// that joined them): the flow's other nodes' `server`/`port` are not SMTP.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn email_nodes_only(doc: &Document, configs: &mut Vec<Config>) {
    let nodes: Vec<u32> = doc
        .entries
        .iter()
        .filter(|e| {
            !e.commented()
                && doc.key_of(e).trim_matches(['"', '\'']) == "type"
                && doc.text_of(&e.value) == "e-mail"
        })
        .map(|e| e.scope)
        .collect();
    configs.retain(|c| nodes.contains(&c.root));
    // A flow never holds the node's credentials: without them in the
    // paste, they are in flows_cred.json (a store of their own).
    for cfg in configs.iter_mut() {
        let written = cfg.get(Username).is_some() || cfg.get(Password).is_some();
        if let (false, Some(host)) = (written, cfg.get(Host)) {
            let mut store = host.clone();
            store.role = CredentialsFile;
            store.key = "credentials (flows_cred.json)".to_string();
            store.value.text = "flows_cred.json".to_string();
            store.value.verbatim = false;
            cfg.push(store);
        }
    }
    // Without `msg.from`, the node sends From its userid.
    super::phorge::login_is_sender(doc, configs);
}

pub static NODE_RED_EMAIL: Profile = Profile {
    id: "node-red-email",
    name: "Node-RED e-mail node (node-red-node-email)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://flows.nodered.org/node/node-red-node-email https://github.com/node-red/node-red-nodes/blob/master/social/email/61-email.js https://nodemailer.com/smtp/",
    syntaxes: syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: nodemailer::TLS,
    port: Some(465),
    credentials_apart: true,
    fixes: FIXES,
    sender_hint: "msg.from on the message sent to the e-mail node (else its Userid)",
    hooks: Hooks {
        finish: Some(email_nodes_only),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const FLOW: &str = r#"[{"id":"4a1b2c3d.5e6f7","type":"inject","z":"f1e2d3c4.b5a6","name":"","x":120,"y":80,"wires":[["9c8b7a6d.5e4f3"]]},{"id":"9c8b7a6d.5e4f3","type":"e-mail","z":"f1e2d3c4.b5a6","server":"smtp.postmarkapp.com","port":"587","secure":false,"tls":true,"authtype":"BASIC","name":"ops@acme-widgets.io","dname":"","x":340,"y":80,"wires":[]},{"id":"2b3c4d5e.6f7a8","type":"tcp request","z":"f1e2d3c4.b5a6","server":"10.0.0.5","port":"9100","out":"time","x":300,"y":160,"wires":[[]]}]"#;

    #[test]
    fn the_email_node_only() {
        let r = crate::lint(FLOW, &crate::Options::default());
        assert_eq!(
            r.configs.len(),
            1,
            "{:?}",
            r.configs.iter().map(|c| &c.settings).collect::<Vec<_>>()
        );
        let (client, s, _) = first(FLOW);
        assert_eq!(client, "node-red-email");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        // The credentials are in flows_cred.json, not missing.
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(ids.contains(&"auth/external-credentials"), "{ids:?}");
        assert!(!ids.contains(&"auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn secure_and_tls() {
        let (_, s, ids) = first(&FLOW.replace(
            "\"port\":\"587\",\"secure\":false",
            "\"port\":\"465\",\"secure\":true",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // `tls: false` is rejectUnauthorized: false, not clear text.
        let (_, s, ids) = first(&FLOW.replace("\"tls\":true", "\"tls\":false"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }
}
