//! The probe against real SMTP servers (nodemailer's smtp-server, started by
//! `tests/probe/server.js` on loopback), hostile scripted servers, a mock of
//! Postmark's API, and swaks as the reference client. Every run goes through
//! the real `smtp-probe` binary and checks that no secret reaches its output.
#![cfg(not(target_arch = "wasm32"))]

#[path = "probe/support.rs"]
mod support;

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use support::*;

fn ca() -> String {
    pki().ca.display().to_string()
}

fn p(port: u16) -> String {
    port.to_string()
}

/// Common flags: dial the local server by name, trust the test CA.
fn local(port: u16) -> Vec<String> {
    vec![
        "--host".into(),
        "localhost".into(),
        "--port".into(),
        p(port),
        "--ca-file".into(),
        ca(),
        "--timeout".into(),
        "5".into(),
    ]
}

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn all_good_every_step_and_exit_0() {
    let port = harness().port("good");
    let file = env_file("good.env", TOKEN, &format!("ops@{VERIFIED}"));
    let mut a = local(port);
    a.insert(0, file.display().to_string());
    let run = probe(&args(&a), None);
    assert_eq!(run.json["lint"]["summary"]["errors"], 0, "{}", run.stdout);
    let steps: Vec<String> = run
        .steps(port)
        .into_iter()
        .map(|(s, ok)| {
            assert!(ok, "step {s} failed: {}", run.stdout);
            s
        })
        .collect();
    assert_eq!(
        steps,
        [
            "connect",
            "banner",
            "ehlo",
            "starttls",
            "tls",
            "ehlo",
            "auth",
            "mail_from"
        ]
    );
    assert_eq!(run.port(port)["works"], true);
    assert_eq!(run.json["works"], true);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let negotiated = run.finding("tls/negotiated");
    assert!(negotiated["message"].as_str().unwrap().contains("TLSv1.3"));
    assert_eq!(run.json["target"]["password_source"], "the input, line 5");
    assert!(run.findings("net/port-summary").len() == 1);
}

#[test]
fn every_port_at_once_within_the_timeout() {
    let h = harness();
    let (a, b, c, silent) = (
        h.port("good"),
        h.port("good2"),
        h.port("good3"),
        h.port("silent"),
    );
    let run = probe(
        &[
            "--host",
            "localhost",
            "--port",
            &p(a),
            "--port",
            &p(b),
            "--port",
            &p(c),
            "--port",
            &p(silent),
            "--ca-file",
            &ca(),
            "--timeout",
            "3",
        ],
        Some(TOKEN),
    );
    for port in [a, b, c] {
        assert_eq!(run.port(port)["works"], true, "{}", run.stdout);
    }
    assert_eq!(run.port(silent)["works"], false);
    assert!(run.finding("smtp/no-banner")["message"]
        .as_str()
        .unwrap()
        .contains(&p(silent)));
    // The silent port costs the timeout, not timeout × ports.
    assert!(
        run.elapsed < Duration::from_millis(4000),
        "took {:?}",
        run.elapsed
    );
}

#[test]
fn wrong_token_is_rejected_with_the_reply_quoted() {
    let port = harness().port("good");
    let run = probe(&args(&local(port)), Some(WRONG_TOKEN));
    let f = run.finding("auth/rejected");
    assert_eq!(f["severity"], "error");
    assert!(f["message"].as_str().unwrap().contains("535"), "{f}");
    assert_eq!(run.code, 1);
    assert_eq!(run.json["works"], false);
}

#[test]
fn trailing_space_points_at_the_static_finding() {
    let port = harness().port("good");
    let file = env_file(
        "space.env",
        &format!("{TOKEN} "),
        &format!("ops@{VERIFIED}"),
    );
    let mut a = local(port);
    a.insert(0, file.display().to_string());
    let run = probe(&args(&a), None);
    let stat = run.json["lint"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "auth/whitespace")
        .unwrap_or_else(|| panic!("no static auth/whitespace: {}", run.stdout))
        .clone();
    let f = run.finding("auth/rejected");
    assert_eq!(
        f["span"], stat["span"],
        "the network finding points where the static one does"
    );
    assert!(f["message"].as_str().unwrap().contains("line 5"), "{f}");
    assert_eq!(run.code, 1);
}

#[test]
fn no_starttls_means_no_token_sent() {
    let h = harness();
    let (proxy, record) = recording_proxy(h.port("nostarttls"));
    let run = probe(&args(&local(proxy)), Some(TOKEN));
    let f = run.finding("tls/starttls-not-offered");
    assert_eq!(f["severity"], "error");
    assert!(run.steps(proxy).iter().all(|(s, _)| s != "auth"));
    let sent = String::from_utf8_lossy(&record.lock().unwrap()).into_owned();
    assert!(sent.contains("EHLO"), "the proxy saw the dialogue: {sent}");
    for form in secret_forms(TOKEN) {
        assert!(
            !sent.contains(&form),
            "the token crossed the wire in clear: {sent}"
        );
    }
    assert_eq!(run.code, 1);
}

#[test]
fn insecure_plaintext_auth_really_sends_in_clear() {
    // The positive control of the test above: the capture does see AUTH
    // when the probe is told to send it without TLS.
    let h = harness();
    let (proxy, record) = recording_proxy(h.port("nostarttls"));
    let mut a = local(proxy);
    a.push("--insecure-plaintext-auth".into());
    let run = probe(&args(&a), Some(TOKEN));
    assert_eq!(run.port(proxy)["plaintext_auth"], true);
    let sent = String::from_utf8_lossy(&record.lock().unwrap()).into_owned();
    assert!(sent.contains(&b64(format!("\0{TOKEN}\0{TOKEN}").as_bytes())));
    let f = run.finding("tls/starttls-not-offered");
    assert!(f["message"].as_str().unwrap().contains("in clear"));
    assert_eq!(run.code, 1, "credentials in clear never count as working");
}

