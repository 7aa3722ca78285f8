//! A swaks-like record of the dialogue, and the redaction every text the
//! probe shows goes through.
//!
//! Marks as in swaks: ` -> ` sent, `<-  ` received, ` ~> ` / `<~  ` the same
//! inside TLS, `=== ` what the probe did, `*** ` errors.

use crate::report::redact;

/// Replaces each secret (and the base64 forms the probe sent) wherever it
/// appears: in replies a server echoes, in error texts, in the transcript.
#[derive(Clone, Debug, Default)]
pub struct Redactor {
    /// (secret text, what replaces it), longest first.
    secrets: Vec<(String, String)>,
}

impl Redactor {
    pub fn new(secrets: &[&str]) -> Self {
        let mut out = Redactor::default();
        for s in secrets {
            out.add(s);
        }
        out
    }

    /// Adds a secret; texts shorter than 4 characters are not worth hiding
    /// (and would turn ordinary words into noise).
    pub fn add(&mut self, secret: &str) {
        let trimmed = secret.trim();
        for s in [secret, trimmed] {
            if s.chars().count() >= 4 && !self.secrets.iter().any(|(k, _)| k == s) {
                self.secrets.push((s.to_string(), redact(s)));
            }
        }
        self.secrets
            .sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
    }

    /// Adds a base64 payload the probe sent (shown as its length only).
    pub fn add_payload(&mut self, b64: &str) {
        if b64.len() >= 4 && !self.secrets.iter().any(|(k, _)| k == b64) {
            self.secrets
                .push((b64.to_string(), format!("[{} base64 chars]", b64.len())));
            self.secrets
                .sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        }
    }

    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (secret, shown) in &self.secrets {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), shown);
            }
        }
        out
    }
}

/// Direction of a transcript line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Sent,
    Received,
    Info,
    Error,
}

/// The lines of one port's dialogue, already redacted.
#[derive(Clone, Debug, Default)]
pub struct Transcript {
    pub enabled: bool,
    pub lines: Vec<String>,
}

/// Lines kept per port: enough for any sane dialogue, bounded for a hostile one.
const MAX_TRANSCRIPT_LINES: usize = 400;

impl Transcript {
    pub fn new(enabled: bool) -> Self {
        Transcript {
            enabled,
            lines: Vec::new(),
        }
    }

    /// Records `text` (one or more lines); `tls` picks the `~` marks.
    pub fn push(&mut self, dir: Dir, tls: bool, text: &str, redactor: &Redactor) {
        if !self.enabled {
            return;
        }
        let mark = match (dir, tls) {
            (Dir::Sent, false) => " -> ",
            (Dir::Sent, true) => " ~> ",
            (Dir::Received, false) => "<-  ",
            (Dir::Received, true) => "<~  ",
            (Dir::Info, _) => "=== ",
            (Dir::Error, _) => "*** ",
        };
        for line in redactor.scrub(text).lines() {
            if self.lines.len() >= MAX_TRANSCRIPT_LINES {
                if self.lines.len() == MAX_TRANSCRIPT_LINES {
                    self.lines.push("=== (transcript truncated)".into());
                }
                return;
            }
            let line: String = line.chars().take(200).collect();
            self.lines.push(format!("{mark}{line}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_every_form() {
        let token = "1f86a2b4-0000-4000-8000-3c2d11115948";
        let mut r = Redactor::new(&[token, "ab"]);
        r.add_payload("AHVzZXIAcGFzcw==");
        let out = r.scrub(&format!("535 bad token {token} / AHVzZXIAcGFzcw== ab"));
        assert!(!out.contains(token));
        assert!(out.contains("1f86…5948"));
        assert!(out.contains("[16 base64 chars]"));
        assert!(out.ends_with(" ab"));
    }

    #[test]
    fn transcript_marks_and_caps() {
        let r = Redactor::default();
        let mut t = Transcript::new(true);
        t.push(Dir::Sent, false, "EHLO x", &r);
        t.push(Dir::Received, true, "250-a\n250 b", &r);
        assert_eq!(t.lines, [" -> EHLO x", "<~  250-a", "<~  250 b"]);
        for _ in 0..1000 {
            t.push(Dir::Info, false, "x", &r);
        }
        assert_eq!(t.lines.len(), MAX_TRANSCRIPT_LINES + 1);
    }
}
