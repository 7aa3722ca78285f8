//! Pathological inputs finish and give bounded output. (How fast they
//! finish is measured by `./build.sh bench`, not asserted here.)
#![cfg(not(target_arch = "wasm32"))]

use smtp_check::{lint, Options, MAX_INPUT_BYTES};

// The fixture walk only (the `verified:` convention is not used here).
#[allow(dead_code)]
mod common;

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
        let path = entry.expect("entry").path();
        let entry_name = path.display().to_string();
        let bytes = std::fs::read(&path).expect("readable");
        let input = String::from_utf8_lossy(&bytes);
        let report = lint(&input, &Options::default());
        let inside = |s: std::ops::Range<usize>| input.get(s).is_some();
        for f in &report.findings {
            if let Some(s) = f.span {
                assert!(inside(s.start..s.end));
            }
        }
        // As the scanners fuzz target checks: every setting's span too.
        for cfg in smtp_check::extract::extract(&input) {
            for f in &cfg.fields {
                assert!(inside(f.value.span.clone()), "{:?}: {f:?}", entry_name);
            }
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs found");
}

/// Every fixture (and a sample of the real-world corpus) cut at its end and
/// in its middle, then ended by an opened quote, bracket, escape or
/// template: a paste is often a fragment cut anywhere. Each must finish
/// with a bounded report (the fuzzer found readers that hung on a
/// trailing backslash; this finds that class without luck).
#[test]
fn fragments_ending_in_an_open_construct() {
    let fixtures = common::root();
    let mut files = common::files(&fixtures);
    files.extend(
        common::files(&fixtures.with_file_name("realworld"))
            .into_iter()
            .filter(|p| p.file_name().is_some_and(|n| n != "manifest.json")),
    );
    let endings = [
        "\\", "\\\n", "\"", "'", "`", "(", "{", "[", "${", "<!--", "/*", "<<EOF\n",
    ];
    let mut n = 0;
    for (i, path) in files.iter().enumerate() {
        // Every fixture; every seventh corpus file (the whole corpus is
        // linted by tests/realworld.rs).
        if !path.starts_with(&fixtures) && i % 7 != 0 {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(path).expect("readable")).into_owned();
        let mut half = text.len() / 2;
        while !text.is_char_boundary(half) {
            half -= 1;
        }
        for cut in [&text[..], &text[..half]] {
            for end in endings {
                lint_bounded(
                    &format!("{} + {end:?}", path.display()),
                    &format!("{cut}{end}"),
                );
                n += 1;
            }
        }
    }
    assert!(n > 5000, "only {n} fragments");
}

/// The command line on hostile inputs, in every output mode: each ends with
/// exit 0, 1 or 2 and says what happened (a report, or a message on
/// stderr); an over-limit input is never "fixed".
mod cli {
    use std::io::Write;
    use std::process::{Command, Stdio};

    use smtp_check::MAX_INPUT_BYTES;

    const MODES: [&[&str]; 5] = [
        &[],
        &["--format", "json"],
        &["--fix"],
        &["--diff"],
        &["--fix", "--unsafe-fixes"],
    ];

    fn random_bytes(n: usize) -> Vec<u8> {
        // xorshift: deterministic noise without a dependency.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    fn utf16le(text: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    fn inputs() -> Vec<(&'static str, Vec<u8>)> {
        vec![
            ("1 MiB random", random_bytes(MAX_INPUT_BYTES)),
            ("one 1 MiB line", vec![b'x'; MAX_INPUT_BYTES]),
            ("1 MiB + 1", vec![b'a'; MAX_INPUT_BYTES + 1]),
            ("100k nested {", vec![b'{'; 100_000]),
            ("1 MiB of quotes", vec![b'"'; MAX_INPUT_BYTES]),
            ("500 KB of ${", b"${".repeat(250_000)),
            (
                "NUL",
                b"MAIL_HOST=smtp.postmarkapp.com\0\nMAIL_PORT=\x00587\n".to_vec(),
            ),
            (
                "invalid UTF-8",
                b"MAIL_HOST=smtp.\xff\xfepostmarkapp.com\nMAIL_PORT=25\n".to_vec(),
            ),
            (
                "UTF-16",
                utf16le("MAIL_HOST=smtp.postmarkapp.com\r\nMAIL_PORT=25\r\n"),
            ),
            (
                "CR only",
                b"MAIL_MAILER=smtp\rMAIL_HOST=smtp.postmarkapp.com\rMAIL_PORT=25\r".to_vec(),
            ),
            ("empty", Vec::new()),
        ]
    }

