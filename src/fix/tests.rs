//! Unit tests of the edit engine and of `apply`.

use super::*;
use crate::report::{Applicability, Edit, Finding, Fix, Severity};
use crate::Options;

fn fixed(input: &str, unsafe_too: bool) -> String {
    fix_text(input, &Options::default(), unsafe_too).1.text
}

#[test]
fn laravel_465_becomes_587_with_starttls_line() {
    let input = "MAIL_MAILER=smtp\r\nMAIL_HOST=smtp.postmarkapp.com\r\nMAIL_PORT=465\r\nMAIL_USERNAME=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\r\nMAIL_PASSWORD=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\r\n";
    let out = fixed(input, false);
    assert!(
        out.contains("MAIL_PORT=587\r\nMAIL_ENCRYPTION=tls\r\n"),
        "{out}"
    );
    assert_eq!(fixed(&out, false), out);
}

fn edit(start: usize, end: usize, text: &str) -> Edit {
    Edit {
        start,
        end,
        text: text.into(),
    }
}

fn finding(id: &str, applicability: Applicability, edits: Vec<Edit>) -> Finding {
    Finding {
        id: id.into(),
        severity: Severity::Error,
        config: Some(0),
        message: String::new(),
        why: String::new(),
        fix: String::new(),
        span: None,
        fixes: vec![Fix {
            title: format!("fix {id}"),
            applicability,
            edits,
        }],
    }
}

#[test]
fn overlapping_fixes_safe_first_then_text_order() {
    let text = "abcdef";
    let findings = vec![
        finding("u", Applicability::Unsafe, vec![edit(0, 2, "X")]),
        finding("s2", Applicability::Safe, vec![edit(3, 5, "Y")]),
        finding("s1", Applicability::Safe, vec![edit(1, 4, "Z")]),
    ];
    let a = apply(text, &findings, true);
    // s1 starts first among the safe ones and wins over s2; u overlaps s1.
    assert_eq!(a.text, "aZef");
    let applied: Vec<&str> = a.applied.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(applied, ["s1"]);
    let skipped: Vec<(&str, &str)> = a
        .skipped
        .iter()
        .map(|s| (s.id.as_str(), s.reason.as_str()))
        .collect();
    assert_eq!(skipped, [("u", "overlap"), ("s2", "overlap")]);
    // Without unsafe fixes, the unsafe one is reported as such.
    let a = apply(text, &findings, false);
    assert!(a
        .skipped
        .iter()
        .any(|s| s.id == "u" && s.reason == "unsafe"));
}

#[test]
fn identical_edits_and_same_point_insertions_do_not_conflict() {
    let findings = vec![
        finding("a", Applicability::Safe, vec![edit(1, 2, "X")]),
        finding(
            "b",
            Applicability::Safe,
            vec![edit(1, 2, "X"), edit(3, 3, "1")],
        ),
        finding("c", Applicability::Safe, vec![edit(3, 3, "2")]),
    ];
    let a = apply("abcd", &findings, false);
    assert_eq!(a.text, "aXc12d");
    assert_eq!(a.applied.len(), 3);
    // Out of range or inside a character: not applied, nothing breaks.
    let bad = vec![
        finding("r", Applicability::Safe, vec![edit(2, 9, "")]),
        finding("b", Applicability::Safe, vec![edit(1, 2, "")]),
    ];
    let a = apply("é!", &bad, false);
    assert_eq!(a.text, "é!");
    assert!(a.skipped.iter().all(|s| s.reason == "invalid"));
}

#[test]
fn inserted_line_copies_sibling_style() {
    // Quoted .env values, CRLF line endings.
    let input = "MAIL_MAILER=smtp\r\nMAIL_HOST=\"smtp.postmarkapp.com\"\r\nMAIL_PORT=\"465\"\r\nMAIL_USERNAME=\"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\r\nMAIL_PASSWORD=\"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"";
    let out = fixed(input, false);
    assert!(
        out.contains("MAIL_PORT=\"587\"\r\nMAIL_ENCRYPTION=\"tls\"\r\n"),
        "{out}"
    );
    // A JSON object whose sibling is the last member gets a comma.
    let input = "{\n  \"mail\": {\n    \"transport\": \"SMTP\",\n    \"options\": {\n      \"host\": \"smtp.postmarkapp.com\",\n      \"port\": 587,\n      \"auth\": { \"user\": \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\", \"pass\": \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\" },\n      \"secure\": true\n    }\n  }\n}\n";
    let out = fixed(input, false);
    assert!(
        out.contains("\"secure\": false,\n      \"requireTLS\": true\n    }"),
        "{out}"
    );
    assert_eq!(fixed(&out, false), out);
}

