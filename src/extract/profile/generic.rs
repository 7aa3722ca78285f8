//! Generic inference, for apps no table knows: a key's role from its words
//! (`SMTP_HOST`, `smtpHost`, `[smtp] host`, `mail.user`, `Outgoing server`),
//! and a value by its shape (an SMTP URL, `host:port`). A TLS word whose
//! meaning is not certain (`SMTP_TLS=true`: STARTTLS or TLS from the first
//! byte?) is read as unknown, never guessed; `*_SECURE=true` is read in
//! nodemailer's sense (TLS from the first byte), as most Node apps pass it on.
//!
//! Also read by words: an app's mail switch (`SMTP_ENABLED`,
//! `<APP>_MAIL_ENABLED`, `smtp: {enabled}`) and transport name
//! (`MAIL_TYPE`, `EMAIL_PROVIDER`), checked against the generic table's
//! switch; `*_OPPORTUNISTIC_TLS` (Dify) saying which TLS `*_USE_TLS` means.
//! Left out: the name this side gives itself (`SMTP_LOCAL_HOSTNAME`, HELO,
//! the TLS server name), and keys with no mail word in or above them
//! (`HOST`, `PORT`) when mail-named keys other than a sender are there
//! (the web server's).

use super::{Profile, Read, UrlFlavor};
use crate::extract::read::{url, Document, Entry, Seg, SegKind, Val, ValKind};
use crate::model::{parse_bool, Lang, Role, Syntax};
use rustc_hash::FxHashMap as HashMap;

/// A key's lowercase words (`SMTP_HOST`, `smtpHost`, `smtp.host`,
/// `Outgoing server` → `smtp host`…), kept in one buffer that a loop
/// reuses: no String per word, no allocation per key once warm.
#[derive(Default)]
pub struct Words {
    text: String,
    /// Where each word ends in `text` (words are contiguous).
    ends: Vec<usize>,
}

impl Words {
    /// The words of `key`.
    pub fn of(key: &str) -> Words {
        let mut w = Words::default();
        w.split(key);
        w
    }

    /// Replaces the words with those of `key`. Role words glued to
    /// `smtp`/`mail` in one lowercase word, as some apps write them
    /// (Nextcloud's `mail_smtphost`, `smtpport`), are split.
    pub fn split(&mut self, key: &str) {
        self.text.clear();
        self.ends.clear();
        // A word per two bytes at most: one reserve, no growth in the loop.
        self.text.reserve(key.len() + 8);
        self.ends.reserve(key.len() / 2 + 2);
        let b = key.as_bytes();
        let mut prev_lower = false;
        // Bytes, not chars: a word holds only ASCII letters and digits, and
        // the byte after an ASCII letter is an ASCII lowercase letter exactly
        // when the next char is one.
        let mut start = 0;
        for (i, &c) in b.iter().enumerate() {
            let upper = c.is_ascii_uppercase();
            if upper || c.is_ascii_lowercase() || c.is_ascii_digit() {
                let cur = self.text.len() - start;
                // `smtpHost`, and the end of an acronym: `SMTPServer` → smtp server.
                if upper
                    && cur > 0
                    && (prev_lower || cur > 1 && b.get(i + 1).is_some_and(u8::is_ascii_lowercase))
                {
                    self.end_word();
                    start = self.text.len();
                }
                prev_lower = !upper;
                self.text.push(char::from(c | if upper { 0x20 } else { 0 }));
            } else {
                self.end_word();
                start = self.text.len();
                prev_lower = false;
            }
        }
        self.end_word();
    }

