//! No secret leaks, whatever it looks like. Secrets of every shape (quotes,
//! backslashes, `$`, `{`, `${X}` mixed with text, `%XX`, blanks, non-ASCII,
//! 9 to 500 characters, equal to the host) are written in every dialect the
//! way a user would write them there (escaped for the dialect's strings,
//! percent-encoded in URLs or not), and linted. No 9-character run of the
//! secret (as meant, or as written in the file) may appear in the JSON
//! report, the text report (excerpts included), or the fix titles printed
//! by `--fix` — except runs that the same paste prints with another secret
//! in its place (text that is not the secret's, e.g. the host name).
//!
//! 64 cases per dialect in CI; the long run is
//! `PROPTEST_CASES=10000 cargo test --release --test secrets`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use proptest::prelude::*;
use smtp_check::cli::{fix_summary, render_report, Format};
use smtp_check::{analyze, fix::fix_text, Options};

/// A dialect: how to write a secret in its strings, and the file around it.
struct Dialect {
    name: &'static str,
    encode: fn(&str) -> String,
    template: &'static str,
}

fn escape(s: &str, quote: char) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c == '\\' || c == quote {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn dq(s: &str) -> String {
    format!("\"{}\"", escape(s, '"'))
}
fn sq(s: &str) -> String {
    format!("'{}'", escape(s, '\''))
}
fn raw(s: &str) -> String {
    s.to_string()
}
fn cs_verbatim(s: &str) -> String {
    format!("@\"{}\"", s.replace('"', "\"\""))
}
/// Percent-encodes what a URL's userinfo cannot hold.
fn pct(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
/// Percent-encodes only `:@/?#%` and blanks: the rest (a `\`, quotes,
/// non-ASCII) written raw, as people do.
fn pct_loose(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if ":@/?#% \t".contains(c) {
            for b in c.to_string().bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}
/// A `key=value` properties value: `\` escapes.
fn props(s: &str) -> String {
    s.replace('\\', "\\\\")
}

const DIALECTS: &[Dialect] = &[
    Dialect {
        name: "laravel-env",
        encode: dq,
        template: "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME={S}\nMAIL_PASSWORD={S}\nMAIL_ENCRYPTION=tls\n",
    },
    Dialect {
        name: "laravel-env-single",
        encode: |s| format!("'{}'", s.replace('\'', "")),
        template: "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME={S}\nMAIL_PASSWORD={S}\n",
    },
    Dialect {
        name: "django",
        encode: sq,
        template: "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = {S}\nEMAIL_HOST_PASSWORD = {S}\n",
    },
    Dialect {
        name: "nodemailer",
        encode: dq,
        template: "const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  auth: { user: {S}, pass: {S} },\n});\n",
    },
    Dialect {
        name: "phpmailer",
        encode: sq,
        template: "$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPAuth = true;\n$mail->Username = {S};\n$mail->Password = {S};\n$mail->Port = 587;\n",
    },
    Dialect {
        name: "dotnet-verbatim",
        encode: cs_verbatim,
        template: "var client = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nclient.EnableSsl = true;\nclient.Credentials = new NetworkCredential({S}, {S});\n",
    },
    Dialect {
        name: "dotnet",
        encode: dq,
        template: "var client = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nclient.EnableSsl = true;\nclient.Credentials = new NetworkCredential({S}, {S});\n",
    },
    Dialect {
        name: "symfony-dsn",
        encode: pct,
        template: "MAILER_DSN=smtp://{S}:{S}@smtp.postmarkapp.com:587\n",
    },
    Dialect {
        name: "smtp-url",
        encode: pct_loose,
        template: "smtp://{S}:{S}@smtp.postmarkapp.com:587\n",
    },
    Dialect {
        name: "label-value",
        encode: raw,
        template: "Server: smtp.postmarkapp.com\nPort: 587\nUsername: {S}\nPassword: {S}\n",
    },
    Dialect {
        name: "docker-compose",
        encode: dq,
        template: "services:\n  app:\n    environment:\n      MAIL_HOST: smtp.postmarkapp.com\n      MAIL_PORT: \"587\"\n      MAIL_USERNAME: {S}\n      MAIL_PASSWORD: {S}\n",
    },
    Dialect {
        name: "rails",
        encode: sq,
        template: "config.action_mailer.smtp_settings = {\n  address: 'smtp.postmarkapp.com',\n  port: 587,\n  user_name: {S},\n  password: {S},\n}\n",
    },
    Dialect {
        name: "spring",
        encode: props,
        template: "spring.mail.host=smtp.postmarkapp.com\nspring.mail.port=587\nspring.mail.username={S}\nspring.mail.password={S}\n",
    },
    Dialect {
        name: "generic",
        encode: raw,
        template: "smtp_host = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_user = {S}\nsmtp_password = {S}\n",
    },
];

/// Everything a person sees for this paste: JSON and text reports, and the
/// fix titles `--fix` prints (with and without unsafe fixes).
fn everything_shown(input: &str) -> String {
    let options = Options::default();
    let analysis = analyze(input, &options);
    // The JSON's strings as a reader of it sees them (not JSON-escaped).
    let json: serde_json::Value =
        serde_json::from_str(&render_report("f", input, &analysis, Format::Json, false))
            .expect("JSON report");
    let mut out = String::new();
    strings(&json, &mut out);
    out.push_str(&render_report("f", input, &analysis, Format::Text, false));
    for unsafe_fixes in [false, true] {
        let (_, applied) = fix_text(input, &options, unsafe_fixes);
        out.push_str(&fix_summary(&applied));
    }
    out
}

fn strings(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

fn runs(s: &str) -> impl Iterator<Item = &str> {
    let starts: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    (0..starts.len().saturating_sub(8)).map(move |k| {
        let end = starts.get(k + 9).copied().unwrap_or(s.len());
        &s[starts[k]..end]
    })
}

/// The runs of 9 characters of the secret (as meant and as written) that
/// the output shows, less those it shows for another secret too.
fn leaks(d: &Dialect, secret: &str) -> Vec<String> {
    let written = (d.encode)(secret);
    let input = d.template.replace("{S}", &written);
    let shown = everything_shown(&input);
    let other = d
        .template
        .replace("{S}", &(d.encode)("Zq7-Wx8-Yv9-Zq7-Wx8-Yv9"));
    let baseline = everything_shown(&other);
    let mut found = HashSet::new();
    for run in runs(secret).chain(runs(&written)) {
        // Blanks in a run make it ordinary words, not token material.
        if run.contains(char::is_whitespace) {
            continue;
        }
        if shown.contains(run) && !baseline.contains(run) {
            found.insert(run.to_string());
        }
    }
    let mut found: Vec<String> = found.into_iter().collect();
    found.sort();
    found
}

/// Pieces a secret is built of: every shape that leaked once, and more.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z0-9]{1,8}",
        1 => Just("$".to_string()),
        1 => Just("{".to_string()),
        1 => Just("}".to_string()),
        1 => Just("${".to_string()),
        1 => "\\$\\{[A-Z_]{1,6}\\}",
        1 => Just("\"".to_string()),
        1 => Just("\"\"".to_string()),
        1 => Just("'".to_string()),
        1 => Just("\\".to_string()),
        1 => Just("\\'".to_string()),
        1 => "%[0-9A-F]{2}",
        1 => Just(" ".to_string()),
        1 => "[#@:/?&=+;,!*()<>|^~`-]",
        1 => "[éüßø中文😀]",
    ]
}

fn secret() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(piece(), 3..60).prop_map(|v| v.concat()),
        1 => "[A-Za-z0-9]{400,500}",
        1 => Just("smtp.postmarkapp.com".to_string()),
    ]
    // Leading and trailing blanks are not part of a value in most dialects.
    .prop_map(|s| s.trim().to_string())
    .prop_filter("9 to 500 characters", |s| {
        (9..=500).contains(&s.chars().count())
    })
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(64),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn no_run_of_a_secret_is_shown(d in 0..DIALECTS.len(), secret in secret()) {
        let dialect = &DIALECTS[d];
        let found = leaks(dialect, &secret);
        prop_assert!(found.is_empty(), "{}: secret {:?} shown as {:?}", dialect.name, secret, found);
    }
}