#[test]
fn token_never_before_a_validated_tls() {
    // Untrusted and wrong-name certificates: the handshake is refused, so
    // nothing but ciphertext of a failed handshake follows STARTTLS.
    let h = harness();
    for server in ["untrusted", "wrongname", "good"] {
        let (proxy, record) = recording_proxy(h.port(server));
        let run = probe(&args(&local(proxy)), Some(TOKEN));
        let sent = record.lock().unwrap().clone();
        let text = String::from_utf8_lossy(&sent);
        let clear_end = text
            .find("STARTTLS\r\n")
            .map(|i| i + 10)
            .unwrap_or(sent.len());
        for form in secret_forms(TOKEN) {
            assert!(
                !text[..clear_end].contains(&form),
                "{server}: token before TLS"
            );
        }
        if server != "good" {
            for form in secret_forms(TOKEN) {
                assert!(!text.contains(&form), "{server}: token sent");
            }
            assert!(
                run.steps(proxy).iter().all(|(s, _)| s != "auth"),
                "{server}"
            );
        }
    }
    assert!(h
        .events_of("untrusted")
        .iter()
        .all(|e| e["event"] != "auth"));
    assert!(h
        .events_of("wrongname")
        .iter()
        .all(|e| e["event"] != "auth"));
}

#[test]
fn untrusted_certificate() {
    let port = harness().port("untrusted");
    let run = probe(&args(&local(port)), Some(TOKEN));
    let f = run.finding("tls/certificate-invalid");
    let m = f["message"].as_str().unwrap();
    assert!(
        m.contains("self-signed") && m.contains("not issued by a trusted authority"),
        "{f}"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn wrong_certificate_name() {
    let port = harness().port("wrongname");
    let run = probe(&args(&local(port)), Some(TOKEN));
    let f = run.finding("tls/certificate-invalid");
    let m = f["message"].as_str().unwrap();
    assert!(
        m.contains("other names") && m.contains("mail.other-company.test"),
        "{m}"
    );
}

#[test]
fn tls_name_lets_an_ip_be_verified() {
    let port = harness().port("good");
    let run = probe(
        &[
            "--host",
            "127.0.0.1",
            "--tls-name",
            "localhost",
            "--port",
            &p(port),
            "--ca-file",
            &ca(),
            "--timeout",
            "5",
        ],
        Some(TOKEN),
    );
    assert_eq!(run.port(port)["works"], true, "{}", run.stdout);
}

#[test]
fn implicit_tls_port_is_recognised() {
    let port = harness().port("implicit");
    let run = probe(&args(&local(port)), Some(TOKEN));
    let f = run.finding("smtp/no-banner");
    assert!(
        f["message"].as_str().unwrap().contains("implicit TLS"),
        "{f}"
    );
    // Told to speak implicit TLS, the same port works.
    let mut a = local(port);
    a.extend(["--security".into(), "implicit".into()]);
    let run = probe(&args(&a), Some(TOKEN));
    assert_eq!(run.port(port)["works"], true, "{}", run.stdout);
}

#[test]
fn implicit_tls_against_a_starttls_port_is_classified() {
    let port = harness().port("good");
    let mut a = local(port);
    a.extend(["--security".into(), "implicit".into()]);
    let run = probe(&args(&a), Some(TOKEN));
    let f = run.finding("tls/handshake-failed");
    assert!(f["message"].as_str().unwrap().contains("plain text"), "{f}");
    assert!(
        run.elapsed < Duration::from_secs(3),
        "classified at once: {:?}",
        run.elapsed
    );
}

#[test]
fn closed_port_is_refused() {
    let port = closed_port();
    let run = probe(&args(&local(port)), Some(TOKEN));
    run.finding("net/connect-refused");
    assert_eq!(run.code, 1);
}

#[test]
fn sender_rejected_is_quoted_and_explained() {
    let port = harness().port("good");
    let file = env_file("freemail.env", TOKEN, "someone@gmail.com");
    let mut a = local(port);
    a.insert(0, file.display().to_string());
    let run = probe(&args(&a), None);
    let f = run.finding("from/rejected");
    let m = f["message"].as_str().unwrap();
    assert!(m.contains("550") && m.contains("Sender signature"), "{m}");
    assert_eq!(run.port(port)["works"], false);
    assert_eq!(run.code, 1);
}

#[test]
fn tls_1_0_only_server() {
    let port = harness().port("tls10");
    let run = probe(&args(&local(port)), Some(TOKEN));
    let f = run.finding("tls/handshake-failed");
    assert!(f["message"].as_str().unwrap().contains("TLS 1.2"), "{f}");
}

#[test]
fn transcript_redacts_auth() {
    let port = harness().port("good");
    let mut a = local(port);
    a.push("--transcript".into());
    let run = probe(&args(&a), Some(TOKEN));
    let lines: Vec<&str> = run.port(port)["transcript"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(
        lines.contains(&" ~> AUTH PLAIN [credentials redacted: 100 base64 characters]"),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.starts_with(" -> STARTTLS")));
    assert!(lines.iter().any(|l| l.starts_with("<~  235")));
}

#[test]
fn send_to_really_sends_one_message() {
    let h = harness();
    let port = h.port("good2");
    let mut a = local(port);
    a.extend([
        "--from".into(),
        format!("ops@{VERIFIED}"),
        "--send-to".into(),
        "inbox@example.net".into(),
        "--no-lookup".into(),
    ]);
    let run = probe(&args(&a), Some(TOKEN));
    let steps: Vec<String> = run.steps(port).into_iter().map(|(s, _)| s).collect();
    assert!(
        steps.ends_with(&["mail_from".into(), "rcpt_to".into(), "data".into()]),
        "{steps:?}"
    );
    assert_eq!(run.port(port)["works"], true, "{}", run.stdout);
    assert!(h.events_of("good2").iter().any(|e| e["event"] == "message"));
}

#[test]
fn without_send_to_no_message_is_sent() {
    let h = harness();
    let port = h.port("good3");
    let mut a = local(port);
    a.extend(["--from".into(), format!("ops@{VERIFIED}")]);
    let run = probe(&args(&a), Some(TOKEN));
    assert_eq!(run.port(port)["works"], true);
    assert!(run.steps(port).iter().all(|(s, _)| s != "data"));
    // good3 is also used by the all-ports test, which never sends either.
    assert!(h.events_of("good3").iter().all(|e| e["event"] != "message"));
}

#[test]
fn password_sources() {
    let port = harness().port("good");
    let mut a = local(port);
    a.push("--password-stdin".into());
    let run = probe_with(&args(&a), None, Some(&format!("{TOKEN}\n")));
    assert_eq!(run.port(port)["works"], true, "{}", run.stdout);
    assert_eq!(run.json["target"]["password_source"], "standard input");

    let mut a = local(port);
    a.extend(["--password-env".into(), "MY_SECRET_VAR".into()]);
    let run = probe(&args(&a), None);
    assert_eq!(run.code, 2, "an unset variable is a usage error");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(probe(&[], None).code, 2);
    assert_eq!(
        probe(&["--host", "localhost", "--timeout", "0"], None).code,
        2
    );
    let run = probe(
        &[
            "--host",
            "localhost",
            "--check-token",
            "--api-base",
            "http://api.example.com",
        ],
        Some(TOKEN),
    );
    assert_eq!(run.code, 2, "plain HTTP to a remote API is refused");
}

// ---- --check-token against a mock of Postmark's API ----------------------

fn token_kind(token: &str) -> (support::Run, String) {
    let (api, _) = mock_api();
    let run = probe(
        &[
            "--host",
            "localhost",
            "--port",
            &p(closed_port()),
            "--timeout",
            "5",
            "--check-token",
            "--api-base",
            &format!("http://127.0.0.1:{api}"),
        ],
        Some(token),
    );
    let f = run.finding("auth/token-kind");
    let m = f["message"].as_str().unwrap().to_string();
    (run, m)
}

#[test]
fn check_token_server_account_invalid() {
    let (run, m) = token_kind(TOKEN);
    assert!(
        m.contains("Server API token") && m.contains("SMTP is enabled"),
        "{m}"
    );
    assert_eq!(run.finding("auth/token-kind")["severity"], "info");
    assert!(
        run.stderr.contains("--check-token"),
        "says so before: {}",
        run.stderr
    );

    let (run, m) = token_kind(ACCOUNT_TOKEN);
    assert!(m.contains("Account API token"), "{m}");
    assert_eq!(run.finding("auth/token-kind")["severity"], "error");

    let (run, m) = token_kind(WRONG_TOKEN);
    assert!(m.contains("not a valid"), "{m}");
    assert_eq!(run.finding("auth/token-kind")["severity"], "error");
}

// ---- hostile servers: each ends within its deadline, with the right finding

fn hostile(script: fn(TcpStream), timeout: &str) -> (u16, support::Run) {
    let port = scripted(script);
    let run = probe(
        &[
            "--host",
            "localhost",
            "--port",
            &p(port),
            "--ca-file",
            &ca(),
            "--timeout",
            timeout,
            "--insecure-plaintext-auth",
        ],
        Some(TOKEN),
    );
    let limit: f64 = timeout.parse::<f64>().unwrap() + 1.5;
    assert!(run.elapsed.as_secs_f64() < limit, "took {:?}", run.elapsed);
    (port, run)
}

#[test]
fn hostile_silence() {
    let (_, run) = hostile(
        |s| {
            std::thread::sleep(Duration::from_secs(30));
            drop(s)
        },
        "2",
    );
    run.finding("smtp/no-banner");
}

#[test]
fn hostile_drip() {
    let (_, run) = hostile(
        |mut s| {
            for b in b"220 drip.test ESMTP\r\n" {
                if s.write_all(&[*b]).is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        },
        "3",
    );
    let f = run.finding("smtp/no-banner");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("byte(s) of a greeting"),
        "{f}"
    );
}

#[test]
fn hostile_endless_continuation_lines() {
    let (_, run) = hostile(
        |mut s| {
            let _ = s.write_all(b"220 endless.test ESMTP\r\n");
            if read_line(&mut s).is_none() {
                return;
            }
            while s.write_all(b"250-ENDLESS\r\n").is_ok() {}
        },
        "3",
    );
    let f = run.finding("smtp/broken-reply");
    assert!(f["message"].as_str().unwrap().contains("256 lines"), "{f}");
    assert!(
        run.findings("smtp/ehlo-rejected").is_empty(),
        "a reply that never ends is not a refusal"
    );
    assert!(
        run.elapsed < Duration::from_secs(2),
        "stopped at the cap: {:?}",
        run.elapsed
    );
}

#[test]
fn hostile_one_megabyte_line() {
    let (_, run) = hostile(
        |mut s| {
            let mut line = b"220 ".to_vec();
            line.extend(std::iter::repeat_n(b'a', 1 << 20));
            let _ = s.write_all(&line);
            std::thread::sleep(Duration::from_secs(5));
        },
        "3",
    );
    let f = run.finding("smtp/broken-reply");
    let m = f["message"].as_str().unwrap();
    assert!(m.contains("longer than 4096"), "{f}");
    assert!(
        !m.contains("greeted with"),
        "the probe's own limit is not the server's greeting: {m}"
    );
}

#[test]
fn hostile_reset_during_tls_handshake() {
    let (_, run) = hostile(
        |mut s| {
            let _ = s.write_all(b"220 reset.test ESMTP\r\n");
            let _ = read_line(&mut s);
            let _ = s.write_all(b"250-reset.test\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n");
            let _ = read_line(&mut s);
            let _ = s.write_all(b"220 go ahead\r\n");
            // Read a little of the ClientHello and close with the rest unread: a reset.
            let mut five = [0u8; 5];
            let _ = std::io::Read::read_exact(&mut s, &mut five);
            drop(s);
        },
        "3",
    );
    let f = run.finding("tls/handshake-failed");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("closed during the handshake"),
        "{f}"
    );
}

#[test]
fn hostile_garbage_auth_challenge_gets_no_secret() {
    use std::sync::{Mutex, OnceLock};
    static RECEIVED: OnceLock<Mutex<Vec<u8>>> = OnceLock::new();
    let (_, run) = hostile(
        |mut s| {
            let rec = |line: &Option<String>| {
                if let Some(l) = line {
                    RECEIVED
                        .get_or_init(Default::default)
                        .lock()
                        .unwrap()
                        .extend_from_slice(l.as_bytes());
                }
            };
            let _ = s.write_all(b"220 garbage.test ESMTP\r\n");
            rec(&read_line(&mut s));
            let _ = s.write_all(b"250-garbage.test\r\n250 AUTH LOGIN\r\n");
            rec(&read_line(&mut s));
            let _ = s.write_all(b"334 %%% this is not base64 %%%\r\n");
            while let Some(l) = read_line(&mut s) {
                rec(&Some(l.clone()));
                let _ = s.write_all(if l.starts_with("QUIT") {
                    b"221 bye\r\n"
                } else {
                    b"501 no\r\n"
                });
            }
        },
        "3",
    );
    let f = run.finding("auth/rejected");
    assert!(f["message"].as_str().unwrap().contains("not base64"), "{f}");
    let received = String::from_utf8_lossy(&RECEIVED.get_or_init(Default::default).lock().unwrap())
        .into_owned();
    assert!(received.contains("AUTH LOGIN"), "{received}");
    for form in secret_forms(TOKEN) {
        assert!(
            !received.contains(&form),
            "a secret went to a garbage challenge"
        );
    }
    assert_ne!(
        run.json["ports"][0]["plaintext_auth"], true,
        "no secret went out in clear"
    );
}

// ---- swaks, the reference client, agrees on what works -------------------

#[test]
fn swaks_agrees_on_what_works() {
    let h = harness();
    let from = format!("ops@{VERIFIED}");
    let cases: Vec<(&str, u16, &str, Option<&str>)> = vec![
        ("good", h.port("good"), TOKEN, Some(from.as_str())),
        ("wrong token", h.port("good"), WRONG_TOKEN, None),
        (
            "sender rejected",
            h.port("good"),
            TOKEN,
            Some("someone@gmail.com"),
        ),
        ("no STARTTLS", h.port("nostarttls"), TOKEN, None),
        ("untrusted certificate", h.port("untrusted"), TOKEN, None),
        ("implicit TLS port", h.port("implicit"), TOKEN, None),
        ("TLS 1.0 only", h.port("tls10"), TOKEN, None),
        ("closed port", closed_port(), TOKEN, None),
    ];
    for (name, port, token, from) in cases {
        let mut a = local(port);
        a[7] = "3".into(); // --timeout 3
        if let Some(f) = from {
            a.extend(["--from".into(), f.to_string()]);
        }
        let run = probe(&args(&a), Some(token));
        let probe_works = run.port(port)["works"].as_bool().unwrap();
        let swaks_works = swaks(port, token, from, 3);
        assert_eq!(
            probe_works, swaks_works,
            "{name}: probe {probe_works}, swaks {swaks_works}\n{}",
            run.stdout
        );
    }
    // Where they differ on purpose: swaks 20201014's --tls-verify checks the
    // chain but not the name, so it accepts a certificate for another host;
    // the probe refuses it (that is what interception looks like).
    let port = h.port("wrongname");
    let run = probe(&args(&local(port)), Some(TOKEN));
    assert_eq!(run.port(port)["works"], false);
    run.finding("tls/certificate-invalid");
}

// ---- plain words: every failure path, read as a person reads it ---------

/// A scripted server's first steps: greeting, then the EHLO reply `caps`.
fn greet(s: &mut TcpStream, caps: &[u8]) -> bool {
    if s.write_all(b"220 plain.test ESMTP\r\n").is_err() || read_line(s).is_none() {
        return false;
    }
    s.write_all(caps).is_ok()
}

/// Greeting, EHLO offering AUTH PLAIN without STARTTLS, then the AUTH
/// line: the paths after AUTH, reached with --insecure-plaintext-auth.
fn greet_auth(s: &mut TcpStream) -> bool {
    greet(s, b"250-plain.test\r\n250 AUTH PLAIN\r\n") && read_line(s).is_some()
}

/// Answers every further command with `reply` (QUIT with 221).
fn answer_all(s: &mut TcpStream, reply: &[u8]) {
    while let Some(l) = read_line(s) {
        let r: &[u8] = if l.starts_with("QUIT") {
            b"221 bye\r\n"
        } else {
            reply
        };
        if s.write_all(r).is_err() {
            return;
        }
    }
}

/// Words a person should never read: Rust debug output. `{`/`}` (struct
/// debug), `Name(` wrappers, `Error(`, and CamelCase type names
/// (`NoBanner`, `HandshakeFailure`, `CaUsedAsEndEntity`).
fn debug_words(text: &str) -> Vec<String> {
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.contains('{') || line.contains('}') {
            bad.push(format!("line {}: a brace: {line}", i + 1));
        }
        let b = line.as_bytes();
        let mut start = 0;
        while start < b.len() {
            if !b[start].is_ascii_alphanumeric() {
                start += 1;
                continue;
            }
            let mut end = start;
            while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'_') {
                end += 1;
            }
            let word = &line[start..end];
            let wrapper =
                b.get(end) == Some(&b'(') && word.starts_with(|c: char| c.is_ascii_uppercase());
            if wrapper || is_type_name(word) {
                bad.push(format!("line {}: `{word}`: {line}", i + 1));
            }
            start = end;
        }
    }
    bad
}