    /// Ends the word being built (if any), splitting a glued one.
    fn end_word(&mut self) {
        let start = self.ends.last().copied().unwrap_or(0);
        if start == self.text.len() {
            return;
        }
        // `smtp`/`mail` glued to a role word (a `match`, compared by length
        // first: a list scan called a memcmp per word, for every key).
        let word = &self.text.as_bytes()[start..];
        let glued = word.len() > 4 && matches!(&word[..4], b"smtp" | b"mail");
        let tail: Option<&'static str> = if glued {
            match &word[4..] {
                b"host" => Some("host"),
                b"hostname" => Some("hostname"),
                b"server" => Some("server"),
                b"port" => Some("port"),
                b"user" => Some("user"),
                b"username" => Some("username"),
                // Glued `smtpname` is the login name (Nextcloud,
                // PHPMailer-derived apps), unlike a separate `SMTP_NAME`,
                // which apps use for other names; `mailname` is the
                // machine's mail name (Debian's /etc/mailname, the Exim
                // relay images' `MAILNAME`), not a login.
                b"name" if &word[..4] == b"smtp" => Some("username"),
                b"password" => Some("password"),
                b"pass" => Some("pass"),
                b"secure" => Some("secure"),
                b"auth" => Some("auth"),
                b"from" => Some("from"),
                b"sender" => Some("sender"),
                _ => None,
            }
        } else {
            None
        };
        // `relay` glued to a login or port word (Plone's Ansible
        // `mailserver_relayport`, `relayuser`, `relaypassword`); `relayhost`
        // stays one word (Postfix's name, `host:port` by design).
        let (head, tail) = match tail {
            Some(t) => (4, Some(t)),
            None if word.len() > 5 && &word[..5] == b"relay" => (
                5,
                match &word[5..] {
                    b"port" => Some("port"),
                    b"user" => Some("user"),
                    b"username" => Some("username"),
                    b"password" => Some("password"),
                    b"pass" => Some("pass"),
                    _ => None,
                },
            ),
            // `senderemail`, `fromaddress` (an Ansible role's `mail:`
            // variable, PHP and Perl settings): the sender's address.
            None if word.len() > 6 && &word[..6] == b"sender" => (6, sender_tail(&word[6..])),
            None if word.len() > 4 && &word[..4] == b"from" => (4, sender_tail(&word[4..])),
            // msmtp's `passwordeval` (also as a NixOS `programs.msmtp`
            // account's key): the command that prints the password.
            None if word.len() > 8 && &word[..8] == b"password" => (
                8,
                match &word[8..] {
                    b"eval" => Some("eval"),
                    b"file" => Some("file"),
                    b"cmd" => Some("cmd"),
                    b"command" => Some("command"),
                    _ => None,
                },
            ),
            None => (4, None),
        };
        match tail {
            Some(t) => {
                // The head stays where it is; the tail follows as a word.
                self.text.truncate(start + head);
                self.ends.push(self.text.len());
                self.text.push_str(t);
                self.ends.push(self.text.len());
            }
            None => self.ends.push(self.text.len()),
        }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`-th word.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = i.checked_sub(1).map_or(0, |j| self.ends[j]);
        self.text.get(start..end)
    }

    pub fn last(&self) -> Option<&str> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

/// The address word glued after `sender`/`from`.
fn sender_tail(tail: &[u8]) -> Option<&'static str> {
    match tail {
        b"email" => Some("email"),
        b"address" => Some("address"),
        b"addr" => Some("addr"),
        b"mail" => Some("mail"),
        _ => None,
    }
}

/// Splits a key into lowercase words (see [`Words`]).
pub fn words(key: &str) -> Vec<String> {
    Words::of(key).iter().map(str::to_string).collect()
}

/// Words that say a setting is about mail (a `match`: compares by length
/// first, where a list scan called a memcmp per word).
fn mailish_word(w: &str) -> bool {
    matches!(
        w,
        "smtp"
            | "postfix"
            | "exim"
            | "msmtp"
            | "relayhost"
            | "smarthost"
            | "mailhub"
            | "mail"
            | "email"
            | "mailer"
            | "outgoing"
            | "relay"
            | "postmark"
            | "sasl"
            | "mailing"
            | "notification"
    )
}

/// Contexts that are not mail (a database's `host`/`port`/`user`).
fn not_mail_word(w: &str) -> bool {
    matches!(
        w,
        // Mailboxes read from, not the server mail is sent through.
        "imap"
            | "pop3"
            | "pop"
            | "inbound"
            | "incoming"
            | "mailbox"
            | "database"
            | "db"
            | "redis"
            | "postgres"
            | "postgresql"
            | "pg"
            | "mysql"
            | "mariadb"
            | "mongo"
            | "mongodb"
            | "cache"
            | "memcached"
            | "elasticsearch"
            | "rabbitmq"
            | "amqp"
            | "kafka"
            | "s3"
            | "minio"
            | "ldap"
            | "proxy"
    )
}

/// The stems a role's words start with (see [`could_name_a_role`]).
const STEMS: [&[u8]; 33] = [
    b"host",
    b"serv",
    b"port",
    b"user",
    b"usr",
    b"login",
    b"pass",
    b"pwd",
    b"from",
    b"send",
    b"tls",
    b"ssl",
    b"secur",
    b"encr",
    b"proto",
    b"token",
    b"stream",
    b"url",
    b"dsn",
    b"uri",
    b"addr",
    b"relay",
    b"enabl",
    // An inverted mail switch (`EMAIL_DISABLED`, `DISABLE_SMTP`).
    b"disabl",
    b"existing",
    b"type",
    b"driver",
    b"transport",
    b"backend",
    b"provider",
    b"verif",
    b"unauth",
    // `SMTP_ENDPOINT` (Amazon SES's word for its SMTP server).
    b"endpoint",
];

/// A cheap first look (no allocation): whether a key holds any of the
/// stems a role's words start with. The key is lowercased once into a
/// buffer, and a stem is compared only where its first letter stands (a
/// compare of every stem at every byte was a large share of inference).
// Inlined: asked of every entry, mostly of short keys that fail its
// first length tests (a call cost as much as the tests).
#[inline(always)]
fn could_name_a_role(k: &[u8]) -> bool {
    // The stems' first letters, a bit per letter.
    const FIRST: u32 = {
        let mut m = 0u32;
        let mut i = 0;
        while i < STEMS.len() {
            m |= 1 << (STEMS[i][0] - b'a');
            i += 1;
        }
        m
    };
    // Every stem is three bytes or more.
    if (3..=96).contains(&k.len()) {
        let mut buf = [0u8; 96];
        let low = &mut buf[..k.len()];
        for (d, s) in low.iter_mut().zip(k) {
            *d = s.to_ascii_lowercase();
        }
        let low = &*low;
        for (i, &b) in low.iter().enumerate() {
            if b.is_ascii_lowercase() && FIRST & (1 << (b - b'a')) != 0 && stem_at(&low[i..]) {
                return true;
            }
        }
    }
    // A sender named by its address word (`NOREPLY_EMAIL`, `SMTP_EMAIL`,
    // `email`): only at the end, as a stem it let every `*email*` key through.
    let ends_email = k.len() >= 5 && k[k.len() - 5..].eq_ignore_ascii_case(b"email");
    // `email_smtp`, `MAIL_SMTP`: the server named by the protocol word
    // after a mail word (see `role_with_context`).
    let ends_smtp = k.len() > 5
        && k[k.len() - 4..].eq_ignore_ascii_case(b"smtp")
        && !k[k.len() - 5].is_ascii_alphanumeric();
    ends_email
        || ends_smtp
        || ends_pw(k)
        || k.eq_ignore_ascii_case(b"mailhub")
        || k.eq_ignore_ascii_case(b"smarthost")
}

/// A cheaper first look than [`hits`]' own tests, on bytes (no text is
/// sliced, no char boundary checked): whether an entry cannot be a hit.
/// Its value can be neither an SMTP URL (by its first byte, the test
/// `engine::is_smtp_url` makes first) nor a `host user:pass` line (four bytes at
/// least), and its last segment is no key, or a key that names no role
/// and is none of the keys read otherwise (a prose label, `smtp`, an HCL
/// reference's key): every test of `hits` then says no, so the answers
/// stay the same. Most entries of a paste with no client end here.
fn cannot_hit(doc: &Document, e: &Entry, last: Option<&Seg>) -> bool {
    let value = if e.value.text == Val::VERBATIM {
        doc.input.as_bytes().get(e.value.span())
    } else {
        doc.texts.get(e.value.text as usize).map(|t| t.as_bytes())
    }
    .unwrap_or_default();
    let maybe_url = super::engine::may_open_smtp_url(value.first());
    if maybe_url || (e.value.kind == ValKind::Literal && value.len() >= 4) {
        return false;
    }
    let Some(last) = last.filter(|s| s.kind == SegKind::Key) else {
        return true;
    };
    let key = doc
        .input
        .as_bytes()
        .get(last.span.start as usize..last.span.end as usize)
        .unwrap_or_default();
    !matches!(e.syntax, Syntax::Prose | Syntax::Code(Lang::Hcl))
        && !key.eq_ignore_ascii_case(b"smtp")
        && !could_name_a_role(key)
}

/// Whether a key's last word is `pw` (`pw`, `SMTP_PW`, `mail.pw`,
/// `smtpPw`): a password, too short for a stem.
fn ends_pw(k: &[u8]) -> bool {
    let n = k.len();
    if n < 2 || !k[n - 2..].eq_ignore_ascii_case(b"pw") {
        return false;
    }
    n == 2
        || !k[n - 3].is_ascii_alphanumeric()
        || (k[n - 3].is_ascii_lowercase() && k[n - 2] == b'P')
}

/// A host name or address with an optional `:port`, as written under a key
/// that names only the protocol (`smtp: mail.foo.bar:587`).
fn host_shaped(text: &str) -> bool {
    let host = match text.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => h,
        Some(_) => return false,
        None => text,
    };
    host.len() <= 253
        && host.contains('.')
        && host
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// Whether one of [`could_name_a_role`]'s stems starts `low` (lowercase):
/// only the stems of its first letter are compared (a scan of all of them
/// at every candidate letter was most of that look). Inlined, as it was
/// before [`could_name_a_role`] was forced inline: a call per candidate
/// letter cost more than the compares.
#[inline(always)]
fn stem_at(low: &[u8]) -> bool {
    let has = |s: &[u8]| low.starts_with(s);
    match low.first() {
        Some(b'a') => has(b"addr"),
        Some(b'b') => has(b"backend"),
        Some(b'd') => has(b"dsn") || has(b"driver") || has(b"disabl"),
        Some(b'e') => has(b"encr") || has(b"enabl") || has(b"existing") || has(b"endpoint"),
        Some(b'f') => has(b"from"),
        Some(b'h') => has(b"host"),
        Some(b'l') => has(b"login"),
        Some(b'p') => {
            has(b"port") || has(b"pass") || has(b"pwd") || has(b"proto") || has(b"provider")
        }
        Some(b'r') => has(b"relay"),
        Some(b's') => {
            has(b"serv")
                || has(b"send")
                || has(b"ssl")
                || has(b"secur")
                || has(b"stream")
                || has(b"secretref")
        }
        Some(b't') => has(b"tls") || has(b"token") || has(b"type") || has(b"transport"),
        Some(b'u') => has(b"user") || has(b"usr") || has(b"url") || has(b"uri") || has(b"unauth"),
        Some(b'v') => has(b"verif"),
        _ => false,
    }
}

/// Whether a key's own words say mail (`SMTP_USER`, `mail.password`).
pub fn mailish_key(key: &str) -> bool {
    Words::of(key).iter().any(mailish_word)
}

/// Whether a key names a mail switch by its words (`EMAIL_ENABLED`,
/// `ENABLE_SMTP`, or an inverted one, `SMTP_DISABLED`; a bare `enabled`
/// needs its block, not known here).
pub fn names_mail_switch(key: &str) -> bool {
    let w = Words::of(key);
    mail_switch(&w, || false) || mail_off_switch(&w)
}

/// The role a key names by its words (`None`: not an SMTP setting).
pub fn alias_role(key: &str) -> Option<Role> {
    role_with_context(&Words::of(key), false)
}

fn role_with_context(w: &Words, context_mail: bool) -> Option<Role> {
    let last = w.last()?;
    let prev = w.len().checked_sub(2).and_then(|i| w.get(i));
    let mailish = context_mail || w.iter().any(mailish_word);
    // The name this side gives itself or checks in the certificate
    // (`SMTP_LOCAL_HOSTNAME`, `EMAIL_ENCRYPTION_HOSTNAME`, `helo_host`),
    // not the server to connect to.
    let own_name = || {
        w.iter().any(|x| {
            matches!(
                x,
                "local"
                    | "helo"
                    | "ehlo"
                    | "hello"
                    | "encryption"
                    | "tls"
                    | "ssl"
                    | "sni"
                    | "cert"
                    // `force_hostname`: the HELO name an exim role forces.
                    | "force"
            )
        })
    };
    // Certificate checks named by a verify word: `noVerifyTLS`
    // (Sourcegraph), `SMTP_TLS_NO_VERIFY`, `disable_ssl_verification` turn
    // it off; `SMTP_TLS_VERIFY`, `verify_ssl` keep it on.
    if w.iter().any(|x| matches!(x, "verify" | "verification")) && mailish {
        let off = w.iter().any(|x| {
            matches!(
                x,
                "no" | "skip" | "disable" | "disabled" | "insecure" | "ignore" | "without"
            )
        });
        let about_tls = w
            .iter()
            .any(|x| matches!(x, "tls" | "ssl" | "cert" | "certificate" | "peer"));
        // `SKIP_EMAIL_VERIFICATION`: checking sign-up addresses, not certificates.
        if !about_tls && last != "verify" {
            return None;
        }
        return Some(if off {
            Role::SkipVerify
        } else {
            Role::VerifyPeer
        });
    }
    let role = match (prev, last) {
        (_, "host" | "hostname" | "server" | "relayhost" | "smarthost" | "mailhub")
            if own_name() =>
        {
            return None
        }
        (_, "host" | "hostname" | "server" | "relayhost" | "smarthost" | "mailhub") => Role::Host,
        // `exim_relay_relay_host_name` (the MASH/matrix Ansible roles),
        // `SMTP_HOST_NAME`: `hostname` written as two words.
        (Some("host"), "name") if own_name() => return None,
        (Some("host"), "name") => Role::Host,
        // `email_smtp = 'mail.acme.io'` (a Python mailer script's settings
        // module): the SMTP server named by the protocol word after the
        // mail word (a yes/no `MAIL_SMTP` switch is skipped by its value).
        (Some("email" | "mail" | "mailer"), "smtp") => Role::Host,
        // `SMTP_ENDPOINT`, `smtp_endpoint` (Amazon SES's word for its SMTP
        // server, as Terraform outputs and apps name it): the host, often
        // `host:port`. (An API's or webhook's endpoint has another word first.)
        (Some("smtp"), "endpoint") => Role::Host,
        // `SMARTHOST_ADDRESS` (namshi/smtp and the Exim relay images built
        // on it), `RELAYHOST_ADDRESS`: the relay's name, its port apart.
        (
            Some("smtp" | "mail" | "relay" | "server" | "host" | "smarthost" | "relayhost"),
            "address" | "addr",
        ) => Role::Host,
        // `address:` in an `smtp:` block (Rails' shape): the host, or the
        // sender when it holds an address (Sourcegraph's `email.address`).
        (None, "address" | "addr") if context_mail => Role::Host,
        // Sourcegraph's `email.address`: the sender (read only when the
        // value is an address, see `hits`).
        (Some("email"), "address") => Role::From,
        // `auth_protocol = plain`, `smtp_auth_method`: how to log in, not TLS.
        (Some("auth" | "authentication"), "protocol" | "method" | "mechanism" | "type") => {
            Role::AuthMethod
        }

        (_, "port") => Role::Port,
        (_, "user" | "username" | "login" | "usr") => Role::Username,
        (Some("user"), "name") => Role::Username,
        (_, "pass" | "password" | "passwd" | "pwd" | "pw") => Role::Password,
        // `passwordFile`, `SMTP_PASSWORD_FILE`, `password_command`: the
        // password is read from elsewhere (a secret file, a command).
        (Some("pass" | "password"), "file" | "command" | "cmd" | "eval") => Role::CredentialsFile,
        // A Helm chart's `smtpExistingSecret` (Bitnami's WordPress, Ghost,
        // Redmine, Odoo… charts) or `smtp.existingSecret` (Bitnami's
        // Grafana, Gitea): the name of a Kubernetes Secret that holds the
        // password (key `smtp-password`), used instead of `smtpPassword`.
        // Its `existingSecretPasswordKey` companions end in `key`: not this.
        (Some("existing"), "secret") => Role::CredentialsFile,
        // Kubernetes' `envFrom: [{secretRef: {name: smtp}}]` (read as a
        // `secretRef` naming the Secret): the container's variables,
        // credentials included, come from that Secret.
        (Some("secret"), "ref") if w.len() == 2 => return Some(Role::CredentialsFile),
        (Some("account"), "token") => Role::AccountToken,
        (Some("server" | "api"), "token") if mailish => Role::ServerToken,
        // Kubernetes' and ECS's `valueFrom`: where a variable's value
        // comes from (a secret store), not a sender.
        (Some("value"), "from") => return None,
        (_, "from" | "sender") => Role::From,
        (Some("from" | "sender"), "address" | "email" | "addr" | "mail") => Role::From,
        // The address mail is sent from: `NOREPLY_EMAIL` (Rallly),
        // `SMTP_EMAIL` (AppFlowy), `email` in an `smtp:` block (Ente).
        (Some("noreply" | "smtp" | "mailer"), "email") => Role::From,
        (Some("reply"), "email") if w.len() >= 3 && w.get(w.len() - 3) == Some("no") => Role::From,
        (None, "email") if context_mail => Role::From,
        (_, "encryption" | "security" | "protocol") => Role::Encryption,
        (_, "secure") => Role::ImplicitTls,
        (_, "ssl") => Role::ImplicitTls,
        (Some("use" | "enable"), "tls") => Role::StartTls,
        // nodemailer's `requireTLS` / `ignoreTLS`, passed on as
        // `SMTP_REQUIRE_TLS`, `SMTP_IGNORE_TLS` (Infisical, Overseerr).
        (Some("require" | "requires"), "tls") => Role::StartTls,
        (Some("ignore"), "tls") => Role::NoStartTls,
        // nodemailer's `tls.rejectUnauthorized` (`SMTP_TLS_REJECT_UNAUTHORIZED`)
        // and Go's `insecure_skip_verify` (Argo CD, Gatus).
        (Some("reject"), "unauthorized") => Role::VerifyPeer,
        (Some("skip"), "verify") => Role::SkipVerify,
        // lettre's `Tls` kind as apps pass it on (AppFlowy's
        // `APPFLOWY_MAILER_SMTP_TLS_KIND=wrapper|required|opportunistic|none`).
        (Some("tls"), "kind" | "mode") => Role::Encryption,
        // Coder's `CODER_EMAIL_FORCE_TLS`: dial with TLS from the first byte.
        (Some("force"), "tls") => Role::ImplicitTls,
        (_, "tls") => Role::Encryption,
        (_, "starttls") => Role::StartTls,
        (Some("message"), "stream") => Role::Stream,
        (_, "url" | "dsn" | "uri") if mailish => Role::Url,
        _ => return None,
    };
    // WP Mail SMTP's `Force From Email` (a checkbox on its settings page,
    // `WPMS_MAIL_FROM_FORCE`), `override_from_address`: a switch over the
    // sender, not the sender.
    if role == Role::From && w.iter().any(|x| matches!(x, "force" | "override")) {
        return None;
    }
    // A bare `host`/`port`/`user` is only SMTP when something says mail
    // (or nothing says otherwise); `user_name`, `from_email` are two words
    // that together name the setting.
    let bare = w.len() == 1 || (w.len() == 2 && matches!(prev, Some("user" | "from" | "sender")));
    if !mailish && !bare && !matches!(role, Role::From | Role::AccountToken) {
        return None;
    }
    Some(role)
}

/// Whether the entry's path (outside its own key) says mail, or says
/// something else. Entries of one segment share their scope's answer,
/// kept in `memo` (every key of a block would split the same path again).
fn context<'d>(
    doc: &'d Document,
    e: &'d Entry,
    memo: &mut HashMap<u32, (bool, bool, bool)>,
    flags: &mut SegFlags<'d>,
) -> (bool, bool, bool) {
    if e.segs.len != 1 {
        return path_context(doc.input, doc.path_rev(e).skip(1), flags);
    }
    *memo
        .entry(e.scope)
        .or_insert_with(|| path_context(doc.input, doc.scope_path_rev(e.scope), flags))
}

fn path_context<'d>(
    input: &'d str,
    path: impl Iterator<Item = &'d Seg>,
    flags: &mut SegFlags<'d>,
) -> (bool, bool, bool) {
    let (mut mail, mut other, mut links) = (false, false, false);
    for s in path.take(8) {
        if s.kind != SegKind::Key {
            continue;
        }
        let text = s.text(input);
        // A compose service's or a container's environment is one flat
        // namespace: what stands above it (the service's name, `mail-worker`)
        // is no part of a variable's name, so a bare `PORT=3000` there is
        // the app's own port, not a mail one.
        if text.eq_ignore_ascii_case("environment") || text.eq_ignore_ascii_case("env") {
            break;
        }
        let (m, o, l) = flags.of(text);
        mail |= m;
        other |= o;
        links |= l;
    }
    (mail, other, links)
}

/// Whether a path segment's words say mail, or something else, or name
/// the options of links written into mails (Rails'
/// `action_mailer.default_url_options = { host: … }`: the web app's host,
/// never the SMTP server's), kept per segment text: a paste names the same scopes again and again (every
/// `resource "…" { data = {…} }` of a Terraform file).
#[derive(Default)]
struct SegFlags<'d> {
    words: Words,
    by_text: HashMap<&'d str, (bool, bool, bool)>,
}

impl<'d> SegFlags<'d> {
    fn of(&mut self, text: &'d str) -> (bool, bool, bool) {
        if let Some(f) = self.by_text.get(text) {
            return *f;
        }
        self.words.split(text);
        let f = (
            self.words.iter().any(mailish_word),
            self.words.iter().any(not_mail_word),
            self.words.iter().any(|w| w == "url") && self.words.iter().any(|w| w == "options"),
        );
        self.by_text.insert(text, f);
        f
    }
}

/// The entries an inferring table reads, with their roles.
pub fn hits(doc: &Document, p: &Profile) -> Vec<(u32, Role, Read)> {
    let mut out = Vec::new();
    let secret = kubernetes_secret(doc);
    let mut memo = HashMap::default();
    // What each distinct key's words say, worked out once: a paste repeats
    // the same few keys (`host`, `port`) in entry after entry.
    let mut keys: HashMap<&str, KeyFacts> = HashMap::default();
    let mut spare = KeyFacts::default();
    // Reused for every path: no allocation per entry.
    let mut flags = SegFlags::default();
    // Hits whose key and path say nothing of mail (`HOST`, `PORT`), and
    // whether any other key or path does: one naming how mail is sent
    // (`SMTP_HOST`, `mail.user`), or only one naming a sender (`from_email`).
    let (mut bare, mut mail_named) = (Vec::new(), false);
    let mut opportunistic: Option<bool> = None;
    let mut mail_blocks: Vec<u32> = Vec::new();
    let mut containers = None;
    for (i, e) in doc.entries.iter().enumerate() {
        if e.commented()
            || e.value.kind == ValKind::Presence
            || p.syntaxes & super::engine::syntax_bit(e.syntax) == 0
        {
            continue;
        }
        let last = doc.path_rev(e).next();
        if cannot_hit(doc, e, last) {
            continue;
        }
        let text = doc.text_of(&e.value);
        // An SMTP URL wherever it stands.
        if super::engine::is_smtp_url(text)
            && url::find_all(text).first().is_some_and(|r| r.start == 0)
        {
            out.push((i as u32, Role::Url, Read::Url(UrlFlavor::Nodemailer)));
            mail_named = true;
            continue;
        }
        let Some(last) = last else {
            continue;
        };
        // A `sasl_passwd` line under a key naming SASL (an Ansible role's
        // `postfix_sasl_password_maps:` list of `host user:pass` items, a
        // `sasl_passwd:` variable): the login, as the map file holds it.
        // (`host user:pass` has four bytes at least: a shorter value is
        // ruled out here, without the call.)
        if e.value.kind == ValKind::Literal
            && text.len() >= 4
            && super::fields::sasl_login(text).is_some()
            && doc
                .path_rev(e)
                .find(|s| s.kind == SegKind::Key)
                .is_some_and(|k| {
                    k.text(doc.input)
                        .as_bytes()
                        .windows(4)
                        .any(|w| w.eq_ignore_ascii_case(b"sasl"))
                })
        {
            out.push((i as u32, Role::Username, Read::SaslLine));
            mail_named = true;
            continue;
        }
        if last.kind != SegKind::Key {
            continue;
        }
        let key = last.text(doc.input);
        // "Label: value" notes: the labels people write, some naming two settings.
        if e.syntax == Syntax::Prose {
            if let Some(roles) = label_roles(key) {
                out.extend(roles.iter().map(|r| (i as u32, *r, Read::Plain)));
                continue;
            }
        }
        // `smtp: mail.foo.bar:587` (an Ansible role's `mail:` variable): a
        // key that is only the protocol's name, holding a host name.
        if key.eq_ignore_ascii_case("smtp")
            && e.value.kind == ValKind::Literal
            && host_shaped(text.trim())
        {
            out.push((i as u32, Role::Host, Read::HostPort));
            mail_named = true;
            continue;
        }
        // The id of an AWS access key under a mail-named key that names no
        // role (`output "smtp_key" { value = aws_iam_access_key.smtp.id }`):
        // Amazon SES's SMTP username is the access key's id.
        if e.syntax == Syntax::Code(Lang::Hcl)
            && e.value.kind == ValKind::Reference
            && access_key_id(text)
            && mailish_key(key)
            && alias_role(key).is_none()
        {
            out.push((i as u32, Role::Username, Read::Plain));
            mail_named = true;
            continue;
        }
        if !could_name_a_role(key.as_bytes()) || compose_service_name(doc, e, key, &mut containers)
        {
            continue;
        }
        if !keys.contains_key(key) && keys.len() < MAX_KEY_FACTS {
            keys.insert(key, KeyFacts::of(key));
        }
        let facts = match keys.get(key) {
            Some(f) => f,
            None => {
                spare.fill(key);
                &spare
            }
        };
        let w = &facts.words;
        let switch = match facts.switch {
            (off, on) if off == on => off,
            _ => mail_switch(w, || parent_is_mail(doc, e, &mut flags)),
        };
        if switch {
            out.push((i as u32, Role::Enabled, Read::Plain));
            continue;
        }
        if facts.off_switch {
            out.push((i as u32, Role::Disabled, Read::Plain));
            continue;
        }
        // `SMTP_OPPORTUNISTIC_TLS` (Dify, and apps that copied it): which
        // TLS the `*_USE_TLS`/`*_TLS` switch means, decided below.
        if w.len() >= 2
            && w.last() == Some("tls")
            && w.get(w.len() - 2) == Some("opportunistic")
            && w.iter().any(mailish_word)
        {
            opportunistic = parse_bool(text);
            continue;
        }
        if facts.transport {
            // `NEXT_PUBLIC_EMAIL_PROVIDER=true`: a switch, not a name.
            let role = if parse_bool(text).is_some() {
                Role::Enabled
            } else {
                Role::Transport
            };
            out.push((i as u32, role, Read::Plain));
            continue;
        }
        if facts.role_in_mail.is_none() {
            continue;
        }
        let (mut mail, other, links) = context(doc, e, &mut memo, &mut flags);
        if mail && e.syntax == Syntax::Code(Lang::Hcl) {
            mail = !resource_argument_outside_mail(doc, e, &mut flags);
        }
        let own_mail = facts.own_mail;
        if links || other && !mail && !own_mail {
            continue;
        }
        // A key with no mail word in it or above it (`HOST`, `PORT`,
        // `USERNAME`) next to mail-named ones is the app's own setting
        // (the web server's `HOST=0.0.0.0`, `PORT=3000`), not SMTP's.
        let named = mail || own_mail;
        let role = if mail {
            facts.role_in_mail
        } else {
            facts.role_alone
        };
        let Some(mut role) = role else {
            mail_named |= named;
            continue;
        };
        // An address where a host or a sender could stand is told by its
        // value: `MAIL_ADDRESS=status@acme.io` (Cachet) is the From,
        // `smtp_address: smtp.acme.io` (Rails) the host; a sender key named
        // by an address word alone (`SMTP_EMAIL`, `email`) with no address
        // in it (`email: true`) is not the From.
        if e.value.kind == ValKind::Literal
            && matches!(role, Role::Host | Role::From)
            && matches!(w.last(), Some("address" | "addr" | "email"))
            && !matches!(prev_word(w), Some("from" | "sender"))
        {
            let at = text.contains('@') && !super::engine::is_smtp_url(text);
            role = match (role, at) {
                (Role::Host, true) => Role::From,
                (Role::From, false) if !text.trim().is_empty() => continue,
                (r, _) => r,
            };
        }
        // A sender's name says the app sends mail, not that it names its
        // server settings by mail words: `from_email` beside bare `host`,
        // `username`, `port` (a PHP `smtp.php` array) is told below.
        if role != Role::From {
            mail_named |= named;
        }
        // The blocks that hold a mail-named server of their own
        // (`smtp_server:` next to a bare `username:`), for the bare keys
        // kept below.
        if own_mail && role == Role::Host && mail_blocks.last() != Some(&e.scope) {
            mail_blocks.push(e.scope);
        }
        // A bare `PORT` that holds a mail port (587, 465, 25, 2525) is the
        // mail server's: no web server listens there (a birthday mailer's
        // `SMTP_SERVER_ADDRESS`, `PORT: int = 587`).
        let mail_port = role == Role::Port
            && e.value.kind == ValKind::Literal
            && matches!(text.trim(), "25" | "465" | "587" | "2525");
        // (A container's `envFrom` Secret, read as `secretRef`, holds the
        // credentials of whatever mail settings stand beside it.)
        let is_bare = !(mail || own_mail)
            && role != Role::From
            && role != Role::CredentialsFile
            && !mail_port;
        // A server read from the environment whose shell default is an SMTP
        // URL with a login (`EMAIL_SERVER=${EMAIL_SERVER:-smtp://u:p@host}`,
        // NextAuth's): the key holds a whole URL, read elsewhere.
        if role == Role::Host
            && e.value.kind == ValKind::Reference
            && !matches!(e.syntax, Syntax::Code(_))
            && super::engine::url_default(text)
        {
            out.push((i as u32, Role::Url, Read::Url(UrlFlavor::Nodemailer)));
            mail_named = true;
            continue;
        }
        if role == Role::Url {
            // `MAIL_URL=${MAIL_URL}`, `SMTP_URL: ${SMTP_URL}`: the mail
            // transport's URL (named by the mail word right before `url`),
            // read from elsewhere, is the configuration, unresolved. A
            // literal that is no SMTP URL (`MAIL_URL=https://…`) is no mail
            // server, nor a reference named by another word
            // (`NOTIFICATION_URL`, `EMAIL_LOGO_URL`). A code variable handing
            // the environment on (`MAILER_DSN = os.environ.get(…)`) is
            // parsed further down, or not used: no setting.
            if e.value.kind == ValKind::Reference
                && !matches!(e.syntax, Syntax::Code(_))
                && matches!(prev_word(w), Some("smtp" | "mail" | "email" | "mailer"))
            {
                out.push((i as u32, Role::Url, Read::Url(UrlFlavor::Nodemailer)));
                mail_named = true;
            }
            continue;
        }
        // `install_mailserver: yes` (an Ansible switch whose words end in
        // `server`): a yes/no word is no host name.
        if role == Role::Host && e.value.kind == ValKind::Literal && parse_bool(text).is_some() {
            continue;
        }
        // `SMTP_SECURE=tls` / `SMTP_SSL=starttls`: a word, not a switch.
        if role == Role::ImplicitTls
            && e.value.kind == ValKind::Literal
            && parse_bool(text).is_none()
            && !text.trim().is_empty()
        {
            role = Role::Encryption;
        }
        // A Kubernetes Secret's `data:` values are base64 (its
        // `stringData:` and a ConfigMap's `data:` are plain text).
        let read = if secret
            && e.value.kind == ValKind::Literal
            && doc
                .path_rev(e)
                .nth(1)
                .is_some_and(|s| s.text(doc.input) == "data")
            && super::fields::base64_text(text).is_some_and(|t| printable(&t))
        {
            Read::Base64
        } else if role == Role::Host && relay_key(w) {
            // A relay host is `host:port` by design wherever it is written
            // (Postfix `relayhost = [host]:587`, sSMTP `mailhub`, Exim
            // `smarthost`), also as an Ansible or Helm variable for them.
            Read::HostPort
        } else {
            // A host field of an unknown app is a host: `host:port` in it is
            // reported (`host/has-port`), since most apps take the port apart.
            Read::Plain
        };
        if is_bare {
            bare.push(out.len());
        }
        out.push((i as u32, role, read));
    }
    // With `*_OPPORTUNISTIC_TLS=false`, the TLS switch is TLS from the
    // first byte (Dify: `SMTP_USE_TLS=true` alone is `SMTP_SSL`, with
    // `SMTP_OPPORTUNISTIC_TLS=true` it is STARTTLS).
    if opportunistic == Some(false) {
        for h in out.iter_mut() {
            let w = Words::of(doc.key_of(&doc.entries[h.0 as usize]));
            if matches!(h.1, Role::StartTls | Role::Encryption) && w.last() == Some("tls") {
                h.1 = Role::ImplicitTls;
            }
        }
    }
    // With nothing mail-named in the paste, bare keys are an SMTP
    // configuration only when something says mail: a host naming a mail
    // server (`HOST=smtp.acme.io`), a mail port (kept above, not bare), a
    // login read otherwise. A compose service's or a web app's
    // `PORT=3000` beside `ROOT_URL`, `MONGO_URL` alone is its HTTP port.
    // A sender, named by a mail word or not, is no evidence: every web app
    // sends some mail, so `MAIL_FROM` or `FROM_ADDRESS` beside
    // `HOST=0.0.0.0`, `PORT=3000` is a web app's server, `from_email`
    // beside `host => $_ENV['MAIL_HOST']`, `port`, `username` the SMTP
    // block's (the host's value names mail).
    if !mail_named && !bare.is_empty() && !bare_mail_evidence(doc, &out, &bare) {
        let mut n = 0;
        let mut drop = bare.iter().peekable();
        out.retain(|_| {
            let keep = drop.next_if_eq(&&n).is_none();
            n += 1;
            keep
        });
        combined_address(doc, &mut out);
        return out;
    }
    if mail_named && !bare.is_empty() {
        // A bare key inside a nested block whose siblings are mail-named
        // (Ansible's zabbix_mediatype: `smtp_server`, `smtp_email`, then
        // `username`, `password`) is that block's: kept. A flat file's or
        // a container environment's bare `PORT`/`USERNAME` is the app's own.
        let shared = |h: &(u32, Role, Read)| {
            let scope = doc.entries[h.0 as usize].scope;
            matches!(h.1, Role::Username | Role::Password)
                && mail_blocks.contains(&scope)
                && nested_block(doc, scope)
        };
        // A bare `HOST` naming a mail server (`HOST=smtp.postmarkapp.com`
        // beside `SMTP_USER`, `SMTP_PASS`) is the mail server's, where no
        // mail-named key gives the host: no web server is called `smtp.…`.
        let mut next = bare.iter().peekable();
        let named_host = out.iter().enumerate().any(|(n, h)| {
            let is_bare = next.next_if_eq(&&n).is_some();
            !is_bare && h.1 == Role::Host
        });
        let mail_host = |h: &(u32, Role, Read)| {
            !named_host
                && h.1 == Role::Host
                && super::engine::names_mail(doc.text_of(&doc.entries[h.0 as usize].value))
        };
        let mut n = 0;
        let mut drop = bare.iter().peekable();
        out.retain(|h| {
            let keep = drop.next_if_eq(&&n).is_none() || shared(h) || mail_host(h);
            n += 1;
            keep
        });
    }
    server_reference(doc, &mut out);
    combined_address(doc, &mut out);
    out
}

