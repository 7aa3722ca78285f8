//! Property tests over generated configurations of many dialects, with
//! random values, whitespace, Unicode, comments and noise:
//!
//! * no panic; every span lies within the input, on char boundaries, and
//!   its line/column agree with its byte offset;
//! * the report is deterministic and its JSON round-trips;
//! * no secret leaks: for any generated token/password of ≥ 9 characters,
//!   no 9-character substring of it appears anywhere in the JSON report.
//!
//! 256 cases by default; set PROPTEST_CASES=10000 for the long run.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use smtp_check::{lint, Options, Report};

/// Templates in several dialects; `{host}`, `{port}`, `{user}`, `{pass}`,
/// `{from}`, `{tls}` are replaced by generated values.
const TEMPLATES: &[&str] = &[
    "MAIL_MAILER=smtp\nMAIL_HOST={host}\nMAIL_PORT={port}\nMAIL_USERNAME={user}\nMAIL_PASSWORD=\"{pass}\"\nMAIL_ENCRYPTION={tls}\nMAIL_FROM_ADDRESS={from}\n",
    "EMAIL_HOST = '{host}'\nEMAIL_PORT = {port}\nEMAIL_HOST_USER = '{user}'\nEMAIL_HOST_PASSWORD = '{pass}'\nEMAIL_USE_TLS = True\nDEFAULT_FROM_EMAIL = '{from}'\n",
    "const t = nodemailer.createTransport({\n  host: '{host}',\n  port: {port},\n  secure: false,\n  auth: { user: '{user}', pass: '{pass}' },\n});\n",
    "$mail->isSMTP();\n$mail->Host = '{host}';\n$mail->Port = {port};\n$mail->SMTPAuth = true;\n$mail->Username = '{user}';\n$mail->Password = '{pass}';\n$mail->SMTPSecure = '{tls}';\n$mail->setFrom('{from}');\n",
    "MAILER_DSN=smtp://{user}:{pass}@{host}:{port}\n",
    "relayhost = [{host}]:{port}\nsmtp_sasl_auth_enable = yes\nsmtp_tls_security_level = encrypt\n[{host}]:{port} {user}:{pass}\n",
    "account postmark\nhost {host}\nport {port}\nauth on\nuser {user}\npassword {pass}\ntls on\nfrom {from}\naccount default : postmark\n",
    "Server: {host}\nPort: {port}\nUsername: {user}\nPassword: {pass}\nSecurity: {tls}\n",
    "config.action_mailer.smtp_settings = {\n  address: '{host}',\n  port: {port},\n  user_name: '{user}',\n  password: '{pass}',\n  authentication: :plain,\n  enable_starttls_auto: true\n}\n",
    "gitlab_rails['smtp_address'] = \"{host}\"\ngitlab_rails['smtp_port'] = {port}\ngitlab_rails['smtp_user_name'] = \"{user}\"\ngitlab_rails['smtp_password'] = \"{pass}\"\n",
    "spring.mail.host={host}\nspring.mail.port={port}\nspring.mail.username={user}\nspring.mail.password={pass}\nspring.mail.properties.mail.smtp.auth=true\n",
    "services:\n  app:\n    environment:\n      - SMTP_HOST={host}\n      - SMTP_PORT={port}\n      - SMTP_USER={user}\n      - SMTP_PASS={pass}\n",
];

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("smtp.postmarkapp.com".to_string()),
        Just("smtp-broadcasts.postmarkapp.com".to_string()),
        Just("smtp.postmark.com".to_string()),
        Just("api.postmarkapp.com".to_string()),
        Just("smtp.gmail.com".to_string()),
        "[a-z]{1,10}(\\.[a-z]{2,6}){1,2}",
        "[ -~]{0,20}",
        "\\PC{0,12}",
    ]
}

fn port() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("587".into()),
        Just("465".into()),
        Just("25".into()),
        Just("2525".into()),
        "[0-9]{1,6}",
        "[ -~]{0,6}"
    ]
}

/// Secrets: realistic tokens and arbitrary text, with optional stray
/// whitespace or invisible characters around or inside.
fn secret() -> impl Strategy<Value = String> {
    let core = prop_oneof![
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "PM-T-[A-Za-z0-9_-]{20,36}",
        "[A-Za-z0-9_-]{9,40}",
        "[a-zA-Z0-9!#$%&*+=?^_~]{9,30}",
    ];
    (
        core,
        prop_oneof![
            Just(""),
            Just(" "),
            Just("\u{a0}"),
            Just("\u{200b}"),
            Just("\t")
        ],
        any::<bool>(),
    )
        .prop_map(|(c, extra, before)| {
            if before {
                format!("{extra}{c}")
            } else {
                format!("{c}{extra}")
            }
        })
}