/// `HandshakeFailure`: two or more capitalised lower-case runs, nothing else.
fn is_type_name(word: &str) -> bool {
    let mut humps = 0;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_uppercase() {
            return false;
        }
        let mut lower = 0;
        while chars.peek().is_some_and(char::is_ascii_lowercase) {
            chars.next();
            lower += 1;
        }
        if lower == 0 {
            return false;
        }
        humps += 1;
    }
    humps >= 2
}

#[test]
fn debug_words_are_caught() {
    for text in [
        "*** NoBanner { implicit_tls: false, pending: 0 }",
        "does not validate: Other(OtherError(CaUsedAsEndEntity))",
        "alert HandshakeFailure",
        "Error(x)",
    ] {
        assert!(!debug_words(text).is_empty(), "{text}");
    }
    for text in [
        "Port 587: TLSv1.3 with TLS13_AES_256_GCM_SHA384 (IPv6)",
        "Postmark, STARTTLS, AUTH PLAIN, 8BITMIME",
    ] {
        assert!(
            debug_words(text).is_empty(),
            "{text}: {:?}",
            debug_words(text)
        );
    }
}

/// Every string a person may read in the JSON: messages, fixes, step
/// details, transcripts (keys and the `kind` tags are for programs).
fn json_texts(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_texts(x, out)),
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                if k != "kind" {
                    json_texts(x, out);
                }
            }
        }
        _ => {}
    }
}

