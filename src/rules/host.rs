//! `host/*` rules: the SMTP server name.
//!
//! Also decides whether a configuration is meant for Postmark at all
//! ([`target`] is [`Target::Postmark`]): a config that points at Gmail or at a local
//! test catcher gets one `host/other-provider` note, and the Postmark-specific
//! port, TLS and credential rules leave it alone.

use super::similar::{char_name, distance_within, is_blank_or_invisible};
use super::Context;
use crate::extract::profile::{pairs, Pairs};
use crate::extract::Config;
use crate::extract::Write;
use crate::model::{Field, Role};
use crate::registry::Rule;
use crate::report::{Applicability, Draft, Edit, Fix, Severity};

/// Postmark's SMTP host for transactional message streams.
pub const TRANSACTIONAL_HOST: &str = "smtp.postmarkapp.com";
/// Postmark's SMTP host for Broadcast message streams.
pub const BROADCASTS_HOST: &str = "smtp-broadcasts.postmarkapp.com";

/// Postmark names that are not SMTP servers.
const API_HOSTS: [&str; 4] = [
    "api.postmarkapp.com",
    "postmarkapp.com",
    "www.postmarkapp.com",
    "account.postmarkapp.com",
];

/// No host, server or address was found in a configuration that has
/// connection settings.
///
/// Clients with a default host (Rails, Django, PHPMailer: `localhost`)
/// still get this finding, since the default is not Postmark; the message
/// says where they dial instead. When the paste itself says the
/// configuration is local (a test catcher's port such as 1025 or 8025),
/// the default host is taken as meant: `host/other-provider` notes it and
/// the Postmark checks are skipped ([`default_local_host`]).
///
/// **Example**: `MAIL_PORT=587` and credentials, but no `MAIL_HOST`.
pub static MISSING: Rule = Rule {
    id: "host/missing",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A configuration with connection settings (port, encryption) has no SMTP host, or the host setting is empty. Pastes that hold only credentials are not flagged. For a client with a default host, says which host it dials instead; with that default on a local test catcher's port (1025, 8025…), reports `host/other-provider` instead.",
    why: "Without a host the client falls back to its own default (often `localhost` or an old provider's server), so mail never reaches Postmark: the usual symptoms are \"connection refused\" or a timeout.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_MAILER=smtp\nMAIL_HOST=\nMAIL_PORT=587",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Set the host to smtp.postmarkapp.com (or smtp-broadcasts.postmarkapp.com for a Broadcast stream).",
    network: false,
};

/// Leading, trailing or inner whitespace, or an invisible character, in the host.
///
/// **Example**: `MAIL_HOST="smtp.postmarkapp.com "` or a U+00A0 NO-BREAK
/// SPACE copied from a web page.
pub static WHITESPACE: Rule = Rule {
    id: "host/whitespace",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The host contains spaces, tabs, line breaks or invisible characters (U+00A0, U+200B, U+FEFF…), at either end or inside; names the character and its position.",
    why: "Most clients pass the host to DNS exactly as written: `smtp.postmarkapp.com ` with a space (or an invisible character copied from a web page or a chat) is a different name that does not exist, so the lookup fails (\"getaddrinfo ENOTFOUND\", \"Name or service not known\").",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=\"smtp.postmarkapp.com \"",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Retype the host without the extra characters: smtp.postmarkapp.com.",
    network: false,
};

/// A URL scheme (`smtp://`, `https://`) in a field that takes a bare host.
///
/// **Example**: `MAIL_HOST=smtp://smtp.postmarkapp.com`.
pub static HAS_SCHEME: Rule = Rule {
    id: "host/has-scheme",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A host-only field holds a URL scheme (`smtp://…`, `smtps://…`, `https://…`).",
    why: "The field takes a host name only: the client looks up `smtp://smtp.postmarkapp.com` as one name, which does not exist, so the connection fails before any SMTP is spoken. The scheme does not choose TLS either: that is the port and encryption settings' job.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp://smtp.postmarkapp.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Keep only the host name (smtp.postmarkapp.com) and set the port and encryption in their own settings.",
    network: false,
};

/// `host:port` in a field that takes a host only.
///
/// **Example**: `MAIL_HOST=smtp.postmarkapp.com:587`.
pub static HAS_PORT: Rule = Rule {
    id: "host/has-port",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A host-only field holds `host:port`.",
    why: "The client sends `smtp.postmarkapp.com:587` to DNS as a name and dials its own port setting, so the lookup fails (\"getaddrinfo ENOTFOUND smtp.postmarkapp.com:587\").",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp.postmarkapp.com:587",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Put the host and the port in their own settings: host smtp.postmarkapp.com, port 587.",
    network: false,
};

/// One of Postmark's web or HTTP API host names used as SMTP server.
///
/// **Example**: `MAIL_HOST=api.postmarkapp.com`.
pub static API_HOST: Rule = Rule {
    id: "host/api-host",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The SMTP host is `api.postmarkapp.com`, `postmarkapp.com`, `www.postmarkapp.com` or `account.postmarkapp.com`.",
    why: "Those names serve Postmark's website and HTTP API over HTTPS; none of them speaks SMTP, so the client times out or gets an HTTP answer instead of an SMTP greeting. Postmark's SMTP server is smtp.postmarkapp.com.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=api.postmarkapp.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use smtp.postmarkapp.com (smtp-broadcasts.postmarkapp.com for a Broadcast stream).",
    network: false,
};

/// A host that is a near-miss of a Postmark SMTP host.
///
/// **Example**: `smtp.postmark.com`, `smtp.postmarkapp.co`, `smpt.postmarkapp.com`.
pub static TYPO: Rule = Rule {
    id: "host/typo",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The host is within 3 edits of smtp.postmarkapp.com or smtp-broadcasts.postmarkapp.com (letter case ignored, as in DNS) but not equal, or another name under postmarkapp.com.",
    why: "A misspelled host does not exist (or belongs to someone else): the DNS lookup fails (\"getaddrinfo ENOTFOUND\", \"Name or service not known\") or, worse, the credentials go to a stranger's server.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp.postmark.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use exactly smtp.postmarkapp.com (or smtp-broadcasts.postmarkapp.com for a Broadcast stream).",
    network: false,
};