    fn run(args: &[&str], stdin: Stdio) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_smtp-probe"))
            .arg("lint")
            .args(args)
            .stdin(stdin)
            .output()
            .expect("runs")
    }

    fn check(name: &str, mode: &[&str], out: &std::process::Output, over_limit: bool) {
        let code = out.status.code().unwrap_or(-1);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let what = format!("{name} {mode:?}: exit {code}, stderr {stderr:?}");
        assert!((0..=2).contains(&code), "{what}");
        assert!(!stderr.contains("panicked"), "{what}");
        let fixing = mode.contains(&"--fix") || mode.contains(&"--diff");
        if over_limit && fixing {
            assert_eq!(code, 2, "{what}");
            assert!(stdout.is_empty(), "{what}: stdout not empty");
            assert!(stderr.contains("bytes this tool reads"), "{what}");
        } else if code == 2 {
            assert!(stderr.starts_with("smtp-probe: "), "{what}");
        } else if mode.contains(&"json") {
            let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON report");
            assert!(v["findings"].is_array(), "{what}");
        } else if !fixing {
            assert!(stdout.contains("error(s)"), "{what}: {stdout:.200}");
        }
        if over_limit && !fixing {
            let size = format!("{} bytes", MAX_INPUT_BYTES + 1);
            assert!(
                stdout.contains(&size),
                "{what}: too-large without its real size"
            );
        }
    }

    #[test]
    fn hostile_files_in_every_mode() {
        let dir = std::env::temp_dir().join(format!("smtp-check-limits-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (name, bytes) in inputs() {
            let path = dir.join("input");
            std::fs::write(&path, &bytes).expect("write");
            let over = bytes.len() > MAX_INPUT_BYTES;
            for mode in MODES {
                let mut args = mode.to_vec();
                let p = path.to_str().expect("utf-8 path");
                args.push(p);
                check(name, mode, &run(&args, Stdio::null()), over);
                // The same bytes on standard input.
                let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-probe"))
                    .arg("lint")
                    .args(mode)
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn");
                let mut stdin = child.stdin.take().expect("stdin");
                // The tool may stop reading early: a broken pipe is fine.
                let _ = stdin.write_all(&bytes);
                drop(stdin);
                check(name, mode, &child.wait_with_output().expect("wait"), over);
            }
            if over {
                let out = run(
                    &["--fix", "--in-place", path.to_str().unwrap()],
                    Stdio::null(),
                );
                check(name, &["--fix"], &out, true);
                assert_eq!(
                    std::fs::read(&path).expect("read"),
                    bytes,
                    "{name}: file changed"
                );
            }
        }
        // Not a file at all.
        let missing = dir.join("missing");
        for mode in MODES {
            for path in [dir.to_str().unwrap(), missing.to_str().unwrap()] {
                let mut args = mode.to_vec();
                args.push(path);
                let out = run(&args, Stdio::null());
                assert_eq!(out.status.code(), Some(2), "{path} {mode:?}");
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(
                    stderr.contains("is a directory") || stderr.contains("No such file"),
                    "{path}: {stderr}"
                );
                assert!(out.stdout.is_empty());
            }
            // Standard input at its end (/dev/null; a closed fd 0 reads the
            // same way in Rust's std) is an empty paste.
            check("stdin at EOF", mode, &run(mode, Stdio::null()), false);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn utf16_and_cr_only_files_are_read() {
        let dir = std::env::temp_dir().join(format!("smtp-check-enc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("f");
        for bytes in [
            utf16le("MAIL_MAILER=smtp\r\nMAIL_HOST=smtp.postmarkapp.com\r\nMAIL_PORT=25\r\n"),
            b"MAIL_MAILER=smtp\rMAIL_HOST=smtp.postmarkapp.com\rMAIL_PORT=25\r".to_vec(),
        ] {
            std::fs::write(&path, &bytes).expect("write");
            let out = run(&["--format", "json", path.to_str().unwrap()], Stdio::null());
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
            let port = v["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .find(|f| f["id"] == "port/25-blocked")
                .expect("port 25 found");
            // The port is on the third line, whatever ends the lines.
            assert_eq!(port["span"]["line"], 3, "{port}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
