//! Helpers for the tables: what the rules cannot read from the value as
//! written (msmtp's GnuTLS priority strings name the versions they allow,
//! not the one they force), and settings a client has without their being
//! written (yagmail's keyring, Zulip's secrets file).

use crate::extract::Config;
use crate::model::{Field, Quote, Role, Value};

/// Where a setting that is not written is placed: it has no text of its
/// own, so it sits at an empty span beside the setting it comes with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// At the start of that setting's key (the finding points there).
    KeyStart,
    /// Just after that setting's value, with its key: the finding
    /// underlines the whole line.
    ValueEnd,
}

/// A setting the client has without it being written: `text` under `key`,
/// placed by `at` beside `near`.
pub fn synthetic(role: Role, key: &str, text: &str, near: &Field, at: At) -> Field {
    let (key_span, value_at) = match at {
        At::KeyStart => {
            let s = near.key_span.start;
            (s..s, s)
        }
        At::ValueEnd => (near.key_span.clone(), near.value.span.end),
    };
    Field {
        role,
        key: key.into(),
        key_span,
        value: Value {
            text: text.into(),
            span: value_at..value_at,
            quote: Quote::None,
            verbatim: false,
            reference: None,
        },
        syntax: near.syntax,
    }
}

/// Where a client gets the password it is not given.
#[derive(Clone, Copy, Debug)]
pub enum Source<'a> {
    /// A file or store of its own, named (`/etc/zulip/zulip-secrets.conf`).
    Store(&'a str),
    /// Asked for at run time (msmtp's key ring, git send-email's prompt):
    /// a value not known here, said as a reference.
    Asked(&'a str),
}

/// A configuration with a username and no password, whose client gets the
/// password elsewhere (`source`): a credentials setting (`key`) placed
/// beside the username, so that the credentials are checked as kept
/// elsewhere, not as missing. A blank username is no login.
pub fn password_elsewhere(c: &mut Config, key: &str, source: Source, at: At) {
    if c.get(Role::Password).is_some() || c.get(Role::CredentialsFile).is_some() {
        return;
    }
    let Some(user) = c.get(Role::Username) else {
        return;
    };
    if user.value.literal().is_some_and(|t| t.trim().is_empty()) {
        return;
    }
    let f = match source {
        Source::Store(place) => synthetic(Role::CredentialsFile, key, place, user, at),
        Source::Asked(note) => {
            let mut f = synthetic(Role::CredentialsFile, key, "", user, at);
            f.value.reference = Some(note.into());
            f
        }
    };
    c.push(f);
}

/// Protocol versions, oldest first.
const VERSIONS: [&str; 6] = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];

fn version_index(word: &str) -> Option<usize> {
    let w = word.trim().to_ascii_lowercase();
    let w = w
        .trim_start_matches("vers-")
        .replace(['_', '-'], ".")
        .replace("tlsv", "tls");
    Some(match w.as_str() {
        "sslv2" | "ssl2" | "ssl2.0" => 0,
        "sslv3" | "ssl3" | "ssl3.0" => 1,
        "tls1" | "tls1.0" => 2,
        "tls1.1" => 3,
        "tls1.2" => 4,
        "tls1.3" => 5,
        _ => return None,
    })
}

/// Reads a protocol list in the syntaxes clients use: Postfix
/// (`!SSLv2, !SSLv3`, `TLSv1`, `>=TLSv1.2`), Java (`TLSv1 TLSv1.1`) and
/// GnuTLS priorities (`NORMAL:-VERS-TLS-ALL:+VERS-TLS1.0`, msmtp's
/// `tls_priorities`). Returns the newest version the list still allows
/// when that is TLS 1.1 or older (a client forced to old TLS), and `None`
/// otherwise or when unreadable. One pass over the list.
pub fn forced_old_version(list: &str) -> Option<&'static str> {
    let mut allowed = [true; 6];
    let mut listed = [false; 6];
    let mut any_listed = false;
    let mut excluded = [false; 6];
    let mut seen = false;
    let (mut low, mut high) = (0, VERSIONS.len() - 1);
    for tok in list.split([',', ' ', '\t', ':']).filter(|t| !t.is_empty()) {
        let lower = tok.to_ascii_lowercase();
        if let Some(v) = tok.strip_prefix('!') {
            if let Some(i) = version_index(v) {
                excluded[i] = true;
                seen = true;
            }
        } else if let Some(v) = tok.strip_prefix(">=") {
            if let Some(i) = version_index(v) {
                low = i;
                seen = true;
            }
        } else if let Some(v) = tok.strip_prefix("<=") {
            if let Some(i) = version_index(v) {
                high = i;
                seen = true;
            }
        } else if lower.starts_with("-vers-") {
            seen = true;
            if lower.ends_with("-all") {
                allowed = [false; 6];
            } else if let Some(i) = version_index(&lower[1..]) {
                allowed[i] = false;
            }
        } else if lower.starts_with("+vers-") {
            if let Some(i) = version_index(&lower[1..]) {
                allowed[i] = true;
                seen = true;
            }
        } else if let Some(i) = version_index(tok) {
            listed[i] = true;
            any_listed = true;
            seen = true;
        }
    }
    if !seen {
        return None;
    }
    let newest = (0..VERSIONS.len()).rev().find(|&i| {
        let base = if any_listed { listed[i] } else { allowed[i] };
        base && !excluded[i] && i >= low && i <= high
    })?;
    (newest <= 3).then_some(VERSIONS[newest])
}

/// The place part of a label the engine gave one of several blocks
/// (`app, block 1 of 2` → `app`; `block 2 of 2` → none; any other label as
/// it is), for a hook that joins the blocks again.
pub fn without_block(label: &str) -> Option<String> {
    let place = match label.find(", block ") {
        Some(at) => &label[..at],
        None if label.starts_with("block ") => "",
        None => label,
    };
    (!place.is_empty()).then(|| place.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_lists() {
        assert_eq!(forced_old_version("!SSLv2, !SSLv3, !TLSv1, !TLSv1.1"), None);
        assert_eq!(forced_old_version("TLSv1"), Some("TLSv1"));
        assert_eq!(forced_old_version("TLSv1 TLSv1.1"), Some("TLSv1.1"));
        assert_eq!(
            forced_old_version("!SSLv2, !SSLv3, !TLSv1.1, !TLSv1.2, !TLSv1.3"),
            Some("TLSv1")
        );
        assert_eq!(forced_old_version(">=TLSv1.2"), None);
        assert_eq!(forced_old_version("<=TLSv1"), Some("TLSv1"));
        assert_eq!(
            forced_old_version("NORMAL:-VERS-TLS-ALL:+VERS-TLS1.0"),
            Some("TLSv1")
        );
        assert_eq!(forced_old_version("SECURE256"), None);
        assert_eq!(forced_old_version("TLSv1.2"), None);
    }
}