/// The Broadcasts host, which only serves Broadcast message streams.
///
/// **Example**: `MAIL_HOST=smtp-broadcasts.postmarkapp.com`.
pub static BROADCAST: Rule = Rule {
    id: "host/broadcast",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The host is smtp-broadcasts.postmarkapp.com.",
    why: "Postmark keeps bulk mail (newsletters, announcements) apart from transactional mail (password resets, receipts): smtp-broadcasts.postmarkapp.com sends into a Broadcast message stream only. Transactional mail belongs on smtp.postmarkapp.com, or its delivery suffers.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp-broadcasts.postmarkapp.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Keep it for Broadcast streams; for transactional mail use smtp.postmarkapp.com.",
    network: false,
};

/// A known non-Postmark server (another provider or a local test catcher).
///
/// **Example**: `MAIL_HOST=smtp.gmail.com`, `MAIL_HOST=mailpit`.
pub static OTHER_PROVIDER: Rule = Rule {
    id: "host/other-provider",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The host is a known non-Postmark server: Gmail, SendGrid, Mailgun, Amazon SES, Microsoft 365, Outlook.com, Mailjet, Brevo, SparkPost, Mandrill, Zoho, Yahoo, iCloud, Mailtrap, Resend, Elastic Email…, or a local test catcher (localhost, Mailpit, MailHog, MailDev…).",
    why: "This tool checks settings against Postmark's rules (its ports, STARTTLS, token-shaped credentials). Another provider has other rules, so the Postmark-specific checks were not applied to this configuration.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp.gmail.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Nothing to fix if this configuration is not meant for Postmark. To send through Postmark, set the host to smtp.postmarkapp.com and use a Server API token as username and password.",
    network: false,
};

/// A host that is a stand-in from a template or documentation.
///
/// **Example**: `SMTP_HOST=smtp.example.com`, `host: your-smtp-server`.
pub static PLACEHOLDER: Rule = Rule {
    id: "host/placeholder",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The host is a stand-in rather than a server: a documentation domain (`example.com`, `yourdomain.com`, `domain.tld`…), an environment variable's name written as the value (`SMTP_HOST`), or words asking for one (`your-smtp-server`, `smtp.your-provider.com`).",
    why: "No mail server answers at a placeholder: the lookup fails or reaches a domain that accepts nothing, so the configuration was copied from a template and never filled in. Postmark's rules are checked for it, since it is meant to be filled in.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "SMTP_HOST=smtp.example.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Set the host to smtp.postmarkapp.com (or smtp-broadcasts.postmarkapp.com for a Broadcast stream).",
    network: false,
};

/// A host that is not a syntactically valid host name or IP address.
///
/// **Example**: `MAIL_HOST=smtp.postmarkapp,com` or `smtp..postmarkapp.com`.
pub static INVALID: Rule = Rule {
    id: "host/invalid",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The host is not a valid host name (labels of letters, digits and `-`, 1–63 characters, 253 in all) nor an IPv4/IPv6 address; `localhost` is valid.",
    why: "The client cannot look up a name that DNS does not allow (a comma, a slash, an `@`, an empty label): the connection fails before any SMTP is spoken.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp.postmarkapp,com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Write the host as a plain name: smtp.postmarkapp.com.",
    network: false,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[
    &MISSING,
    &WHITESPACE,
    &HAS_SCHEME,
    &HAS_PORT,
    &API_HOST,
    &TYPO,
    &BROADCAST,
    &OTHER_PROVIDER,
    &PLACEHOLDER,
    &INVALID,
];

/// What a host name points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostKind {
    /// smtp.postmarkapp.com
    Transactional,
    /// smtp-broadcasts.postmarkapp.com
    Broadcasts,
    /// Postmark's website or HTTP API.
    Api,
    /// Close to a Postmark SMTP host; the host it should be.
    Typo(&'static str),
    /// Another provider, by name.
    Provider(&'static str),
    /// A stand-in from a template or documentation (`smtp.example.com`,
    /// `SMTP_HOST`, `your-smtp-server`): no server yet.
    Placeholder,
    /// This machine, a test catcher or a private network address.
    Local(&'static str),
    /// Anything else (a company relay, an unknown name).
    Unknown,
}

/// Where a configuration sends, which decides the rules that apply (the
/// catalogue's Scope section): Postmark's own rules only for a Postmark
/// target; syntax and safety rules for every target, but for a local one
/// no `tls/verify-disabled`, `tls/disabled` or `auth/missing-*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A Postmark host, a near-miss of one, or a host that is unknown
    /// (missing, a reference, a placeholder such as `smtp.example.com`).
    Postmark,
    /// A known provider, or any other valid public host name.
    Other,
    /// Loopback, a private address, a bare container name (`mailpit`,
    /// `mail`), or a local catcher's port (1025, 8025).
    Local,
}

/// The target of a configuration.
pub fn target(cfg: &Config) -> Target {
    let catcher_port = cfg
        .port_number()
        .is_some_and(|p| CATCHER_PORTS.contains(&p));
    let Some(text) = cfg
        .get(Role::Host)
        .and_then(|f| f.value.literal())
        .filter(|t| !(cfg.dialect.empty_host_default && t.trim().is_empty()))
    else {
        // No host (or a reference): the client's default, or unknown.
        return if default_local_host(cfg).is_some() || catcher_port {
            Target::Local
        } else {
            Target::Postmark
        };
    };
    let host = bare_host(text);
    match classify(&host) {
        HostKind::Provider(_) => Target::Other,
        HostKind::Local(_) => Target::Local,
        HostKind::Unknown if host.is_empty() || invalid_reason(&host).is_some() => Target::Postmark,
        HostKind::Unknown if catcher_port => Target::Local,
        HostKind::Unknown => Target::Other,
        _ => Target::Postmark,
    }
}

/// Ports that only local test catchers listen on (MailHog, Mailpit and
/// MailDev 1025, MailHog/Mailpit's web port 8025 pasted by mistake,
/// Inbucket 2500).
pub const CATCHER_PORTS: [u16; 3] = [1025, 8025, 2500];

/// The client's default host, when no host is written, the default is
/// local (`localhost`) and the paste says it is meant that way: the port is
/// a local test catcher's. A Rails `{ host: "localhost", port: 1025 }`
/// (Rails ignores `host`) then dials localhost:1025, a catcher.
///
/// A client that puts its default in place of an empty host too
/// (`empty_host_default`, Mattermost) is taken as meaning its local default
/// when the host is empty or absent and no username or password is written
/// (Mattermost's preview image: `SMTPServer: ""`, no login, a server on the
/// same machine); with credentials written, a Postmark setup lacks its host.
pub fn default_local_host(cfg: &Config) -> Option<&'static str> {
    let empty_default = cfg.dialect.empty_host_default;
    if let Some(f) = cfg.get(Role::Host) {
        let empty = f.value.literal().is_some_and(|t| t.trim().is_empty());
        if !(empty && empty_default) {
            return None;
        }
    }
    let host = cfg.dialect.default_host(cfg)?;
    let local = matches!(classify(host), HostKind::Local(_));
    let catcher_port = cfg
        .port_number()
        .is_some_and(|p| CATCHER_PORTS.contains(&p));
    let written = |role| {
        cfg.get(role)
            .is_some_and(|f| f.value.literal().is_none_or(|t| !t.trim().is_empty()))
    };
    let no_login = !written(Role::Username) && !written(Role::Password);
    (local && (catcher_port || cfg.dialect.default_host_used || empty_default && no_login))
        .then_some(host)
}

/// The host a value names, for classification: blanks and invisible
/// characters removed, scheme, credentials, path and port stripped,
/// brackets and a trailing dot dropped, lowercase.
pub fn bare_host(text: &str) -> String {
    // A host name is at most 253 characters: what follows 1 KiB of a value
    // is not part of one (and a 1 MiB value costs no more than 1 KiB).
    let mut cut = text.len().min(1024);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let clean: String = text[..cut]
        .chars()
        .filter(|c| !is_blank_or_invisible(*c))
        .collect();
    let mut rest = clean.as_str();
    if let Some(i) = rest.find("://") {
        rest = &rest[i + 3..];
        if let Some(end) = rest.find(['/', '?', '#']) {
            rest = &rest[..end];
        }
        if let Some(at) = rest.rfind('@') {
            rest = &rest[at + 1..];
        }
    }
    let rest = strip_port(rest).0;
    let rest = rest.trim_start_matches('[').trim_end_matches(']');
    rest.trim_end_matches('.').to_ascii_lowercase()
}

/// Splits `host:port` (or `[v6]:port`); an IPv6 literal without brackets
/// keeps its colons. Returns the host and the port text when there is one.
fn strip_port(text: &str) -> (&str, Option<&str>) {
    let Some(i) = text.rfind(':') else {
        return (text, None);
    };
    let (host, port) = (&text[..i], &text[i + 1..]);
    let bracketed = host.starts_with('[') && host.ends_with(']');
    let single_colon = !host.contains(':');
    if (bracketed || single_colon) && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
        (host, Some(port))
    } else {
        (text, None)
    }
}