/// Whether `key` is a container's own name (`hostname:`, `domainname:`,
/// `container_name:`; docs.docker.com "Services top-level elements")
/// beside the container's `image:` or `build:`, or in a Compose service
/// (`services: mailer: hostname: mailer`): the name other containers reach
/// it by, not a mail server it connects to, though the service's name
/// says mail. `containers`: the scopes holding an `image:` or `build:`
/// key, gathered in one pass the first time such a key is met.
fn compose_service_name(
    doc: &Document,
    e: &Entry,
    key: &str,
    containers: &mut Option<rustc_hash::FxHashSet<u32>>,
) -> bool {
    if !matches!(key, "hostname" | "domainname" | "container_name") {
        return false;
    }
    let scopes = containers.get_or_insert_with(|| {
        doc.entries
            .iter()
            .filter(|x| {
                doc.path_rev(x)
                    .next()
                    .is_some_and(|s| matches!(s.text(doc.input), "image" | "build"))
            })
            .map(|x| x.scope)
            .collect()
    });
    if scopes.contains(&e.scope) {
        return true;
    }
    let mut path = doc.path_rev(e).skip(1);
    let (Some(_service), Some(top), None) = (path.next(), path.next(), path.next()) else {
        return false;
    };
    top.kind == SegKind::Key && top.text(doc.input) == "services"
}

