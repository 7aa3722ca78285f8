//! Machine-applicable fixes (`smtp-probe lint --fix`, the page's corrected
//! settings), checked on every fixture and on generated configurations.
//!
//! Applying all safe fixes gives a text that
//! (a) is detected as the same client,
//! (b) has no finding left that had a safe fix,
//! (c) is unchanged by fixing again,
//! (d) still holds every secret where it was, minus removed characters
//!     (a secret is never re-typed: fixes only delete characters in it, or
//!     percent-encode them in a URL).
//! The fixed text of every dialect fixture is an insta snapshot
//! (`tests/snapshots/fixes/`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{files, options_for, root};
use proptest::prelude::*;
use smtp_check::extract::url::percent_decode;
use smtp_check::extract::Config;
use smtp_check::fix::{fix_text, Applied};
use smtp_check::model::Role;
use smtp_check::report::{Applicability, Report};
use smtp_check::{analyze, Options};

const SECRET_ROLES: [Role; 4] = [
    Role::Username,
    Role::Password,
    Role::ServerToken,
    Role::AccountToken,
];

fn first_client(report: &Report) -> Option<&str> {
    report
        .configs
        .iter()
        .find(|c| c.active)
        .or(report.configs.first())
        .map(|c| c.client.as_str())
}

/// What a fix may remove from a secret: blanks, invisible characters and
/// stray quotes.
fn removable(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}'
                ..='\u{200D}'
                    | '\u{2060}'
                    | '\u{FEFF}'
                    | '\u{00A0}'
                    | '\u{00AD}'
                    | '\''
                    | '"'
                    | '`'
                    | '\u{201C}'
                    | '\u{201D}'
                    | '\u{2018}'
                    | '\u{2019}'
                    | '\u{201E}'
                    | '\u{00AB}'
                    | '\u{00BB}'
        )
}

/// `small` is `big` with some characters removed.
fn is_subsequence(small: &str, big: &str) -> bool {
    let mut it = big.chars();
    small.chars().all(|c| it.any(|b| b == c))
}

struct Secret {
    role: Role,
    text: String,
    verbatim: bool,
    span: std::ops::Range<usize>,
}

fn secrets(cfg: &Config) -> Vec<Secret> {
    cfg.fields
        .iter()
        .filter(|f| SECRET_ROLES.contains(&f.role) && !f.value.is_reference())
        .map(|f| Secret {
            role: f.role,
            text: f.value.text.clone(),
            verbatim: f.value.verbatim,
            span: f.value.span.clone(),
        })
        .collect()
}

/// Checks (a)–(d) for one input; `what` names it in failures. With the
/// unsafe fixes too, (b) is about the safe ones still.
fn check(what: &str, input: &str, options: &Options, unsafe_too: bool) -> Applied {
    let before = analyze(input, options);
    let (_, applied) = fix_text(input, options, unsafe_too);
    let fixed = &applied.text;
    let after = analyze(fixed, options);

    // (a) the same client.
    assert_eq!(
        first_client(&after.report),
        first_client(&before.report),
        "{what}: detected client changed after fixing:\n{fixed}"
    );

    // (b) no finding left whose kind had a safe fix (same rule, same config).
    let safe: Vec<(&str, Option<usize>)> = before
        .report
        .findings
        .iter()
        .filter(|f| {
            f.fixes
                .iter()
                .any(|x| x.applicability == Applicability::Safe)
        })
        .map(|f| (f.id.as_str(), f.config))
        .collect();
    for f in &after.report.findings {
        assert!(
            !safe.contains(&(f.id.as_str(), f.config)),
            "{what}: `{}` is still there after its safe fix ({}):\n{fixed}",
            f.id,
            f.message
        );
    }

    // (c) idempotent.
    let (_, again) = fix_text(fixed, options, unsafe_too);
    assert_eq!(&again.text, fixed, "{what}: fixing twice changes the text");

    // (d) every secret is still there, where it was, minus removed characters.
    assert_eq!(
        before.configs.len(),
        after.configs.len(),
        "{what}: the number of configurations changed"
    );
    // Secret values cleaned by a fix (old span → new text), to count them.
    let mut cleaned: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (b, a) in before.configs.iter().zip(&after.configs) {
        let (bs, as_) = (secrets(b), secrets(a));
        // A misspelled key renamed makes its value a setting: compare the
        // secrets of each role in order, where their number is unchanged.
        let renamed = applied.applied.iter().any(|u| u.id == "input/unknown-key");
        assert!(
            renamed || bs.len() == as_.len(),
            "{what}: a secret setting appeared or disappeared"
        );
        let pairs = SECRET_ROLES.iter().flat_map(|role| {
            let old: Vec<&Secret> = bs.iter().filter(|s| s.role == *role).collect();
            let new: Vec<&Secret> = as_.iter().filter(|s| s.role == *role).collect();
            let same = old.len() == new.len();
            old.into_iter().zip(new).filter(move |_| same)
        });
        for (o, n) in pairs {
            let verbatim = o.verbatim && n.verbatim;
            let (old, new) = if verbatim {
                (o.text.clone(), n.text.clone())
            } else {
                (
                    percent_decode(&o.text, false),
                    percent_decode(&n.text, false),
                )
            };
            let kept: String = old.chars().filter(|c| !removable(*c)).collect();
            let new_kept: String = new.chars().filter(|c| !removable(*c)).collect();
            assert!(
                is_subsequence(&new, &old) && kept == new_kept,
                "{what}: the {:?} changed beyond removed characters",
                o.role
            );
            // A value cleaned at its ends already held the result.
            let held = input
                .get(o.span.clone())
                .is_some_and(|t| t.contains(new.as_str()));
            if verbatim && !held && !cleaned.iter().any(|(s, _)| *s == o.span) {
                cleaned.push((o.span.clone(), new.clone()));
            }
        }
    }
    // Exactly once where it was: a secret occurs in the fixed text as often
    // as before, plus once per value that a fix turned into it.
    for cfg in &after.configs {
        for n in secrets(cfg)
            .iter()
            .filter(|n| n.verbatim && !n.text.is_empty())
        {
            let gained = cleaned.iter().filter(|(_, t)| *t == n.text).count();
            assert_eq!(
                fixed.matches(n.text.as_str()).count(),
                input.matches(n.text.as_str()).count() + gained,
                "{what}: the {:?} occurs a different number of times",
                n.role
            );
        }
    }
    applied
}

