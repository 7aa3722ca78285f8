//! TLS with rustls (ring): the client configuration, a verifier that keeps
//! the server's certificate for the report even when it fails validation,
//! the handshake driven by hand under a deadline, and failures classified in
//! the user's terms.

use std::io::{self, Read};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    AlertDescription, CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct,
    RootCertStore, SignatureScheme,
};
use serde::Serialize;

use super::cert::{self, CertInfo};
use super::net::remaining;
use super::wire::timeout_for;
use super::words;

/// Mozilla's roots (webpki-roots) plus the anchors of `--ca-file`.
pub fn roots(extra: &[CertificateDer<'static>]) -> Result<Arc<RootCertStore>, String> {
    let mut store = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    for der in extra {
        store
            .add(der.clone())
            .map_err(|e| format!("the CA file holds an unusable certificate: {e}"))?;
    }
    Ok(Arc::new(store))
}

/// Reads every certificate of a PEM file (for `--ca-file`).
pub fn read_pem_certs(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, String> {
    use rustls::pki_types::pem::PemObject;
    let certs: Vec<_> = CertificateDer::pem_file_iter(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{} is not a PEM certificate file: {e}", path.display()))?;
    if certs.is_empty() {
        return Err(format!("{} holds no PEM certificate", path.display()));
    }
    Ok(certs)
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The standard WebPKI verifier, keeping the end-entity certificate it saw.
#[derive(Debug)]
pub struct Recorder {
    inner: Arc<WebPkiServerVerifier>,
    seen: Mutex<Option<CertificateDer<'static>>>,
}

impl Recorder {
    /// What the server presented, whether or not it validated.
    pub fn certificate(&self) -> Option<CertInfo> {
        let seen = self.seen.lock().ok()?;
        cert::parse(seen.as_ref()?)
    }
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Some(end_entity.clone().into_owned());
        }
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// A client configuration (TLS 1.2 and 1.3, full validation) and its recorder.
pub fn client_config(
    roots: Arc<RootCertStore>,
) -> Result<(Arc<ClientConfig>, Arc<Recorder>), String> {
    let provider = provider();
    let inner = WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
        .build()
        .map_err(|e| e.to_string())?;
    let recorder = Arc::new(Recorder {
        inner,
        seen: Mutex::new(None),
    });
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    Ok((Arc::new(config), recorder))
}

/// The name the certificate must carry: `--tls-name`, else the dialled host.
pub fn server_name(name: &str) -> Result<ServerName<'static>, String> {
    let literal = name.trim_start_matches('[').trim_end_matches(']');
    ServerName::try_from(literal.to_string())
        .map_err(|_| format!("{name:?} is not a host name or IP address TLS can verify"))
}

/// What was negotiated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Negotiated {
    /// `TLSv1.3`, `TLSv1.2`.
    pub version: String,
    /// IANA name, e.g. `TLS13_AES_256_GCM_SHA384`.
    pub cipher: String,
    pub certificate: Option<CertInfo>,
}

/// Why a handshake failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TlsFailure {
    /// The certificate did not validate for the name.
    Certificate {
        problem: CertProblem,
        certificate: Option<Box<CertInfo>>,
    },
    /// No TLS version in common (e.g. a server that only speaks TLS 1.0).
    ProtocolVersion { detail: String },
    /// The server answered in plain text: it speaks SMTP, not TLS, here.
    PlainText { excerpt: String },
    /// The connection was closed or reset in the middle of the handshake.
    Reset { detail: String },
    /// No answer before the deadline.
    Timeout,
    /// Anything else (an alert, a malformed message…), as rustls words it.
    Other { detail: String },
}

/// What is wrong with a certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CertProblem {
    Expired,
    NotYetValid,
    /// Valid, but for other names.
    WrongName,
    /// Not signed by a trusted authority: a private CA, or an intercepting
    /// proxy's own CA.
    UnknownIssuer,
    /// Issued by itself: no authority vouches for it (test servers,
    /// appliances, some intercepting proxies).
    SelfSigned,
    Revoked,
    /// Anything else, already in words.
    Other(String),
}

impl CertProblem {
    pub fn describe(&self) -> String {
        match self {
            CertProblem::Expired => "it has expired".into(),
            CertProblem::NotYetValid => "it is not valid yet (check this machine's clock)".into(),
            CertProblem::WrongName => "it is issued for other names".into(),
            CertProblem::UnknownIssuer => {
                "it is not signed by a trusted authority (a private CA, or a proxy's own CA)".into()
            }
            CertProblem::SelfSigned => {
                "it is self-signed, not issued by a trusted authority".into()
            }
            CertProblem::Revoked => "it has been revoked".into(),
            CertProblem::Other(text) => text.clone(),
        }
    }

