//! One SMTP connection, in clear or inside TLS: sends command lines and reads
//! whole replies, each under a deadline and within the reply caps, and
//! records both in the transcript (redacted).

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::pki_types::ServerName;
use rustls::{ClientConnection, RootCertStore};

use super::net::remaining;
use super::reply::{parse_reply, Reply, ReplyError};
use super::tls::{self, Negotiated, TlsFailure};
use super::transcript::{Dir, Redactor, Transcript};

/// A socket timeout for what is left until `deadline` (never zero, which
/// the OS would read as "wait forever").
pub fn timeout_for(deadline: Instant) -> Duration {
    remaining(deadline).max(Duration::from_millis(1))
}

/// Why a command or reply did not get through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    /// The deadline passed; `pending` bytes of an incomplete reply had arrived.
    Timeout {
        pending: usize,
    },
    /// The server closed the connection.
    Closed,
    /// The bytes are not a valid reply, or exceed the caps.
    Reply(ReplyError),
    Io(String),
}

impl WireError {
    pub fn describe(&self) -> String {
        match self {
            WireError::Timeout { pending: 0 } => "no reply before the deadline".into(),
            WireError::Timeout { pending } => format!(
                "only {pending} byte(s) of a reply before the deadline (a server dripping bytes?)"
            ),
            WireError::Closed => "the server closed the connection".into(),
            WireError::Reply(e) => format!("the server sent {e}"),
            WireError::Io(e) => super::words::plain(e),
        }
    }
}

fn io_error(e: &io::Error) -> WireError {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => WireError::Timeout { pending: 0 },
        io::ErrorKind::UnexpectedEof
        | io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe => WireError::Closed,
        _ => WireError::Io(e.to_string()),
    }
}

/// A TCP connection, in clear or inside TLS, whose every read and write is
/// bounded by a deadline (used for SMTP here and for HTTP by `--check-token`).
pub struct Conn {
    tcp: TcpStream,
    tls: Option<ClientConnection>,
    /// No operation goes past this.
    pub deadline: Instant,
}

impl Conn {
    pub fn new(tcp: TcpStream, deadline: Instant) -> Self {
        Conn {
            tcp,
            tls: None,
            deadline,
        }
    }

    pub fn in_tls(&self) -> bool {
        self.tls.is_some()
    }

    pub fn write_all(&mut self, data: &[u8]) -> Result<(), WireError> {
        match self.tls.as_mut() {
            None => write_all(&mut self.tcp, data, self.deadline),
            Some(conn) => {
                conn.writer().write_all(data).map_err(|e| io_error(&e))?;
                while conn.wants_write() {
                    if remaining(self.deadline).is_zero() {
                        return Err(WireError::Timeout { pending: 0 });
                    }
                    self.tcp
                        .set_write_timeout(Some(timeout_for(self.deadline)))
                        .map_err(|e| io_error(&e))?;
                    conn.write_tls(&mut self.tcp).map_err(|e| io_error(&e))?;
                }
                Ok(())
            }
        }
    }

    /// Reads whatever comes next (plain text, or decrypted from TLS records),
    /// waiting no later than `until` (capped by the deadline). `Ok(0)`: closed.
    pub fn read_some(&mut self, buf: &mut [u8], until: Instant) -> Result<usize, WireError> {
        let until = until.min(self.deadline);
        let Some(conn) = self.tls.as_mut() else {
            if remaining(until).is_zero() {
                return Err(WireError::Timeout { pending: 0 });
            }
            self.tcp
                .set_read_timeout(Some(timeout_for(until)))
                .map_err(|e| io_error(&e))?;
            return self.tcp.read(buf).map_err(|e| io_error(&e));
        };
        loop {
            match conn.reader().read(buf) {
                Ok(n) => return Ok(n),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(io_error(&e)),
            }
            if remaining(until).is_zero() {
                return Err(WireError::Timeout { pending: 0 });
            }
            self.tcp
                .set_read_timeout(Some(timeout_for(until)))
                .map_err(|e| io_error(&e))?;
            match conn.read_tls(&mut self.tcp) {
                Ok(0) => return Ok(0),
                Ok(_) => {}
                Err(e) => return Err(io_error(&e)),
            }
            conn.process_new_packets().map_err(|e| {
                WireError::Io(format!(
                    "the TLS connection failed: {}",
                    super::words::plain(&e.to_string())
                ))
            })?;
        }
    }

    /// Runs a TLS handshake on the connection, validating `name`.
    pub fn start_tls(
        &mut self,
        roots: Arc<RootCertStore>,
        name: ServerName<'static>,
    ) -> Result<Negotiated, TlsFailure> {
        let (config, recorder) =
            tls::client_config(roots).map_err(|detail| TlsFailure::Other { detail })?;
        let mut conn = ClientConnection::new(config, name).map_err(|e| TlsFailure::Other {
            detail: e.to_string(),
        })?;
        tls::handshake(&mut self.tcp, &mut conn, &recorder, self.deadline)?;
        let negotiated = tls::negotiated(&conn);
        self.tls = Some(conn);
        Ok(negotiated)
    }