fn tls() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("tls".into()),
        Just("ssl".into()),
        Just("".into()),
        Just("STARTTLS".into()),
        "[a-z]{0,5}"
    ]
}

fn from() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("hello@acme-widgets.io".into()),
        Just("Acme <hello@acme-widgets.io>".into()),
        Just("you@example.com".into()),
        Just("me@gmail.com".into()),
        "[a-z]{1,8}@[a-z]{1,8}\\.[a-z]{2,4}",
        "\\PC{0,16}",
    ]
}

/// Noise around the config: comments, blank lines, Unicode, other keys.
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("# comment\n".into()),
        Just("// MAIL_PORT=465\n".into()),
        Just("APP_NAME=\"Acme\"\nDB_HOST=127.0.0.1\n".into()),
        "\\PC{0,40}\n",
        "[\"'{}\\[\\]()<>:=;,#/*\\\\ \n]{0,30}",
    ]
}

fn config() -> impl Strategy<Value = (String, Vec<String>)> {
    (
        0..TEMPLATES.len(),
        host(),
        port(),
        secret(),
        secret(),
        tls(),
        from(),
        noise(),
        noise(),
        any::<bool>(),
    )
        .prop_map(
            |(t, host, port, user, pass, tls, from, before, after, same)| {
                let user = if same { pass.clone() } else { user };
                let text = TEMPLATES[t]
                    .replace("{host}", &host)
                    .replace("{port}", &port)
                    .replace("{user}", &user)
                    .replace("{pass}", &pass)
                    .replace("{tls}", &tls)
                    .replace("{from}", &from);
                (format!("{before}{text}{after}"), vec![user, pass])
            },
        )
}

fn check_spans(input: &str, report: &Report) -> Result<(), TestCaseError> {
    for f in &report.findings {
        if let Some(s) = f.span {
            prop_assert!(
                s.start <= s.end && s.end <= input.len(),
                "{}: span {:?} out of input",
                f.id,
                s
            );
            prop_assert!(
                input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
                "{}: span not on char boundary",
                f.id
            );
            let (line, column) = line_column(input, s.start);
            prop_assert_eq!(
                (s.line, s.column),
                (line, column),
                "{}: line/column disagree",
                f.id
            );
        }
    }
    Ok(())
}

/// 1-based line and column (in characters) of byte `at`, counted the slow
/// way: `\n`, `\r\n` and a lone `\r` each end a line (as editors count them).
fn line_column(input: &str, at: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    let mut chars = input[..at].chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().or_else(|| input[at..].chars().next());
        let lone_cr = c == '\r' && next != Some('\n');
        if c == '\n' || lone_cr {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// No 9-character window of a secret appears in `out`.
fn check_no_leak(out: &str, secrets: &[String]) -> Result<(), TestCaseError> {
    for secret in secrets {
        let chars: Vec<char> = secret.chars().collect();
        if chars.len() < 9 {
            continue;
        }
        for w in chars.windows(9) {
            let window: String = w.iter().collect();
            // JSON escapes control and some Unicode characters: compare the escaped form too.
            let escaped = serde_json::to_string(&window).expect("string serialises");
            let escaped = &escaped[1..escaped.len() - 1];
            prop_assert!(
                !out.contains(&window) && !out.contains(escaped),
                "secret window {:?} leaked",
                window
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn reports_are_sound_and_leak_nothing((input, secrets) in config()) {
        let report = lint(&input, &Options::default());
        check_spans(&input, &report)?;
        let again = lint(&input, &Options::default());
        prop_assert_eq!(&report, &again, "not deterministic");
        let json = serde_json::to_string(&report).expect("report serialises");
        let back: Report = serde_json::from_str(&json).expect("report JSON round-trips");
        prop_assert_eq!(&back, &report);
        check_no_leak(&json, &secrets)?;
    }

    #[test]
    fn arbitrary_text_never_panics(input in "\\PC{0,400}") {
        let report = lint(&input, &Options::default());
        check_spans(&input, &report)?;
    }

    #[test]
    fn arbitrary_bytes_as_lossy_text_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let input = String::from_utf8_lossy(&bytes).into_owned();
        let report = lint(&input, &Options::default());
        check_spans(&input, &report)?;
    }
}
