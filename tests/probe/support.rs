//! Test support for `tests/probe.rs`: a per-run certificate authority, the
//! Node harness of real SMTP servers (`tests/probe/server.js`), small
//! scripted hostile servers, a recording TCP proxy, a mock of Postmark's
//! API, and a runner for the real `smtp-probe` binary.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The Server API token the test servers accept (as username and password).
pub const TOKEN: &str = "1f86a2b4-7c3d-4e5f-9a8b-3c2d11115948";
/// A well-formed token the servers refuse.
pub const WRONG_TOKEN: &str = "2e97b3c5-8d4e-4f60-8b9c-4d3e22226a59";
/// The Account API token the mock API knows.
pub const ACCOUNT_TOKEN: &str = "9c8b7a6f-5e4d-4c3b-8a29-18f7e6d5c4b3";
/// The verified sender domain.
pub const VERIFIED: &str = "verified-sender.io";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A folder of its own for this test process.
pub fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("probe-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create the scratch folder");
        dir
    })
}

/// PEM files of the per-run test PKI.
pub struct Pki {
    pub ca: PathBuf,
    /// name → (key, cert)
    pub certs: HashMap<&'static str, (PathBuf, PathBuf)>,
}

/// A test CA, a server certificate for localhost/127.0.0.1 signed by it, one
/// for another name signed by it, and a self-signed one for localhost.
pub fn pki() -> &'static Pki {
    static PKI: OnceLock<Pki> = OnceLock::new();
    PKI.get_or_init(|| {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose};
        let dir = scratch();
        let write = |name: &str, text: String| {
            let path = dir.join(name);
            std::fs::write(&path, text).expect("write a PEM file");
            path
        };
        let ca_key = KeyPair::generate().unwrap();
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "smtp-check test CA");
        ca_params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let ca = ca_params.self_signed(&ca_key).unwrap();
        let ca_path = write("ca.pem", ca.pem());

        let mut certs = HashMap::new();
        // `self_signed`: 0 signed by the test CA, 1 self-signed, 2 self-signed
        // and marked as a CA (what `openssl req -x509` makes).
        let mut leaf = |name: &'static str, names: &[&str], self_signed: u8| {
            let key = KeyPair::generate().unwrap();
            let mut params =
                CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                    .unwrap();
            params.distinguished_name.push(DnType::CommonName, names[0]);
            if self_signed == 2 {
                params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            }
            let cert = if self_signed > 0 {
                params.self_signed(&key).unwrap()
            } else {
                params.signed_by(&key, &ca, &ca_key).unwrap()
            };
            let k = write(&format!("{name}.key"), key.serialize_pem());
            let c = write(&format!("{name}.pem"), cert.pem());
            certs.insert(name, (k, c));
        };
        leaf("good", &["localhost", "127.0.0.1"], 0);
        leaf("wrongname", &["mail.other-company.test"], 0);
        leaf("selfsigned", &["localhost", "127.0.0.1"], 1);
        leaf("selfsignedca", &["localhost", "127.0.0.1"], 2);
        Pki { ca: ca_path, certs }
    })
}

/// The Node harness: real smtp-server instances on loopback ports.
pub struct Harness {
    pub ports: HashMap<String, u16>,
    pub events: Arc<Mutex<Vec<Value>>>,
    _child: Mutex<Child>,
    /// Kept open: the harness exits when it closes (when this process ends).
    _stdin: Mutex<ChildStdin>,
}

/// Every scenario server: (name, kind, certificate).
const SERVERS: &[(&str, &str, &str)] = &[
    ("good", "good", "good"),
    ("good2", "good", "good"),
    ("good3", "good", "good"),
    ("nostarttls", "nostarttls", "good"),
    ("untrusted", "good", "selfsigned"),
    ("untrustedca", "good", "selfsignedca"),
    ("wrongname", "good", "wrongname"),
    ("implicit", "implicit", "good"),
    ("tls10", "tls10", "good"),
    ("silent", "silent", "good"),
];

