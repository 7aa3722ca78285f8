//! What a person needs to know about a server certificate (subject, issuer,
//! names, expiry), read from its DER with `x509-parser`. Pure; garbage gives
//! `None`, never a panic (the certificate comes from whatever server answered).

use serde::Serialize;
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::FromDer;
use x509_parser::x509::{AttributeTypeAndValue, X509Name};

/// The facts shown in `tls/negotiated` and certificate findings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CertInfo {
    /// Subject common name (or organisation when there is no CN).
    pub subject: String,
    /// Issuer common name and organisation.
    pub issuer: String,
    /// DNS names and IP addresses in subjectAltName.
    pub names: Vec<String>,
    /// `notAfter` as `YYYY-MM-DD`.
    pub expires: String,
    /// `notAfter` as days since 1970-01-01 (for "expires in N days").
    #[serde(skip)]
    pub expires_day: i64,
    /// Issued by itself (subject = issuer): no authority vouches for it.
    pub self_signed: bool,
}

/// Most subjectAltName entries kept: a certificate may list thousands, and
/// a finding needs a few to show which host it was made for.
pub const MAX_NAMES: usize = 100;

const SECONDS_PER_DAY: i64 = 86_400;

/// Reads a certificate's DER (bytes after the certificate are ignored).
pub fn parse(der: &[u8]) -> Option<CertInfo> {
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    // The first value of each attribute, as real clients show it.
    let cn = |name: &X509Name| name.iter_common_name().next().map(text);
    let org = |name: &X509Name| name.iter_organization().next().map(text);
    let subject = cn(cert.subject())
        .or_else(|| org(cert.subject()))
        .unwrap_or_default();
    let issuer = match (cn(cert.issuer()), org(cert.issuer())) {
        (Some(cn), Some(o)) if cn != o => format!("{cn} ({o})"),
        (Some(cn), _) => cn,
        (None, Some(o)) => o,
        (None, None) => String::new(),
    };
    let not_after = cert.validity().not_after;
    let date = not_after.to_datetime();
    Some(CertInfo {
        subject,
        issuer,
        names: san_names(&cert),
        expires: format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        ),
        expires_day: not_after.timestamp().div_euclid(SECONDS_PER_DAY),
        self_signed: cert.subject().as_raw() == cert.issuer().as_raw(),
    })
}

/// An attribute value: the string types as they are, others (T61String,
/// BMPString…) byte for byte, lossily — the text is only shown.
fn text(value: &AttributeTypeAndValue) -> String {
    match value.as_str() {
        Ok(s) => s.to_string(),
        Err(_) => String::from_utf8_lossy(value.as_slice()).into_owned(),
    }
}

/// subjectAltName dNSName and iPAddress entries (none when the extension
/// is missing, malformed or repeated).
fn san_names(cert: &X509Certificate) -> Vec<String> {
    let Ok(Some(san)) = cert.subject_alternative_name() else {
        return Vec::new();
    };
    san.value
        .general_names
        .iter()
        .filter_map(|name| match name {
            GeneralName::DNSName(dns) => Some(dns.to_string()),
            GeneralName::IPAddress(bytes) => ip_text(bytes),
            _ => None,
        })
        .take(MAX_NAMES)
        .collect()
}

/// An iPAddress entry: 4 or 16 octets; anything else is not an address.
fn ip_text(bytes: &[u8]) -> Option<String> {
    let ip = match bytes.len() {
        4 => std::net::IpAddr::from(<[u8; 4]>::try_from(bytes).ok()?),
        16 => std::net::IpAddr::from(<[u8; 16]>::try_from(bytes).ok()?),
        _ => return None,
    };
    Some(ip.to_string())
}

/// Today as days since 1970-01-01.
pub fn today() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / SECONDS_PER_DAY as u64) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn certificate(
        subject: &[(rcgen::DnType, &str)],
        names: &[&str],
        not_after: (i32, u8, u8),
    ) -> Vec<u8> {
        let key = rcgen::KeyPair::generate().unwrap();
        let sans: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let mut params = rcgen::CertificateParams::new(sans).unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        for (kind, value) in subject {
            params.distinguished_name.push(kind.clone(), *value);
        }
        params.not_after = rcgen::date_time_ymd(not_after.0, not_after.1, not_after.2);
        params.self_signed(&key).unwrap().der().to_vec()
    }

    #[test]
    fn reads_the_shown_fields() {
        let der = certificate(
            &[
                (rcgen::DnType::CommonName, "smtp.example.net"),
                (rcgen::DnType::OrganizationName, "Example Mail"),
            ],
            &["smtp.example.net", "192.0.2.7", "2001:db8::1"],
            (2031, 5, 17),
        );
        let info = parse(&der).unwrap();
        assert_eq!(info.subject, "smtp.example.net");
        // Self-signed: the issuer is the subject, CN and O.
        assert_eq!(info.issuer, "smtp.example.net (Example Mail)");
        assert_eq!(info.names, ["smtp.example.net", "192.0.2.7", "2001:db8::1"]);
        assert_eq!(info.expires, "2031-05-17");
        assert_eq!(info.expires_day, 22_416);
    }

    #[test]
    fn organisation_when_no_common_name() {
        let der = certificate(
            &[(rcgen::DnType::OrganizationName, "Example Mail")],
            &[],
            (2000, 3, 1),
        );
        let info = parse(&der).unwrap();
        assert_eq!(
            (info.subject.as_str(), info.issuer.as_str()),
            ("Example Mail", "Example Mail")
        );
        assert!(info.names.is_empty());
        assert_eq!(
            (info.expires.as_str(), info.expires_day),
            ("2000-03-01", 11_017)
        );
    }

    #[test]
    fn garbage_is_none() {
        assert_eq!(parse(b""), None);
        assert_eq!(parse(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), None);
        assert_eq!(parse(&[0x30, 0x03, 0x30, 0x01, 0x00]), None);
    }

    #[test]
    fn truncated_certificates_are_none() {
        let der = certificate(&[(rcgen::DnType::CommonName, "x")], &["x"], (2030, 1, 1));
        for len in [1, 10, der.len() / 2, der.len() - 1] {
            assert_eq!(parse(&der[..len]), None, "{len} bytes");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let _ = parse(&bytes);
        }
    }
}
