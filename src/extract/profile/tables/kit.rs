//! Helpers for the tables of clients configured in plain files: what the
//! rules cannot read from the value as written (msmtp's GnuTLS priority
//! strings name the versions they allow, not the one they force).

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
