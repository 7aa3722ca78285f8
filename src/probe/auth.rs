//! SMTP AUTH PLAIN and LOGIN (RFC 4616, draft-murchison-sasl-login): the
//! base64 payloads and the reading of challenges. Pure; the dialogue itself
//! is in `session`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

/// Standard base64 with padding.
pub fn b64_encode(data: &[u8]) -> String {
    STANDARD.encode(data)
}

/// Strict base64 decoding (standard alphabet, canonical padding, no
/// whitespace): `None` for anything else, which is what a garbage
/// challenge looks like.
pub fn b64_decode(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text).ok()
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