/// A mail server key read from the environment with nothing beside it but
/// a sender (no port, login or TLS setting anywhere): NextAuth's
/// `EMAIL_SERVER=${EMAIL_SERVER}` with `EMAIL_FROM`, where the variable
/// holds a whole SMTP URL (`smtp://user:pass@host:587`). Read as that URL,
/// unresolved: what it holds is not in the paste, so neither is a missing
/// login or port. A `*_HOST` key names the host alone and stays one.
fn server_reference(doc: &Document, hits: &mut [(u32, Role, Read)]) {
    if hits.iter().any(|h| !matches!(h.1, Role::Host | Role::From))
        || hits.iter().filter(|h| h.1 == Role::Host).count() != 1
    {
        return;
    }
    for h in hits.iter_mut().filter(|h| h.1 == Role::Host) {
        let e = &doc.entries[h.0 as usize];
        let w = Words::of(doc.key_of(e));
        if e.value.kind == ValKind::Reference
            && !matches!(e.syntax, Syntax::Code(_))
            && w.last() == Some("server")
            && matches!(prev_word(&w), Some("smtp" | "mail" | "email" | "mailer"))
        {
            *h = (h.0, Role::Url, Read::Url(UrlFlavor::Nodemailer));
        }
    }
}

/// With no port written anywhere (no port key, no URL), a server or
/// address key's `host:port` is the server's address as the app dials it
/// (Reva's `smtp_server = "smtp.acme.io:587"`, Go's `smtp.SendMail(addr)`,
/// an `SMTP_ADDR`, SES's `smtp_endpoint`), not a host with a stray port: read as both. A `*_HOST`
/// key names the host alone, so `host:port` in it stays a finding.
fn combined_address(doc: &Document, hits: &mut [(u32, Role, Read)]) {
    if hits.iter().any(|h| matches!(h.1, Role::Port | Role::Url)) {
        return;
    }
    for h in hits
        .iter_mut()
        .filter(|h| h.1 == Role::Host && h.2 == Read::Plain)
    {
        let key = doc.key_of(&doc.entries[h.0 as usize]);
        if matches!(
            Words::of(key).last(),
            Some("server" | "address" | "addr" | "endpoint")
        ) {
            h.2 = Read::HostPort;
        }
    }
}

/// Whether the hits of a paste with no mail-named key say mail: a setting
/// hit that is not bare (a mail port, a "Label: value" note, an SMTP URL),
/// a bare host whose value names a mail server (`smtp.acme.io`,
/// `${SMTP_HOST}`, `mailhog`) or a bare port of a local mail catcher (1025).
/// `bare` holds indexes into `hits`, ascending. A sender is none: it says
/// the app sends mail, not that its bare `HOST`/`PORT` are the server's.
fn bare_mail_evidence(doc: &Document, hits: &[(u32, Role, Read)], bare: &[usize]) -> bool {
    let mut next = bare.iter().peekable();
    hits.iter().enumerate().any(|(n, h)| {
        let is_bare = next.next_if_eq(&&n).is_some();
        let text = || doc.text_of(&doc.entries[h.0 as usize].value).trim();
        match h.1 {
            Role::Host => !is_bare || super::engine::names_mail(text()),
            Role::Port => !is_bare || text() == "1025",
            Role::Url | Role::Username | Role::Password => !is_bare,
            _ => false,
        }
    })
}

/// Whether an HCL entry is an argument of a Terraform `resource "type"
/// "name" {…}` or `data "type" "name" {…}` block whose type names no mail
/// (`resource "aws_iam_access_key" "smtp" { user = aws_iam_user.smtp.name }`):
/// a resource's arguments mean what its provider's schema says, whatever
/// local name the block is given, so `smtp` as that name is no mail context
/// (the IAM user an access key belongs to is not an SMTP login; SES's SMTP
/// username is the key's id). A key under a map argument (`data = { … }` of
/// a Kubernetes Secret named `smtp`) is named by the user: the path above
/// it counts as usual.
fn resource_argument_outside_mail<'d>(
    doc: &'d Document,
    e: &'d Entry,
    flags: &mut SegFlags<'d>,
) -> bool {
    let mut above = doc.path_rev(e).skip(1);
    let (Some(_name), Some(ty), Some(block), None) =
        (above.next(), above.next(), above.next(), above.next())
    else {
        return false;
    };
    block.kind == SegKind::Key
        && matches!(block.text(doc.input), "resource" | "data")
        && !flags.of(ty.text(doc.input)).0
}

/// Whether a Terraform expression is the id of an AWS access key
/// (`aws_iam_access_key.smtp.id`, `${aws_iam_access_key.smtp.id}`), which
/// is the SMTP username of Amazon SES (docs.aws.amazon.com/ses "Obtaining
/// Amazon SES SMTP credentials"; its password is the key's
/// `ses_smtp_password_v4`, registry.terraform.io aws_iam_access_key).
fn access_key_id(text: &str) -> bool {
    let t = text.trim();
    let t = t
        .strip_prefix("${")
        .and_then(|t| t.strip_suffix('}'))
        .unwrap_or(t);
    t.strip_prefix("aws_iam_access_key.")
        .and_then(|t| t.strip_suffix(".id"))
        .is_some_and(|name| {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        })
}

/// Whether a scope is a nested block of settings, not the top level of a
/// file nor a container's environment (`environment:`, `env:`), where
/// every variable of the app stands side by side.
fn nested_block(doc: &Document, scope: u32) -> bool {
    if doc.scopes.get(scope as usize).is_none_or(|s| s.depth == 0) {
        return false;
    }
    // (`x-environment: &default-environment`, a compose anchor, too.)
    !doc.scope_path_rev(scope).take(2).any(|s| {
        s.kind == SegKind::Key
            && Words::of(s.text(doc.input))
                .iter()
                .any(|w| matches!(w, "environment" | "env" | "variables"))
    })
}

/// The word before a key's last.
fn prev_word(w: &Words) -> Option<&str> {
    w.len().checked_sub(2).and_then(|i| w.get(i))
}

/// Whether a key is an app's mail switch: `SMTP_ENABLED`, `MAIL_ENABLED`,
/// `KUTT_MAIL_ENABLED`, Graylog's `transport_email_enabled`, `ENABLE_SMTP`,
/// or `enabled` directly under a mail section (`smtp: {enabled: false}`).
/// Off, none of the SMTP settings are used (`input/smtp-not-enabled`).
/// Only mail words may stand next to the switch word (an app prefix
/// first is fine): `SMTP_TLS_ENABLED`, `SMTP_AUTH_ENABLED` switch TLS or
/// login, `GOTRUE_EXTERNAL_EMAIL_ENABLED` sign-up by mail, not sending.
fn mail_switch(w: &Words, parent_is_mail: impl FnOnce() -> bool) -> bool {
    const SWITCH: [&str; 2] = ["enabled", "enable"];
    let sending = |x: &str| matches!(x, "smtp" | "mail" | "email" | "mailer" | "emails" | "mails");
    let n = w.len();
    let Some(last) = w.last() else {
        return false;
    };
    if n == 1 {
        return SWITCH.contains(&last) && parent_is_mail();
    }
    // `ENABLE_SMTP`, `ENABLE_EMAIL`.
    if w.get(0) == Some("enable") && n == 2 {
        return sending(last);
    }
    if !SWITCH.contains(&last) {
        return false;
    }
    // `[prefix_]mail…_enabled`: every word between is a mail word, or
    // `server`/`relay` next to one (`smtp_server_enable`, an Ansible role's).
    let from = usize::from(n > 2 && !w.get(0).is_some_and(sending));
    (from..n - 1).all(|i| {
        w.get(i)
            .is_some_and(|x| sending(x) || matches!(x, "server" | "relay"))
    }) && (from..n - 1).any(|i| w.get(i).is_some_and(sending))
}

/// Whether a key is an inverted mail switch, true to send nothing:
/// `SMTP_DISABLED`, `EMAIL_DISABLED`, `MAIL_DISABLED` (home-grown apps'
/// "log instead of sending" switch; ToolJet's `SMTP_DISABLED`),
/// `DISABLE_EMAIL`, `DISABLE_SMTP`. As for [`mail_switch`], only mail words
/// stand next to the switch word, after an app prefix: `SMTP_AUTH_DISABLED`
/// (Typebot: no login) and `DISABLE_EMAIL_VERIFICATION` are not.
fn mail_off_switch(w: &Words) -> bool {
    let sending = |x: &str| matches!(x, "smtp" | "mail" | "email" | "mailer" | "emails" | "mails");
    let n = w.len();
    if n == 2 && w.get(0) == Some("disable") {
        return w.get(1).is_some_and(sending);
    }
    if n < 2 || !matches!(w.last(), Some("disabled")) {
        return false;
    }
    let from = usize::from(n > 2 && !w.get(0).is_some_and(sending));
    (from..n - 1).all(|i| w.get(i).is_some_and(sending))
}

/// Distinct keys whose [`KeyFacts`] one lint keeps (a bound on memory
/// for a paste of ever-new keys; beyond it each is worked out in place).
const MAX_KEY_FACTS: usize = 4096;

/// What a key's words alone say, for [`hits`]: the same for every entry
/// with that key.
#[derive(Default)]
struct KeyFacts {
    words: Words,
    /// [`mail_switch`] with the parent taken as not mail, and as mail:
    /// the parent is looked at only when the two differ.
    switch: (bool, bool),
    /// [`mail_off_switch`].
    off_switch: bool,
    /// [`mail_transport`].
    transport: bool,
    /// [`role_with_context`] in a mail context, and alone.
    role_in_mail: Option<Role>,
    role_alone: Option<Role>,
    /// A mail word among the key's own words.
    own_mail: bool,
}

impl KeyFacts {
    fn of(key: &str) -> KeyFacts {
        let mut f = KeyFacts::default();
        f.fill(key);
        f
    }

    /// Works the facts out for `key`, reusing the words' buffers.
    fn fill(&mut self, key: &str) {
        self.words.split(key);
        let w = &self.words;
        self.switch = (mail_switch(w, || false), mail_switch(w, || true));
        self.off_switch = mail_off_switch(w);
        self.transport = mail_transport(w);
        self.role_in_mail = role_with_context(w, true);
        self.role_alone = role_with_context(w, false);
        self.own_mail = w.iter().any(mailish_word);
    }
}

/// Whether a key names how an app sends its mail: `MAIL_TYPE` (Dify:
/// `smtp`, `resend`, `sendgrid`), `EMAIL_PROVIDER`, `MAIL_TRANSPORT`,
/// `<APP>_MAIL_DRIVER`: a mail word (after an app prefix) and the word.
/// Read against the generic switch: `smtp` sends with these settings,
/// `log`/`console`/`file` send nothing, another name (an HTTP API
/// provider) sends without them.
fn mail_transport(w: &Words) -> bool {
    let n = w.len();
    if n < 2
        || !w
            .last()
            .is_some_and(|x| matches!(x, "type" | "driver" | "transport" | "backend" | "provider"))
    {
        return false;
    }
    let sending = |x: &str| matches!(x, "smtp" | "mail" | "email" | "mailer" | "emails" | "mails");
    let from = usize::from(n > 2 && !w.get(0).is_some_and(sending));
    (from..n - 1).all(|i| w.get(i).is_some_and(sending))
}

/// Whether the segment right above an entry's key names mail (`smtp:`).
fn parent_is_mail<'d>(doc: &'d Document, e: &'d Entry, flags: &mut SegFlags<'d>) -> bool {
    doc.path_rev(e)
        .nth(1)
        .filter(|s| s.kind == SegKind::Key)
        .is_some_and(|s| {
            let t = s.text(doc.input);
            flags.words.split(t);
            flags.words.len() == 1
                && flags
                    .words
                    .get(0)
                    .is_some_and(|x| matches!(x, "smtp" | "mail" | "email" | "mailer"))
        })
}

/// Whether a key names a relay host, whose value is `host:port` by design.
fn relay_key(words: &Words) -> bool {
    words
        .last()
        .is_some_and(|w| matches!(w, "relayhost" | "smarthost" | "mailhub"))
}

/// Whether the paste is a Kubernetes manifest holding a `kind: Secret`.
fn kubernetes_secret(doc: &Document) -> bool {
    doc.container == Some(crate::extract::read::sniff::Container::Kubernetes)
        && doc.active().any(|e| {
            doc.path_rev(e).nth(1).is_none()
                && doc.key_of(e) == "kind"
                && doc.text_of(&e.value).trim() == "Secret"
        })
}

/// Decoded text that a person could have written (not random bytes that
/// happened to decode).
fn printable(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| !c.is_control() || c == '\n')
}