/// Other providers, by domain (the host equals it or ends with `.domain`).
const PROVIDERS: Pairs = pairs![
    ("gmail.com", "Gmail / Google Workspace"),
    ("googlemail.com", "Gmail / Google Workspace"),
    ("sendgrid.net", "SendGrid"),
    ("sendgrid.com", "SendGrid"),
    ("mailgun.org", "Mailgun"),
    ("mailgun.net", "Mailgun"),
    ("office365.com", "Microsoft 365 (Office 365)"),
    ("protection.outlook.com", "Microsoft 365 (Office 365)"),
    ("outlook.com", "Outlook.com"),
    ("live.com", "Outlook.com"),
    ("hotmail.com", "Outlook.com"),
    ("mailjet.com", "Mailjet"),
    ("brevo.com", "Brevo"),
    ("sendinblue.com", "Brevo (Sendinblue)"),
    ("sparkpostmail.com", "SparkPost"),
    ("mandrillapp.com", "Mandrill"),
    ("zoho.com", "Zoho Mail"),
    ("zoho.eu", "Zoho Mail"),
    ("zoho.in", "Zoho Mail"),
    ("yahoo.com", "Yahoo Mail"),
    ("mail.me.com", "iCloud Mail"),
    ("mailtrap.io", "Mailtrap"),
    ("resend.com", "Resend"),
    ("elasticemail.com", "Elastic Email"),
    ("mailersend.net", "MailerSend"),
    ("smtp2go.com", "SMTP2GO"),
    ("fastmail.com", "Fastmail"),
    ("aol.com", "AOL Mail"),
    ("sendpulse.com", "SendPulse"),
    ("gmx.com", "GMX"),
    ("ionos.com", "IONOS"),
    // Seen in real configurations from public projects (mailbox
    // providers, hosters and relays).
    ("gmx.net", "GMX"),
    ("gmx.de", "GMX"),
    ("web.de", "WEB.DE"),
    ("ionos.de", "IONOS"),
    ("1und1.de", "IONOS (1&1)"),
    ("strato.de", "STRATO"),
    ("yandex.ru", "Yandex Mail"),
    ("yandex.com", "Yandex Mail"),
    ("mail.ru", "Mail.ru"),
    ("163.com", "NetEase Mail (163.com)"),
    ("126.com", "NetEase Mail (126.com)"),
    ("qq.com", "QQ Mail / Tencent Exmail"),
    ("aliyun.com", "Alibaba Cloud Mail"),
    ("mxhichina.com", "Alibaba Mail"),
    ("sina.com", "Sina Mail"),
    ("naver.com", "Naver Mail"),
    ("secureserver.net", "GoDaddy"),
    ("emailsrvr.com", "Rackspace Email"),
    ("ovh.net", "OVHcloud"),
    ("gandi.net", "Gandi"),
    ("one.com", "one.com"),
    ("titan.email", "Titan Mail"),
    ("hostinger.com", "Hostinger"),
    ("zohomail.com", "Zoho Mail"),
    ("zeptomail.com", "ZeptoMail"),
    ("protonmail.ch", "Proton Mail"),
    ("migadu.com", "Migadu"),
    ("purelymail.com", "Purelymail"),
    ("mailchannels.net", "MailChannels"),
    ("socketlabs.com", "SocketLabs"),
    ("smtp.com", "SMTP.com"),
    ("turbo-smtp.com", "turboSMTP"),
    ("sendlayer.net", "SendLayer"),
    ("netcorecloud.net", "Netcore"),
    ("pepipost.com", "Netcore (Pepipost)"),
    ("scw.cloud", "Scaleway Transactional Email"),
];

