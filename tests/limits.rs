//! Pathological inputs finish and give bounded output. (How fast they
//! finish is measured by `./build.sh bench`, not asserted here.)
#![cfg(not(target_arch = "wasm32"))]

use smtp_check::{lint, Options, MAX_INPUT_BYTES};

/// Lints and checks the report is bounded: few configs, few findings per
/// config, JSON of modest size.
fn lint_bounded(name: &str, input: &str) {
    let report = lint(input, &Options::default());
    let json = serde_json::to_string(&report).expect("serialises");
    assert!(
        report.configs.len() <= smtp_check::extract::MAX_CONFIGS,
        "{name}: {} configs",
        report.configs.len()
    );
    assert!(
        report.findings.len() <= 64 * (smtp_check::extract::MAX_CONFIGS + 1),
        "{name}: {} findings",
        report.findings.len()
    );
    assert!(
        json.len() < 4 * 1024 * 1024,
        "{name}: report of {} bytes",
        json.len()
    );
}

#[test]
fn over_the_limit_is_refused_with_only_that_finding() {
    let input = "MAIL_PORT=465\n".repeat(MAX_INPUT_BYTES / 14 + 1);
    assert!(input.len() > MAX_INPUT_BYTES);
    let report = lint(&input, &Options::default());
    let ids: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["input/too-large"]);
    assert!(report.configs.is_empty());
}

#[test]
fn a_hundred_thousand_lines() {
    lint_bounded("100k lines", &"P=465\n".repeat(100_000));
    lint_bounded("100k host lines", &"SMTP_HOST=h\n".repeat(80_000));
}

#[test]
fn one_mebibyte_on_a_single_line() {
    lint_bounded("1 MiB line", &"x".repeat(MAX_INPUT_BYTES - 1));
    lint_bounded(
        "1 MiB value",
        &format!("MAIL_PASSWORD={}", "a".repeat(MAX_INPUT_BYTES - 20)),
    );
    lint_bounded(
        "1 MiB quoted",
        &format!(
            "MAIL_PASSWORD=\"{}",
            "\\\"".repeat(MAX_INPUT_BYTES / 2 - 20)
        ),
    );
}

#[test]
fn ten_thousand_nested_brackets_and_quotes() {
    for open in ["{", "[", "(", "{a:", "'\"", "\"'", "`", "/*", "<%=", "${"] {
        let input = open.repeat(10_000);
        lint_bounded(open, &input);
        let closed = format!("{}{}", input, "}])".repeat(10_000));
        lint_bounded(open, &closed);
    }
}

#[test]
fn every_dialect_mixed_many_times() {
    let mix = concat!(
        "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\n",
        "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_USE_SSL = True\n",
        "const t = nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 465, secure: true });\n",
        "$mail->Host = 'smtp.postmarkapp.com'; $mail->Port = 465;\n",
        "MAILER_DSN=smtps://u:p@smtp.postmarkapp.com:465\n",
        "relayhost = [smtp.postmarkapp.com]:25\n",
        "account default\nhost smtp.postmarkapp.com\nport 465\n",
        "mailhub=smtp.postmarkapp.com:465\n",
        "gitlab_rails['smtp_address'] = \"smtp.postmarkapp.com\"\n",
        "spring.mail.host=smtp.postmarkapp.com\n",
        "Server: smtp.postmarkapp.com\nPort: 465\n",
    );
    let input = mix.repeat(MAX_INPUT_BYTES / mix.len());
    lint_bounded("mixed", &input);
}

/// msmtp, ssmtp and Postfix files at their worst: 20,000 accounts
/// inheriting from one, accounts with many parents, `postconf` repeated on
/// one line, unclosed quotes, thousands of `echo … > sasl_passwd` lines.
#[test]
fn unix_config_files_at_their_worst() {
    let fill = |unit: &str, head: &str| {
        let n = (MAX_INPUT_BYTES - head.len()) / unit.len().max(1);
        format!("{head}{}", unit.repeat(n))
    };
    let mut accounts = String::from("account base\nhost smtp.postmarkapp.com\ntls on\n");
    for i in 0..20_000 {
        accounts.push_str(&format!("account a{i} : base\nport 587\n"));
    }
    lint_bounded("msmtp accounts", &accounts);
    let parents = format!("account a : {}\nhost h\n", "p, ".repeat(100_000));
    lint_bounded("msmtp parents", &parents);
    lint_bounded(
        "msmtp unclosed",
        &fill("account a\ntls on\npasswordeval \"x\n", ""),
    );
    lint_bounded(
        "postconf on one line",
        &fill("postconf ", "relayhost = [smtp.postmarkapp.com]:587\n"),
    );
    lint_bounded(
        "postconf unclosed",
        &fill(
            "x ",
            "relayhost = [h]:587\npostconf -e \"smtp_tls_security_level = ",
        ),
    );
    lint_bounded(
        "echo sasl_passwd",
        &fill(
            "echo \"[smtp.example.com]:587 u:p\" > /etc/postfix/sasl_passwd\n",
            "relayhost = [smtp.postmarkapp.com]:587\n",
        ),
    );
    lint_bounded("sasl_passwd", &fill("smtp.example.com:587 u:p\n", ""));
    lint_bounded("ssmtp", &fill("mailhub=h:587\nUseTLS=YES\n", ""));
}

/// Inputs that once crashed a fuzz target (`tests/regressions/`, raw bytes):
/// each lints without a panic and with spans inside the input.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/regressions") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let input = String::from_utf8_lossy(&bytes);
        let report = lint(&input, &Options::default());
        for f in &report.findings {
            if let Some(s) = f.span {
                assert!(
                    s.end <= input.len()
                        && input.is_char_boundary(s.start)
                        && input.is_char_boundary(s.end)
                );
            }
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs found");
}