/// Labels of dashboards, notes and support mails (normalised by
/// [`normalize_label`]) → the settings they name (`Username / Password`
/// names two). Word inference reads the rest.
const LABELS: &[(&str, &[Role])] = &[
    ("server", &[Role::Host]),
    ("smtp server", &[Role::Host]),
    ("smtp server address", &[Role::Host]),
    ("server address", &[Role::Host]),
    ("server name", &[Role::Host]),
    ("host", &[Role::Host]),
    ("hostname", &[Role::Host]),
    ("host name", &[Role::Host]),
    ("smtp host", &[Role::Host]),
    ("smtp hostname", &[Role::Host]),
    ("smtp address", &[Role::Host]),
    ("mail server", &[Role::Host]),
    ("outgoing server", &[Role::Host]),
    ("outgoing mail server", &[Role::Host]),
    ("outgoing smtp server", &[Role::Host]),
    ("relay host", &[Role::Host]),
    ("smtp relay", &[Role::Host]),
    ("port", &[Role::Port]),
    ("ports", &[Role::Port]),
    ("smtp port", &[Role::Port]),
    ("server port", &[Role::Port]),
    ("port number", &[Role::Port]),
    ("outgoing port", &[Role::Port]),
    ("username", &[Role::Username]),
    ("user name", &[Role::Username]),
    ("user", &[Role::Username]),
    ("login", &[Role::Username]),
    ("smtp username", &[Role::Username]),
    ("smtp user name", &[Role::Username]),
    ("smtp user", &[Role::Username]),
    ("smtp login", &[Role::Username]),
    ("access key", &[Role::Username]),
    ("user name / access key", &[Role::Username]),
    ("username / access key", &[Role::Username]),
    ("password", &[Role::Password]),
    ("pass", &[Role::Password]),
    ("smtp password", &[Role::Password]),
    ("secret key", &[Role::Password]),
    ("secret", &[Role::Password]),
    ("password / secret key", &[Role::Password]),
    ("username / password", &[Role::Username, Role::Password]),
    ("username and password", &[Role::Username, Role::Password]),
    ("user name / password", &[Role::Username, Role::Password]),
    ("user name and password", &[Role::Username, Role::Password]),
    ("authentication", &[Role::AuthMethod]),
    ("authentication method", &[Role::AuthMethod]),
    ("authentication type", &[Role::AuthMethod]),
    ("auth method", &[Role::AuthMethod]),
    ("security", &[Role::Encryption]),
    ("security type", &[Role::Encryption]),
    ("connection security", &[Role::Encryption]),
    ("secure connection", &[Role::Encryption]),
    ("encryption", &[Role::Encryption]),
    ("encryption method", &[Role::Encryption]),
    ("encryption type", &[Role::Encryption]),
    ("tls / ssl", &[Role::Encryption]),
    ("ssl / tls", &[Role::Encryption]),
    ("from", &[Role::From]),
    ("from address", &[Role::From]),
    ("from email", &[Role::From]),
    ("from email address", &[Role::From]),
    ("sender", &[Role::From]),
    ("sender address", &[Role::From]),
    ("sender email", &[Role::From]),
    ("email from", &[Role::From]),
    ("mail from", &[Role::From]),
    ("message stream", &[Role::Stream]),
    ("server api token", &[Role::ServerToken]),
    ("server token", &[Role::ServerToken]),
    ("account api token", &[Role::AccountToken]),
    ("account token", &[Role::AccountToken]),
];