/// Names of local test mail catchers (often Docker service names).
const CATCHERS: [&str; 11] = [
    "mailhog",
    "mailslurper",
    "mailpit",
    "mailcatcher",
    "maildev",
    "smtp4dev",
    "mailcrab",
    "inbucket",
    "greenmail",
    "fakesmtp",
    "papercut",
];

/// What a bare host (see [`bare_host`]) points at.
pub fn classify(host: &str) -> HostKind {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    if h == TRANSACTIONAL_HOST {
        return HostKind::Transactional;
    }
    if h == BROADCASTS_HOST {
        return HostKind::Broadcasts;
    }
    if API_HOSTS.contains(&h.as_str()) {
        return HostKind::Api;
    }
    let under = |d: &str| h == d || h.strip_suffix(d).is_some_and(|p| p.ends_with('.'));
    if h.starts_with("email-smtp.") && h.ends_with(".amazonaws.com") {
        return HostKind::Provider("Amazon SES");
    }
    if let Some((_, name)) = PROVIDERS.iter().find(|(d, _)| under(d)) {
        return HostKind::Provider(name);
    }
    if let Some(kind) = local_kind(&h) {
        return HostKind::Local(kind);
    }
    if is_placeholder_host(host) {
        return HostKind::Placeholder;
    }
    if let Some(target) = near_postmark(&h) {
        return HostKind::Typo(target);
    }
    // A name without a dot is a container or a machine on your network
    // (`mail`, `smtp`, `postfix`): DNS on the internet has no such names.
    if !h.is_empty()
        && !h.contains(['.', ':', '['])
        && invalid_reason(&h).is_none()
        && !h.bytes().all(|b| b.is_ascii_digit())
    {
        return HostKind::Local(
            "a container or machine on your own network (a name without a dot)",
        );
    }
    HostKind::Unknown
}

/// A host written as a stand-in: a placeholder domain (`example.com`,
/// `yourdomain.com`, `domain.tld`), a template variable's name
/// (`SMTP_HOST`, `YOUR_SMTP_SERVER`), or words that ask for one
/// (`your-smtp-host`, `smtp.your-provider.com`, `xxx`).
pub fn is_placeholder_host(host: &str) -> bool {
    let h = host.trim().trim_end_matches('.');
    if h.is_empty() {
        return false;
    }
    let lower = h.to_ascii_lowercase();
    if super::from::is_placeholder_domain(&lower) {
        return true;
    }
    // `SMTP_HOST`, `MAIL_SERVER`: an environment variable's name written as the value.
    // (A host name has no `_`; a variable's name has, in either case.)
    let var_name = h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') && h.contains('_');
    let asks = lower.split(['.', '-', '_']).any(|w| {
        matches!(
            w,
            "your" | "yoursmtp" | "yourhost" | "xxx" | "xxxx" | "changeme" | "placeholder"
        )
    }) || lower.starts_with("your")
        || lower.contains("example");
    // The setting's own name written as its value (`Connect("HostName", …)`).
    let names_itself = matches!(
        lower.as_str(),
        "hostname" | "host" | "smtphost" | "smtpserver" | "servername"
    );
    // `smtp.server` (GitLab's docs template): `server` is no top-level
    // domain, the name asks for one.
    let asks_server = lower.contains('.') && lower.rsplit('.').next() == Some("server");
    var_name || asks || names_itself || asks_server
}

/// This machine, a test catcher, or a private network address.
fn local_kind(h: &str) -> Option<&'static str> {
    if h == "localhost"
        || h.ends_with(".localhost")
        || h == "::1"
        || h == "0.0.0.0"
        || h.starts_with("127.")
    {
        return Some("this machine (localhost)");
    }
    if h == "host.docker.internal" || h == "gateway.docker.internal" {
        return Some("the Docker host");
    }
    // Compose service names: `mailhog`, `mailpit-1`, `epayco-mailhog`.
    let first_label = h.split('.').next().unwrap_or("");
    let named = first_label.split(['-', '_']).any(|w| CATCHERS.contains(&w));
    if named || CATCHERS.iter().any(|c| h.starts_with(c)) {
        return Some("a local test mail catcher");
    }
    if h.ends_with(".local") {
        return Some("a machine on the local network (.local)");
    }
    if let Ok(ip) = h.parse::<core::net::Ipv4Addr>() {
        if ip.is_private() || ip.is_link_local() {
            return Some("a private network address (a relay on your network)");
        }
    }
    None
}

/// The Postmark SMTP host that `h` is a near-miss of.
fn near_postmark(h: &str) -> Option<&'static str> {
    let best = [TRANSACTIONAL_HOST, BROADCASTS_HOST]
        .into_iter()
        .map(|t| (t, distance_within(h, t, 3)))
        .filter(|(_, d)| *d > 0 && *d <= 3)
        .min_by_key(|(_, d)| *d);
    if let Some((t, _)) = best {
        return Some(t);
    }
    // Another name under postmarkapp.com (`mail.postmarkapp.com`).
    if h.ends_with(".postmarkapp.com") {
        return Some(if h.contains("broadcast") {
            BROADCASTS_HOST
        } else {
            TRANSACTIONAL_HOST
        });
    }
    None
}