struct Case {
    name: &'static str,
    args: Vec<String>,
    password: Option<&'static str>,
    /// The finding this path must produce.
    id: &'static str,
    /// Words its message must hold.
    says: &'static str,
}

fn case(
    name: &'static str,
    port: u16,
    extra: &[&str],
    id: &'static str,
    says: &'static str,
) -> Case {
    let mut args = local(port);
    args[7] = "3".into(); // --timeout 3
    args.extend(extra.iter().map(|s| s.to_string()));
    args.push("--transcript".into());
    Case {
        name,
        args,
        password: Some(TOKEN),
        id,
        says,
    }
}

const INSECURE: &str = "--insecure-plaintext-auth";

fn failure_paths() -> Vec<Case> {
    let h = harness();
    let from = ["--from", "ops@verified-sender.io"];
    let mut cases = vec![
        case(
            "silence",
            scripted(|s| {
                std::thread::sleep(Duration::from_secs(30));
                drop(s)
            }),
            &[],
            "smtp/no-banner",
            "no greeting",
        ),
        case(
            "drip",
            scripted(|mut s| {
                for b in b"220 drip.test ESMTP\r\n" {
                    if s.write_all(&[*b]).is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_secs(1));
                }
            }),
            &[],
            "smtp/no-banner",
            "byte(s) of a greeting",
        ),
        case(
            "endless 250- EHLO reply",
            scripted(|mut s| {
                if greet(&mut s, b"") {
                    while s.write_all(b"250-ENDLESS\r\n").is_ok() {}
                }
            }),
            &[],
            "smtp/broken-reply",
            "does not end",
        ),
        case(
            "endless 220- greeting",
            scripted(|mut s| while s.write_all(b"220-more to come\r\n").is_ok() {}),
            &[],
            "smtp/broken-reply",
            "the greeting is broken",
        ),
        case(
            "one-megabyte greeting line",
            scripted(|mut s| {
                let mut line = b"220 ".to_vec();
                line.extend(std::iter::repeat_n(b'a', 1 << 20));
                let _ = s.write_all(&line);
                std::thread::sleep(Duration::from_secs(5));
            }),
            &[],
            "smtp/broken-reply",
            "longer than 4096",
        ),
        case(
            "554 greeting",
            scripted(|mut s| {
                let _ = s.write_all(b"554 5.7.1 no SMTP service here\r\n");
                answer_all(&mut s, b"503 no\r\n");
            }),
            &[],
            "smtp/bad-banner",
            "instead of 220",
        ),
        case(
            "an HTTP server",
            scripted(|mut s| {
                let _ = s.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n");
            }),
            &[],
            "smtp/bad-banner",
            "not SMTP",
        ),
        case(
            "binary garbage",
            scripted(|mut s| {
                let _ = s.write_all(b"\x00\x01\xff\xfe\x1b[31m\r\n");
            }),
            &[],
            "smtp/bad-banner",
            "not SMTP",
        ),
        case(
            "closed before the greeting",
            scripted(drop),
            &[],
            "smtp/no-banner",
            "closed the connection",
        ),
        case(
            "closed after EHLO",
            scripted(|mut s| {
                let _ = s.write_all(b"220 plain.test ESMTP\r\n");
                let _ = read_line(&mut s);
            }),
            &[],
            "smtp/ehlo-rejected",
            "closed the connection",
        ),
        case(
            "EHLO refused",
            scripted(|mut s| {
                let _ = s.write_all(b"220 plain.test ESMTP\r\n");
                answer_all(&mut s, b"501 5.5.4 Invalid EHLO argument\r\n");
            }),
            &[],
            "smtp/ehlo-rejected",
            "501",
        ),
        case(
            "STARTTLS refused",
            scripted(|mut s| {
                if greet(&mut s, b"250-plain.test\r\n250 STARTTLS\r\n") {
                    answer_all(&mut s, b"454 4.7.0 TLS not available\r\n");
                }
            }),
            &[],
            "tls/handshake-failed",
            "454",
        ),
        case(
            "plain text after STARTTLS",
            scripted(|mut s| {
                if greet(&mut s, b"250-plain.test\r\n250 STARTTLS\r\n")
                    && read_line(&mut s).is_some()
                {
                    let _ = s.write_all(b"220 go ahead\r\n");
                    // Answer the ClientHello (once it came) in plain text.
                    let mut five = [0u8; 5];
                    let _ = std::io::Read::read_exact(&mut s, &mut five);
                    let _ = s.write_all(b"500 what is this\r\n");
                    std::thread::sleep(Duration::from_secs(1));
                }
            }),
            &[],
            "tls/handshake-failed",
            "plain text",
        ),
        case(
            "reset during the TLS handshake",
            scripted(|mut s| {
                if greet(&mut s, b"250-plain.test\r\n250 STARTTLS\r\n")
                    && read_line(&mut s).is_some()
                {
                    let _ = s.write_all(b"220 go ahead\r\n");
                    let mut five = [0u8; 5];
                    let _ = std::io::Read::read_exact(&mut s, &mut five);
                }
            }),
            &[],
            "tls/handshake-failed",
            "closed during the handshake",
        ),
        case(
            "TLS garbage after STARTTLS",
            scripted(|mut s| {
                if greet(&mut s, b"250-plain.test\r\n250 STARTTLS\r\n")
                    && read_line(&mut s).is_some()
                {
                    let _ = s.write_all(b"220 go ahead\r\n");
                    let _ = s.write_all(b"\x16\x03\x03\x00\x05\xff\xff\xff\xff\xff");
                    std::thread::sleep(Duration::from_secs(1));
                }
            }),
            &[],
            "tls/handshake-failed",
            "handshake",
        ),
        case(
            "no STARTTLS, no AUTH",
            scripted(|mut s| {
                if greet(&mut s, b"250 plain.test\r\n") {
                    answer_all(&mut s, b"503 no\r\n");
                }
            }),
            &[INSECURE],
            "auth/mechanism-unsupported",
            "AUTH",
        ),
        case(
            "only CRAM-MD5",
            scripted(|mut s| {
                if greet(&mut s, b"250-plain.test\r\n250 AUTH CRAM-MD5\r\n") {
                    answer_all(&mut s, b"503 no\r\n");
                }
            }),
            &[INSECURE],
            "auth/mechanism-unsupported",
            "CRAM-MD5",
        ),
        case(
            "login refused",
            scripted(|mut s| {
                if greet_auth(&mut s) {
                    let _ = s.write_all(b"535 5.7.8 Authentication failed\r\n");
                    answer_all(&mut s, b"503 no\r\n");
                }
            }),
            &[INSECURE],
            "auth/rejected",
            "535",
        ),
        case(
            "closed after AUTH",
            scripted(|mut s| {
                greet_auth(&mut s);
            }),
            &[INSECURE],
            "auth/rejected",
            "closed the connection",
        ),
        case(
            "silence after AUTH",
            scripted(|s| {
                let mut s = s;
                if greet_auth(&mut s) {
                    std::thread::sleep(Duration::from_secs(30));
                }
            }),
            &[INSECURE],
            "auth/rejected",
            "deadline",
        ),
        case(
            "garbage AUTH LOGIN challenge",
            scripted(|mut s| {
                if greet(&mut s, b"250-plain.test\r\n250 AUTH LOGIN\r\n")
                    && read_line(&mut s).is_some()
                {
                    let _ = s.write_all(b"334 %%% this is not base64 %%%\r\n");
                    answer_all(&mut s, b"501 no\r\n");
                }
            }),
            &[INSECURE],
            "auth/rejected",
            "not base64",
        ),
        case(
            "sender refused",
            scripted(|mut s| {
                if greet_auth(&mut s) {
                    let _ = s.write_all(b"235 ok\r\n");
                    answer_all(&mut s, b"550 5.7.1 Sender signature not found\r\n");
                }
            }),
            &[INSECURE, from[0], from[1]],
            "from/rejected",
            "550",
        ),
        case(
            "closed after MAIL FROM",
            scripted(|mut s| {
                if greet_auth(&mut s) {
                    let _ = s.write_all(b"235 ok\r\n");
                    let _ = read_line(&mut s);
                }
            }),
            &[INSECURE, from[0], from[1]],
            "from/rejected",
            "closed the connection",
        ),
        case(
            "recipient refused",
            scripted(|mut s| {
                if greet_auth(&mut s) {
                    let _ = s.write_all(b"235 ok\r\n");
                    let _ = read_line(&mut s);
                    let _ = s.write_all(b"250 ok\r\n");
                    answer_all(&mut s, b"550 5.1.1 no such recipient\r\n");
                }
            }),
            &[INSECURE, from[0], from[1], "--send-to", "inbox@example.net"],
            "from/rejected",
            "550",
        ),
        case(
            "message refused",
            scripted(|mut s| {
                if greet_auth(&mut s) {
                    let _ = s.write_all(b"235 ok\r\n");
                    for _ in 0..2 {
                        let _ = read_line(&mut s);
                        let _ = s.write_all(b"250 ok\r\n");
                    }
                    answer_all(&mut s, b"554 5.7.0 message refused\r\n");
                }
            }),
            &[INSECURE, from[0], from[1], "--send-to", "inbox@example.net"],
            "from/rejected",
            "554",
        ),
        case(
            "nothing listens",
            closed_port(),
            &[],
            "net/connect-refused",
            "refused",
        ),
        case(
            "self-signed certificate",
            h.port("untrusted"),
            &[],
            "tls/certificate-invalid",
            "self-signed",
        ),
        case(
            "self-signed certificate made as a CA",
            h.port("untrustedca"),
            &[],
            "tls/certificate-invalid",
            "self-signed",
        ),
        case(
            "certificate for another name",
            h.port("wrongname"),
            &[],
            "tls/certificate-invalid",
            "other names",
        ),
        case(
            "TLS 1.0 only",
            h.port("tls10"),
            &[],
            "tls/handshake-failed",
            "TLS 1.2",
        ),
        case(
            "implicit TLS port",
            h.port("implicit"),
            &[],
            "smtp/no-banner",
            "implicit TLS",
        ),
        case(
            "implicit TLS to a STARTTLS port",
            h.port("good"),
            &["--security", "implicit"],
            "tls/handshake-failed",
            "plain text",
        ),
        case(
            "STARTTLS stripped",
            h.port("nostarttls"),
            &[],
            "tls/starttls-not-offered",
            "STARTTLS",
        ),
        case(
            "sender not verified",
            h.port("good"),
            &["--from", "someone@gmail.com"],
            "from/rejected",
            "Sender signature",
        ),
    ];
    let mut wrong = case("wrong token", h.port("good"), &[], "auth/rejected", "535");
    wrong.password = Some(WRONG_TOKEN);
    cases.push(wrong);
    let mut dns = case(
        "a name that does not resolve",
        closed_port(),
        &[],
        "net/dns-failed",
        "no-such-host.invalid",
    );
    dns.args[1] = "no-such-host.invalid".into();
    cases.push(dns);
    let (api, _) = mock_api();
    let api = format!("http://127.0.0.1:{api}");
    let mut account = case(
        "an Account token, checked",
        closed_port(),
        &["--check-token", "--api-base", &api],
        "auth/token-kind",
        "Account API token",
    );
    account.password = Some(ACCOUNT_TOKEN);
    cases.push(account);
    cases
}