pub fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(start_harness)
}

fn start_harness() -> Harness {
    let dir = root().join("tests/probe");
    assert!(
        dir.join("node_modules/smtp-server").is_dir(),
        "the SMTP test servers are not installed: run `./build.sh test` (or `npm ci` in tests/probe) first"
    );
    let pki = pki();
    let certs: serde_json::Map<String, Value> = pki
        .certs
        .iter()
        .map(|(name, (k, c))| (name.to_string(), serde_json::json!({ "key": k, "cert": c })))
        .collect();
    let servers: Vec<Value> = SERVERS
        .iter()
        .map(|(name, kind, cert)| serde_json::json!({ "name": name, "kind": kind, "cert": cert }))
        .collect();
    let config = serde_json::json!({
        "token": TOKEN,
        "verified": [VERIFIED],
        "host": "127.0.0.1",
        "certs": certs,
        "servers": servers,
    });
    let config_path = scratch().join("harness.json");
    std::fs::write(&config_path, config.to_string()).unwrap();
    let mut child = Command::new("node")
        .arg(dir.join("server.js"))
        .arg(&config_path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("cannot start `node` (Node.js 20 is needed for the SMTP test servers)");
    let stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines
        .next()
        .expect("the harness printed nothing")
        .expect("read the harness");
    let ready: Value = serde_json::from_str(&first).expect("the harness's ready line");
    let ports = ready["ready"]
        .as_object()
        .expect("a ready line")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap() as u16))
        .collect();
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line) {
                sink.lock().unwrap().push(v);
            }
        }
    });
    Harness {
        ports,
        events,
        _child: Mutex::new(child),
        _stdin: Mutex::new(stdin),
    }
}

impl Harness {
    pub fn port(&self, name: &str) -> u16 {
        self.ports[name]
    }

    /// Events a server reported (auth attempts, senders, messages).
    pub fn events_of(&self, server: &str) -> Vec<Value> {
        self.events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| e["server"] == server)
            .cloned()
            .collect()
    }
}

/// A port where nothing listens (bound, then released).
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// One run of the real binary.
pub struct Run {
    pub code: i32,
    pub json: Value,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Run {
    pub fn port(&self, port: u16) -> &Value {
        self.json["ports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["port"] == port)
            .unwrap_or_else(|| panic!("no port {port} in {}", self.stdout))
    }

    pub fn findings(&self, id: &str) -> Vec<&Value> {
        self.json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["id"] == id)
            .collect()
    }

    /// The one finding with this id (panics with the output otherwise).
    pub fn finding(&self, id: &str) -> &Value {
        let found = self.findings(id);
        assert!(
            !found.is_empty(),
            "no {id} finding in:\n{}",
            serde_json::to_string_pretty(&self.json["findings"]).unwrap()
        );
        found[0]
    }

    pub fn steps(&self, port: u16) -> Vec<(String, bool)> {
        self.port(port)["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["step"].as_str().unwrap().to_string(),
                    s["ok"].as_bool().unwrap(),
                )
            })
            .collect()
    }
}

/// Runs `smtp-probe probe ARGS --format json` with `password` in
/// SMTP_PASSWORD (nothing else from the environment leaks in), and checks
/// that no secret appears anywhere in its output.
pub fn probe(args: &[&str], password: Option<&str>) -> Run {
    probe_with(args, password, None)
}

pub fn probe_with(args: &[&str], password: Option<&str>, stdin: Option<&str>) -> Run {
    probe_as(args, password, stdin, "json")
}

/// Runs `smtp-probe probe ARGS --format text` (what a person reads).
pub fn probe_text(args: &[&str], password: Option<&str>) -> Run {
    probe_as(args, password, None, "text")
}

