//! The last line of defence for "secrets never appear in any output".
//!
//! Rules redact what they show, but on broken input a value can swallow a
//! neighbouring line (an unclosed quote, a multi-line backtick string) and a
//! message then quotes text that holds a token. Before the report leaves
//! the core, every text that is shown (messages, why, fix, settings) is
//! scrubbed: any run of 9 or more bytes that also occurs in a secret is
//! masked; a machine fix whose inserted text holds such a run is dropped
//! (fixes only ever delete characters of a secret).
//!
//! Key names and the clients' names are spared: they are the paste's and
//! the tool's words, shown with any secret, and a secret that shares a run
//! with one (Loomio's template password `smtppassword` beside a database URL
//! holding `…_PASSWORD`) must not turn `SMTP_PASSWORD` into `SMTP…`.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::extract::read::url::percent_decode_bytes;
use crate::extract::Config;

/// The shortest run of a secret that counts as a leak.
pub const WINDOW: usize = 9;

/// The secrets of a paste, as the set of all their 9-byte windows.
pub struct Secrets {
    windows: HashSet<Window, BuildHasherDefault<WindowHasher>>,
    /// Every pair of neighbouring bytes within a window of the set, as one
    /// bit of [`pair_bit`]. A run of a shown text is looked up only when
    /// its 8 pairs all have their bit: the texts checked are mostly prose
    /// (messages, why, fix), whose blanks and words break such runs, so
    /// most of their bytes cost a bit test instead of a hash and a probe.
    pairs: [u64; PAIR_WORDS],
    /// The key names and client names of the paste that share a run with a
    /// secret: their occurrences in a shown text stay shown (see
    /// [`Secrets::spare`]). Usually none; at most [`MAX_SPARED`].
    spared: Vec<String>,
}

/// The most names spared: a bound on the work per scrubbed text.
const MAX_SPARED: usize = 32;

/// The pair filter's size: 4096 bits (a few hundred pairs at most are set;
/// two pairs may share a bit, which only lets a window through to the set).
const PAIR_WORDS: usize = 64;

/// The bit of the pair of bytes `a`, `b` (in that order).
fn pair_bit(a: u8, b: u8) -> usize {
    (usize::from(a) << 6 ^ usize::from(b)) % (PAIR_WORDS * 64)
}

impl Default for Secrets {
    fn default() -> Self {
        Secrets {
            windows: HashSet::default(),
            pairs: [0; PAIR_WORDS],
            spared: Vec::new(),
        }
    }
}

/// A 9-byte window packed into an integer (first byte highest), so that the
/// windows of a text are read with one shift per byte and hashed cheaply:
/// every shown text is checked byte by byte.
type Window = u128;

const WINDOW_MASK: Window = (1 << (8 * WINDOW)) - 1;

/// Every window of `bytes`, with the offset of its first byte.
fn windows(bytes: &[u8]) -> impl Iterator<Item = (usize, Window)> + '_ {
    let mut key: Window = 0;
    bytes.iter().enumerate().filter_map(move |(i, &b)| {
        key = (key << 8 | Window::from(b)) & WINDOW_MASK;
        (i + 1 >= WINDOW).then(|| (i + 1 - WINDOW, key))
    })
}

/// A multiply-and-fold hash for packed windows. The set holds the user's
/// own secrets, so flooding resistance (SipHash) buys nothing here.
#[derive(Default)]
struct WindowHasher(u64);

impl Hasher for WindowHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(26) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }
    fn finish(&self) -> u64 {
        // The table indexes by the low bits: fold the well-mixed high ones in.
        self.0 ^ (self.0 >> 29)
    }
}