#[test]
fn every_fixture_fixes_cleanly() {
    let mut checked = 0;
    for path in files(&root()) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if text.len() > smtp_check::MAX_INPUT_BYTES {
            continue;
        }
        let options = options_for(&text);
        check(&path.display().to_string(), &text, &options, false);
        check(
            &format!("{} (unsafe too)", path.display()),
            &text,
            &options,
            true,
        );
        checked += 1;
    }
    assert!(checked > 100, "only {checked} fixtures found");
}

#[test]
fn dialect_fixtures_fixed_text_snapshots() {
    let dir = root().join("dialects");
    for path in files(&dir) {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let options = options_for(&text);
        let (_, safe) = fix_text(&text, &options, false);
        let (_, all) = fix_text(&text, &options, true);
        let name = path
            .strip_prefix(&dir)
            .expect("under dir")
            .to_string_lossy()
            .replace(['/', '.'], "__");
        let shown = format!(
            "{}\n--- applied (safe) ---\n{}\n--- with --unsafe-fixes ---\n{}\n--- applied (all) ---\n{}",
            safe.text,
            titles(&safe),
            all.text,
            titles(&all)
        );
        insta::with_settings!({ snapshot_path => "snapshots/fixes", prepend_module_to_snapshot => false, input_file => &path }, {
            insta::assert_snapshot!(name, shown);
        });
    }
}

fn titles(a: &Applied) -> String {
    let mut out: Vec<String> = a
        .applied
        .iter()
        .map(|u| format!("{}: {}", u.id, u.title))
        .collect();
    out.extend(
        a.skipped
            .iter()
            .map(|s| format!("not applied ({}) {}: {}", s.reason, s.id, s.title)),
    );
    out.join("\n")
}