/// Why `host` is not a valid host name or IP literal, or `None` when it is.
pub fn invalid_reason(host: &str) -> Option<String> {
    let h = host.strip_suffix('.').unwrap_or(host);
    if h.is_empty() {
        return Some("it is empty".into());
    }
    if let Some(inner) = h.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
        return match inner.parse::<core::net::Ipv6Addr>() {
            Ok(_) => None,
            Err(_) => Some("it is not a valid IPv6 address".into()),
        };
    }
    if h.contains(':') {
        return match h.parse::<core::net::Ipv6Addr>() {
            Ok(_) => None,
            Err(_) => Some("`:` cannot appear in a host name".into()),
        };
    }
    if h.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return match h.parse::<core::net::Ipv4Addr>() {
            Ok(_) => None,
            Err(_) => Some("it is neither a host name nor a valid IPv4 address".into()),
        };
    }
    if h.len() > 253 {
        return Some(format!("it is {} characters long (at most 253)", h.len()));
    }
    let mut offset = 0;
    for label in h.split('.') {
        if label.is_empty() {
            return Some("it has an empty label (two dots in a row, or a leading dot)".into());
        }
        if label.len() > 63 {
            return Some(format!("the label `{label}` is longer than 63 characters"));
        }
        if let Some((i, c)) = label
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '-' || *c == '_'))
        {
            let pos = h[..offset + i].chars().count() + 1;
            let shown = if c.is_control() || c.is_whitespace() {
                char_name(c)
            } else {
                format!("`{c}`")
            };
            return Some(format!(
                "{shown} (character {pos}) cannot appear in a host name"
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Some(format!("the label `{label}` starts or ends with `-`"));
        }
        offset += label.len() + 1;
    }
    None
}

/// Roles that only say who sends (a credentials fragment, not a connection).
const CREDENTIAL_ROLES: [Role; 7] = [
    Role::Username,
    Role::Password,
    Role::From,
    Role::Stream,
    Role::AccountToken,
    Role::ServerToken,
    Role::CredentialsFile,
];

/// Checks this family for every configuration.
pub fn check(cx: &mut Context) {
    for (i, cfg) in cx.configs.iter().enumerate() {
        let Some(field) = cfg.get(Role::Host) else {
            let fragment = cfg
                .fields
                .iter()
                .all(|f| CREDENTIAL_ROLES.contains(&f.role));
            // A URL read from elsewhere (`dsn: '%env(MAILER_DSN)%'`) holds the host.
            let url_elsewhere = cfg.get(Role::Url).is_some_and(|f| f.value.is_reference());
            if !fragment && !url_elsewhere && cfg.smtp_written() {
                cx.emit(no_host(cfg).config(Some(i)));
            }
            continue;
        };
        let Some(text) = field.value.literal() else {
            continue; // a reference: nothing to judge (input/unresolved-reference says so)
        };
        // An empty host that the client replaces by its local default.
        if text.trim().is_empty() && default_local_host(cfg).is_some() {
            cx.emit(no_host(cfg).config(Some(i)));
            continue;
        }
        for d in check_host(cfg, field, text, cx.targets[i]) {
            cx.emit(d.config(Some(i)));
        }
    }
}