impl Secrets {
    /// The literal values of every secret setting (password, username,
    /// tokens) of every configuration.
    /// The text of a secret is taken both as read (unescaped, decoded) and
    /// as written in `input`: messages and excerpts may quote either.
    pub fn of(configs: &[Config], input: &str) -> Self {
        let mut set = HashSet::default();
        for f in configs.iter().flat_map(|c| c.fields.iter()) {
            if !crate::summary::is_secret(f) {
                continue;
            }
            // A mailbox login (`me@gmail.com`) is an address, not a token:
            // masking it would also mask the host and the From beside it.
            if f.role == crate::model::Role::Username && is_mailbox(&f.value.text) {
                continue;
            }
            // Runs with a blank are ordinary words (`smtp password`), not
            // token material; tokens have no blanks.
            let mut written = input.as_bytes().get(f.value.span.clone()).unwrap_or(&[]);
            // A part of a URL read from a decoded value (its variables
            // filled in: `f"smtp://{user}:{pw}@host"`) spans the whole URL,
            // host included; the credentials written in any URL are
            // masked below.
            if f.syntax == crate::model::Syntax::Url && written.windows(3).any(|w| w == b"://") {
                written = &[];
            }
            for text in [f.value.text.as_bytes(), written] {
                for (i, w) in windows(text) {
                    if !text[i..i + WINDOW].iter().any(|b| b.is_ascii_whitespace()) {
                        set.insert(w);
                    }
                }
            }
        }
        // The secrets on lines another setting's value swallowed
        // (`MAIL_PORT="\` above `MAIL_USERNAME=<token>`): no setting holds them.
        for r in crate::summary::swallowed_secrets(input, configs) {
            let text = input.as_bytes().get(r).unwrap_or(&[]);
            for (i, w) in windows(text) {
                if !text[i..i + WINDOW].iter().any(|b| b.is_ascii_whitespace()) {
                    set.insert(w);
                }
            }
        }
        // The credentials of any URL in the paste, read or not: a `\` or
        // a quote in them can make a reader take the password for the host.
        // Both as written and percent-decoded (as a reader shows them).
        for r in crate::summary::url_credentials(input) {
            let creds = &input.as_bytes()[r];
            // A mailbox login in the user part (`you%40gmail.com:…`) is an
            // address, as above: only the password is masked then, and
            // nothing when there is none (aerc's `source =
            // imaps://me%40x.com@imap.x.com`, whose login is the From too).
            let (user, password) = match creds.iter().position(|&b| b == b':') {
                Some(colon) => (&creds[..colon], &creds[colon + 1..]),
                None => (creds, &creds[creds.len()..]),
            };
            let raw =
                if std::str::from_utf8(&percent_decode_bytes(user, false)).is_ok_and(is_mailbox) {
                    password
                } else {
                    creds
                };
            let decoded = percent_decode_bytes(raw, false);
            let both: &[&[u8]] = match &decoded {
                Cow::Borrowed(_) => &[raw],
                Cow::Owned(d) => &[raw, d],
            };
            for text in both {
                for (i, w) in windows(text) {
                    if !text[i..i + WINDOW].iter().any(|b| b.is_ascii_whitespace()) {
                        set.insert(w);
                    }
                }
            }
        }
        let mut secrets = Secrets::with_windows(set);
        secrets.spare(configs);
        secrets
    }

    /// Keeps the names that are no secret's though they share a run with
    /// one: every configuration's key names (recognised or not) and client
    /// name. Only those that hold a run of the set: the others are never
    /// masked.
    fn spare(&mut self, configs: &[Config]) {
        let names = configs.iter().flat_map(|c| {
            let keys = c.fields.iter().map(|f| f.key.as_str());
            let unknown = c.unknown_keys.iter().map(|k| k.key.as_str());
            keys.chain(unknown).chain([c.dialect.name])
        });
        for name in names {
            if self.spared.len() >= MAX_SPARED {
                break;
            }
            let masked = windows(name.as_bytes()).any(|(_, w)| self.windows.contains(&w));
            if masked && !self.spared.iter().any(|s| s == name) {
                self.spared.push(name.to_string());
            }
        }
    }