#[test]
fn fixes_never_carry_a_secret_in_title() {
    for path in files(&root()) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let a = analyze(&text, &options_for(&text));
        for cfg in &a.configs {
            for Secret { text: secret, .. } in secrets(cfg) {
                if secret.chars().count() < 9 {
                    continue;
                }
                for f in a.report.findings.iter().flat_map(|f| &f.fixes) {
                    assert!(
                        !f.title.contains(&secret),
                        "{}: fix title shows a secret",
                        path.display()
                    );
                    for e in &f.edits {
                        assert!(
                            e.text.len() < 9 || !secret.contains(&e.text),
                            "{}: an edit re-types a secret",
                            path.display()
                        );
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Generated configurations

/// Templates of dialects with machine fixes; `{host}`, `{port}`, `{user}`,
/// `{pass}`, `{tls}`, `{nl}` are replaced by generated values.
const TEMPLATES: &[&str] = &[
    "MAIL_MAILER=smtp{nl}MAIL_HOST={host}{nl}MAIL_PORT={port}{nl}MAIL_USERNAME={user}{nl}MAIL_PASSWORD=\"{pass}\"{nl}MAIL_ENCRYPTION={tls}{nl}MAIL_FROM_ADDRESS=hello@acme-widgets.io{nl}",
    "MAIL_MAILER=smtp{nl}MAIL_HOST=\"{host}\"{nl}MAIL_PORT=\"{port}\"{nl}MAIL_USERNAME=\"{user}\"{nl}MAIL_PASSWORD=\"{pass}\"{nl}",
    "const t = nodemailer.createTransport({{nl}  host: '{host}',{nl}  port: {port},{nl}  secure: {secure},{nl}  auth: {{nl}    user: '{user}',{nl}    pass: '{pass}',{nl}  },{nl}});{nl}",
    "{{nl}  \"mail\": {{nl}    \"transport\": \"SMTP\",{nl}    \"options\": {{nl}      \"host\": \"{host}\",{nl}      \"port\": {port},{nl}      \"secure\": {secure},{nl}      \"auth\": { \"user\": \"{user}\", \"pass\": \"{pass}\" }{nl}    }{nl}  }{nl}}{nl}",
    "$mail->isSMTP();{nl}$mail->Host = '{host}';{nl}$mail->Port = {port};{nl}$mail->SMTPAuth = true;{nl}$mail->Username = '{user}';{nl}$mail->Password = '{pass}';{nl}$mail->SMTPSecure = '{tls}';{nl}",
    "<?php{nl}define( 'WPMS_ON', true );{nl}define( 'WPMS_SMTP_HOST', '{host}' );{nl}define( 'WPMS_SMTP_PORT', {port} );{nl}define( 'WPMS_SSL', '{tls}' );{nl}define( 'WPMS_SMTP_AUTH', true );{nl}define( 'WPMS_SMTP_USER', '{user}' );{nl}define( 'WPMS_SMTP_PASS', '{pass}' );{nl}",
    "account postmark{nl}host {host}{nl}port {port}{nl}auth on{nl}user {user}{nl}password {pass}{nl}tls on{nl}from ops@acme-widgets.io{nl}account default : postmark{nl}",
    "spring.mail.host={host}{nl}spring.mail.port={port}{nl}spring.mail.username={user}{nl}spring.mail.password={pass}{nl}spring.mail.properties.mail.smtp.auth=true{nl}",
    "mail.smtp.host={host}{nl}mail.smtp.port={port}{nl}mail.smtp.auth=true{nl}mail.smtp.user={user}{nl}mail.smtp.password={pass}{nl}",
    "relayhost = [{host}]:{port}{nl}smtp_sasl_auth_enable = yes{nl}smtp_tls_security_level = encrypt{nl}[{host}]:{port} {user}:{pass}{nl}",
    "mailhub={host}:{port}{nl}AuthUser={user}{nl}AuthPass={pass}{nl}UseSTARTTLS=YES{nl}",
];

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("smtp.postmarkapp.com".to_string()),
        Just("smtp.postmark.com".to_string()),
        Just("smpt.postmarkapp.com".to_string()),
        Just("api.postmarkapp.com".to_string()),
        Just(" smtp.postmarkapp.com".to_string()),
        Just("smtp.postmarkapp.com\u{200b}".to_string()),
        Just("smtp.gmail.com".to_string()),
    ]
}

fn port() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("587"), Just("465"), Just("25"), Just("2525")]
}

/// A token with optional stray characters around or inside.
fn secret() -> impl Strategy<Value = String> {
    let core = prop_oneof![
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        // Alphanumeric ends: the line scanner reads `_x_` as Markdown emphasis.
        "[A-Za-z0-9][A-Za-z0-9_-]{10,34}[A-Za-z0-9]",
    ];
    let extra = prop_oneof![
        Just(""),
        Just(" "),
        Just("\u{a0}"),
        Just("\u{200b}"),
        Just("\u{201c}"),
    ];
    (core, extra, 0usize..3).prop_map(|(c, e, at)| match at {
        0 => format!("{e}{c}"),
        1 => format!("{c}{e}"),
        _ => {
            let mid = c.len() / 2;
            format!("{}{e}{}", &c[..mid], &c[mid..])
        }
    })
}

proptest! {
    // 256 cases by default; PROPTEST_CASES=10000 for the long run.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn generated_configs_fix_cleanly(
        t in 0..TEMPLATES.len(),
        host in host(),
        port in port(),
        user in secret(),
        same in any::<bool>(),
        pass in secret(),
        tls in prop_oneof![Just("tls"), Just("ssl"), Just("")],
        secure in any::<bool>(),
        crlf in any::<bool>(),
        unsafe_too in any::<bool>(),
    ) {
        let pass = if same { user.clone() } else { pass };
        let input = TEMPLATES[t]
            .replace("{host}", &host)
            .replace("{port}", port)
            .replace("{user}", &user)
            .replace("{pass}", &pass)
            .replace("{tls}", tls)
            .replace("{secure}", if secure { "true" } else { "false" })
            .replace("{nl}", if crlf { "\r\n" } else { "\n" });
        let applied = check(&format!("template {t}: {input:?}"), &input, &Options::default(), unsafe_too);
        if crlf {
            // Inserted lines keep the file's line ending.
            prop_assert!(!applied.text.replace("\r\n", "").contains('\n'), "{:?}", applied.text);
        }
    }
}