/// The settings that move a configuration to Postmark's host. A port
/// Postmark does not serve (a catcher's 1025, SMTPS 465) moves to 587 with
/// STARTTLS in the same sentence: the host alone would leave a setting
/// that cannot work. A URL's dialect writes the whole URL, port included.
fn to_postmark(cfg: &Config) -> String {
    let host = cfg.dialect.write(cfg, &Write::Host(TRANSACTIONAL_HOST));
    match cfg.effective_port() {
        Some(p) if !super::port::POSTMARK_PORTS.contains(&p) && cfg.get(Role::Url).is_none() => {
            // Host and port in one setting (`mailhub=host:port`, Moodle's
            // `host:port`): each sentence would keep the other's old half
            // (`h=postmark:465` and `h=old:587`). Write both on the moved
            // configuration, where they become one sentence.
            let moved = moved_to_postmark(cfg);
            let (host, moved) = match &moved {
                Some(m) => (m.dialect.write(m, &Write::Host(TRANSACTIONAL_HOST)), m),
                None => (host, cfg),
            };
            let mut parts = vec![host];
            for part in super::port::writes_587(moved) {
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
            super::port::and_list(&parts)
        }
        _ => host,
    }
}

/// `cfg` with Postmark's host and port 587 written in, when its host and
/// port are one setting (the same key in the text); `None` otherwise.
fn moved_to_postmark(cfg: &Config) -> Option<Config> {
    let (host, port) = (cfg.get(Role::Host)?, cfg.get(Role::Port)?);
    if host.key_span != port.key_span {
        return None;
    }
    let mut moved = cfg.clone();
    for f in &mut moved.fields {
        let text = match f.role {
            Role::Host => TRANSACTIONAL_HOST,
            Role::Port => "587",
            _ => continue,
        };
        f.value.text = text.to_string();
        f.value.reference = None;
    }
    Some(moved)
}

/// `host/other-provider`'s reason for a local host.
const LOCAL_WHY: &str = "Local test catchers (Mailpit, MailHog…) and relays on your own network accept whatever they are configured to accept; this tool checks settings against Postmark's rules, which do not apply to them.";

/// `host/missing` for a configuration without a host setting, or
/// `host/other-provider` when the client's default host is meant
/// ([`default_local_host`]).
fn no_host(cfg: &Config) -> Draft {
    let name = cfg.dialect.name();
    let fix = to_postmark(cfg);
    let port_span = cfg.get(Role::Port).map(|f| f.whole_span());
    if let Some(host) = default_local_host(cfg) {
        let why = match cfg.port_number() {
            Some(p) if CATCHER_PORTS.contains(&p) => {
                format!("and port {p} is a local test catcher's port (MailHog, Mailpit, MailDev)")
            }
            // The client's documented default (Home Assistant's notifier).
            _ => "a mail server on the same machine".to_string(),
        };
        return Draft::new(
            &OTHER_PROVIDER,
            format!(
                "No host is set, so {name} dials its default `{host}`, {why}: Postmark's port, TLS and credential rules were not applied to this configuration."
            ),
        )
        .why(LOCAL_WHY)
        .fix(format!(
            "Nothing to fix for local testing. To send through Postmark, set {fix} and use a Server API token as username and password."
        ))
        .at(port_span.unwrap_or(cfg.span.clone()));
    }
    let then = match cfg.dialect.default_host(cfg) {
        Some(h) => format!(": {name} then dials its default, `{h}`, not Postmark"),
        None => String::new(),
    };
    Draft::new(
        &MISSING,
        format!("No SMTP host is set in this {name} configuration{then}."),
    )
    .fix(format!("Set {fix}."))
    .at(cfg.span.clone())
}

/// The findings about one literal host value.
/// `target`: where the configuration sends ([`target`], decided once per lint).
fn check_host(cfg: &Config, field: &Field, text: &str, target: Target) -> Vec<Draft> {
    let mut out = Vec::new();
    let write_host = |h: &str| cfg.dialect.write(cfg, &Write::Host(h));
    // An unquoted `null`/`~`/`nil` is no value in YAML, Laravel's env() and
    // the languages that write it, not a host named "null".
    let null = crate::summary::is_null(field);
    if null || text.trim().is_empty() && !text.chars().any(crate::summary::is_invisible) {
        let is = if null { "null" } else { "empty" };
        let d = Draft::new(
            &MISSING,
            format!("{} is {is}: no SMTP host is set.", field.key),
        )
        .fix(format!("Set {}.", write_host(TRANSACTIONAL_HOST)))
        .at(field.whole_span());
        out.push(d);
        return out;
    }
    let bare = bare_host(text);
    if let Some(d) = whitespace(field, text, &bare, &write_host) {
        out.push(d);
    }
    let clean: String = text
        .chars()
        .filter(|c| !is_blank_or_invisible(*c))
        .collect();
    let mut structural = false;
    if let Some(i) = clean.find("://") {
        structural = true;
        let scheme = &clean[..i];
        let d = Draft::new(
            &HAS_SCHEME,
            format!(
                "{} holds a URL (`{clean}`), not a host name: the client looks up the whole text as a name.",
                field.key
            ),
        )
        .fix(format!(
            "Remove `{scheme}://` and set {}; the port and encryption have their own settings.",
            write_host(&bare)
        ))
        .at(locate(field, text, &format!("{scheme}://")));
        let only_host = !after_host_part(&clean[i + 3..]).contains(':');
        let fix = replace_value(
            field,
            &bare,
            format!("Keep only the host name `{bare}`"),
            Applicability::Unsafe,
        )
        .filter(|_| only_host);
        out.push(with(d, fix));
    }
    let after_scheme = clean
        .find("://")
        .map_or(clean.as_str(), |i| &clean[i + 3..]);
    let authority = if after_scheme.len() < clean.len() {
        let end = after_scheme
            .find(['/', '?', '#'])
            .unwrap_or(after_scheme.len());
        &after_scheme[..end]
    } else {
        after_scheme
    };
    if let (h, Some(port)) = strip_port(authority) {
        if !structural {
            structural = true;
            let host_only = h.trim_start_matches('[').trim_end_matches(']');
            let mut fix = write_host(host_only);
            let mut edit = None;
            if let Ok(p) = port.parse::<u16>() {
                if cfg.port_number() != Some(p) {
                    fix = format!("{fix} and {}", cfg.dialect.write(cfg, &Write::Port(p)));
                } else {
                    edit = replace_value(
                        field,
                        host_only,
                        format!("Remove `:{port}` (the port is set on its own)"),
                        Applicability::Safe,
                    );
                }
            }
            let d = Draft::new(
                &HAS_PORT,
                format!(
                    "{} holds a port (`{authority}`): the client looks up `{authority}` as a host name and fails.",
                    field.key
                ),
            )
            .fix(format!("Set {fix}."))
            .at(locate(field, text, &format!(":{port}")));
            out.push(with(d, edit));
        } else {
            structural = true;
        }
    }
    let value_span = field.value.span.clone();
    match classify(&bare) {
        HostKind::Transactional => {}
                HostKind::Placeholder if invalid_reason(&bare).is_none() => {
            out.push(
                Draft::new(
                    &PLACEHOLDER,
                    format!("`{bare}` is a placeholder from a template, not a mail server: nothing answers there."),
                )
                .fix(format!("Set {}.", write_host(TRANSACTIONAL_HOST)))
                .at(value_span.clone())
                .with_fix_opt(replace_value(
                    field,
                    TRANSACTIONAL_HOST,
                    format!("Use {TRANSACTIONAL_HOST}"),
                    Applicability::Unsafe,
                )),
            );
            return out;
        }
        // A valid name of another server (a company relay): another
        // provider's rules apply, not Postmark's.
        HostKind::Unknown if !structural && invalid_reason(&bare).is_none() && target == Target::Other => out.push(
            Draft::new(
                &OTHER_PROVIDER,
                format!(
                    "`{bare}` is not a Postmark host: Postmark's port, TLS and credential rules were not applied to this configuration."
                ),
            )
            .fix(format!(
                "Nothing to fix if this configuration is meant for that server. To send through Postmark, set {} and use a Server API token as username and password.",
                to_postmark(cfg)
            ))
            .at(value_span.clone()),
        ),
                HostKind::Unknown | HostKind::Placeholder => {}
        HostKind::Broadcasts => out.push(
            Draft::new(
                &BROADCAST,
                format!(
                    "`{bare}` only accepts mail for a Broadcast message stream (newsletters, announcements)."
                ),
            )
            .fix(format!(
                "Keep it if this configuration sends Broadcasts; for transactional mail (password resets, receipts) set {}.",
                write_host(TRANSACTIONAL_HOST)
            ))
            .at(value_span.clone()),
        ),
        HostKind::Api => out.push(
            Draft::new(
                &API_HOST,
                format!(
                    "`{bare}` is Postmark's {}, not its SMTP server.",
                    if bare.starts_with("api.") { "HTTP API host" } else { "website" }
                ),
            )
            .fix(format!("Set {}.", write_host(TRANSACTIONAL_HOST)))
            .at(value_span.clone())
            .with_fix_opt(replace_value(
                field,
                TRANSACTIONAL_HOST,
                format!("Use {TRANSACTIONAL_HOST}"),
                Applicability::Unsafe,
            )),
        ),
        HostKind::Typo(target) => {
            if let Some(reason) = invalid_reason(&bare).filter(|_| !structural) {
                out.push(invalid(field, &bare, &reason, Some(target), &write_host));
            } else {
                out.push(
                    Draft::new(
                        &TYPO,
                        format!("`{bare}` is not a Postmark host: did you mean {target}?"),
                    )
                    .fix(format!("Set {}.", write_host(target)))
                    .at(value_span.clone())
                    .with_fix_opt(replace_value(
                        field,
                        target,
                        format!("Use {target}"),
                        Applicability::Unsafe,
                    )),
                );
            }
            return out;
        }
        HostKind::Provider(name) => out.push(
            Draft::new(
                &OTHER_PROVIDER,
                format!(
                    "`{bare}` is {name}'s SMTP server, not Postmark's: Postmark's port, TLS and credential rules were not applied to this configuration."
                ),
            )
            .fix(format!(
                "Nothing to fix if this configuration is meant for {name}. To move it to Postmark, set {} and use a Server API token as username and password.",
                to_postmark(cfg)
            ))
            .at(value_span.clone()),
        ),
        HostKind::Local(what) => out.push(
            Draft::new(
                &OTHER_PROVIDER,
                format!(
                    "`{bare}` is {what}, not Postmark: Postmark's port, TLS and credential rules were not applied to this configuration."
                ),
            )
            .why(LOCAL_WHY)
            .fix(format!(
                "Nothing to fix for local testing. To send through Postmark, set {} and use a Server API token as username and password.",
                to_postmark(cfg)
            ))
            .at(value_span.clone()),
        ),
    }
    if !structural {
        if let Some(reason) = invalid_reason(&bare) {
            out.push(invalid(field, &bare, &reason, None, &write_host));
        }
    }
    out
}

/// A machine-applicable fix that replaces a value as written (only for
/// verbatim values, whose span is exactly the text to replace).
pub(crate) fn replace_value(
    field: &Field,
    text: &str,
    title: String,
    applicability: Applicability,
) -> Option<Fix> {
    field.value.verbatim.then(|| Fix {
        title,
        applicability,
        edits: vec![Edit {
            start: field.value.span.start,
            end: field.value.span.end,
            text: text.to_string(),
        }],
    })
}

/// Adds `fix` to a draft when there is one.
pub(crate) fn with(draft: Draft, fix: Option<Fix>) -> Draft {
    draft.with_fix_opt(fix)
}

/// `Draft::with_fix` for an optional fix.
pub(crate) trait WithFixOpt {
    fn with_fix_opt(self, fix: Option<Fix>) -> Self;
}

impl WithFixOpt for Draft {
    fn with_fix_opt(self, fix: Option<Fix>) -> Self {
        match fix {
            Some(f) => self.with_fix(f),
            None => self,
        }
    }
}

/// The `host[:port]` part of what follows a scheme.
fn after_host_part(rest: &str) -> &str {
    &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())]
}