    fn with_windows(windows: HashSet<Window, BuildHasherDefault<WindowHasher>>) -> Self {
        let mut pairs = [0u64; PAIR_WORDS];
        for w in &windows {
            // Bytes j and j + 1 of the window (the first byte highest).
            for j in 0..WINDOW - 1 {
                let byte = |k: usize| (w >> (8 * (WINDOW - 1 - k))) as u8;
                let bit = pair_bit(byte(j), byte(j + 1));
                pairs[bit / 64] |= 1 << (bit % 64);
            }
        }
        Secrets {
            windows,
            pairs,
            spared: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.windows.is_empty()
    }

    /// The windows of `bytes` that may be in the set: those whose 8 pairs
    /// of neighbouring bytes all have their bit (any other window cannot be
    /// one of the set's), by increasing start.
    /// A window's pairs are tested from its end: a pair without its bit
    /// rules out every window holding it, so the next one to test starts
    /// at its second byte (in prose most jumps are a whole window long).
    fn candidates<'s>(&'s self, bytes: &'s [u8]) -> impl Iterator<Item = (usize, Window)> + 's {
        // Whether the pair of bytes `j - 1`, `j` has its bit.
        let known = move |j: usize| {
            let bit = pair_bit(bytes[j - 1], bytes[j]);
            self.pairs[bit / 64] >> (bit % 64) & 1 == 1
        };
        let mut start = 0;
        std::iter::from_fn(move || {
            while start + WINDOW <= bytes.len() {
                let mut j = start + WINDOW - 1;
                while j > start && known(j) {
                    j -= 1;
                }
                if j > start {
                    start = j;
                    continue;
                }
                let key = bytes[start..start + WINDOW]
                    .iter()
                    .fold(0, |k: Window, &b| k << 8 | Window::from(b));
                start += 1;
                return Some((start - 1, key));
            }
            None
        })
    }

    /// Whether any 9-byte run of `text` occurs in a secret (outside the
    /// spared names).
    /// Or whether it holds a UUID, a Server API token's shape: on broken
    /// input a value can swallow the line of a token that no setting holds
    /// (Rails' `port: a=",` above `user_name: '<token>'`), and a message
    /// then quotes it whole.
    pub fn leaks(&self, text: &str) -> bool {
        self.hidden(text).is_some()
    }

    /// The bytes of `text` to mask, when there are any: those of a run
    /// shared with a secret or of a UUID, less those of a spared name.
    fn hidden(&self, text: &str) -> Option<Vec<bool>> {
        let bytes = text.as_bytes();
        let shared = !self.is_empty()
            && self
                .candidates(bytes)
                .any(|(_, w)| self.windows.contains(&w));
        if !shared && uuids(bytes).next().is_none() {
            return None;
        }
        // Mark every byte covered by a leaking window.
        let mut hidden = vec![false; bytes.len()];
        for (i, w) in self.candidates(bytes) {
            if self.windows.contains(&w) {
                hidden[i..i + WINDOW].iter_mut().for_each(|h| *h = true);
            }
        }
        // A spared name is shown where it stands alone: not where the run
        // around it is masked too (inside a value that holds it,
        // `<EMAIL_HOST_USER>`, `{{ .Env.GLOBAL_SMTP_USERNAME }}`).
        for name in &self.spared {
            for (at, _) in text.match_indices(name.as_str()) {
                let end = at + name.len();
                let alone = (at == 0 || !hidden[at - 1]) && hidden.get(end) != Some(&true);
                if alone {
                    hidden[at..end].iter_mut().for_each(|h| *h = false);
                }
            }
        }
        for r in uuids(bytes) {
            hidden[r].iter_mut().for_each(|h| *h = true);
        }
        hidden.contains(&true).then_some(hidden)
    }

    /// `text` with every run shared with a secret replaced by `…`.
    pub fn scrub<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let Some(hidden) = self.hidden(text) else {
            return Cow::Borrowed(text);
        };
        let mut out = String::with_capacity(text.len());
        let mut in_mask = false;
        for (i, ch) in text.char_indices() {
            if hidden[i..i + ch.len_utf8()].iter().any(|h| *h) {
                if !in_mask {
                    out.push('…');
                    in_mask = true;
                }
            } else {
                out.push(ch);
                in_mask = false;
            }
        }
        Cow::Owned(out)
    }

    /// Scrubs a string in place.
    pub fn scrub_in_place(&self, text: &mut String) {
        if let Cow::Owned(s) = self.scrub(text) {
            *text = s;
        }
    }
}

/// Every UUID (`8-4-4-4-12` hex digits, any case) in `bytes` that no hex
/// digit or `-` touches on either side. Only the `-` bytes are visited: a
/// UUID's first one is 8 bytes after its start, so each `-` tests the one
/// start it could close the first group of (at most 36 bytes read per `-`).
fn uuids(bytes: &[u8]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    const GROUPS: [usize; 5] = [8, 4, 4, 4, 12];
    let part = |b: u8| b.is_ascii_hexdigit() || b == b'-';
    let hex = |r: std::ops::Range<usize>| bytes[r].iter().all(u8::is_ascii_hexdigit);
    let dashes = bytes.iter().enumerate().filter(|(_, &b)| b == b'-');
    dashes.filter_map(move |(dash, _)| {
        let start = dash.checked_sub(8)?;
        if start > 0 && part(bytes[start - 1]) || bytes.len() - start < 36 {
            return None;
        }
        let mut at = start;
        for (g, n) in GROUPS.iter().enumerate() {
            if g > 0 {
                (bytes[at] == b'-').then_some(())?;
                at += 1;
            }
            hex(at..at + n).then_some(())?;
            at += n;
        }
        bytes.get(at).is_none_or(|&b| !part(b)).then_some(start..at)
    })
}

