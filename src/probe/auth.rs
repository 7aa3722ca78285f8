//! SMTP AUTH PLAIN and LOGIN (RFC 4616, draft-murchison-sasl-login): the
//! base64 payloads and the reading of challenges. Pure; the dialogue itself
//! is in `session`.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn b64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Strict base64 decoding (padding required, no whitespace): `None` for
/// anything else, which is what a garbage challenge looks like.
pub fn b64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index == bytes.len() / 4 - 1;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n = (n << 6) | v;
        }
        n <<= 6 * pad as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..3 - pad]);
    }
    Some(out)
}

/// Mechanisms the probe can use, in order of preference.
pub const SUPPORTED: [&str; 2] = ["PLAIN", "LOGIN"];

/// The first mechanism both sides speak.
pub fn choose(offered: &[String]) -> Option<&'static str> {
    SUPPORTED
        .into_iter()
        .find(|m| offered.iter().any(|o| o.eq_ignore_ascii_case(m)))
}

/// The PLAIN initial response: base64 of `\0user\0password`.
pub fn plain_response(username: &str, password: &str) -> String {
    let mut payload = Vec::with_capacity(username.len() + password.len() + 2);
    payload.push(0);
    payload.extend_from_slice(username.as_bytes());
    payload.push(0);
    payload.extend_from_slice(password.as_bytes());
    b64_encode(&payload)
}

/// What a LOGIN challenge asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    Username,
    Password,
    /// Valid base64 of something else: servers word prompts freely, so the
    /// probe answers by position (first username, then password).
    Other,
}

/// Reads a `334` challenge text. `Err` (with an excerpt) when it is not
/// base64 of printable text: a broken or hostile server, which gets no secret.
pub fn read_challenge(text: &str) -> Result<Prompt, String> {
    let text = text.trim();
    let bad = || crate::probe::reply::shown(text.as_bytes());
    let decoded = b64_decode(text).ok_or_else(bad)?;
    let decoded = String::from_utf8(decoded).map_err(|_| bad())?;
    if decoded.chars().any(|c| c.is_control()) {
        return Err(bad());
    }
    let lower = decoded.to_ascii_lowercase();
    Ok(if lower.starts_with("user") {
        Prompt::Username
    } else if lower.starts_with("pass") {
        Prompt::Password
    } else {
        Prompt::Other
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
            assert_eq!(b64_decode(&b64_encode(s.as_bytes())).unwrap(), s.as_bytes());
        }
        assert_eq!(b64_encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(b64_encode(b"fo"), "Zm8=");
        assert_eq!(b64_decode("Zm=9"), None);
        assert_eq!(b64_decode("Zm8"), None);
        assert_eq!(b64_decode("!!!!"), None);
    }

    #[test]
    fn plain_payload() {
        assert_eq!(plain_response("user", "pass"), "AHVzZXIAcGFzcw==");
    }

    #[test]
    fn challenges() {
        assert_eq!(read_challenge("VXNlcm5hbWU6"), Ok(Prompt::Username));
        assert_eq!(read_challenge("UGFzc3dvcmQ6"), Ok(Prompt::Password));
        assert!(read_challenge("???garbage").is_err());
        assert!(read_challenge(&b64_encode(b"\x00\x01")).is_err());
    }

    #[test]
    fn mechanism_choice() {
        let offered = vec!["CRAM-MD5".to_string(), "LOGIN".to_string()];
        assert_eq!(choose(&offered), Some("LOGIN"));
        assert_eq!(choose(&["XOAUTH2".to_string()]), None);
    }
}