#[test]
fn booleans_for_environment_variables_in_yaml_are_strings() {
    // A compose `environment:` map: Compose refuses a bare `true`/`false`.
    let input = "services:\n  app:\n    environment:\n      SMTP_HOST: smtp.postmarkapp.com\n      SMTP_PORT: 465\n      SMTP_USERNAME: 1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n      SMTP_PASSWORD: 1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n      NEXT_PUBLIC_SMTP_FROM: bot@acme-mail.io\n";
    let out = fixed(input, false);
    assert!(
        out.contains(
            "SMTP_PORT: 587\n      SMTP_SECURE: \"false\"\n      SMTP_IGNORE_TLS: \"false\"\n"
        ),
        "{out}"
    );
    assert_eq!(fixed(&out, false), out);
    // A bare boolean already there is replaced by a string.
    let input = input.replace("SMTP_PORT: 465", "SMTP_PORT: 587\n      SMTP_SECURE: true");
    let out = fixed(&input, false);
    assert!(out.contains("SMTP_SECURE: \"false\"\n"), "{out}");
    // An app's own YAML keeps its booleans.
    use crate::extract::profile::write::yaml_needs_quotes;
    assert!(yaml_needs_quotes("SMTP_SECURE", "false"));
    assert!(yaml_needs_quotes("EMAIL_USE_TLS", "Yes"));
    assert!(!yaml_needs_quotes("secure", "false"));
    assert!(!yaml_needs_quotes("smtpSecure", "true"));
    assert!(!yaml_needs_quotes("SMTP_PORT", "587"));
    assert!(!yaml_needs_quotes("SMTP_ENCRYPTION", "tls"));
}

#[test]
fn code_keeps_code_quoting() {
    let input = "nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 465,\n  secure: 'true',\n  auth: { user: 'a1b2c3d4e5f6', pass: 'a1b2c3d4e5f6' },\n});\n";
    let out = fixed(input, false);
    // `'false'` would be a true string: the quotes go.
    assert!(
        out.contains("port: 587,\n  secure: false,\n  requireTLS: true,\n"),
        "{out}"
    );
    let input = "<?php\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 465;\n$mail->SMTPSecure = 'ssl';\n$mail->SMTPAuth = true;\n";
    let out = fixed(input, false);
    assert!(
        out.contains("$mail->Port = 587;\n$mail->SMTPSecure = 'tls';\n"),
        "{out}"
    );
}

#[test]
fn secrets_are_only_shortened() {
    let input = "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_ENCRYPTION=tls\nMAIL_USERNAME=\u{201c}1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\u{201d}\nMAIL_PASSWORD=1f86a2b4-55c1-4a0e\u{00a0}-9d1b-3c2d11115948\u{200b}\n";
    let (report, a) = fix_text(input, &Options::default(), false);
    for f in report.findings.iter().flat_map(|f| &f.fixes) {
        for e in &f.edits {
            assert!(e.text.is_empty(), "an edit on a secret writes {:?}", e.text);
        }
    }
    assert_eq!(
        a.text
            .matches("1f86a2b4-55c1-4a0e-9d1b-3c2d11115948")
            .count(),
        2
    );
}

#[test]
fn url_credentials_are_escaped_in_place() {
    let input = "MAILER_DSN=smtp://user:p@ss/w#rd@smtp.postmarkapp.com:587\n";
    let (report, a) = fix_text(input, &Options::default(), false);
    assert_eq!(
        a.text,
        "MAILER_DSN=smtp://user:p%40ss%2Fw%23rd@smtp.postmarkapp.com:587\n"
    );
    let edits: Vec<&str> = report
        .findings
        .iter()
        .flat_map(|f| &f.fixes)
        .flat_map(|f| &f.edits)
        .map(|e| e.text.as_str())
        .collect();
    assert!(
        edits.iter().all(|t| t.len() == 3 && t.starts_with('%')),
        "{edits:?}"
    );
}

#[test]
fn key_matching_and_segments() {
    use crate::extract::profile::write::key_matches;
    assert!(key_matches("$mail->Port", "Port"));
    assert!(key_matches("spring.mail.port", "port"));
    assert!(key_matches("'verify_peer'", "verify_peer"));
    assert!(!key_matches("SmtpPort", "Port"));
    assert!(key_matches("anything", ""));
}

#[test]
fn nothing_to_fix_changes_nothing() {
    let input =
        "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_ENCRYPTION=tls\n";
    let (_, a) = fix_text(input, &Options::default(), true);
    assert_eq!(a.text, input);
    assert!(!a.changed());
    assert_eq!(fixed("", true), "");
}

/// An unsafe fix leaves no new error it does not name: turning SMTP auth on
/// where the username and password are empty says they must be set.
#[test]
fn turning_auth_on_names_the_empty_credentials() {
    let cases = [
        "$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\n$mail->SMTPAuth = false;\n",
        "$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\n$mail->SMTPAuth = false;\n$mail->Username = '';\n$mail->Password = '';\n",
    ];
    for input in cases {
        let options = Options::default();
        let before: Vec<String> = crate::lint(input, &options)
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.id.clone())
            .collect();
        let (_, applied) = fix_text(input, &options, true);
        let titles: String = applied.applied.iter().map(|u| u.title.clone()).collect();
        assert!(titles.contains("SMTP authentication on"), "{titles}");
        for f in crate::lint(&applied.text, &options).findings {
            if f.severity != Severity::Error || before.contains(&f.id) {
                continue;
            }
            let named = match f.id.as_str() {
                "auth/missing-username" => "username",
                "auth/missing-password" => "password",
                other => other,
            };
            assert!(
                titles.contains(named),
                "{}: new {} not named in {titles}",
                input,
                f.id
            );
        }
    }
}