    /// Interception is a likely cause (when the server should be Postmark's).
    pub fn suggests_interception(&self) -> bool {
        matches!(
            self,
            CertProblem::UnknownIssuer | CertProblem::WrongName | CertProblem::SelfSigned
        )
    }
}

impl TlsFailure {
    pub fn describe(&self) -> String {
        match self {
            TlsFailure::Certificate { problem, certificate } => {
                let mut out = format!("the certificate does not validate: {}", problem.describe());
                if let Some(c) = certificate {
                    out.push_str(&format!(
                        " (subject {}, names {}, issued by {}, expires {})",
                        or_dash(&c.subject),
                        if c.names.is_empty() { "—".into() } else { c.names.join(", ") },
                        or_dash(&c.issuer),
                        c.expires
                    ));
                }
                out
            }
            TlsFailure::ProtocolVersion { detail } => {
                format!("no TLS version in common: the server offers none of TLS 1.2/1.3 ({detail})")
            }
            TlsFailure::PlainText { excerpt } => format!(
                "the server answered the TLS handshake in plain text (“{excerpt}”): this port speaks SMTP with STARTTLS, not implicit TLS"
            ),
            TlsFailure::Reset { detail } => {
                format!("the connection was closed during the handshake ({})", words::plain(detail))
            }
            TlsFailure::Timeout => "no answer to the TLS handshake before the deadline".into(),
            TlsFailure::Other { detail } => detail.clone(),
        }
    }
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() {
        "—"
    } else {
        s
    }
}

/// Reads from the socket and keeps the first bytes, so that a plain-text
/// answer can be recognised whatever rustls makes of it.
struct Sniff<'a> {
    tcp: &'a mut TcpStream,
    first: &'a mut Vec<u8>,
}

impl Read for Sniff<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.tcp.read(buf)?;
        if self.first.len() < 64 {
            let take = n.min(64 - self.first.len());
            self.first.extend_from_slice(&buf[..take]);
        }
        Ok(n)
    }
}

/// Runs the handshake until done, failed, or the deadline. Every socket
/// operation gets only the time left, so a dripping or silent server
/// cannot stretch it.
pub fn handshake(
    tcp: &mut TcpStream,
    conn: &mut ClientConnection,
    recorder: &Recorder,
    deadline: Instant,
) -> Result<(), TlsFailure> {
    let mut first = Vec::new();
    let fail = |e: TlsFailure, first: &[u8]| -> TlsFailure {
        if looks_like_smtp(first) {
            TlsFailure::PlainText {
                excerpt: super::reply::shown(first.split(|&b| b == b'\n').next().unwrap_or(first))
                    .trim_end_matches('·')
                    .to_string(),
            }
        } else {
            e
        }
    };
    loop {
        while conn.wants_write() {
            if remaining(deadline).is_zero() {
                return Err(TlsFailure::Timeout);
            }
            tcp.set_write_timeout(Some(timeout_for(deadline)))
                .map_err(|e| TlsFailure::Other {
                    detail: e.to_string(),
                })?;
            if let Err(e) = conn.write_tls(tcp) {
                return Err(fail(io_failure(&e), &first));
            }
        }
        if !conn.is_handshaking() {
            return Ok(());
        }
        if remaining(deadline).is_zero() {
            return Err(fail(TlsFailure::Timeout, &first));
        }
        tcp.set_read_timeout(Some(timeout_for(deadline)))
            .map_err(|e| TlsFailure::Other {
                detail: e.to_string(),
            })?;
        let read = conn.read_tls(&mut Sniff {
            tcp,
            first: &mut first,
        });
        match read {
            Ok(0) => {
                return Err(fail(
                    TlsFailure::Reset {
                        detail: "closed by the server".into(),
                    },
                    &first,
                ))
            }
            Ok(_) => {}
            Err(e) => return Err(fail(io_failure(&e), &first)),
        }
        if let Err(e) = conn.process_new_packets() {
            // Let the server know why (best effort), then classify.
            let _ = conn.write_tls(tcp);
            return Err(fail(classify(&e, recorder), &first));
        }
    }
}

/// `220 ` / `554-`… at the start: an SMTP reply, not a TLS record.
fn looks_like_smtp(first: &[u8]) -> bool {
    first.len() >= 4
        && (b'2'..=b'5').contains(&first[0])
        && first[1..3].iter().all(u8::is_ascii_digit)
        && (first[3] == b' ' || first[3] == b'-')
}