/// `Outgoing Mail Server (SMTP)` → `outgoing mail server`;
/// `User name/Access Key` → `user name / access key`.
fn normalize_label(label: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in label.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '/' => out.push_str(" / "),
            '_' | '-' | '*' | '`' => out.push(' '),
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The settings a label names.
pub fn label_roles(label: &str) -> Option<&'static [Role]> {
    let n = normalize_label(label);
    LABELS.iter().find(|(l, _)| *l == n).map(|(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stem_dispatch_matches_the_stem_list() {
        // Every stem, cut short, with a tail, and every other lowercase start.
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for s in STEMS {
            texts.push(s.to_vec());
            texts.push(s[..s.len() - 1].to_vec());
            texts.push([s, b"_x".as_slice()].concat());
        }
        texts.extend((b'a'..=b'z').map(|c| vec![c, b'x', b'y', b'z']));
        for t in texts {
            let want = STEMS.iter().any(|s| t.starts_with(s));
            assert_eq!(stem_at(&t), want, "{}", String::from_utf8_lossy(&t));
        }
    }

    #[test]
    fn glued_role_words_split() {
        let w = |k: &str| words(k).join(" ");
        assert_eq!(w("mail_smtphost"), "mail smtp host");
        assert_eq!(w("smtpport"), "smtp port");
        assert_eq!(w("mailname"), "mailname");
        assert_eq!(w("MAILNAME"), "mailname");
        assert_eq!(w("senderemail"), "sender email");
        assert_eq!(w("fromaddress"), "from address");
        assert_eq!(w("fromage"), "fromage");
        assert_eq!(w("smtpname"), "smtp username");
        assert_eq!(w("SMTP_NAME"), "smtp name");
        assert_eq!(w("mailsenders"), "mailsenders");
        assert_eq!(w("smtp"), "smtp");
        assert_eq!(w("SMTPServer"), "smtp server");
        assert_eq!(w("mailserver_relayport"), "mail server relay port");
        assert_eq!(w("relaypassword"), "relay password");
        assert_eq!(w("relayhost"), "relayhost");
        assert_eq!(w("relays"), "relays");
    }

    #[test]
    fn aliases() {
        assert_eq!(alias_role("SMTP_HOST"), Some(Role::Host));
        assert_eq!(alias_role("email_smtp"), Some(Role::Host));
        // A switch over the sender is not the sender.
        assert_eq!(alias_role("Force From Email"), None);
        assert_eq!(alias_role("override_from_address"), None);
        assert_eq!(alias_role("From Email"), Some(Role::From));
        assert_eq!(alias_role("smtp"), None);
        assert_eq!(alias_role("smtpPassword"), Some(Role::Password));
        assert_eq!(
            alias_role("SMTP_PASSWORD_FILE"),
            Some(Role::CredentialsFile)
        );
        assert_eq!(alias_role("passwordFile"), None);
        // Bitnami charts: the Kubernetes Secret holding the SMTP password.
        assert_eq!(
            alias_role("smtpExistingSecret"),
            Some(Role::CredentialsFile)
        );
        assert_eq!(alias_role("existingSecret"), None);
        assert_eq!(alias_role("smtpExistingSecretPasswordKey"), None);
        assert_eq!(alias_role("Outgoing server"), Some(Role::Host));
        assert_eq!(alias_role("user_name"), Some(Role::Username));
        assert_eq!(alias_role("DATABASE_HOST_NAME"), None);
        assert_eq!(
            alias_role("POSTMARK_ACCOUNT_TOKEN"),
            Some(Role::AccountToken)
        );
        assert_eq!(alias_role("SMTP_SECURE"), Some(Role::ImplicitTls));
        assert_eq!(alias_role("MAIL_USE_TLS"), Some(Role::StartTls));
        assert_eq!(alias_role("SMTP_TLS"), Some(Role::Encryption));
        assert_eq!(alias_role("CODER_EMAIL_FORCE_TLS"), Some(Role::ImplicitTls));
        // Acronyms and glued words.
        assert_eq!(words("SMTPServer"), ["smtp", "server"]);
        assert_eq!(words("EnableSMTPAuth"), ["enable", "smtp", "auth"]);
        assert_eq!(alias_role("SMTPPort"), Some(Role::Port));
        assert_eq!(alias_role("mail_smtphost"), Some(Role::Host));
        assert_eq!(alias_role("mail_smtpname"), Some(Role::Username));
        assert_eq!(alias_role("SMTP_NAME"), None);
        assert_eq!(alias_role("SMTP_HOST_ADDR"), Some(Role::Host));
        // The client's own name, or the name its certificate check expects.
        assert_eq!(alias_role("SMTP_LOCAL_HOSTNAME"), None);
        assert_eq!(alias_role("EMAIL_ENCRYPTION_HOSTNAME"), None);
        assert_eq!(alias_role("smtp_helo_host"), None);
        // How to log in is not how to encrypt.
        assert_eq!(alias_role("smtp_auth_protocol"), Some(Role::AuthMethod));
        // Where a variable's value comes from (a secret store): no sender.
        assert_eq!(alias_role("valueFrom"), None);
        assert_eq!(alias_role("secretRef"), Some(Role::CredentialsFile));
        assert_eq!(alias_role("mail_from"), Some(Role::From));
    }

    #[test]
    fn labels() {
        assert_eq!(
            label_roles("Outgoing Mail Server (SMTP)"),
            Some(&[Role::Host][..])
        );
        assert_eq!(
            label_roles("User name/Access Key"),
            Some(&[Role::Username][..])
        );
        assert_eq!(label_roles("Username/Password").map(|r| r.len()), Some(2));
        assert_eq!(label_roles("Database host"), None);
        let doc = Document::read("SMTP Server: smtp.postmarkapp.com\nUsername/Password: abc\n");
        let labels = super::super::tables::ALL
            .iter()
            .find(|p| p.id == "label-value")
            .expect("label table");
        let got = hits(&doc, labels);
        let roles: Vec<Role> = got.iter().map(|h| h.1).collect();
        assert_eq!(roles, [Role::Host, Role::Username, Role::Password]);
    }

    #[test]
    fn mailbox_settings_are_not_smtp() {
        let doc = Document::read(
            "inbound:\n  adapter: imap\n  options:\n    host: imap.acme.io\n    port: 993\n    user: u\n    password: p\n",
        );
        assert!(hits(&doc, &super::super::tables::GENERIC).is_empty());
        let doc = Document::read("IMAP_HOST=imap.acme.io\nIMAP_PORT=993\n");
        assert!(hits(&doc, &super::super::tables::GENERIC).is_empty());
    }

    #[test]
    fn relay_host_variables_are_host_and_port() {
        // An Ansible role's variables for Postfix: `[host]:port` by design.
        let text = "postfix_relayhost: \"[smtp.postmarkapp.com]:2525\"\npostfix_sasl_user: \"u\"\npostfix_sasl_password: \"p\"\n";
        let r = crate::lint(text, &crate::Options::default());
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(2525));
        assert!(!r.findings.iter().any(|f| f.id == "host/has-port"));
        assert_eq!(alias_role("postfix_relayhost"), Some(Role::Host));
        assert_eq!(alias_role("db_host"), None);
    }

    #[test]
    fn relay_words_glued_and_a_switch_named_server() {
        // Plone's Ansible playbook: `install_mailserver: yes` is a switch,
        // `mailserver_relayport` the relay's port.
        let text = "install_mailserver: yes\n\nmailserver_relayhost: smtp.postmarkapp.com\nmailserver_relayport: 587\nmailserver_relayuser: u\nmailserver_relaypassword: p\n";
        let r = crate::lint(text, &crate::Options::default());
        assert_eq!(r.configs.len(), 1);
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert!(s.username.is_some());
        assert!(s.password_present);
    }

    #[test]
    fn host_name_in_two_words_is_the_host() {
        // The exim-relay Ansible role's relay variables.
        let text = "exim_relay_sender_address: \"a@acme.io\"\nexim_relay_relay_use: true\nexim_relay_relay_host_name: \"smtp.postmarkapp.com\"\nexim_relay_relay_host_port: 587\nexim_relay_relay_auth: true\nexim_relay_relay_auth_username: \"u\"\nexim_relay_relay_auth_password: \"p\"\n";
        let r = crate::lint(text, &crate::Options::default());
        assert_eq!(r.configs.len(), 1);
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert_eq!(alias_role("SMTP_HOST_NAME"), Some(Role::Host));
        assert_eq!(alias_role("SMTP_LOCAL_HOST_NAME"), None);
        assert_eq!(alias_role("HELO_HOST_NAME"), None);
    }

    #[test]
    fn a_key_named_smtp_with_a_host_and_a_pw() {
        // FreiFunk Münster's exim4 role: `mail:` with `smtp: host:port`,
        // `user`, `pw`.
        let text = "mail:\n  senderemail: icinga2@acme.io\n  smtp: smtp.postmarkapp.com:587\n  user: u\n  pw: p\n  force_hostname: gw.acme.io\n";
        let r = crate::lint(text, &crate::Options::default());
        assert_eq!(r.configs.len(), 1);
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert!(s.password_present);
        assert_eq!(s.from.as_deref(), Some("icinga2@acme.io"));
        assert!(!r.findings.iter().any(|f| f.id == "host/has-port"));
        assert_eq!(alias_role("SMTP_PW"), Some(Role::Password));
        assert!(ends_pw(b"smtpPw") && ends_pw(b"pw") && ends_pw(b"MAIL_PW"));
        assert!(!ends_pw(b"upw") && !ends_pw(b"SMTP_PWX"));
        assert!(host_shaped("mail.foo.bar") && host_shaped("10.0.0.5:25"));
        assert!(!host_shaped("true") && !host_shaped("a@b.c") && !host_shaped("x.y:z"));
    }

    #[test]
    fn bare_login_keys_in_a_mail_block_are_its_own() {
        // Ansible's community.zabbix.zabbix_mediatype arguments.
        let text = "- name: Create Media Type (Email)\n  community.zabbix.zabbix_mediatype:\n    name: \"Ops email\"\n    type: 'email'\n    smtp_email: 'ops@acme.io'\n    smtp_server: 'smtp.postmarkapp.com'\n    smtp_server_port: 587\n    smtp_authentication: true\n    username: 'u'\n    password: 'p'\n";
        let r = crate::lint(text, &crate::Options::default());
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert!(s.username.is_some());
        assert!(s.password_present);
        // A compose environment's USERNAME stays the app's own.
        let text = "services:\n  app:\n    environment:\n      SMTP_HOST: smtp.postmarkapp.com\n      USERNAME: admin\n";
        let r = crate::lint(text, &crate::Options::default());
        assert!(r.configs[0].settings.username.is_none());
        // Nor a block without a mail server of its own.
        let text =
            "x-env: &env\n  PORT: 8000\n  USERNAME: admin\n  DEFAULT_FROM_EMAIL: a@acme.io\n";
        let r = crate::lint(text, &crate::Options::default());
        assert!(r
            .configs
            .iter()
            .all(|c| c.settings.username.is_none() && c.settings.port.is_none()));
    }

    #[test]
    fn a_bare_port_with_a_mail_port_is_the_mail_servers() {
        let text = "import smtplib\n\nSMTP_SERVER_ADDRESS: str = \"smtp.postmarkapp.com\"\nPORT: int = 587\n";
        let r = crate::lint(text, &crate::Options::default());
        assert_eq!(r.configs[0].settings.port, Some(587));
        // The web server's port next to mail settings stays the app's own.
        let r = crate::lint(
            "PORT=3000\nSMTP_HOST=smtp.postmarkapp.com\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.port, None);
    }

    #[test]
    fn a_web_apps_bare_port_alone_is_no_smtp_configuration() {
        // Rocket.Chat's compose service: `PORT` is its HTTP port, nothing
        // in the paste says mail.
        let compose = "services:\n  rocketchat:\n    image: rocketchat/rocket.chat:latest\n    environment:\n      MONGO_URL: \"mongodb://mongodb:27017/rocketchat\"\n      ROOT_URL: \"http://localhost:3000\"\n      PORT: 3000\n    ports:\n      - \"4000:3000\"\n";
        let doc = Document::read(compose);
        assert!(hits(&doc, &super::super::tables::GENERIC).is_empty());
        for text in [
            "HOST=0.0.0.0\nPORT=8080\nUSERNAME=admin\nPASSWORD=p1\n",
            "PORT=8080\n# EMAIL_SMTP_HOST=smtp.postmarkapp.com\n",
        ] {
            let doc = Document::read(text);
            let got = hits(&doc, &super::super::tables::GENERIC);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // A bare host naming a mail server, or a mail port, says mail.
        for text in [
            "HOST=smtp.acme.io\nPORT=2526\nUSERNAME=u1\n",
            "HOST=${SMTP_HOST}\nPORT=2526\n",
            "HOST=10.0.0.5\nPORT=587\nUSERNAME=u1\n",
            "HOST=mailhog\nPORT=1025\n",
        ] {
            let doc = Document::read(text);
            let got = hits(&doc, &super::super::tables::GENERIC);
            assert!(got.iter().any(|h| h.1 == Role::Port), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_bare_host_naming_a_mail_server_beside_mail_keys_is_the_host() {
        let s = settings("HOST=smtp.postmarkapp.com\nPORT=587\nSMTP_USER=u1\nSMTP_PASS=p1\n");
        assert_eq!(
            (s.host.as_deref(), s.port),
            (Some("smtp.postmarkapp.com"), Some(587))
        );
        // The web server's host stays the app's own; a mail-named host wins.
        let s = settings("HOST=0.0.0.0\nPORT=3000\nSMTP_USER=u1\nSMTP_PASS=p1\n");
        assert_eq!(s.host, None);
        let s = settings("HOST=mail.acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_USER=u1\n");
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
    }

    #[test]
    fn a_sender_alone_leaves_the_bare_server_keys_to_the_evidence() {
        // `from_email` is the only mail-named key: the bare host naming a
        // mail server says the block is SMTP's, login and port with it.
        let php = "<?php\nreturn [\n    'host' => $_ENV['MAIL_HOST'],\n    'port' => 2526,\n    'username' => $_ENV['MAIL_USERNAME'],\n    'password' => $_ENV['MAIL_PASSWORD'],\n    'from_email' => $_ENV['MAIL_FROM_ADDRESS'],\n];\n";
        let env = "HOST=smtp.acme.io\nPORT=2526\nUSERNAME=u1\nPASSWORD=p1\nMAIL_FROM=a@acme.io\n";
        for text in [php, env] {
            let doc = Document::read(text);
            let mut got: Vec<Role> = hits(&doc, &super::super::tables::GENERIC)
                .iter()
                .map(|h| h.1)
                .collect();
            got.sort_by_key(|r| format!("{r:?}"));
            let want = [
                Role::From,
                Role::Host,
                Role::Password,
                Role::Port,
                Role::Username,
            ];
            assert_eq!(got, want, "{text}");
        }
        // Nothing but the sender says mail: the web app's own keys, and a
        // database's beside the sender, stay theirs.
        for text in [
            "HOST=0.0.0.0\nPORT=3000\nUSERNAME=admin\nPASSWORD=p1\nMAIL_FROM=a@acme.io\n",
            "host: localhost\nport: 3306\nusername: root\npassword: p1\nfrom_email: a@acme.io\n",
            // A sender with no mail word in its name is no more evidence.
            "HOST=0.0.0.0\nPORT=3000\nFROM_ADDRESS=a@acme.io\n",
            "host: 0.0.0.0\nport: 8080\nusername: admin\ndefault_from: a@acme.io\n",
        ] {
            let doc = Document::read(text);
            let got = hits(&doc, &super::super::tables::GENERIC);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].1, Role::From, "{text}");
        }
    }

    #[test]
    fn a_smarthost_address_is_the_host() {
        // namshi/smtp's relay variables: the address, its port apart.
        let text = "services:\n  mail:\n    image: namshi/smtp\n    environment:\n      - SMARTHOST_ADDRESS=smtp.postmarkapp.com\n      - SMARTHOST_PORT=587\n      - SMARTHOST_USER=u\n      - SMARTHOST_PASSWORD=p\n";
        let r = crate::lint(text, &crate::Options::default());
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert_eq!(alias_role("SMARTHOST_ADDRESS"), Some(Role::Host));
        assert_eq!(alias_role("RELAYHOST_ADDRESS"), Some(Role::Host));
    }

    #[test]
    fn mail_keys_under_a_web_service_are_mail() {
        let doc = Document::read(
            "services:\n  web:\n    environment:\n      SMTP_HOST: smtp.postmarkapp.com\n      DB_HOST: db\n",
        );
        let got = hits(&doc, &super::super::tables::GENERIC);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, Role::Host);
    }

    #[test]
    fn a_bare_port_under_a_mail_named_service_is_the_apps_own() {
        // The service's name says mail, but `PORT` is its HTTP port: only
        // the variable's own name counts inside `environment`.
        for env in [
            "    environment:\n      - PORT=3000\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_USER=u\n",
            "    environment:\n      PORT: 3000\n      SMTP_HOST: smtp.postmarkapp.com\n      SMTP_USER: u\n",
        ] {
            let text = format!("services:\n  mail-worker:\n    image: acme/mail-worker\n{env}");
            let r = crate::lint(&text, &crate::Options::default());
            let s = &r.configs[0].settings;
            assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
            assert_eq!(s.port, None, "{text}");
            assert!(!r.findings.iter().any(|f| f.id == "port/unsupported"));
        }
        // A mail-named block (not an environment) still gives its bare keys mail context.
        let r = crate::lint(
            "smtp:\n  host: smtp.postmarkapp.com\n  port: 2525\n  user: u\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.port, Some(2525));
    }

    #[test]
    fn link_options_are_not_the_smtp_server() {
        let src = "config.action_mailer.delivery_method = :smtp\nconfig.action_mailer.default_url_options = { host: 'app.acme.io', port: 443 }\nconfig.action_mailer.smtp_settings = Rails.application.config_for(:smtp)\n";
        let r = crate::lint(src, &crate::Options::default());
        assert!(
            r.configs
                .iter()
                .all(|c| c.settings.host.as_deref() != Some("app.acme.io")),
            "{:?}",
            r.configs
        );
        let generic = "mailer:\n  default_url_options:\n    host: app.acme.io\n  smtp:\n    host: smtp.postmarkapp.com\n";
        let r = crate::lint(generic, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
    }

    #[test]
    fn database_hosts_are_not_mail() {
        let doc = Document::read(
            "database:\n  host: db\n  port: 5432\nmail:\n  host: smtp.postmarkapp.com\n",
        );
        let p = &super::super::tables::GENERIC;
        let got = hits(&doc, p);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn keys_past_the_facts_bound_read_as_the_first() {
        // The same mail keys, lowercase before more distinct keys than
        // `hits` keeps facts for and uppercase after (worked out in place):
        // read alike.
        let mail = "mail:\n  smtp_host: smtp.postmarkapp.com\n  enabled: true\n  smtp_user: u\n";
        let mut text = String::from(mail);
        for i in 0..MAX_KEY_FACTS {
            text.push_str(&format!("smtp_note_{i}: 1\n"));
        }
        text.push_str(&format!("mail:{}", mail[5..].to_uppercase()));
        let doc = Document::read(&text);
        let got = hits(&doc, &super::super::tables::GENERIC);
        let key = |h: &(u32, Role, Read)| {
            let k = doc.key_of(&doc.entries[h.0 as usize]);
            (
                k.to_ascii_lowercase(),
                h.1,
                k.starts_with(|c: char| c.is_ascii_uppercase()),
            )
        };
        let first: Vec<_> = got.iter().take(3).map(key).collect();
        let last: Vec<_> = got.iter().rev().take(3).rev().map(key).collect();
        let words =
            |v: &[(String, Role, bool)]| v.iter().map(|k| (k.0.clone(), k.1)).collect::<Vec<_>>();
        assert_eq!(words(&first), words(&last));
        assert_eq!(first[1].0, "enabled");
        assert_eq!(first[1].1, Role::Enabled);
        assert!(first.iter().all(|k| !k.2) && last.iter().all(|k| k.2));
    }

    use crate::lint_ids as ids;

    #[test]
    fn app_host_and_port_next_to_mail_keys_are_not_smtp() {
        let text = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nHOST=0.0.0.0\nPORT=3000\nUSERNAME=admin\n";
        let r = crate::lint(text, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert_eq!(s.username.as_deref(), Some("…(1 chars)"));
        // Alone, bare keys are all there is to read.
        let r = crate::lint(
            "host=smtp.postmarkapp.com\nport=2525\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs.len(), 1);
        assert_eq!(r.configs[0].settings.port, Some(2525));
        // Under a mail section, `host` is the SMTP server's.
        let r = crate::lint(
            "host: 0.0.0.0\nsmtp:\n  host: smtp.postmarkapp.com\n  port: 587\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
    }

    #[test]
    fn mail_switch_off_means_no_smtp() {
        let base = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\n";
        for off in [
            "SMTP_ENABLED=false\n",
            "KUTT_MAIL_ENABLED=false\n",
            "transport_email_enabled=false\n",
            "ENABLE_EMAIL=false\n",
            "smtp_server_enable=false\n",
        ] {
            let got = ids(&format!("{off}{base}"));
            assert!(
                got.iter().any(|i| i == "input/smtp-not-enabled"),
                "{off}: {got:?}"
            );
        }
        let on = ids(&format!("SMTP_ENABLED=true\n{base}"));
        assert!(!on.iter().any(|i| i == "input/smtp-not-enabled"), "{on:?}");
        let yaml = "smtp:\n  enabled: false\n  host: smtp.postmarkapp.com\n  port: 587\n";
        assert!(ids(yaml).iter().any(|i| i == "input/smtp-not-enabled"));
        // Switches of TLS, login or sign-up by mail are not the mail switch.
        for other in [
            "SMTP_TLS_ENABLED=false\n",
            "SMTP_AUTH_ENABLED=false\n",
            "GOTRUE_EXTERNAL_EMAIL_ENABLED=false\n",
            "NOTIFICATIONS_ENABLED=false\n",
            "APP_SERVER_ENABLED=false\n",
            "RELAY_SERVER_ENABLED=false\n",
        ] {
            let got = ids(&format!("{other}{base}"));
            assert!(
                !got.iter().any(|i| i == "input/smtp-not-enabled"),
                "{other}: {got:?}"
            );
        }
        let nested =
            "smtp:\n  tls:\n    enabled: false\n  host: smtp.postmarkapp.com\n  port: 587\n";
        assert!(!ids(nested).iter().any(|i| i == "input/smtp-not-enabled"));
    }

    #[test]
    fn a_table_known_only_by_common_names_does_not_take_another_apps_keys() {
        let client = |t: &str| {
            crate::lint(t, &crate::Options::default())
                .configs
                .first()
                .map(|c| c.client.clone())
        };
        // LibreChat's EMAIL_* next to netbox-docker's EMAIL_USERNAME/EMAIL_FROM.
        let libre = "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_ENCRYPTION=starttls\nEMAIL_USERNAME=u\nEMAIL_PASSWORD=p\nEMAIL_FROM=a@acme.io\n";
        assert_eq!(client(libre).as_deref(), Some("generic"));
        let r = crate::lint(libre, &crate::Options::default());
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
        // netbox-docker's own keys, all read: still netbox-docker.
        let netbox = "EMAIL_SERVER=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USERNAME=u\nEMAIL_PASSWORD=p\nEMAIL_USE_TLS=true\nEMAIL_FROM=a@acme.io\n";
        assert_eq!(client(netbox).as_deref(), Some("netbox-env"));
        // SMTP_HOST/SMTP_USERNAME/SMTP_STARTTLS next to Mastodon's
        // SMTP_FROM_ADDRESS: another app's; Mastodon's own names: Mastodon.
        let other = "SMTP_ENABLE=true\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_STARTTLS=true\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_FROM_ADDRESS=a@acme.io\n";
        assert_eq!(client(other).as_deref(), Some("generic"));
        let mastodon = "SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_LOGIN=u\nSMTP_PASSWORD=p\nSMTP_FROM_ADDRESS=a@acme.io\n";
        assert_eq!(client(mastodon).as_deref(), Some("mastodon-env"));
        // NextAuth's email provider: a URL where netbox-docker has a host.
        let nextauth = "EMAIL_SERVER=smtp://u:p@smtp.postmarkapp.com:587\nEMAIL_FROM=a@acme.io\n";
        assert_ne!(client(nextauth).as_deref(), Some("netbox-env"));
        let r = crate::lint(nextauth, &crate::Options::default());
        assert_eq!(r.configs[0].settings.port, Some(587));
    }

    #[test]
    fn a_mail_server_read_from_the_environment_may_be_a_whole_url() {
        let lint = |t: &str| crate::lint(t, &crate::Options::default());
        let ids = |t: &str| {
            lint(t)
                .findings
                .into_iter()
                .map(|f| f.id)
                .collect::<Vec<_>>()
        };
        // NextAuth's EMAIL_SERVER (a URL) from the environment, with EMAIL_FROM:
        // neither netbox-docker's host nor a configuration missing its login.
        for t in [
            "NEXTAUTH_URL=${NEXTAUTH_URL}\nEMAIL_SERVER=${EMAIL_SERVER}\nEMAIL_FROM=${EMAIL_FROM}\n",
            "services:\n  web:\n    environment:\n      - EMAIL_SERVER=${EMAIL_SERVER:-smtp://u:p@smtp.postmarkapp.com:587}\n      - EMAIL_FROM=a@acme.io\n",
        ] {
            let r = lint(t);
            assert_ne!(r.configs[0].client, "netbox-env", "{t}");
            let got = ids(t);
            for id in ["auth/missing-username", "auth/missing-password", "port/missing", "tls/disabled"] {
                assert!(!got.iter().any(|i| i == id), "{t}: {got:?}");
            }
        }
        // A host key stays a host: its login is missing.
        let host = "SMTP_HOST=${SMTP_HOST}\nSMTP_FROM=a@acme.io\n";
        assert!(
            ids(host).iter().any(|i| i == "auth/missing-username"),
            "{:?}",
            ids(host)
        );
        // netbox-docker's own EMAIL_SERVER from the environment, with its port
        // and login: still netbox-docker's.
        let netbox = "EMAIL_SERVER=${EMAIL_SERVER}\nEMAIL_PORT=587\nEMAIL_USERNAME=u\nEMAIL_PASSWORD=p\nEMAIL_FROM=a@acme.io\n";
        assert_eq!(lint(netbox).configs[0].client, "netbox-env");
    }

    #[test]
    fn mail_transport_names_what_sends_the_mail() {
        let base = "SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\n";
        let sev = |t: &str| {
            crate::lint(t, &crate::Options::default())
                .findings
                .into_iter()
                .find(|f| f.id == "input/smtp-not-enabled")
                .map(|f| f.severity)
        };
        assert_eq!(
            sev(&format!("MAIL_TYPE=resend\n{base}")),
            Some(crate::report::Severity::Info)
        );
        assert_eq!(
            sev(&format!("APP_EMAIL_PROVIDER=log\n{base}")),
            Some(crate::report::Severity::Error)
        );
        assert_eq!(sev(&format!("MAIL_TYPE=smtp\n{base}")), None);
        assert_eq!(sev(&format!("MAIL_TYPE=\n{base}")), None);
        // A boolean there is the switch.
        assert_eq!(
            sev(&format!("EMAIL_PROVIDER=false\n{base}")),
            Some(crate::report::Severity::Error)
        );
        // Not mail's: a database's or a content type.
        assert_eq!(sev(&format!("DB_TYPE=postgres\n{base}")), None);
        assert_eq!(sev(&format!("MAIL_CONTENT_TYPE=html\n{base}")), None);
    }

    #[test]
    fn opportunistic_tls_decides_what_the_tls_switch_means() {
        let base = "MAIL_TYPE=smtp\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_USE_TLS=true\n";
        let sec = |t: &str| {
            crate::lint(t, &crate::Options::default()).configs[0]
                .settings
                .security
                .clone()
        };
        let implicit = sec(&format!(
            "{base}SMTP_PORT=465\nSMTP_OPPORTUNISTIC_TLS=false\n"
        ));
        assert_eq!(implicit, Some("implicit".to_string()));
        let starttls = sec(&format!(
            "{base}SMTP_PORT=587\nSMTP_OPPORTUNISTIC_TLS=true\n"
        ));
        assert_eq!(starttls, Some("starttls".to_string()));
        let ids: Vec<String> = crate::lint(
            &format!("{base}SMTP_PORT=465\nSMTP_OPPORTUNISTIC_TLS=false\n"),
            &crate::Options::default(),
        )
        .findings
        .into_iter()
        .map(|f| f.id)
        .collect();
        assert!(
            !ids.iter().any(|i| i == "tls/starttls-on-implicit-port"),
            "{ids:?}"
        );
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    fn settings(text: &str) -> crate::report::Settings {
        crate::lint(text, &crate::Options::default()).configs[0]
            .settings
            .clone()
    }

    #[test]
    fn sender_keys_named_by_an_address_word() {
        let base = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\n";
        for from in [
            "NOREPLY_EMAIL=noreply@acme.io\n",
            "NO_REPLY_EMAIL=noreply@acme.io\n",
            "APPFLOWY_MAILER_SMTP_EMAIL=noreply@acme.io\n",
        ] {
            let s = settings(&format!("{base}{from}"));
            assert_eq!(s.from.as_deref(), Some("noreply@acme.io"), "{from}");
        }
        // `email` in a mail block (Ente), `email.address` (Sourcegraph).
        let ente = "smtp:\n  host: smtp.postmarkapp.com\n  port: 587\n  email: ente@acme.io\n";
        assert_eq!(settings(ente).from.as_deref(), Some("ente@acme.io"));
        let sg = "{\"email.address\": \"sg@acme.io\", \"email.smtp\": {\"host\": \"smtp.postmarkapp.com\", \"port\": 587}}";
        assert_eq!(settings(sg).from.as_deref(), Some("sg@acme.io"));
        // No address there: not the sender; a reply-to or support address
        // and a user's own `email` are not either.
        let flag = "smtp:\n  host: smtp.postmarkapp.com\n  email: true\n";
        assert_eq!(settings(flag).from, None);
        let other = format!("{base}REPLY_EMAIL=help@acme.io\nSUPPORT_EMAIL=help@acme.io\n");
        assert_eq!(settings(&other).from, None);
        assert_eq!(alias_role("email"), None);
        // An address word in a host key holding an address is the sender
        // (Cachet's `MAIL_ADDRESS`); holding a host, the host.
        let s = settings("smtp:\n  address: smtp.postmarkapp.com\n  port: 587\n");
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        let s = settings("mail:\n  host: smtp.postmarkapp.com\n  address: ops@acme.io\n");
        assert_eq!(s.from.as_deref(), Some("ops@acme.io"));
    }

    #[test]
    fn nodemailer_and_lettre_tls_switches_passed_on_by_name() {
        let base =
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n";
        let sec = |extra: &str| settings(&format!("{base}{extra}")).security;
        assert_eq!(sec("SMTP_REQUIRE_TLS=true\n").as_deref(), Some("starttls"));
        assert_eq!(sec("SMTP_TLS_KIND=wrapper\n").as_deref(), Some("implicit"));
        assert_eq!(sec("SMTP_TLS_KIND=required\n").as_deref(), Some("starttls"));
        let got = ids(&format!("{base}SMTP_IGNORE_TLS=true\n"));
        assert!(got.iter().any(|i| i == "tls/disabled"), "{got:?}");
        let got = ids(&format!("{base}SMTP_TLS_REJECT_UNAUTHORIZED=false\n"));
        assert!(got.iter().any(|i| i == "tls/verify-disabled"), "{got:?}");
        let argo = "service.email.ops: |\n  host: smtp.postmarkapp.com\n  port: 587\n  insecure_skip_verify: true\n";
        assert!(ids(argo).iter().any(|i| i == "tls/verify-disabled"));
        assert_eq!(alias_role("SMTP_TLS_KIND"), Some(Role::Encryption));
        assert_eq!(alias_role("smtpNoVerifyTLS"), Some(Role::SkipVerify));
        assert_eq!(alias_role("SMTP_TLS_VERIFY"), Some(Role::VerifyPeer));
        assert_eq!(alias_role("EMAIL_VERIFY_URL"), None);
        assert_eq!(alias_role("SKIP_EMAIL_VERIFICATION"), None);
        assert_eq!(alias_role("ACCOUNT_EMAIL_VERIFICATION"), None);
        assert_eq!(alias_role("LDAP_TLS_NO_VERIFY"), None);
        let sg = "{\"email.smtp\": {\"host\": \"smtp.postmarkapp.com\", \"port\": 587, \"noVerifyTLS\": true}}";
        assert!(ids(sg).iter().any(|i| i == "tls/verify-disabled"));
        assert_eq!(alias_role("DB_TLS_MODE"), None);
    }

    #[test]
    fn an_smtp_library_named_as_the_provider_sends_with_the_settings() {
        let base = "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USER=u\nEMAIL_PASS=u\n";
        let got = ids(&format!("EMAIL_PROVIDER=nodemailer\n{base}"));
        assert!(
            !got.iter().any(|i| i == "input/smtp-not-enabled"),
            "{got:?}"
        );
        let got = ids(&format!("EMAIL_PROVIDER=resend\n{base}"));
        assert!(got.iter().any(|i| i == "input/smtp-not-enabled"), "{got:?}");
    }

    #[test]
    fn argo_cd_secret_references_are_references() {
        let cm = "data:\n  service.email.gmail: |\n    username: $email-username\n    password: $email-password\n    host: smtp.postmarkapp.com\n    port: 587\n    from: $email-username\n";
        let r = crate::lint(cm, &crate::Options::default());
        let s = &r.configs[0].settings;
        assert_eq!(s.username.as_deref(), Some("$email-username"));
        assert_eq!(s.from, None);
        let got: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!got.contains(&"auth/placeholder"), "{got:?}");
        assert!(!got.contains(&"from/invalid"), "{got:?}");
    }

    #[test]
    fn common_names_alone_do_not_make_a_laravel_paste() {
        // Kutt: MAIL_HOST/MAIL_PORT/MAIL_PASSWORD as Laravel names them,
        // with MAIL_USER and MAIL_SECURE, and no MAIL_MAILER.
        let kutt = "MAIL_ENABLED=true\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_SECURE=false\nMAIL_USER=u1\nMAIL_FROM=kutt@acme.io\nMAIL_PASSWORD=p1\n";
        let r = crate::lint(kutt, &crate::Options::default());
        assert_eq!(r.configs[0].client, "generic");
        assert!(r.configs[0].settings.username.is_some());
        // Laravel's own names, without MAIL_MAILER: still Laravel.
        let laravel = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u1\nMAIL_PASSWORD=p1\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=a@acme.io\n";
        let r = crate::lint(laravel, &crate::Options::default());
        assert_eq!(r.configs[0].client, "laravel-env");
    }

    #[test]
    fn nodemailer_client_name_alone_does_not_make_a_nextcloud_paste() {
        // Planka: SMTP_NAME is nodemailer's `name`; SMTP_USER the login.
        let planka = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_NAME=\nSMTP_SECURE=false\nSMTP_USER=u1\nSMTP_PASSWORD=p1\nSMTP_FROM=boards@acme.io\n";
        let r = crate::lint(planka, &crate::Options::default());
        assert_eq!(r.configs[0].client, "generic");
        assert_eq!(
            r.configs[0].settings.username.as_deref(),
            Some("…(2 chars)")
        );
        // Nextcloud's image: SMTP_NAME is the login there.
        let nextcloud = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_SECURE=tls\nSMTP_PORT=587\nSMTP_AUTHTYPE=LOGIN\nSMTP_NAME=u1\nSMTP_PASSWORD=p1\nMAIL_FROM_ADDRESS=cloud\nMAIL_DOMAIN=acme.io\n";
        let r = crate::lint(nextcloud, &crate::Options::default());
        assert_eq!(r.configs[0].client, "nextcloud-env");
    }

    #[test]
    fn compose_list_item_keeps_a_display_name_and_address() {
        let compose = "services:\n  planka:\n    environment:\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_FROM=\"Boards\" <boards@acme.io>\n      - SMTP_PASSWORD=\"p1\"\n";
        let r = crate::lint(compose, &crate::Options::default());
        assert_eq!(
            r.configs[0].settings.from.as_deref(),
            Some("boards@acme.io")
        );
        let got: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!got.contains(&"from/invalid"), "{got:?}");
    }

    #[test]
    fn helm_values_name_secret_keys_and_keep_their_smtp_block() {
        // Rallly's chart: `existingSecretKeys.smtpPassword: SMTP_PWD` names a
        // key of a Secret (not a password), next to an `smtp:` block that
        // Uptime Kuma's `smtpPassword` must not take over.
        let values = "noreplyEmail: \"noreply@acme.io\"\nexistingSecretKeys:\n  smtpPassword: SMTP_PWD\nsmtp:\n  host: \"smtp.postmarkapp.com\"\n  port: 587\n  user: \"u1\"\n  password: \"p1\"\n";
        let r = crate::lint(values, &crate::Options::default());
        // Read by Rallly's own chart table now (group Q), with the same result.
        assert_eq!(r.configs[0].client, "rallly-helm", "{:?}", r.configs);
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.from.as_deref(), Some("noreply@acme.io"));
        let got: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!got.contains(&"auth/placeholder"), "{got:?}");
        // Uptime Kuma's own notification JSON is still Uptime Kuma's.
        let kuma = "{\"type\": \"smtp\", \"smtpHost\": \"smtp.postmarkapp.com\", \"smtpPort\": 587, \"smtpUsername\": \"u1\", \"smtpPassword\": \"p1\"}";
        let r = crate::lint(kuma, &crate::Options::default());
        assert_eq!(r.configs[0].client, "uptime-kuma-smtp");
    }

    #[test]
    fn bitnami_smtp_existing_secret_holds_the_password() {
        // Bitnami's WordPress chart: the password is in the Secret named by
        // `smtpExistingSecret`; `smtpPassword` is left empty then.
        let values = "smtpHost: smtp.postmarkapp.com\nsmtpPort: \"587\"\nsmtpUser: 9d4e6b21-7f3a-4c85-b0e2-58a1c6d9f347\nsmtpPassword: \"\"\nsmtpProtocol: tls\nsmtpExistingSecret: wordpress-smtp\n";
        let ids = |text: &str| -> Vec<String> {
            let r = crate::lint(text, &crate::Options::default());
            r.findings.into_iter().map(|f| f.id).collect()
        };
        let got = ids(values);
        assert!(!got.iter().any(|i| i == "auth/missing-password"), "{got:?}");
        assert!(
            got.iter().any(|i| i == "auth/external-credentials"),
            "{got:?}"
        );
        // The chart's unset default names no Secret: the password is missing.
        let got = ids(&values.replace("wordpress-smtp", "\"\""));
        assert!(got.iter().any(|i| i == "auth/missing-password"), "{got:?}");
        // A leftover literal password beside the Secret is not the one in
        // use (Bitnami: `smtpPassword` is ignored once the Secret is named).
        let leftover = values.replace("smtpPassword: \"\"", "smtpPassword: \"changeme\"");
        let got = ids(&leftover);
        assert!(!got.iter().any(|i| i == "auth/placeholder"), "{got:?}");
        let got = ids(&leftover.replace("wordpress-smtp", "\"\""));
        assert!(got.iter().any(|i| i == "auth/placeholder"), "{got:?}");
        // Bitnami's Grafana chart: `smtp.existingSecret` in the `smtp:` block.
        let grafana = "smtp:\n  enabled: true\n  host: smtp.postmarkapp.com:587\n  user: 9d4e6b21-7f3a-4c85-b0e2-58a1c6d9f347\n  existingSecret: grafana-smtp\n  existingSecretPasswordKey: password\n";
        let got = ids(grafana);
        assert!(!got.iter().any(|i| i == "auth/missing-password"), "{got:?}");
    }

    #[test]
    fn a_sasl_passwd_line_under_a_sasl_key_is_the_login() {
        let tok = "1f86c8a2-3b4d-4e5f-8a9b-0c1d2e3f5948";
        // An Ansible role's `postfix_sasl_password_maps` list.
        let src = format!("- hosts: all\n  vars:\n    postfix_relayhost: smtp.postmarkapp.com\n    postfix_relayhost_port: 587\n    postfix_sasl_auth_enable: true\n    postfix_sasl_password_maps:\n      - 'smtp.postmarkapp.com {tok}:{tok}'\n");
        let c = crate::extract::extract(&src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].literal(Role::Username), Some(tok));
        assert_eq!(c[0].literal(Role::Password), Some(tok));
        let user = c[0].get(Role::Username).expect("username");
        assert_eq!(user.key, "postfix_sasl_password_maps");
        assert_eq!(&src[user.value.span.clone()], tok);
        // A scalar variable holding one line, password with a colon.
        let c = crate::extract::extract(
            "relay_host: \"[smtp.postmarkapp.com]:587\"\nsasl_passwd: \"[smtp.postmarkapp.com]:587 u:p:q\"\n",
        );
        assert_eq!(c[0].literal(Role::Username), Some("u"));
        assert_eq!(c[0].literal(Role::Password), Some("p:q"));
        // Not a login: a URL, a key=value pair, three words, no SASL key.
        for t in [
            "smtp://h.io u:p",
            "a.b=c u:p",
            "h.io u:p extra",
            "h.io nocolon",
        ] {
            assert!(super::super::fields::sasl_login(t).is_none(), "{t}");
        }
        let c = crate::extract::extract(
            "mail_host: smtp.postmarkapp.com\nrelay_maps:\n  - 'smtp.postmarkapp.com u:p'\n",
        );
        assert!(c.iter().all(|c| c.get(Role::Username).is_none()), "{c:?}");
    }

    #[test]
    fn an_ambiguous_tls_switch_takes_its_ports_kind() {
        let base = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n";
        let sec = |extra: &str| settings(&format!("{base}{extra}")).security;
        // `SMTP_TLS=true`: TLS of the kind the port speaks.
        assert_eq!(
            sec("SMTP_PORT=465\nSMTP_TLS=true\n").as_deref(),
            Some("implicit")
        );
        assert_eq!(
            sec("SMTP_PORT=587\nSMTP_TLS=true\n").as_deref(),
            Some("starttls")
        );
        assert_eq!(sec("SMTP_TLS=true\n"), None);
        assert_eq!(sec("SMTP_PORT=587\nSMTP_TLS=false\n"), None);
        // `SMTP_SSL=true` on 587 (bitwarden_rs' legacy switch): no proof of
        // TLS from the first byte, so no `tls/implicit-tls`; on 465 or with
        // no port it is; beside its own STARTTLS switch it is the other kind.
        let on_587 = format!("{base}SMTP_PORT=587\nSMTP_SSL=true\n");
        assert_eq!(settings(&on_587).security.as_deref(), Some("starttls"));
        assert!(!ids(&on_587).iter().any(|i| i == "tls/implicit-tls"));
        assert_eq!(
            sec("SMTP_PORT=465\nSMTP_SSL=true\n").as_deref(),
            Some("implicit")
        );
        assert_eq!(sec("SMTP_SSL=true\n").as_deref(), Some("implicit"));
        let both = format!("{base}SMTP_PORT=587\nSMTP_SSL=true\nSMTP_STARTTLS=true\n");
        assert!(
            ids(&both).iter().any(|i| i == "tls/conflicting"),
            "{:?}",
            ids(&both)
        );
        // nodemailer's `secure` keeps its meaning on any port; off, on a
        // STARTTLS port, it upgrades when offered.
        let secure = format!("{base}SMTP_PORT=587\nSMTP_SECURE=true\n");
        assert_eq!(settings(&secure).security.as_deref(), Some("implicit"));
        assert_eq!(
            sec("SMTP_PORT=587\nSMTP_SECURE=false\n").as_deref(),
            Some("starttls")
        );
        assert_eq!(sec("SMTP_PORT=465\nSMTP_SECURE=false\n"), None);
        assert_eq!(sec("SMTP_PORT=587\nSMTP_SSL=false\n"), None);
        let yaml = "smtp:\n  host: smtp.postmarkapp.com\n  port: 587\n  secure: false\n";
        assert_eq!(settings(yaml).security.as_deref(), Some("starttls"));
    }

    #[test]
    fn a_mail_url_read_from_elsewhere_is_the_configuration() {
        let compose = "services:\n  app:\n    image: acme/app\n    environment:\n      - PORT=3000\n      - SMTP_URL=${SMTP_URL}\n      - SMTP_FROM=noreply@acme.io\n";
        let r = crate::lint(compose, &crate::Options::default());
        let got: Vec<_> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(got.contains(&"input/unresolved-reference"), "{got:?}");
        assert!(!got.contains(&"input/unrecognized"), "{got:?}");
        let s = &r.configs[0].settings;
        assert_eq!((s.port, s.from.as_deref()), (None, Some("noreply@acme.io")));
        // Other URLs named by a mail word are not the transport's.
        let other = "NOTIFICATION_URL=${NOTIFY}\nEMAIL_LOGO_URL=${LOGO}\n";
        assert!(ids(other).iter().any(|i| i == "input/unrecognized"));
    }

    #[test]
    fn a_server_address_with_no_port_key_is_host_and_port() {
        let reva = "[http.services.mailer]\nsmtp_server = \"smtp.postmarkapp.com:587\"\nsender_login = \"u\"\nsender_password = \"p\"\nsender_mail = \"cloud@acme.io\"\n";
        let s = settings(reva);
        assert_eq!(
            (s.host.as_deref(), s.port),
            (Some("smtp.postmarkapp.com"), Some(587))
        );
        assert!(!ids(reva).iter().any(|i| i == "host/has-port"));
        // Amazon SES's `smtp_endpoint` (a Terraform output's block name).
        let ses =
            "output \"smtp_endpoint\" {\n  value = \"email-smtp.us-east-1.amazonaws.com:465\"\n}\n";
        let s = settings(ses);
        assert_eq!(
            (s.host.as_deref(), s.port),
            (Some("email-smtp.us-east-1.amazonaws.com"), Some(465))
        );
        assert_eq!(alias_role("MAIL_API_ENDPOINT"), None);
        // Beside a port key, or named `host`, `host:port` is a finding.
        for text in [
            "SMTP_SERVER=smtp.postmarkapp.com:587\nSMTP_PORT=587\nSMTP_USER=u\n",
            "SMTP_HOST=smtp.postmarkapp.com:587\nSMTP_USER=u\n",
        ] {
            assert!(ids(text).iter().any(|i| i == "host/has-port"), "{text}");
        }
    }

    #[test]
    fn a_terraform_resources_arguments_are_its_schemas_not_mail() {
        // An IAM access key's `user` is the IAM user it belongs to, not an
        // SMTP login, though the block is named `smtp`.
        for key in [
            "resource \"aws_iam_access_key\" \"smtp\" {\n  user = aws_iam_user.smtp.name\n}\n",
            "resource \"aws_iam_access_key\" \"smtp\" {\n  user = \"${aws_iam_user.smtp.name}\"\n}\n",
            "data \"aws_iam_user\" \"smtp\" {\n  user_name = \"ses-smtp\"\n}\n",
        ] {
            let doc = Document::read(key);
            let got = hits(&doc, &super::super::tables::GENERIC);
            assert!(got.is_empty(), "{key}: {got:?}");
        }
        // The access key's id published under a mail-named name is SES's
        // SMTP username; another attribute of it is not.
        let output = "output \"smtp_key\" {\n  value = aws_iam_access_key.smtp_user.id\n}\noutput \"smtp_password\" {\n  value = aws_iam_access_key.smtp_user.ses_smtp_password_v4\n}\n";
        let s = settings(output);
        assert_eq!(
            s.username.as_deref(),
            Some("aws_iam_access_key.smtp_user.id")
        );
        assert!(s.password_present);
        assert!(!access_key_id("aws_iam_access_key.smtp_user.secret"));
        assert!(access_key_id("${aws_iam_access_key.smtp.id}"));
        let other = "output \"smtp_key\" {\n  value = aws_iam_user.smtp.id\n}\n";
        assert!(ids(other).iter().any(|i| i == "input/unrecognized"));
        // A map the user names keys in (a Kubernetes Secret's `data`), and
        // a resource whose type names mail, are read as before.
        let secret = "resource \"kubernetes_secret\" \"smtp\" {\n  data = {\n    host = \"smtp.postmarkapp.com\"\n    username = aws_iam_access_key.smtp.id\n  }\n}\n";
        let s = settings(secret);
        assert_eq!(s.username.as_deref(), Some("aws_iam_access_key.smtp.id"));
        let tfe = "resource \"tfe_settings_smtp\" \"x\" {\n  host = \"smtp.postmarkapp.com\"\n  port = 587\n  username = \"u1\"\n}\n";
        let s = settings(tfe);
        assert_eq!(
            (s.host.as_deref(), s.port, s.username.is_some()),
            (Some("smtp.postmarkapp.com"), Some(587), true)
        );
    }

    #[test]
    fn a_compose_services_own_hostname_is_not_the_mail_server() {
        // rad-modules' tshio/mailer service: `hostname: mailer` is the
        // container's name on the network.
        let compose = "services:\n  mailer:\n    image: tshio/mailer:latest\n    hostname: mailer\n    container_name: mailer\n    environment:\n      TRANSPORT_SMTP_HOST: smtp.postmarkapp.com\n      TRANSPORT_SMTP_PORT: 587\n";
        let r = crate::lint(compose, &crate::Options::default());
        assert_eq!(r.configs.len(), 1);
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
        let got: Vec<_> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!got.contains(&"input/multiple-configs"), "{got:?}");
        // An app's own `hostname` under a mail block is still its host.
        let s = settings("mailer:\n  hostname: smtp.postmarkapp.com\n  port: 587\n");
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        // A service pasted without its `services:` line: its `image:` says
        // container.
        let fragment = "  mailer:\n    image: tshio/mailer:latest\n    hostname: mailer\n    environment:\n      TRANSPORT_SMTP_PORT: 1025\n";
        assert_eq!(settings(fragment).host, None);
    }

    #[test]
    fn a_glued_password_command_is_a_credentials_store() {
        // meanvoid/nix-flakes' programs.msmtp account.
        let nix = "{\n  programs.msmtp = {\n    enable = true;\n    accounts.default = {\n      auth = true;\n      tls = true;\n      port = 587;\n      host = \"smtp.postmarkapp.com\";\n      from = \"no-reply@acme.io\";\n      user = \"0e6b2d94-7f1a-4c38-b5e2-9d0a3c8f6e17\";\n      passwordeval = \"cat /run/agenix/mail\";\n    };\n  };\n}\n";
        let got = ids(nix);
        assert!(
            got.iter().any(|i| i == "auth/external-credentials"),
            "{got:?}"
        );
        assert!(!got.iter().any(|i| i == "auth/missing-password"), "{got:?}");
    }
}
