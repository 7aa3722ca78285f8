//! GitHub Actions: the `with:` inputs of a step that uses a mail-sending
//! action (`dawidd6/action-send-mail` and its forks), recognised by the
//! step's `uses:`. The `env:` blocks of a workflow are the application's
//! variables, read by the generic inference (`GITHUB_ACTIONS_ENV`).
//!
//! Meaning (the action's README and `main.js`): `server_port` defaults to
//! 25; `secure` is `true` exactly when its text is `true`, and when it is
//! not given the action turns it on for port 465; the action hands these to
//! nodemailer, which otherwise upgrades with STARTTLS when offered.
//! `ignore_cert: true` turns certificate verification off. `from` is the
//! sender's full name with the address optional (`CI Bot` or
//! `CI Bot <ci@acme.dev>`): without an address the action sends from the
//! `username`. `${{ secrets.X }}` values are references. Each step is its
//! own configuration, labelled with its job when a workflow has several.

use crate::extract::profile::{
    fix_text, k, mark_value, set_if, syn, words, Fix, Hooks, Key, Marker, Profile, SetVal, Truth,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, SegKind};
use crate::extract::Config;
use crate::model::Role::*;

/// The mail action most workflows use (`dawidd6/action-send-mail`, and forks).
const SEND_MAIL: &str = "action-send-mail";

const KEYS: &[Key] = &[
    k("with.server_address", Host),
    k("with.server_port", Port),
    k("with.username", Username),
    k("with.password", Password),
    k("with.from", From),
    k("with.secure", ImplicitTls),
    k("with.ignore_cert", SkipVerify),
];

const MARKERS: &[Marker] = &[mark_value("uses", SEND_MAIL)];

/// The action's other inputs.
const OTHER_KEYS: Words = words![
    "connection_url",
    "subject",
    "to",
    "cc",
    "bcc",
    "body",
    "html_body",
    "html",
    "content_type",
    "reply_to",
    "in_reply_to",
    "convert_markdown",
    "attachments",
    "priority",
    "nodemailerlog",
    "nodemailerdebug",
    "envelope_from",
    "envelope_to",
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "", SetVal::Port)],
        "server_port: {port}",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "", SetVal::Given)],
        "server_address: {host}",
    ),
    fix_text(W::StartTls, &[], "secure: false, with port 587 (STARTTLS)"),
    fix_text(W::VerifyOn, &[], "ignore_cert: false"),
    fix_text(W::AuthOn, &[], "username and password"),
    fix_text(W::TlsModern, &[], "allow TLS 1.2 or later"),
    fix_text(W::Username, &[], "username: {value}"),
    fix_text(W::Password, &[], "password: {value}"),
    fix_text(W::From, &[], "from: {value}"),
    fix_text(
        W::Stream,
        &[],
        "the mail action sets no stream header: use a Server whose default stream is `{value}`",
    ),
];

pub static SEND_MAIL_ACTION: Profile = Profile {
    id: "github-actions",
    name: "GitHub Actions workflow",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/dawidd6/action-send-mail#usage",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    // The action hands its inputs to nodemailer: nodemailer's reading.
    tls: super::nodemailer::NODEMAILER.tls,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "the `from:` input of the mail action, or the sender variable in env:",
    hooks: Hooks {
        finish: Some(mail_steps),
        ..Hooks::NONE
    },
    ..BASE
};

