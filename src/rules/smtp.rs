//! `smtp/*` rules: the SMTP conversation before TLS and authentication. Run
//! by the native probe only (`network: true`); defined here so they are
//! documented and listed with the others.

use crate::registry::Rule;
use crate::report::Severity;

/// Connected, but the server sent no greeting.
///
/// **Example**: dialling port 465 with a plain-text client, or a proxy that holds the line.
pub static NO_BANNER: Rule = Rule {
    id: "smtp/no-banner",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The TCP connection opens but no `220` greeting arrives within the timeout.",
    why: "An SMTP server speaks first. Silence usually means the port expects a TLS handshake first (implicit TLS), or a firewall, antivirus or proxy accepted the connection and never passed it on; the client then times out waiting.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe lint --probe against a server that expects implicit TLS",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use smtp.postmarkapp.com on 587 or 2525 with STARTTLS; if that also stays silent, check for an antivirus or proxy that intercepts SMTP.",
    network: true,
};

/// The greeting is not a 220 reply.
///
/// **Example**: `554 No SMTP service here`, or an HTTP response.
pub static BAD_BANNER: Rule = Rule {
    id: "smtp/bad-banner",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The server's first reply is not `220`; the reply is quoted.",
    why: "A `421`/`554` greeting means the server refuses this connection (overload, blocked IP); anything that is not SMTP at all (an HTTP page, a TLS alert) means the host or port points at another service.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "554 5.7.1 Service unavailable; Client host blocked",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Check that host and port are smtp.postmarkapp.com and 587/2525/25; if the reply names a block, contact Postmark support with the quoted text.",
    network: true,
};

/// EHLO was refused.
///
/// **Example**: `501 Syntactically invalid EHLO argument`.
pub static EHLO_REJECTED: Rule = Rule {
    id: "smtp/ehlo-rejected",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The server answers EHLO with an error code.",
    why: "Without a successful EHLO the client learns no extensions (no STARTTLS, no AUTH) and cannot log in. A refused EHLO usually means an invalid EHLO name (a name with spaces or an empty local hostname) or an intercepting proxy.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "501 5.5.4 Invalid EHLO argument",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Set a valid EHLO/HELO name in the client (a fully qualified host name, e.g. Laravel `MAIL_EHLO_DOMAIN`), or check for a proxy between you and Postmark.",
    network: true,
};

/// A reply that is not SMTP or never ends.
///
/// **Example**: an EHLO reply of endless `250-` lines.
pub static BROKEN_REPLY: Rule = Rule {
    id: "smtp/broken-reply",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A server reply is not valid SMTP or exceeds sane limits (a line longer than 4096 bytes, more than 256 lines or 64 KiB in one reply).",
    why: "A real SMTP server ends every reply with a line `250 …` (a space after the code). A reply that never ends or is not SMTP comes from a broken server or from a proxy or scanner in the path; clients hang or fail with confusing errors.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "250-ENDLESS repeated without a final `250 ` line",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Check that host and port point at smtp.postmarkapp.com; probe from another network or with the antivirus's mail scanning off to find what answers instead.",
    network: true,
};

/// Postmark recorded the test message (`--send-to`).
///
/// **Example**: `--send-to you@example.com` on a working, approved account.
pub static RECORDED: Rule = Rule {
    id: "smtp/recorded",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "After a test message got `250` to DATA, Postmark's Messages API lists a message with the probe's unique subject.",
    why: "A `250` after DATA only says the SMTP server took the message; finding it in the Messages API confirms Postmark processes it.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe probe .env --send-to you@example.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Nothing to change; this is information.",
    network: true,
};

/// Accepted over SMTP, but not recorded by Postmark.
///
/// **Example**: an account pending approval, or paused after a long quiet time.
pub static NOT_RECORDED: Rule = Rule {
    id: "smtp/not-recorded",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "After a test message got `250` to DATA, Postmark's Messages API does not list it within `--lookup-wait` seconds (or could not be asked: then a warning).",
    why: "Accounts pending approval, and accounts paused after a long quiet time, have been seen to accept messages over SMTP and record (and send) nothing, so clients report success while no mail arrives.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe probe .env --send-to you@example.com on an account pending approval",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Check the account in Postmark: approval status, and whether sending is paused; contact Postmark support with the `--report` file.",
    network: true,
};

/// The greeting or certificate names another host than the one dialled.
///
/// **Example**: an antivirus's "mail shield" answering on port 587.
pub static BANNER_MISMATCH: Rule = Rule {
    id: "smtp/banner-mismatch",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The 220 greeting or the TLS certificate does not name the host that was dialled (or postmarkapp.com).",
    why: "Something between you and Postmark answers in its place: an antivirus mail scanner, an ISP's transparent SMTP proxy or a corporate gateway. It may strip STARTTLS, see your token, or refuse to relay.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "220 mail-filter.isp.example ESMTP (when dialling smtp.postmarkapp.com)",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Turn off the antivirus's email scanning for outgoing mail or try port 2525, which transparent proxies rarely intercept; never send the token over an intercepted connection.",
    network: true,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[
    &NO_BANNER,
    &BAD_BANNER,
    &EHLO_REJECTED,
    &BROKEN_REPLY,
    &BANNER_MISMATCH,
    &RECORDED,
    &NOT_RECORDED,
];