fn probe_as(args: &[&str], password: Option<&str>, stdin: Option<&str>, format: &str) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-probe"));
    cmd.arg("probe").args(args);
    // The test servers listen on 127.0.0.1 only; where `localhost` also
    // resolves to ::1, the probe would try that family on its own too.
    if !args.contains(&"--resolve") {
        cmd.args(["--resolve", "localhost:127.0.0.1"]);
    }
    cmd.args(["--format", format])
        .env_remove("SMTP_PASSWORD")
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(p) = password {
        cmd.env("SMTP_PASSWORD", p);
    }
    let start = Instant::now();
    let mut child = cmd.spawn().expect("run smtp-probe");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let elapsed = start.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    for secret in [TOKEN, WRONG_TOKEN, ACCOUNT_TOKEN] {
        for form in secret_forms(secret) {
            assert!(
                !stdout.contains(&form) && !stderr.contains(&form),
                "a secret ({form}) leaked into the output:\n{stdout}\n{stderr}"
            );
        }
    }
    let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    Run {
        code: out.status.code().unwrap_or(-1),
        json,
        stdout,
        stderr,
        elapsed,
    }
}

/// The token as text and in the base64 forms AUTH sends.
pub fn secret_forms(token: &str) -> Vec<String> {
    vec![
        token.to_string(),
        b64(token.as_bytes()),
        b64(format!("\0{token}\0{token}").as_bytes()),
    ]
}

pub fn b64(data: &[u8]) -> String {
    smtp_check::probe::auth::b64_encode(data)
}

/// A Laravel .env for Postmark (so the static rules apply) whose From,
/// port and password can be varied; the probe dials the test server with
/// `--host localhost --port N`.
pub fn env_file(name: &str, password: &str, from: &str) -> PathBuf {
    let text = format!(
        "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD=\"{password}\"\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS={from}\n"
    );
    let path = scratch().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A scripted server: `script` runs for each connection in its own thread.
pub fn scripted(script: fn(TcpStream)) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().map_while(Result::ok) {
            std::thread::spawn(move || script(stream));
        }
    });
    port
}

/// Reads one line (for scripted servers); `None` on EOF, error or timeout.
pub fn read_line(stream: &mut TcpStream) -> Option<String> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match stream.read(&mut byte) {
            Ok(1) => {
                line.push(byte[0]);
                if byte[0] == b'\n' {
                    return Some(String::from_utf8_lossy(&line).into_owned());
                }
            }
            _ => return None,
        }
    }
}

/// A proxy that forwards to `target` and records what clients sent.
pub fn recording_proxy(target: u16) -> (u16, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let record = Arc::new(Mutex::new(Vec::new()));
    let sink = record.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().map_while(Result::ok) {
            let Ok(upstream) = TcpStream::connect(("127.0.0.1", target)) else {
                continue;
            };
            let (mut c_read, mut u_write) =
                (client.try_clone().unwrap(), upstream.try_clone().unwrap());
            let (mut u_read, mut c_write) = (upstream, client);
            let sink = sink.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = c_read.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    sink.lock().unwrap().extend_from_slice(&buf[..n]);
                    if u_write.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = u_write.shutdown(Shutdown::Write);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut u_read, &mut c_write);
                let _ = c_write.shutdown(Shutdown::Write);
            });
        }
    });
    (port, record)
}