/// `host/invalid` with its reason and, when close to Postmark, the right name.
fn invalid(
    field: &Field,
    bare: &str,
    reason: &str,
    target: Option<&str>,
    write_host: &dyn Fn(&str) -> String,
) -> Draft {
    let fix = match target {
        Some(t) => format!("Set {} (did you mean {t}?).", write_host(t)),
        None => format!(
            "Write the host as a plain name, e.g. {}.",
            write_host(TRANSACTIONAL_HOST)
        ),
    };
    Draft::new(
        &INVALID,
        format!(
            "{} = `{bare}` is not a valid host name: {reason}.",
            field.key
        ),
    )
    .fix(fix)
    .at(field.value.span.clone())
}

/// `host/whitespace` for blanks and invisible characters in the value.
fn whitespace(
    field: &Field,
    text: &str,
    bare: &str,
    write_host: &dyn Fn(&str) -> String,
) -> Option<Draft> {
    let odd: Vec<(usize, usize, char)> = text
        .char_indices()
        .enumerate()
        .filter(|(_, (_, c))| is_blank_or_invisible(*c))
        .map(|(n, (b, c))| (n + 1, b, c))
        .collect();
    let (_, first_byte, first_char) = *odd.first()?;
    let clean: String = text
        .chars()
        .filter(|c| !is_blank_or_invisible(*c))
        .collect();
    let total = text.chars().count();
    let mut parts: Vec<String> = Vec::new();
    for (pos, _, c) in odd.iter().take(3) {
        let place = if *pos == 1 {
            "at the start"
        } else if *pos == total {
            "at the end"
        } else {
            "inside"
        };
        parts.push(format!("{} {place} (character {pos})", char_name(*c)));
    }
    if odd.len() > 3 {
        parts.push(format!("{} more", odd.len() - 3));
    }
    let span = field
        .value
        .sub_span(first_byte..first_byte + first_char.len_utf8());
    Some(
        Draft::new(
            &WHITESPACE,
            format!(
                "The host in {} has {}: `{bare}` is looked up with {}.",
                field.key,
                parts.join(", "),
                if odd.len() == 1 { "it" } else { "them" }
            ),
        )
        .fix(format!(
            "Retype it without {}: {}.",
            if odd.len() == 1 { "it" } else { "them" },
            write_host(bare)
        ))
        .at(span)
        .with_fix_opt(replace_value(
            field,
            &clean,
            "Remove the blank and invisible characters".to_string(),
            Applicability::Safe,
        )),
    )
}