    /// Ends TLS politely (best effort) and closes the socket.
    pub fn close(&mut self) {
        if let Some(conn) = self.tls.as_mut() {
            conn.send_close_notify();
            let _ = self.tcp.set_write_timeout(Some(Duration::from_millis(200)));
            let _ = conn.write_tls(&mut self.tcp);
        }
        let _ = self.tcp.shutdown(std::net::Shutdown::Both);
    }

    /// `EHLO [192.0.2.1]`: the address literal of our end (RFC 5321 4.1.3).
    pub fn ehlo_name(&self) -> String {
        match self.tcp.local_addr() {
            Ok(a) if a.is_ipv4() => format!("[{}]", a.ip()),
            Ok(a) => format!("[IPv6:{}]", a.ip()),
            Err(_) => "[127.0.0.1]".into(),
        }
    }
}

/// An SMTP conversation on a `Conn`: command lines out, whole replies in,
/// both recorded in the transcript.
pub struct Wire {
    conn: Conn,
    /// Received bytes not yet parsed into a reply.
    pending: Vec<u8>,
    pub transcript: Transcript,
    redactor: Arc<Redactor>,
}

impl Wire {
    pub fn new(
        tcp: TcpStream,
        deadline: Instant,
        transcript: Transcript,
        redactor: Arc<Redactor>,
    ) -> Self {
        Wire {
            conn: Conn::new(tcp, deadline),
            pending: Vec::new(),
            transcript,
            redactor,
        }
    }

    pub fn in_tls(&self) -> bool {
        self.conn.in_tls()
    }

    pub fn ehlo_name(&self) -> String {
        self.conn.ehlo_name()
    }

    pub fn note(&mut self, dir: Dir, text: &str) {
        let tls = self.in_tls();
        self.transcript.push(dir, tls, text, &self.redactor);
    }

    /// Sends one command line. `shown` replaces it in the transcript (AUTH payloads).
    pub fn send(&mut self, line: &str, shown: Option<&str>) -> Result<(), WireError> {
        let tls = self.in_tls();
        self.transcript
            .push(Dir::Sent, tls, shown.unwrap_or(line), &self.redactor);
        self.conn.write_all(format!("{line}\r\n").as_bytes())
    }

    /// Reads one whole reply, waiting no later than `until` (capped by the run's deadline).
    pub fn read_reply(&mut self, until: Instant) -> Result<Reply, WireError> {
        loop {
            match parse_reply(&self.pending) {
                Ok(Some((reply, used))) => {
                    self.pending.drain(..used);
                    let text = shown_reply(&reply);
                    self.note(Dir::Received, &text);
                    return Ok(reply);
                }
                Ok(None) => {}
                Err(e) => {
                    let excerpt = super::reply::shown(&self.pending);
                    self.note(Dir::Received, &excerpt);
                    return Err(WireError::Reply(e));
                }
            }
            let mut chunk = [0u8; 4096];
            match self.conn.read_some(&mut chunk, until) {
                Ok(0) => return Err(WireError::Closed),
                Ok(n) => self.pending.extend_from_slice(&chunk[..n]),
                Err(WireError::Timeout { .. }) => {
                    return Err(WireError::Timeout {
                        pending: self.pending.len(),
                    })
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Upgrades to TLS (after `220` to STARTTLS, or at once for implicit
    /// TLS). Plain-text bytes the server sent before the handshake are
    /// dropped: trusting them is the STARTTLS command-injection flaw.
    pub fn start_tls(
        &mut self,
        roots: Arc<RootCertStore>,
        name: ServerName<'static>,
    ) -> Result<Negotiated, TlsFailure> {
        self.pending.clear();
        let result = self.conn.start_tls(roots, name);
        match &result {
            Ok(n) => self.note(
                Dir::Info,
                &format!("TLS started with cipher {}:{}", n.version, n.cipher),
            ),
            Err(f) => self.note(Dir::Error, &format!("TLS failed: {}", f.describe())),
        }
        result
    }

    /// Says goodbye politely, within a second and the run's deadline.
    pub fn quit(&mut self) {
        let saved = self.conn.deadline;
        let until = (Instant::now() + Duration::from_secs(1)).min(saved);
        if !remaining(until).is_zero() {
            self.conn.deadline = until;
            if self.send("QUIT", None).is_ok() {
                let _ = self.read_reply(until);
            }
        }
        self.conn.close();
        self.conn.deadline = saved;
    }
}

/// Writes all of `data`, each write bounded by the time left.
fn write_all(tcp: &mut TcpStream, mut data: &[u8], deadline: Instant) -> Result<(), WireError> {
    while !data.is_empty() {
        if remaining(deadline).is_zero() {
            return Err(WireError::Timeout { pending: 0 });
        }
        tcp.set_write_timeout(Some(timeout_for(deadline)))
            .map_err(|e| io_error(&e))?;
        match tcp.write(data) {
            Ok(0) => return Err(WireError::Closed),
            Ok(n) => data = &data[n..],
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(&e)),
        }
    }
    Ok(())
}

/// A reply as the server wrote it, for the transcript.
fn shown_reply(reply: &Reply) -> String {
    let n = reply.lines.len();
    reply
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let sep = if i + 1 == n { ' ' } else { '-' };
            format!("{}{sep}{l}", reply.code)
        })
        .collect::<Vec<_>>()
        .join("\n")
}