fn io_failure(e: &io::Error) -> TlsFailure {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => TlsFailure::Timeout,
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe
        | io::ErrorKind::UnexpectedEof => TlsFailure::Reset {
            detail: e.to_string(),
        },
        _ => TlsFailure::Other {
            detail: e.to_string(),
        },
    }
}

/// Puts a rustls error in the user's terms.
pub fn classify(e: &rustls::Error, recorder: &Recorder) -> TlsFailure {
    use rustls::Error as E;
    match e {
        E::InvalidCertificate(c) => {
            let certificate = recorder.certificate();
            let self_signed = certificate.as_ref().is_some_and(|c| c.self_signed);
            let problem = match c {
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                    CertProblem::Expired
                }
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                    CertProblem::NotYetValid
                }
                CertificateError::NotValidForName
                | CertificateError::NotValidForNameContext { .. } => CertProblem::WrongName,
                CertificateError::UnknownIssuer if self_signed => CertProblem::SelfSigned,
                CertificateError::UnknownIssuer => CertProblem::UnknownIssuer,
                CertificateError::Revoked => CertProblem::Revoked,
                other => other_cert_problem(other, self_signed),
            };
            TlsFailure::Certificate {
                problem,
                certificate: certificate.map(Box::new),
            }
        }
        E::AlertReceived(AlertDescription::ProtocolVersion) => TlsFailure::ProtocolVersion {
            detail: "the server sent the alert protocol_version".into(),
        },
        E::PeerIncompatible(p) => {
            let text = words::plain(&format!("{p:?}"));
            if text.contains("version") {
                TlsFailure::ProtocolVersion { detail: text }
            } else {
                TlsFailure::Other {
                    detail: format!("the server's TLS is incompatible with this client: {text}"),
                }
            }
        }
        E::AlertReceived(alert) => TlsFailure::Other {
            detail: format!(
                "the server refused the handshake (TLS alert: {})",
                words::plain(&format!("{alert:?}"))
            ),
        },
        other => TlsFailure::Other {
            detail: words::plain(&other.to_string()),
        },
    }
}

/// Certificate errors rustls has no variant of its own for: webpki's
/// reasons arrive wrapped (`Other(OtherError(CaUsedAsEndEntity))`).
fn other_cert_problem(e: &CertificateError, self_signed: bool) -> CertProblem {
    let name = format!("{e:?}");
    if name.contains("CaUsedAsEndEntity") || self_signed {
        // A certificate that is its own CA: the usual self-signed certificate
        // (`openssl req -x509`), which webpki reports this way.
        return CertProblem::SelfSigned;
    }
    let text = match e {
        CertificateError::BadEncoding => "it is malformed".to_string(),
        CertificateError::BadSignature => "its signature does not verify".to_string(),
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
            "it is not meant for a server".to_string()
        }
        CertificateError::UnhandledCriticalExtension => {
            "it has a critical extension no client understands".to_string()
        }
        _ => format!(
            "it was refused by the certificate checks ({})",
            words::plain(&name)
        ),
    };
    CertProblem::Other(text)
}

/// Version and cipher of an established connection, with the certificate.
pub fn negotiated(conn: &ClientConnection) -> Negotiated {
    let version = match conn.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_string(),
        Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_string(),
        Some(v) => format!("{v:?}"),
        None => "?".into(),
    };
    let cipher = conn
        .negotiated_cipher_suite()
        .map(|s| format!("{:?}", s.suite()))
        .unwrap_or_else(|| "?".into());
    let certificate = conn
        .peer_certificates()
        .and_then(|c| c.first())
        .and_then(|c| cert::parse(c));
    Negotiated {
        version,
        cipher,
        certificate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_text_is_recognised() {
        assert!(looks_like_smtp(b"220 mx ESMTP"));
        assert!(!looks_like_smtp(b"\x16\x03\x03\x00"));
    }

    #[test]
    fn names() {
        assert!(server_name("smtp.postmarkapp.com").is_ok());
        assert!(server_name("127.0.0.1").is_ok());
        assert!(server_name("[::1]").is_ok());
        assert!(server_name("bad name").is_err());
    }

    #[test]
    fn reads_an_rcgen_certificate() {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(vec!["mail.example.net".into()]).unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "mail.example.net");
        params.not_after = rcgen::date_time_ymd(2031, 5, 17);
        let cert = params.self_signed(&key).unwrap();
        let info = cert::parse(cert.der()).unwrap();
        assert_eq!(info.subject, "mail.example.net");
        assert_eq!(info.names, ["mail.example.net"]);
        assert_eq!(info.expires, "2031-05-17");
    }
}