/// The span of `needle` inside the value (the whole value when it cannot be
/// located exactly).
fn locate(field: &Field, text: &str, needle: &str) -> std::ops::Range<usize> {
    match text.find(needle) {
        Some(i) => field.value.sub_span(i..i + needle.len()),
        None => field.value.span.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fix that moves a catcher or another provider to Postmark also
    /// moves a port Postmark does not serve to 587 with STARTTLS, in the
    /// client's words; a port Postmark serves stays.
    #[test]
    fn a_move_to_postmark_leaves_no_port_it_does_not_serve() {
        let fix = |input: &str| -> String {
            let r = crate::lint(input, &crate::Options::default());
            let f = r
                .findings
                .iter()
                .find(|f| f.id == "host/other-provider")
                .unwrap_or_else(|| panic!("{input}: {:?}", r.findings));
            f.fix.clone()
        };
        let laravel =
            fix("MAIL_MAILER=smtp\nMAIL_HOST=mailpit\nMAIL_PORT=1025\nMAIL_ENCRYPTION=null\n");
        assert!(
            laravel
                .contains("MAIL_HOST=smtp.postmarkapp.com, MAIL_PORT=587 and MAIL_ENCRYPTION=tls"),
            "{laravel}"
        );
        let url = fix("EMAIL_URL=smtp://localhost:1025\n");
        assert!(
            url.contains("EMAIL_URL=smtp+tls://smtp.postmarkapp.com:587 "),
            "{url}"
        );
        assert!(!url.contains("1025"), "{url}");
        let dsn = fix("MAILER_DSN=smtp://mailhog:1025\n");
        assert!(
            dsn.contains("MAILER_DSN=smtp://smtp.postmarkapp.com:587 "),
            "{dsn}"
        );
        // 2525 is Postmark's: only the host moves.
        let kept = fix("MAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_PORT=2525\n");
        assert!(
            kept.contains("set MAIL_HOST=smtp.postmarkapp.com and use"),
            "{kept}"
        );
        // Host and port in one setting: one sentence names both, never the
        // old host with the new port or the reverse.
        let hub = fix("mailhub=ssl0.ovh.net:465\nUseTLS=YES\nAuthUser=me\nAuthPass=pass\n");
        assert!(
            hub.contains("set mailhub=smtp.postmarkapp.com:587 and UseSTARTTLS=YES"),
            "{hub}"
        );
        assert!(!hub.contains("ovh") && !hub.contains(":465"), "{hub}");
    }

    #[test]
    fn compose_catcher_names() {
        for h in [
            "mailslurper",
            "epayco-mailhog",
            "app_mailpit_1",
            "mailpit.local",
        ] {
            assert_eq!(
                classify(h),
                HostKind::Local("a local test mail catcher"),
                "{h}"
            );
        }
        assert_ne!(
            classify("mail.hogwarts.example"),
            HostKind::Local("a local test mail catcher")
        );
    }

    #[test]
    fn docs_template_server_name_is_a_placeholder() {
        // GitLab's docs write `smtp_address = "smtp.server"`.
        assert_eq!(classify("smtp.server"), HostKind::Placeholder);
        assert_eq!(classify("mail.server"), HostKind::Placeholder);
        assert_eq!(classify("smtp.server.com"), HostKind::Unknown);
        assert_eq!(classify("smtp.serverdata.net"), HostKind::Unknown);
        assert_eq!(
            classify("server"),
            HostKind::Local("a container or machine on your own network (a name without a dot)")
        );
    }

    #[test]
    fn bare_host_strips_decoration() {
        assert_eq!(bare_host(" SMTP.postmarkapp.com. "), "smtp.postmarkapp.com");
        assert_eq!(
            bare_host("smtp://u:p@smtp.postmarkapp.com:587/x"),
            "smtp.postmarkapp.com"
        );
        assert_eq!(
            bare_host("smtp.postmarkapp.com:2525"),
            "smtp.postmarkapp.com"
        );
        assert_eq!(bare_host("[::1]:25"), "::1");
        assert_eq!(bare_host("::1"), "::1");
        assert_eq!(
            bare_host("smtp.postmarkapp.com\u{00A0}"),
            "smtp.postmarkapp.com"
        );
    }

    #[test]
    fn classifies_hosts() {
        assert_eq!(classify("smtp.postmarkapp.com"), HostKind::Transactional);
        assert_eq!(
            classify("smtp-broadcasts.postmarkapp.com"),
            HostKind::Broadcasts
        );
        assert_eq!(classify("api.postmarkapp.com"), HostKind::Api);
        for typo in [
            "smtp.postmark.com",
            "smtp.postmarkapp.co",
            "smpt.postmarkapp.com",
            "smtp.postmarkap.com",
            "mail.postmarkapp.com",
        ] {
            assert_eq!(classify(typo), HostKind::Typo(TRANSACTIONAL_HOST), "{typo}");
        }
        assert_eq!(
            classify("smtp-broadcast.postmarkapp.com"),
            HostKind::Typo(BROADCASTS_HOST)
        );
        assert_eq!(
            classify("smtp.gmail.com"),
            HostKind::Provider("Gmail / Google Workspace")
        );
        assert_eq!(
            classify("email-smtp.eu-west-1.amazonaws.com"),
            HostKind::Provider("Amazon SES")
        );
        assert_eq!(
            classify("sandbox.smtp.mailtrap.io"),
            HostKind::Provider("Mailtrap")
        );
        for other in ["smtpout.secureserver.net", "smtp.163.com", "smtp.yandex.ru"] {
            assert!(matches!(classify(other), HostKind::Provider(_)), "{other}");
        }
        assert!(matches!(classify("localhost"), HostKind::Local(_)));
        assert!(matches!(classify("127.0.0.1"), HostKind::Local(_)));
        assert!(matches!(classify("mailpit"), HostKind::Local(_)));
        assert!(matches!(classify("192.168.1.10"), HostKind::Local(_)));
        // Stand-ins from templates (Postmark targets: they are to be filled in).
        for p in [
            "mail.example.com",
            "smtp.sparkpost.example",
            "smtp.mycompany.com",
            "SMTP_HOST",
            "your-smtp-server",
            "smtp.yourdomain.com",
            "HostName",
        ] {
            assert_eq!(classify(p), HostKind::Placeholder, "{p}");
        }
        // A name without a dot is on your own network (a container, a relay).
        assert!(matches!(classify("postfix"), HostKind::Local(_)));
        assert!(matches!(classify("mail"), HostKind::Local(_)));
        // far from Postmark, not a typo: another server
        assert_eq!(classify("smtp.acme-widgets.io"), HostKind::Unknown);
    }

    #[test]
    fn host_validity() {
        for ok in [
            "smtp.postmarkapp.com",
            "localhost",
            "127.0.0.1",
            "::1",
            "[::1]",
            "mail_server",
            "smtp.postmarkapp.com.",
            "xn--bcher-kva.example",
        ] {
            assert_eq!(invalid_reason(ok), None, "{ok}");
        }
        for bad in [
            "smtp.postmarkapp,com",
            "smtp..postmarkapp.com",
            "-smtp.example.com",
            "smtp.example.com/",
            "user@smtp.example.com",
            "300.1.1.1",
            "192.168.1",
            "",
        ] {
            assert!(invalid_reason(bad).is_some(), "{bad}");
        }
        assert_eq!(
            invalid_reason("smtp.postmarkapp,com").as_deref(),
            Some("`,` (character 17) cannot appear in a host name")
        );
    }
}