/// Keeps the inputs of the steps that use a mail action (another action's
/// `username`/`password` are no mail settings), and reads a name-only
/// `from` as the action does.
fn mail_steps(doc: &Document, configs: &mut Vec<Config>) {
    // The scopes of the steps whose `uses:` names a mail action.
    let steps: Vec<u32> = doc
        .active()
        .filter(|e| {
            doc.path_rev(e)
                .next()
                .is_some_and(|s| s.kind == SegKind::Key && s.text(doc.input) == "uses")
                && doc.text_of(&e.value).contains(SEND_MAIL)
        })
        .map(|e| e.scope)
        .collect();
    if steps.is_empty() {
        // No mail step: no setting is in one (and the entries of a large
        // paste are not indexed for nothing).
        configs.clear();
        return;
    }
    // The scope of each entry, by where its key starts.
    let mut scope_at: Vec<(usize, u32)> = doc
        .active()
        .map(|e| (e.key.start as usize, e.scope))
        .collect();
    // (Readers push entries nearly in text order.)
    crate::sort::nearly_sorted_values(&mut scope_at);
    let in_mail_step = |at: usize| {
        scope_at
            .binary_search_by_key(&at, |(s, _)| *s)
            .ok()
            .map(|i| scope_at[i].1)
            .is_some_and(|scope| steps.contains(&doc.scopes[scope as usize].parent))
    };
    for c in configs.iter_mut() {
        c.fields.retain(|f| in_mail_step(f.key_span.start));
        sender_from_username(c);
        if let Some(span) = c
            .fields
            .iter()
            .map(|f| f.whole_span())
            .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end))
        {
            c.span = span;
        }
    }
    configs.retain(|c| !c.fields.is_empty());
}

/// `from: CI Bot` is a name: the action sends from the `username` (or
/// with no address it could know, without one).
fn sender_from_username(c: &mut Config) {
    let name_only = |f: &crate::model::Field| {
        f.role == From && !f.value.is_reference() && !f.value.text.contains('@')
    };
    if !c.fields.iter().any(name_only) {
        return;
    }
    match c.get(Username).map(|u| u.value.clone()) {
        Some(user) => {
            for f in c.fields.iter_mut().filter(|f| name_only(f)) {
                f.value = user.clone();
            }
        }
        None => c.fields.retain(|f| !name_only(f)),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Write};
    use crate::model::{Role::*, Security};

    #[test]
    fn send_mail_action_inputs() {
        let wf = "on: push\njobs:\n  mail:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          username: bot\n          password: ${{ secrets.DOCKER }}\n      - uses: dawidd6/action-send-mail@v3\n        with:\n          server_address: smtp.postmarkapp.com\n          server_port: 587\n          secure: true\n          username: ${{ secrets.POSTMARK_TOKEN }}\n          password: ${{ secrets.POSTMARK_TOKEN }}\n          subject: Build finished\n          to: team@example.org\n          from: CI <ci@example.org>\n";
        let c = extract(wf);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "github-actions");
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::Implicit));
        assert_eq!(c[0].literal(From), Some("CI <ci@example.org>"));
        // The docker login's inputs are not the mail action's.
        assert!(c[0].all(Username).all(|f| f.value.is_reference()));
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(2525)),
            "server_port: 2525"
        );
    }

    #[test]
    fn a_pasted_step_with_a_name_only_sender() {
        let step = "- name: Send mail\n  uses: dawidd6/action-send-mail@v3\n  with:\n    server_address: smtp.postmarkapp.com\n    server_port: 465\n    username: ${{ secrets.MAIL_USERNAME }}\n    password: ${{ secrets.MAIL_PASSWORD }}\n    subject: Build\n    to: team@acme.dev\n    from: CI Bot\n";
        let c = extract(step);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "github-actions");
        assert_eq!(c[0].literal(Host), Some("smtp.postmarkapp.com"));
        // No `secure`: the action turns it on for port 465.
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::Implicit));
        // `from: CI Bot` is a name: the address is the username.
        assert!(c[0].get(From).is_some_and(|f| f.value.is_reference()));
    }

    #[test]
    fn secure_is_exactly_true_and_the_port_defaults_to_25() {
        let step = "- uses: dawidd6/action-send-mail@v3\n  with:\n    server_address: smtp.postmarkapp.com\n    secure: yes\n";
        let c = extract(step);
        assert_eq!(c[0].effective_port(), Some(25));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::StartTls));
    }

    #[test]
    fn steps_of_two_jobs_are_labelled() {
        let wf = "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dawidd6/action-send-mail@v3\n        with:\n          server_address: smtp.postmarkapp.com\n          server_port: 587\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dawidd6/action-send-mail@v3\n        with:\n          server_address: smtp.postmarkapp.com\n          server_port: 2525\n";
        let c = extract(wf);
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c.iter().all(|c| c.active));
        assert_eq!(c[0].label.as_deref(), Some("a"));
        assert_eq!(c[1].label.as_deref(), Some("b"));
    }
}