#[test]
fn every_failure_path_in_plain_words() {
    let cases = failure_paths();
    assert!(cases.len() >= 30, "{} paths", cases.len());
    // In parallel: most paths wait on a timeout, not on the CPU.
    let problems: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .iter()
            .map(|c| {
                scope.spawn(move || {
                    let a = args(&c.args);
                    let json_run = probe(&a, c.password);
                    let text_run = probe_text(&a, c.password);
                    let mut problems = Vec::new();
                    match json_run.findings(c.id).first() {
                        None => problems.push(format!(
                            "{}: no {} finding in {}",
                            c.name,
                            c.id,
                            serde_json::to_string_pretty(&json_run.json["findings"]).unwrap()
                        )),
                        Some(f) if !f["message"].as_str().unwrap_or("").contains(c.says) => {
                            problems.push(format!(
                                "{}: {} does not say {:?}: {}",
                                c.name, c.id, c.says, f["message"]
                            ))
                        }
                        Some(_) => {}
                    }
                    if json_run.json.is_null() {
                        problems.push(format!("{}: no JSON: {}", c.name, json_run.stdout));
                    }
                    let mut texts = String::new();
                    json_texts(&json_run.json, &mut texts);
                    for (what, text) in [("JSON", &texts), ("text", &text_run.stdout)] {
                        for bad in debug_words(text) {
                            problems.push(format!("{} ({what}): {bad}", c.name));
                        }
                    }
                    let probed = json_run.json["ports"]
                        .as_array()
                        .is_some_and(|p| !p.is_empty());
                    if probed && !text_run.stdout.contains("── transcript") {
                        problems.push(format!("{}: no transcript in the text output", c.name));
                    }
                    problems
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

// ---- --report: the bundle for support -------------------------------------

#[test]
fn report_bundle_is_complete_and_redacted() {
    let port = harness().port("good");
    let file = env_file("bundle.env", TOKEN, &format!("ops@{VERIFIED}"));
    let bundle = scratch().join("report.md");
    let mut a = local(port);
    a.insert(0, file.display().to_string());
    a.extend(["--report".into(), bundle.display().to_string()]);
    let run = probe(&args(&a), None);
    assert_eq!(run.json["works"], true, "{}", run.stdout);
    assert!(
        run.port(port).get("transcript").is_none(),
        "--report alone does not print the dialogue"
    );
    let text = std::fs::read_to_string(&bundle).expect("the report file");
    for part in [
        "# smtp-probe report",
        &format!("smtp-probe {}", env!("CARGO_PKG_VERSION")),
        "- command: `",
        "--report",
        "## Settings probed",
        "password: 36 characters, from the input, line 5",
        "## Static check of",
        "## Findings from the network",
        &format!("## Port {port} (STARTTLS): works"),
        "| connect | ok |",
        "| auth | ok |",
        "TLS: TLSv1.3",
        "Certificate: subject localhost",
        "issued by smtp-check test CA",
        "AUTH PLAIN [credentials redacted: 100 base64 characters]",
        "<~  235",
    ] {
        assert!(text.contains(part), "{part:?} missing:\n{text}");
    }
    // No 9-character run of the token, nor of the base64 forms AUTH sent.
    for form in secret_forms(TOKEN) {
        let chars: Vec<char> = form.chars().collect();
        for w in chars.windows(9) {
            let run: String = w.iter().collect();
            assert!(!text.contains(&run), "{run:?} of a secret in:\n{text}");
        }
    }
    assert!(debug_words(&text).is_empty(), "{:?}", debug_words(&text));
}

// ---- both IP families -----------------------------------------------------

/// Forwards [::1]:PORT to 127.0.0.1:PORT, so one server answers on both
/// families at the same port.
fn ipv6_twin(port: u16) {
    let listener = std::net::TcpListener::bind(("::1", port)).expect("bind [::1] at the same port");
    std::thread::spawn(move || {
        for client in listener.incoming().map_while(Result::ok) {
            let Ok(upstream) = TcpStream::connect(("127.0.0.1", port)) else {
                continue;
            };
            let (mut c_read, mut u_write) =
                (client.try_clone().unwrap(), upstream.try_clone().unwrap());
            let (mut u_read, mut c_write) = (upstream, client);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut c_read, &mut u_write);
                let _ = u_write.shutdown(std::net::Shutdown::Write);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut u_read, &mut c_write);
                let _ = c_write.shutdown(std::net::Shutdown::Write);
            });
        }
    });
}

fn both_families(port: u16, extra: &[&str]) -> support::Run {
    let mut a = local(port);
    a.extend(["--resolve".into(), "localhost:127.0.0.1,::1".into()]);
    a.extend(extra.iter().map(|s| s.to_string()));
    probe(&args(&a), Some(TOKEN))
}

fn reports(run: &support::Run, port: u16) -> Vec<&serde_json::Value> {
    run.json["ports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["port"] == port)
        .collect()
}

#[test]
fn each_family_is_probed_on_its_own() {
    let port = harness().port("good");
    ipv6_twin(port);
    let run = both_families(port, &[]);
    let r = reports(&run, port);
    assert_eq!(r.len(), 2, "{}", run.stdout);
    for (family, addr) in [("ipv4", "127.0.0.1"), ("ipv6", "[::1]")] {
        let p = r
            .iter()
            .find(|p| p["family"] == family)
            .unwrap_or_else(|| panic!("no {family}: {}", run.stdout));
        assert_eq!(p["works"], true, "{family}: {}", run.stdout);
        assert!(p["address"].as_str().unwrap().starts_with(addr), "{p}");
    }
    assert!(run.findings("net/ip-family").is_empty());
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn works_over_ipv4_fails_over_ipv6() {
    // Nothing listens on [::1] at this port: refused over IPv6 only.
    let port = harness().port("good2");
    let run = both_families(port, &[]);
    let f = run.finding("net/ip-family");
    let m = f["message"].as_str().unwrap();
    assert!(m.contains("works over IPv4 but fails over IPv6"), "{m}");
    assert_eq!(f["severity"], "warning");
    let v6 = reports(&run, port)
        .into_iter()
        .find(|p| p["family"] == "ipv6")
        .unwrap()
        .clone();
    assert_eq!(v6["works"], false);
    assert!(run.findings("net/connect-refused")[0]["message"]
        .as_str()
        .unwrap()
        .contains("over IPv6"));

    // -4 probes IPv4 only: one report, nothing about families.
    let run = both_families(port, &["-4"]);
    let r = reports(&run, port);
    assert_eq!(r.len(), 1, "{}", run.stdout);
    assert_eq!(r[0]["works"], true);
    assert!(r[0].get("family").is_none());
    assert!(run.findings("net/ip-family").is_empty());
    // -6: IPv6 only, which fails.
    let run = both_families(port, &["-6"]);
    let r = reports(&run, port);
    assert_eq!(r.len(), 1);
    assert!(
        r[0]["address"].as_str().unwrap().starts_with("[::1]"),
        "{}",
        r[0]
    );
    assert_eq!(run.json["works"], false);
}

#[test]
fn resolve_flag_is_checked() {
    let run = probe(
        &["--host", "localhost", "--resolve", "localhost:not-an-ip"],
        Some(TOKEN),
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--resolve"), "{}", run.stderr);
}

// ---- --send-to: accepted is not sent ----------------------------------------

fn send_and_look_up(records: bool, wait: &str) -> (support::Run, Vec<String>) {
    let h = harness();
    let port = h.port("good2");
    let (api, seen) = mock_messages_api(records);
    let mut a = local(port);
    a.extend(
        [
            "--from",
            &format!("ops@{VERIFIED}"),
            "--send-to",
            "inbox@example.net",
            "--api-base",
            &format!("http://127.0.0.1:{api}"),
            "--lookup-wait",
            wait,
        ]
        .map(String::from),
    );
    let run = probe(&args(&a), Some(TOKEN));
    let seen = seen.lock().unwrap().clone();
    (run, seen)
}

#[test]
fn sent_message_is_found_in_postmark() {
    let (run, seen) = send_and_look_up(true, "5");
    let f = run.finding("smtp/recorded");
    assert_eq!(f["severity"], "info");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("0ac29aee-e1cd-480d-b08d-4f48548ff48d"),
        "{f}"
    );
    assert!(run.findings("smtp/not-recorded").is_empty());
    assert_eq!(run.code, 0, "{}", run.stdout);
    // Asked once, by the unique subject the message carried.
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(
        seen[0]
            .starts_with("GET /messages/outbound?count=50&offset=0&subject=smtp-probe%20test%20"),
        "{seen:?}"
    );
    assert!(harness()
        .events_of("good2")
        .iter()
        .any(|e| e["event"] == "message"));
}

#[test]
fn accepted_but_not_recorded_is_an_error() {
    let (run, seen) = send_and_look_up(false, "3");
    let f = run.finding("smtp/not-recorded");
    assert_eq!(f["severity"], "error");
    let m = f["message"].as_str().unwrap();
    assert!(
        m.contains("accepted the test message over SMTP") && m.contains("pending approval"),
        "{m}"
    );
    assert!(seen.len() >= 2, "asked again while waiting: {seen:?}");
    assert_eq!(run.code, 1);
    assert!(run.elapsed < Duration::from_secs(12), "{:?}", run.elapsed);
}