/// The shapes that leaked before, one per dialect where they did.
#[test]
fn known_leaks_stay_fixed() {
    let cases = [
        ("laravel-env", "abc$def{ghi}jkl$mn"),
        ("laravel-env", "${X}abcdefghijklmnop"),
        ("django", "pre${HOME}postfix123"),
        ("dotnet-verbatim", "ab\"\"cd\\efghijklmnop"),
        ("phpmailer", "it\\'s-a-secret-value"),
        ("label-value", "\"quoted-start-secret"),
        ("smtp-url", "back\\slash-secret-99"),
        // Found by the long run after the readers-and-profiles merge.
        ("django", "${____}$$"),
        ("generic", "A ;0AaAAaAa"),
        ("generic", "'@\\'00aaaa0A"),
        ("generic", "'}0aa0aa{"),
        ("generic", "\"\"'a 0aA0AAA0${A}"),
        ("generic", "\"\"} aaaAAAaaA"),
        ("label-value", "&${\"\"a~aa A"),
        ("generic", "a}(a0aAaA"),
        ("generic", "${A_}}(aaaaA00%0AaAaa"),
        // Read as HCL's `"${…}"` with a brace that closes nothing.
        ("generic", "\"${A___A}\"}"),
    ];
    for (name, secret) in cases {
        let d = DIALECTS.iter().find(|d| d.name == name).expect("dialect");
        let found = leaks(d, secret);
        assert!(found.is_empty(), "{name}: {secret:?} shown as {found:?}");
    }
}

/// Found by tests/properties.rs: a `{` above `Label: value` lines made the
/// paste code, the unquoted password a bare word, and a bare word was
/// taken for a variable's name and shown.
#[test]
fn an_unquoted_password_read_as_a_word_of_code_is_masked() {
    for pass in ["aaaaaaAaA", "Kx9qZ_aaaB7"] {
        let input = format!(
            "{{\nServer: smtp.postmarkapp.com\nPort: 587\nUsername: 0aaa000a-aaaa-aaaa-aaaa-aaaaaaaaaaaa\nPassword: {pass}\nSecurity: tls\n"
        );
        let shown = everything_shown(&input);
        assert!(!shown.contains(pass), "{pass} shown in {shown}");
    }
}