/// An address used as a login (`me@gmail.com`, `admin@localhost`): one `@`,
/// a dotted domain or a machine's name,
/// nothing a token-like secret would hold (blanks, quotes, backslashes).
fn is_mailbox(t: &str) -> bool {
    let t = t.trim();
    t.split_once('@').is_some_and(|(local, domain)| {
        // A dotted domain, or a machine's own name (`admin@localhost`, a
        // local catcher's login beside host `localhost`).
        !local.is_empty()
            && (domain.contains('.')
                || (!domain.is_empty()
                    && domain
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-')))
            && !domain.contains('@')
            && !t.contains(|c: char| c.is_whitespace() || "'\"`\\{}$".contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets(list: &[&str]) -> Secrets {
        let mut set = HashSet::default();
        for s in list {
            set.extend(windows(s.as_bytes()).map(|(_, w)| w));
        }
        Secrets::with_windows(set)
    }

    #[test]
    fn uuids_are_found_whole_and_alone() {
        let text = "a 1f86a2b4-55c1-4a0e-9d1b-3c2d11115948, a1f86a2b4-55c1-4a0e-9d1b-3c2d11115948 \
                    1f86a2b4-55c1-4a0e-9d1b-3c2d111159489 1F86A2B4-55C1-4A0E-9D1B-3C2D11115948'";
        let found: Vec<&str> = uuids(text.as_bytes()).map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948",
                "1F86A2B4-55C1-4A0E-9D1B-3C2D11115948"
            ]
        );
        // A token no reader took as a setting is masked all the same.
        let s = Secrets::default();
        let shown = "read from `user_name: '000000a0-000a-0aaa-0a0a-00aa00a000a0'`";
        assert!(s.leaks(shown));
        assert_eq!(s.scrub(shown), "read from `user_name: '…'`");
        assert!(!s.leaks("read from `user_name: '1f86…5948'`"));
    }

    #[test]
    fn windows_are_every_run_of_nine() {
        let text = b"0123456789ab";
        let got: Vec<(usize, Window)> = windows(text).collect();
        let want: Vec<(usize, Window)> = text
            .windows(WINDOW)
            .enumerate()
            .map(|(i, w)| (i, w.iter().fold(0, |k, &b| k << 8 | Window::from(b))))
            .collect();
        assert_eq!(got, want);
        assert_eq!(windows(b"12345678").count(), 0);
    }

    #[test]
    fn a_local_mailbox_login_is_no_secret_and_leaves_the_host_shown() {
        // `SMTP_USER='user@localhost'` beside `SMTP_HOST='localhost'`.
        let r = crate::lint(
            "SMTP_HOST=localhost\nSMTP_PORT=1025\nSMTP_USER=user@localhost\nSMTP_PASSWORD=x9Kd2mQp7Lw\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.host.as_deref(), Some("localhost"));
        assert!(is_mailbox("admin@localhost") && is_mailbox("a@mail-hog"));
        assert!(!is_mailbox("a@") && !is_mailbox("a@b c") && !is_mailbox("a@b_c"));
    }

    #[test]
    fn a_url_login_that_is_an_address_is_no_secret_but_its_password_is() {
        // aerc: the IMAP source's login is the account's address, the From
        // too; the outgoing login is a token.
        let conf = "[Personal]\nsource = imaps://me%40kkga.me@imap.migadu.com\noutgoing = smtps+plain://8f2d6c1a-4b7e-4e3a-9d5c-2a1b0c9e8f7d@smtp.postmarkapp.com:587\nfrom = Me <me@kkga.me>\n";
        let r = crate::lint(conf, &crate::Options::default());
        assert_eq!(r.configs[0].settings.from.as_deref(), Some("me@kkga.me"));
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.contains("8f2d6c1a-4b7e"), "{json}");
        // With a password, the password alone is masked.
        let s = Secrets::of(
            &crate::extract::extract(
                "SMTP_URL=smtp://me%40kkga.me:Xq7rT2mLp9wZ@smtp.acme.io:587\n",
            ),
            "SMTP_URL=smtp://me%40kkga.me:Xq7rT2mLp9wZ@smtp.acme.io:587\n",
        );
        assert!(s.leaks("pw Xq7rT2mLp9wZ"));
        assert!(!s.leaks("from me@kkga.me"));
        // A login that is no address is masked, password or not.
        let s = Secrets::of(&[], "source = imaps://k7Fq2xLm9pTz@imap.acme.io\n");
        assert!(s.leaks("k7Fq2xLm9pTz"));
    }

    #[test]
    fn key_names_that_share_a_run_with_a_secret_stay_shown() {
        // A password that starts with its own key's name, and a database
        // URL whose password ends like the SMTP password's key (Loomio's
        // template): the keys are shown, the secrets' other runs are not.
        let paste = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=k7Fq2xLm9pTzWq\nMAIL_PASSWORD=MAIL_PASSWORD_x7Kq2024\nDATABASE_URL=postgresql://postgres:REPLACE_WITH_POSTGRES_PASSWORD@db/app\n";
        let r = crate::lint(paste, &crate::Options::default());
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.contains("(MAIL_PASSWORD, "), "{json}");
        assert!(json.contains("MAIL_PASSWORD=the same token"), "{json}");
        for run in ["D_x7Kq2024", "SSWORD_x7K", "k7Fq2xLm9p", "REPLACE_WITH"] {
            assert!(!json.contains(run), "{run} in {json}");
        }
        // A spared name stays masked inside a run of the secret around it.
        let mut s = secrets(&["xyMAIL_PASSWORDzw"]);
        s.spared.push("MAIL_PASSWORD".into());
        assert_eq!(s.scrub("key MAIL_PASSWORD"), "key MAIL_PASSWORD");
        assert_eq!(s.scrub("(MAIL_PASSWORD, x)"), "(MAIL_PASSWORD, x)");
        assert_eq!(s.scrub("is xyMAIL_PASSWORDzw"), "is …");
        assert!(!s.leaks("key MAIL_PASSWORD"));
        assert!(s.leaks("is yMAIL_PASSWORDz"));
    }

    #[test]
    fn masks_whole_and_partial_secrets() {
        let s = secrets(&["1f86a2b4-55c1-4a0e-9d1b-3c2d11115948"]);
        assert_eq!(
            s.scrub("host `x1f86a2b4-55c1-4a0e` is bad"),
            "host `x…` is bad"
        );
        assert_eq!(s.scrub("1f86…5948 is fine"), "1f86…5948 is fine");
        assert!(s.leaks("…9d1b-3c2d1111…"));
        assert!(!s.leaks("9d1b-3c2d"[..8].as_ref()));
    }

    #[test]
    fn only_runs_of_known_pairs_are_looked_up() {
        let s = secrets(&["1f86a2b4-55c1-4a0e", "pässwörd-geheim-123"]);
        for text in [
            "x1f86a2b4-55c1-4a0e",
            "1f86a2b4 55c1-4a0e",
            "a2b4-55c1-4",
            "ssw\u{f6}rd-gehe",
            "é pässwörd-geheim é",
            "55c1-4a0e 1f86a2b4-55c",
            "The password x1f86a2b4-55c1-4a0e, then 1f86a2b4-55c1-4a0e1f86a2b4-55c1-4a0e.",
            "a2b4-55c1a2b4-55c1-4a0e 4a0e-4a0e-4a0e-4a0e",
            "12345678",
            "",
        ] {
            // Every window, looked up: the same answer and the same mask.
            let brute = windows(text.as_bytes()).any(|(_, w)| s.windows.contains(&w));
            assert_eq!(s.leaks(text), brute, "{text}");
            let found: Vec<(usize, Window)> = windows(text.as_bytes())
                .filter(|(_, w)| s.windows.contains(w))
                .collect();
            let kept: Vec<(usize, Window)> = s
                .candidates(text.as_bytes())
                .filter(|(_, w)| s.windows.contains(w))
                .collect();
            assert_eq!(kept, found, "{text}");
        }
        // No secret: no candidate.
        assert_eq!(
            Secrets::default().candidates(b"0123456789abcdef").count(),
            0
        );
    }

    #[test]
    fn multibyte_text_stays_valid() {
        let s = secrets(&["pässwörd-geheim-123"]);
        assert_eq!(s.scrub("é pässwörd-geheim é"), "é … é");
    }
}