/// A mock of Postmark's API: `GET /server` opens with the Server token,
/// `GET /servers` with the Account token, everything else is 401.
pub fn mock_api() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().map_while(Result::ok) {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            while !head.ends_with(b"\r\n\r\n") && head.len() < 16384 {
                match stream.read(&mut byte) {
                    Ok(1) => head.push(byte[0]),
                    _ => break,
                }
            }
            let head = String::from_utf8_lossy(&head).into_owned();
            let request_line = head.lines().next().unwrap_or("").to_string();
            let header = |name: &str| {
                head.lines().find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.trim()
                        .eq_ignore_ascii_case(name)
                        .then(|| v.trim().to_string())
                })
            };
            log.lock().unwrap().push(request_line.clone());
            let (status, body) = if request_line.starts_with("GET /server ")
                && header("X-Postmark-Server-Token").as_deref() == Some(TOKEN)
            {
                (
                    "200 OK",
                    r#"{"ID":1,"Name":"Test server","SmtpApiActivated":true}"#,
                )
            } else if request_line.starts_with("GET /servers?count=1&offset=0 ")
                && header("X-Postmark-Account-Token").as_deref() == Some(ACCOUNT_TOKEN)
            {
                ("200 OK", r#"{"TotalCount":1,"Servers":[]}"#)
            } else {
                (
                    "401 Unauthorized",
                    r#"{"ErrorCode":10,"Message":"No Account or Server API tokens were supplied in the HTTP headers."}"#,
                )
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (port, seen)
}

/// Runs swaks with the same options as the probe; `true` when it got
/// through AUTH (and MAIL FROM when `from` is given).
pub fn swaks(port: u16, token: &str, from: Option<&str>, timeout_s: u32) -> bool {
    let mut cmd = Command::new("swaks");
    cmd.args(["--server", "localhost", "--port", &port.to_string()])
        .args(["--tls", "--tls-verify", "--tls-ca-path"])
        .arg(&pki().ca)
        .args([
            "--auth",
            "PLAIN",
            "--auth-user",
            token,
            "--auth-password",
            token,
        ])
        .args(["--timeout", &format!("{timeout_s}s")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    match from {
        Some(f) => {
            cmd.args([
                "--from",
                f,
                "--to",
                "someone@example.net",
                "--quit-after",
                "FROM",
            ]);
        }
        None => {
            cmd.args(["--quit-after", "AUTH"]);
        }
    }
    cmd.status()
        .expect("cannot run swaks (install it: apt-get install swaks, or run ./build.sh test)")
        .success()
}

/// A mock of Postmark's Messages API: `GET /messages/outbound?…&subject=S`
/// with the Server token lists one message with subject S when `records`,
/// none otherwise (an account that accepts over SMTP and records nothing).
/// Other requests are 401. Returns the port and the request lines seen.
pub fn mock_messages_api(records: bool) -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().map_while(Result::ok) {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            while !head.ends_with(b"\r\n\r\n") && head.len() < 16384 {
                match stream.read(&mut byte) {
                    Ok(1) => head.push(byte[0]),
                    _ => break,
                }
            }
            let head = String::from_utf8_lossy(&head).into_owned();
            let request_line = head.lines().next().unwrap_or("").to_string();
            let token_ok = head.lines().any(|l| {
                l.split_once(':').is_some_and(|(k, v)| {
                    k.trim().eq_ignore_ascii_case("X-Postmark-Server-Token") && v.trim() == TOKEN
                })
            });
            log.lock().unwrap().push(request_line.clone());
            let subject = request_line
                .split_whitespace()
                .nth(1)
                .and_then(|target| target.strip_prefix("/messages/outbound?"))
                .and_then(|query| query.split('&').find_map(|kv| kv.strip_prefix("subject=")))
                .map(percent_decode);
            let (status, body) = match (token_ok, subject) {
                (true, Some(s)) if records => (
                    "200 OK",
                    serde_json::json!({"TotalCount": 1, "Messages": [
                        {"MessageID": "0ac29aee-e1cd-480d-b08d-4f48548ff48d", "Subject": s, "Status": "Sent"}
                    ]})
                    .to_string(),
                ),
                (true, Some(_)) => ("200 OK", r#"{"TotalCount":0,"Messages":[]}"#.to_string()),
                _ => (
                    "401 Unauthorized",
                    r#"{"ErrorCode":10,"Message":"Bad or missing Server API token."}"#.to_string(),
                ),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (port, seen)
}

fn percent_decode(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() && text.is_char_boundary(i + 3) {
            if let Ok(v) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
