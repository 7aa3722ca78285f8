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
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("not signed by a trusted authority"),
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
        lines.contains(&" ~> AUTH PLAIN [credentials redacted]"),
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
    let f = run.finding("smtp/ehlo-rejected");
    assert!(f["message"].as_str().unwrap().contains("256 lines"), "{f}");
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
    let f = run.finding("smtp/bad-banner");
    assert!(
        f["message"].as_str().unwrap().contains("longer than 4096"),
        "{f}"
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
