//! What a person needs to know about a server certificate (subject, issuer,
//! names, expiry), read from its DER with a small hand-written walker: no
//! X.509 crate for four fields. Pure; garbage gives `None`, never a panic.

use serde::Serialize;

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
}

/// One DER element: tag and contents.
struct Tlv<'a> {
    tag: u8,
    body: &'a [u8],
}

/// Splits the first element off `input`.
fn next(input: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let tag = *input.first()?;
    let first = *input.get(1)?;
    let (len, header) = if first < 0x80 {
        (first as usize, 2)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 {
            return None;
        }
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | *input.get(2 + i)? as usize;
        }
        (len, 2 + n)
    };
    let end = header.checked_add(len)?;
    let body = input.get(header..end)?;
    Some((Tlv { tag, body }, &input[end..]))
}

/// All elements of a constructed body.
fn children(mut body: &[u8]) -> Vec<Tlv<'_>> {
    let mut out = Vec::new();
    while let Some((tlv, rest)) = next(body) {
        out.push(tlv);
        body = rest;
    }
    out
}

const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_O: &[u8] = &[0x55, 0x04, 0x0a];
const OID_SAN: &[u8] = &[0x55, 0x1d, 0x11];

/// Reads a certificate's DER.
pub fn parse(der: &[u8]) -> Option<CertInfo> {
    let (cert, _) = next(der)?;
    let (tbs, _) = next(cert.body)?;
    let mut fields = children(tbs.body).into_iter();
    let mut field = fields.next()?;
    if field.tag == 0xa0 {
        field = fields.next()?; // explicit version, then the serial number
    }
    let _serial = field;
    let _signature = fields.next()?;
    let issuer = fields.next()?;
    let validity = fields.next()?;
    let subject = fields.next()?;
    let _spki = fields.next()?;
    let extensions = fields.find(|f| f.tag == 0xa3);

    let not_after = children(validity.body).into_iter().nth(1)?;
    let (expires, expires_day) = read_time(&not_after)?;
    let subject_cn = name_attr(subject.body, OID_CN);
    let subject = subject_cn
        .clone()
        .or_else(|| name_attr(subject.body, OID_O))
        .unwrap_or_default();
    let issuer = match (
        name_attr(issuer.body, OID_CN),
        name_attr(issuer.body, OID_O),
    ) {
        (Some(cn), Some(o)) if cn != o => format!("{cn} ({o})"),
        (Some(cn), _) => cn,
        (None, Some(o)) => o,
        (None, None) => String::new(),
    };
    let names = extensions.map(|e| san_names(e.body)).unwrap_or_default();
    Some(CertInfo {
        subject,
        issuer,
        names,
        expires,
        expires_day,
    })
}

/// The first value of an attribute in a Name (SEQUENCE OF SET OF SEQUENCE {oid, value}).
fn name_attr(name: &[u8], oid: &[u8]) -> Option<String> {
    for set in children(name) {
        for attr in children(set.body) {
            let parts = children(attr.body);
            if let [key, value, ..] = parts.as_slice() {
                if key.tag == 0x06 && key.body == oid {
                    return Some(String::from_utf8_lossy(value.body).into_owned());
                }
            }
        }
    }
    None
}

/// subjectAltName dNSName and iPAddress entries.
fn san_names(extensions: &[u8]) -> Vec<String> {
    let Some((list, _)) = next(extensions) else {
        return Vec::new();
    };
    for ext in children(list.body) {
        let parts = children(ext.body);
        let (Some(oid), Some(value)) = (parts.first(), parts.last()) else {
            continue;
        };
        if oid.body != OID_SAN || value.tag != 0x04 {
            continue;
        }
        let Some((seq, _)) = next(value.body) else {
            return Vec::new();
        };
        return children(seq.body)
            .into_iter()
            .filter_map(|n| match (n.tag, n.body.len()) {
                (0x82, _) => Some(String::from_utf8_lossy(n.body).into_owned()),
                (0x87, 4) => Some(format!(
                    "{}.{}.{}.{}",
                    n.body[0], n.body[1], n.body[2], n.body[3]
                )),
                (0x87, 16) => {
                    let mut octets = [0u8; 16];
                    octets.copy_from_slice(n.body);
                    Some(std::net::Ipv6Addr::from(octets).to_string())
                }
                _ => None,
            })
            .collect();
    }
    Vec::new()
}

/// UTCTime (`YYMMDDHHMMSSZ`) or GeneralizedTime (`YYYYMMDDHHMMSSZ`).
fn read_time(t: &Tlv) -> Option<(String, i64)> {
    let text = std::str::from_utf8(t.body).ok()?;
    let digits = |s: &str| -> Option<i64> {
        if s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (year, rest) = match t.tag {
        0x17 => {
            let yy = digits(text.get(..2)?)?;
            (if yy >= 50 { 1900 + yy } else { 2000 + yy }, text.get(2..)?)
        }
        0x18 => (digits(text.get(..4)?)?, text.get(4..)?),
        _ => return None,
    };
    let month = digits(rest.get(..2)?)?;
    let day = digits(rest.get(2..4)?)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some((
        format!("{year:04}-{month:02}-{day:02}"),
        days_from_civil(year, month, day),
    ))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Today as days since 1970-01-01.
pub fn today() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        assert_eq!(days_from_civil(2024, 2, 29), 19782);
    }

    #[test]
    fn garbage_is_none() {
        assert_eq!(parse(b""), None);
        assert_eq!(parse(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), None);
        assert_eq!(parse(&[0x30, 0x03, 0x30, 0x01, 0x00]), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let _ = parse(&bytes);
        }
    }
}
