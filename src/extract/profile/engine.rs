//! Tables against the document: one pass over the entries matches each
//! against every table's patterns (through an index by the key's last
//! segment), the tables are scored (100 per distinct marker, 10 per
//! distinct key), the best ones build their configurations, and text a
//! better table claimed is not read again by a weaker one. Fields are
//! grouped by scope: the scopes that hold a host are the configurations'
//! roots; a second host in the same scope starts a new configuration (the
//! client reads top to bottom, so the later one is used).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::BuildHasher;
use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::pattern::{self, Pattern};
use super::{fields, generic, syn, Profile, Read};
use crate::extract::read::ascii::contains_ci;
use crate::extract::read::{Document, Entry, ScopeKind, Seg, SegKind, ValKind, ROOT};
use crate::extract::Config;
use crate::model::{Field, KeyUse, Lang, Role, Syntax};

mod objects;
mod ruled_out;

/// At most this many configurations are checked in one paste.
pub const MAX_CONFIGS: usize = 64;

/// At most this many ignored keys are kept per configuration.
pub const MAX_UNKNOWN: usize = 256;

/// A row of some table: a key or a marker, and the pattern it matches by.
struct Row {
    profile: u16,
    /// Index into the table's keys, or its markers when `marker`.
    item: u16,
    marker: bool,
    /// A key row that reads an SMTP URL (`Read::Url`).
    url: bool,
    /// A key row read by the key's presence alone (`Read::Presence`).
    presence: bool,
    /// Its alternative names a call's argument (`createTransport(#0)`):
    /// said once per row, not searched in its text per entry.
    arg: bool,
    /// The marker's slot among every table's markers (found once per lint).
    slot: u32,
    /// Its alternative's text, compiled when a paste first holds a syntax
    /// its table reads (into [`SyntaxRows::pats`]).
    alt: &'static str,
}

/// A distinct pattern with its table's case rule: the same pattern in
/// several tables (`SMTP_HOST`, `image`) is compared once per entry and
/// the answer read by each of its rows.
struct Pat {
    pat: Pattern,
    case: bool,
    /// For a glob as the last segment: the byte the entry's lowercased
    /// key must start with and end with (0: any), so the few wildcard
    /// patterns checked for every entry cost a compare each.
    first: u8,
    last: u8,
    /// Filed by its two last segments (see [`Filed::deeper`]).
    deep: bool,
    /// Of more than one segment (it names its key even as a wildcard).
    multi: bool,
    /// The names every path it matches holds but those its filing compared
    /// (`framework`, `mailer` of `framework.mailer.**`; `javamail`,
    /// `properties`, `mail` of `javamail.properties.mail.smtp.host`, filed
    /// under `host` and `smtp`): a pattern one of whose names is nowhere in
    /// the paste is passed over for every entry ([`ruled_out::names`]).
    names: Vec<&'static str>,
    /// Ends in `*` or `**` after other segments: answered per scope for
    /// entries of one own segment ([`Matching::scoped`]).
    tail: Option<pattern::Tail>,
    /// Its index in its syntax's [`SyntaxRows::pats`].
    id: u32,
    /// The fewest segments a path it matches has (each segment but `**`
    /// takes one): a shorter path is ruled out before any walk (the
    /// `host` of every `[smtp]` section meets `mail.smtp.host`, filed
    /// under `smtp` and `host`).
    min_segs: u8,
}

/// Whether a pattern segment is filed by name or position (not a wildcard).
fn named(p: &pattern::PSeg) -> bool {
    matches!(
        p,
        pattern::PSeg::Lit(_) | pattern::PSeg::Call(_) | pattern::PSeg::Arg(_)
    )
}

impl Pat {
    fn new(pat: Pattern, case: bool, id: u32) -> Pat {
        let (first, last) = match pat.segs.last() {
            Some(pattern::PSeg::Glob { pre, suf, .. }) => (
                pre.bytes().next().map_or(0, |b| b.to_ascii_lowercase()),
                suf.bytes().last().map_or(0, |b| b.to_ascii_lowercase()),
            ),
            _ => (0, 0),
        };
        let deep = matches!(pat.segs.as_slice(), [.., a, b] if named(a) && named(b));
        // Filed by name: the index compared its last segment (and the one
        // before it when deep).
        let filed = match pattern::index_key(&pat) {
            Some(_) => 1 + usize::from(deep),
            None => 0,
        };
        let names = ruled_out::names(&pat.segs, filed);
        let min_segs = pat
            .segs
            .iter()
            .filter(|s| !matches!(s, pattern::PSeg::AnyRun))
            .count();
        Pat {
            min_segs: u8::try_from(min_segs).unwrap_or(u8::MAX),
            multi: pat.segs.len() > 1,
            tail: pat.scope_tail(),
            pat,
            case,
            first,
            last,
            deep,
            names,
            id,
        }
    }
}

/// One distinct pattern as filed, with its rows (a range of
/// [`SyntaxRows::members`], in row order).
#[derive(Clone, Copy)]
struct Group {
    pat: u32,
    start: u32,
    end: u32,
}

/// A wildcard row as filed, with its pattern's first and last bytes at
/// hand: most entries pass most wildcard rows over on these alone.
#[derive(Clone, Copy)]
struct Wild {
    first: u8,
    last: u8,
    pat: u32,
    row: u32,
}

impl Wild {
    /// Cheap test before the pattern: can the key's first and last bytes match?
    fn may_match(&self, key: &[u8]) -> bool {
        (self.first == 0 || key.first() == Some(&self.first))
            && (self.last == 0 || key.last() == Some(&self.last))
    }
}

/// Every table's rows, numbered (a row's number is the same in every
/// syntax: what a lint learns of a row holds for all), and their filing
/// per syntax (an entry is only compared with the rows of tables that
/// read its syntax), then by the key's last segment. A syntax's filing,
/// its patterns compiled, is made the first time a paste holds that
/// syntax (a paste holds one or two: the page's first check does not pay
/// for all).
struct Index {
    rows: Vec<Row>,
    /// Per table: the names of its own markers, when it needs one
    /// ([`ruled_out::marker_names`]).
    markers: Vec<Option<Vec<Vec<&'static str>>>>,
    /// Every table's markers: their first slot per table.
    slots: u32,
    by_syntax: [OnceLock<SyntaxRows>; SYNTAX_BITS],
}

#[derive(Default)]
struct SyntaxRows {
    /// The distinct patterns of the syntax's rows, in the order each first
    /// appears ([`Group::pat`] and [`Wild::pat`] point here).
    pats: Vec<Pat>,
    by_last: HashMap<Cow<'static, str>, Filed>,
    /// The wildcard rows a key can match by its first byte (those of
    /// that first byte and those of any), the rows of one pattern
    /// together: an entry is compared with a few of them, not with every
    /// wildcard row of its syntax.
    wild_by_first: Vec<OnceLock<Vec<Wild>>>,
    /// Every wildcard row of the syntax, the rows of one pattern together
    /// (the lists above are cut from it for the first bytes a paste's keys
    /// have: a paste's keys start with a few bytes, not 256).
    wild: Vec<Wild>,
    /// The rows of every group, each group's together.
    members: Vec<u32>,
}

impl SyntaxRows {
    /// Files the rows of the tables that read syntax bit `b`: each distinct
    /// pattern compiled once, the rows of a pattern together (a range of
    /// one arena, [`Self::members`]), each pattern filed under its last
    /// segment (and the one before it), or with the wildcards.
    fn build(rows: &[Row], b: usize) -> SyntaxRows {
        let reads = |r: &Row| {
            super::tables::ALL
                .get(r.profile as usize)
                .filter(|p| p.syntaxes & (1 << b) != 0)
        };
        // Sized once (growing them was a tenth of the work).
        let n = rows.iter().filter(|r| reads(r).is_some()).count();
        let mut out = SyntaxRows {
            pats: Vec::with_capacity(n),
            ..SyntaxRows::default()
        };
        // Interned by the alternative's text (most repeats are the same
        // text: no compile), then by its segments (hashed: no key copied).
        let mut by_text: HashMap<(&'static str, bool), u32> =
            HashMap::with_capacity_and_hasher(n, Default::default());
        let mut by_segs: HashMap<u64, u32> =
            HashMap::with_capacity_and_hasher(n, Default::default());
        // (pattern, row): patterns are numbered as they first appear, so
        // sorted, each pattern's rows are together and in row order, and
        // the patterns in the order they first appear.
        let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(n);
        for (i, r) in rows.iter().enumerate() {
            let Some(p) = reads(r) else {
                continue;
            };
            let case = p.case_sensitive;
            let pats = &mut out.pats;
            let pat = *by_text.entry((r.alt, case)).or_insert_with(|| {
                let pat = pattern::compile_alt(r.alt);
                let next = pats.len() as u32;
                let same = by_segs.hasher().hash_one((&pat.segs, case));
                let id = *by_segs.entry(same).or_insert(next);
                let known = pats
                    .get(id as usize)
                    .is_some_and(|q| q.case == case && q.pat.segs == pat.segs);
                if known {
                    id
                } else {
                    pats.push(Pat::new(pat, case, next));
                    next
                }
            });
            pairs.push((pat, i as u32));
        }
        crate::sort::values(&mut pairs);
        out.members = pairs.iter().map(|&(_, row)| row).collect();
        out.by_last.reserve(out.pats.len());
        let mut start = 0;
        while start < pairs.len() {
            let pat = pairs[start].0;
            let end = pairs[start..]
                .iter()
                .position(|&(q, _)| q != pat)
                .map_or(pairs.len(), |n| start + n);
            let g = Group {
                pat,
                start: start as u32,
                end: end as u32,
            };
            let p = &out.pats[pat as usize];
            match pattern::index_key(&p.pat) {
                Some(k) => {
                    let prev = p.pat.segs.iter().rev().nth(1).filter(|_| p.deep);
                    let filed = out.by_last.entry(k).or_default();
                    match prev {
                        Some(prev) => filed
                            .deeper
                            .entry(pattern::seg_key(prev).unwrap_or_default())
                            .or_default()
                            .push(g),
                        None => filed.rows.push(g),
                    }
                }
                None => out
                    .wild
                    .extend(pairs[start..end].iter().map(|&(_, row)| Wild {
                        first: p.first,
                        last: p.last,
                        pat,
                        row,
                    })),
            }
            start = end;
        }
        out.wild_by_first = (0..=255u8).map(|_| OnceLock::new()).collect();
        out
    }

    /// The wildcard rows a key starting with byte `first` can match (those
    /// of that first byte and those of any), cut from [`Self::wild`] the
    /// first time a key of the paste starts with it.
    fn wild_for(&self, first: usize) -> &[Wild] {
        self.wild_by_first.get(first).map_or(&[][..], |cell| {
            cell.get_or_init(|| {
                self.wild
                    .iter()
                    .filter(|w| w.first == 0 || usize::from(w.first) == first)
                    .copied()
                    .collect()
            })
        })
    }
}

/// The rows filed under one last segment.
#[derive(Default)]
struct Filed {
    /// The patterns of that one segment, or whose segment before it is a
    /// wildcard.
    rows: Vec<Group>,
    /// The others, by the segment before the last, keyed the same way
    /// (`smtp` for `mail.smtp.host`, `smtpclient()` for `SmtpClient(#0)`):
    /// an entry keyed `host` or `#0` is compared with the patterns its two
    /// last segments can match, not with every `*.host` row of its syntax,
    /// each then failing at the second segment.
    deeper: HashMap<Cow<'static, str>, Vec<Group>>,
}

/// Number of syntax bits (`syn::*`).
const SYNTAX_BITS: usize = 25;

impl Index {
    fn for_syntax(&self, bit: u32) -> &SyntaxRows {
        let b = (bit.trailing_zeros() as usize).min(SYNTAX_BITS - 1);
        self.by_syntax[b].get_or_init(|| SyntaxRows::build(&self.rows, b))
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut rows = Vec::new();
        let mut slots = 0u32;
        for (pi, p) in super::tables::ALL.iter().enumerate() {
            for (ki, k) in p.keys.iter().enumerate() {
                let url = matches!(k.read, super::Read::Url(_));
                let presence = k.read == super::Read::Presence;
                rows.extend(pattern::alternatives(k.path).map(|alt| Row {
                    profile: pi as u16,
                    item: ki as u16,
                    marker: false,
                    url,
                    presence,
                    arg: alt.contains("(#"),
                    slot: 0,
                    alt,
                }));
            }
            for (mi, m) in p.markers.iter().enumerate() {
                rows.extend(pattern::alternatives(m.path).map(|alt| Row {
                    profile: pi as u16,
                    item: mi as u16,
                    marker: true,
                    url: false,
                    presence: false,
                    arg: alt.contains("(#"),
                    slot: slots + mi as u32,
                    alt,
                }));
            }
            slots += p.markers.len() as u32;
        }
        Index {
            rows,
            markers: super::tables::ALL
                .iter()
                .map(|p| ruled_out::marker_names(p))
                .collect(),
            slots,
            by_syntax: std::array::from_fn(|_| OnceLock::new()),
        }
    })
}

/// The syntax bit of an entry.
pub fn syntax_bit(s: Syntax) -> u32 {
    match s {
        Syntax::Env => syn::ENV,
        Syntax::Ini => syn::INI,
        Syntax::Conf => syn::CONF,
        Syntax::Commands => syn::COMMANDS,
        Syntax::Words => syn::WORDS,
        Syntax::Properties => syn::PROPERTIES,
        Syntax::Yaml => syn::YAML,
        Syntax::Toml => syn::TOML,
        Syntax::Xml => syn::XML,
        Syntax::Prose => syn::PROSE,
        Syntax::Url => syn::URL,
        Syntax::Code(l) => match l {
            Lang::JavaScript => syn::JS,
            Lang::Json => syn::JSON,
            Lang::Php => syn::PHP,
            Lang::Python => syn::PYTHON,
            Lang::Ruby => syn::RUBY,
            Lang::Go => syn::GO,
            Lang::CSharp => syn::CSHARP,
            Lang::Java => syn::JAVA,
            Lang::Kotlin => syn::KOTLIN,
            Lang::Elixir => syn::ELIXIR,
            Lang::Hcl => syn::HCL,
            Lang::Nix => syn::NIX,
            Lang::Rust => syn::RUST,
            Lang::Perl => syn::PERL,
        },
    }
}

/// What one table matched.
#[derive(Default)]
struct Hits {
    /// (entry, key row) in entry order.
    keys: Vec<(u32, u16)>,
    markers: Vec<u16>,
}

impl Hits {
    /// Drops the markers that count only together with another of the
    /// table's names ([`super::beside`]) when none of those names was
    /// matched. Asked only of a table one of whose such markers was found:
    /// one look at its own hits.
    fn drop_lone_markers(&mut self, p: &Profile) {
        let marker = |m: &u16| p.markers.get(usize::from(*m));
        if !self
            .markers
            .iter()
            .any(|m| marker(m).is_some_and(|m| m.with.is_some()))
        {
            return;
        }
        let named = |path: &str, name: &str| path.split('|').any(|a| a.eq_ignore_ascii_case(name));
        let matched = |name: &str| {
            self.keys.iter().any(|(_, k)| {
                p.keys
                    .get(usize::from(*k))
                    .is_some_and(|k| named(k.path, name))
            }) || self
                .markers
                .iter()
                .any(|m| marker(m).is_some_and(|m| m.with.is_none() && named(m.path, name)))
        };
        let keep: Vec<bool> = self
            .markers
            .iter()
            .map(|m| {
                marker(m)
                    .and_then(|m| m.with)
                    .is_none_or(|with| with.split('|').any(matched))
            })
            .collect();
        let mut keep = keep.into_iter();
        self.markers.retain(|_| keep.next().unwrap_or(true));
    }

    fn score(&self, p: &Profile) -> u32 {
        // A table that needs a marker needs one of its own: shared ones
        // only add to it.
        let own = || {
            self.markers
                .iter()
                .any(|m| p.markers.get(usize::from(*m)).is_some_and(|m| !m.shared))
        };
        if self.keys.is_empty() || (p.needs_marker && !own()) {
            return 0;
        }

        let mut distinct: Vec<u16> = self.keys.iter().map(|(_, k)| *k).collect();
        crate::sort::values(&mut distinct);
        distinct.dedup();
        let mut markers = self.markers.clone();
        crate::sort::values(&mut markers);
        markers.dedup();
        let weight: u32 = markers
            .iter()
            .map(|m| {
                p.markers
                    .get(usize::from(*m))
                    .map_or(1, |m| u32::from(m.weight))
            })
            .sum();
        distinct.len() as u32 * 10 + weight * 100
    }
}

/// Whether a table recognised only by markers any app could write
/// (`EMAIL_FROM`, `MAIL_FROM`, `EMAIL_USERNAME`: see [`generic_marker`])
/// leaves keys of its own family unread that name SMTP settings by their
/// words (LibreChat's `EMAIL_HOST`, `EMAIL_ENCRYPTION` next to netbox's
/// `EMAIL_USERNAME`; Kutt's `MAIL_USER`, `MAIL_SECURE` next to Firefly
/// III's `MAIL_FROM`), or a table that needs no marker found without any
/// (Laravel without `MAIL_MAILER`): then the paste is another app's, read
/// by its words.
/// One look at the paste, only for such tables.
fn another_app(doc: &Document, p: &Profile, hits: &Hits) -> bool {
    let by_common_markers = p.needs_marker
        && hits
            .markers
            .iter()
            .all(|m| p.markers.get(usize::from(*m)).is_some_and(generic_marker));
    // A table that needs no marker, found with none of them, by its
    // common names alone (Laravel by `MAIL_HOST`/`MAIL_PORT`/`MAIL_PASSWORD`
    // without `MAIL_MAILER`, next to Kutt's `MAIL_USER`, `MAIL_SECURE`).
    let by_names_alone = !p.needs_marker && !p.markers.is_empty() && hits.markers.is_empty();
    // Found only by its login keys' names (Django's `EMAIL_HOST_USER`,
    // `EMAIL_HOST_PASSWORD`, which GrowthBook copies), none of its TLS or
    // sender keys: another app when it also writes a sender key of the
    // family that this table does not read (GrowthBook's `EMAIL_FROM`)
    // and a second unread key of the family (its `EMAIL_ENABLED`).
    let by_login_names = p.needs_marker
        && !hits.markers.is_empty()
        && hits.markers.iter().all(|m| {
            p.markers.get(usize::from(*m)).is_some_and(|m| {
                m.value.is_none()
                    && p.keys.iter().any(|k| {
                        k.path == m.path && matches!(k.role, Role::Username | Role::Password)
                    })
            })
        });
    // Found only by its sender key's name (Taiga's `EMAIL_DEFAULT_FROM`,
    // which PostHog's settings read too): a name shared with apps that
    // have no table outweighs nothing; another app when the paste writes
    // a key of the family that this table does not read (PostHog's
    // `EMAIL_ENABLED`).
    let by_sender_name = p.needs_marker
        && !hits.markers.is_empty()
        && hits.markers.iter().all(|m| {
            p.markers.get(usize::from(*m)).is_some_and(|m| {
                m.value.is_none()
                    && p.keys
                        .iter()
                        .any(|k| k.role == Role::From && k.path.split('|').any(|a| a == m.path))
            })
        });
    if p.needs_marker && renamed_beside(doc, p, hits) {
        return true;
    }
    if !by_common_markers && !by_names_alone && !by_login_names && !by_sender_name {
        return false;
    }
    // Its host key holding a whole SMTP URL with the login (NextAuth's
    // `EMAIL_SERVER=smtp://user:pass@host:587` next to `EMAIL_FROM`): an
    // app that reads a URL there.
    let url_in_host = hits.keys.iter().any(|(e, k)| {
        p.keys
            .get(usize::from(*k))
            .is_some_and(|k| k.role == Role::Host)
            && doc.entries.get(*e as usize).is_some_and(|e| {
                let v = doc.text_of(&e.value).trim();
                is_smtp_url(v) && v.contains('@')
            })
    });
    if url_in_host {
        return true;
    }
    // Found by common names alone, its host read from a reference (a
    // shell default that is an SMTP URL: `${EMAIL_SERVER:-smtp://u:p@h}`),
    // or a bare reference beside nothing but a sender (NextAuth's
    // `EMAIL_SERVER=${EMAIL_SERVER}` and `EMAIL_FROM`): an app that reads
    // a URL there. A table's own configuration writes its port or login.
    if by_common_markers && host_from_url_reference(doc, p, hits) {
        return true;
    }
    // Found by common names alone (`SMTP_FROM`) without its server key
    // among the keys it reads (Dolce's `SMTP_HOSTNAME` table, where
    // DocuSeal reads `SMTP_ADDRESS`; `SMTP_PORT`, `SMTP_PASSWORD` and
    // `SMTP_FROM` with no server at all): nothing of the table's own is
    // there, so nothing says the paste is that app's.
    if by_common_markers
        && !hits.keys.iter().any(|(_, k)| {
            p.keys
                .get(usize::from(*k))
                .is_some_and(|k| matches!(k.role, Role::Host | Role::Url))
        })
        && p.keys.iter().any(|k| k.role == Role::Host)
    {
        return true;
    }
    // The family's prefixes when the table names none: its found markers'
    // own (`EMAIL_` of `EMAIL_FROM`), gathered once, not per entry. With
    // none, no key is of the family, and every sign below needs one: the
    // paste is not walked (a table found by its names alone, without a
    // marker, such as JavaMail's properties, asked this for every entry).
    let marker_prefixes: Vec<&str> = if p.family.is_empty() {
        hits.markers
            .iter()
            .filter_map(|m| p.markers.get(usize::from(*m)))
            .flat_map(|m| {
                m.path
                    .split('|')
                    .filter_map(|k| k.find('_').map(|i| &k[..=i]))
            })
            .collect()
    } else {
        Vec::new()
    };
    if p.family.is_empty() && marker_prefixes.is_empty() {
        return false;
    }
    // The roles of the keys read, asked only for a renamed key (a fold over
    // every hit: most pastes never ask).
    let mut read_roles: Option<u32> = None;
    let mut read: Vec<u32> = hits.keys.iter().map(|(e, _)| *e).collect();
    crate::sort::values(&mut read);
    // Walked beside the entries (both in entry order): one step per read
    // entry, not a binary search per entry of the paste.
    let mut read = read.into_iter().peekable();
    let mut unread = 0;
    let (mut login_from, mut login_other) = (false, false);
    for (ei, e) in doc.entries.iter().enumerate() {
        let ei = ei as u32;
        while read.next_if(|&r| r < ei).is_some() {}
        if e.commented() || read.peek() == Some(&ei) {
            continue;
        }
        let key = doc.key_of(e);
        // Its family: the table's prefixes, else its found markers' own
        // (`EMAIL_` of `EMAIL_FROM`).
        let family = if p.family.is_empty() {
            marker_prefixes.iter().any(|f| key.starts_with(f))
        } else {
            // The key, or the block it stands in (`smtp:` → `host`, Rallly's
            // chart values next to Uptime Kuma's `smtpPassword`).
            p.family.iter().any(|f| key.starts_with(f))
                || (by_names_alone && {
                    let parent = doc.path_rev(e).nth(1).map_or("", |s| s.text(doc.input));
                    p.family.iter().any(|f| parent.starts_with(f))
                })
        };
        if by_login_names && !by_common_markers && !by_names_alone {
            // A sender key alone is no sign: Django's own `.env` files
            // write `EMAIL_FROM` beside `EMAIL_HOST_USER` for their
            // settings to read. Another app shows a second key of the
            // family the table does not read: a mail switch (GrowthBook's
            // `EMAIL_ENABLED`) or another setting named by its words.
            if family && !p.other_keys.iter().any(|o| o.eq_ignore_ascii_case(key)) {
                match generic::alias_role(key) {
                    Some(Role::From) => login_from = true,
                    Some(_) => login_other = true,
                    None => login_other |= generic::names_mail_switch(key),
                }
                if login_from && login_other {
                    return true;
                }
            }
            continue;
        }
        // Found by its sender key alone, beside a sender's display name it
        // does not read (`SMTP_FROM_NAME` next to Outline's
        // `SMTP_FROM_EMAIL`): another app's pair of sender settings.
        if by_sender_name
            && family
            && names_sender_name(key)
            && !p.other_keys.iter().any(|o| o.eq_ignore_ascii_case(key))
        {
            return true;
        }
        if by_sender_name && !by_common_markers && !by_names_alone {
            if family && (generic::alias_role(key).is_some() || generic::names_mail_switch(key)) {
                return true;
            }
            continue;
        }
        // `alias_role` only for a family key: it splits the key into words.
        // A mail switch the table does not read counts too (Kutt's
        // `MAIL_ENABLED` beside its `MAIL_USER`, next to Laravel's
        // `MAIL_HOST`/`MAIL_PORT`/`MAIL_PASSWORD`): an app with a switch.
        let role = family
            .then(|| {
                generic::alias_role(key).or_else(|| {
                    (generic::names_mail_switch(key)
                        && !p.other_keys.iter().any(|o| o.eq_ignore_ascii_case(key)))
                    .then_some(Role::Enabled)
                })
            })
            .flatten();
        if let Some(role) = role {
            unread += 1;
            // Found by shared markers alone, the paste names its server or
            // login as the table does not, under a name the table does not
            // list as a known slip, and not by the table's own name
            // (Ghostberry's `MAIL_USER` beside `MAIL_FROM`, where Firefly
            // III reads `MAIL_USERNAME`): another app's names. (A TLS
            // option named as another app names it is a slip the
            // unknown-key check reports.)
            let renamed = by_common_markers
                && matches!(role, Role::Host | Role::Username | Role::Password)
                && !p.leftovers.has_from(key)
                && *read_roles.get_or_insert_with(|| {
                    hits.keys.iter().fold(0, |bits, (_, k)| {
                        p.keys
                            .get(usize::from(*k))
                            .map_or(bits, |k| bits | role_bit(k.role))
                    })
                }) & role_bit(role)
                    == 0
                && p.keys.iter().any(|k| k.role == role);
            if unread >= 2 || renamed {
                return true;
            }
        }
    }
    false
}

/// Whether the block a table reads names its mail settings as another app
/// does: a server key named otherwise where the table reads no host
/// (`smtp: {host, from_address}`, where PeerTube reads `hostname`), under
/// a name the table does not list as a known slip; or, for a table found
/// only by names that are no mail settings (`ADMIN_TOKEN`, `LOCAL_DOMAIN`),
/// two or more of server, login and password named otherwise (`SMTP_HOST`,
/// `SMTP_USER`, `SMTP_PASS` where Mastodon reads `SMTP_SERVER`,
/// `SMTP_LOGIN`, `SMTP_PASSWORD`): the keys are another app's, beside them.
fn renamed_beside(doc: &Document, p: &Profile, hits: &Hits) -> bool {
    let read_roles = hits.keys.iter().fold(0u32, |bits, (_, k)| {
        p.keys
            .get(usize::from(*k))
            .map_or(bits, |k| bits | role_bit(k.role))
    });
    let host_read = read_roles & (role_bit(Role::Host) | role_bit(Role::Url)) != 0;
    // Found only by names that say nothing of mail (and no value marker:
    // an image names the app).
    let app_names_only = !hits.markers.is_empty()
        && hits.markers.iter().all(|m| {
            p.markers.get(usize::from(*m)).is_some_and(|m| {
                m.value.is_none()
                    && !["smtp", "mail", "email"]
                        .iter()
                        .any(|w| contains_ci(m.path, w))
            })
        });
    if (host_read || !p.keys.iter().any(|k| k.role == Role::Host)) && !app_names_only {
        return false;
    }
    let mut scopes: Vec<u32> = hits
        .keys
        .iter()
        .filter_map(|(e, _)| doc.entries.get(*e as usize).map(|e| e.scope))
        .collect();
    crate::sort::values(&mut scopes);
    scopes.dedup();
    let mut read: Vec<u32> = hits.keys.iter().map(|(e, _)| *e).collect();
    crate::sort::values(&mut read);
    // Walked beside the entries (both in entry order).
    let mut read = read.into_iter().peekable();
    let mut renamed = 0u32;
    doc.entries.iter().enumerate().any(|(i, e)| {
        let i = i as u32;
        while read.next_if(|&r| r < i).is_some() {}
        if read.peek() == Some(&i)
            || e.commented()
            || e.value.kind == ValKind::Presence
            || scopes.binary_search(&e.scope).is_err()
        {
            return false;
        }
        let key = doc.key_of(e);
        let Some(role @ (Role::Host | Role::Username | Role::Password)) = generic::alias_role(key)
        else {
            return false;
        };
        if read_roles & role_bit(role) != 0
            || p.other_keys.iter().any(|o| o.eq_ignore_ascii_case(key))
        {
            return false;
        }
        if role == Role::Host && !host_read && !p.leftovers.has_from(key) {
            return true;
        }
        renamed |= role_bit(role);
        app_names_only && renamed.count_ones() >= 2
    })
}

/// Whether a reference's shell default (`${X:-default}`, `${X-default}`)
/// is an SMTP URL with a login: the setting holds a whole URL.
pub fn url_default(reference: &str) -> bool {
    reference.find('-').is_some_and(|i| {
        let d = &reference[i + 1..];
        is_smtp_url(d) && d.contains('@')
    })
}

/// Whether a table's host key holds a reference that stands for an SMTP
/// URL: its shell default is one (`${EMAIL_SERVER:-smtp://u:p@host:587}`),
/// or the table reads nothing but that host and a sender (no port, login
/// or TLS key of its own beside it), as the apps that take a whole URL
/// there write it (`EMAIL_SERVER=${EMAIL_SERVER}`, `EMAIL_FROM=…`).
fn host_from_url_reference(doc: &Document, p: &Profile, hits: &Hits) -> bool {
    let mut host_ref = false;
    let mut by_default = false;
    let mut others = false;
    for (e, k) in &hits.keys {
        let (Some(k), Some(e)) = (p.keys.get(usize::from(*k)), doc.entries.get(*e as usize)) else {
            continue;
        };
        match k.role {
            Role::Host if e.value.kind == ValKind::Reference && !e.commented() => {
                host_ref = true;
                by_default |= url_default(doc.text_of(&e.value));
            }
            Role::Host | Role::From => {}
            _ => others |= !e.commented(),
        }
    }
    host_ref && (by_default || !others)
}

/// Whether a marker is a plain two-word key, a mail word and a role word,
/// that any app could name its setting (`EMAIL_FROM`, `MAIL_FROM`,
/// `EMAIL_USERNAME`), in one alternative of its path. Longer names
/// (`EMAIL_HOST_USER`, `MAIL_USE_TLS`) are a library's own.
fn generic_marker(m: &super::Marker) -> bool {
    m.value.is_none()
        && m.path.split('|').any(|k| {
            let w = generic::Words::of(k);
            // `SMTP_FROM_ADDRESS`, `SMTP_FROM_EMAIL`: the From, named as
            // plainly as `SMTP_FROM`.
            let plain_from = w.len() == 3
                && w.get(1) == Some("from")
                && matches!(w.get(2), Some("address" | "email"));
            // `SMTP_NAME`: nodemailer's `name` (the name this side gives
            // itself), which nodemailer apps pass on (Planka); Nextcloud's
            // image reads it as the login.
            let client_name = w.len() == 2 && w.get(1) == Some("name");
            // `SMTP_DISABLED`, `EMAIL_ENABLED`: a mail switch named as
            // plainly (ToolJet's, and many home-grown apps').
            let switch = w.len() == 2 && generic::names_mail_switch(k);
            !k.contains(['.', '*', '[', '/'])
                && (w.len() == 2 || plain_from)
                && matches!(w.get(0), Some("smtp" | "mail" | "email" | "mailer"))
                && (client_name
                    || switch
                    || matches!(
                        generic::alias_role(k),
                        Some(Role::Host | Role::Username | Role::Password | Role::From)
                    ))
        })
}

/// Every configuration in the document. Never fails: an empty vector means
/// nothing SMTP-like was found.
pub fn extract(doc: &Document) -> Vec<Config> {
    let tables = super::tables::ALL;
    let idx = index();
    let mut m = Matching {
        doc,
        idx,
        hits: tables.iter().map(|_| Hits::default()).collect(),
        in_paste: super::marker_words::InPaste::default(),
        absent: vec![false; idx.rows.len()],
        found: vec![false; idx.slots as usize],
        changed: 0,
        scoped: (0..SYNTAX_BITS).map(|_| Vec::new()).collect(),
        scope_segs: Vec::new(),
        chain: Vec::new(),
        ruled_out: ruled_out::RuledOut::default(),
    };
    let mut buf = String::new();
    let mut prev_buf = String::new();
    // Per syntax, per value read verbatim or not, per first byte: the
    // wildcard rows not ruled out for the whole paste (their marker found,
    // their value word absent from it, their names absent from it, their
    // table ruled out: see `ruled_out`), made
    // again when something was ruled out since (`changed`). A bare
    // `("*", "huginn")` is a candidate for every entry: walked past each
    // time it cost 100 instructions and more per entry.
    // Filed by the key's first and last bytes too: the rows a key's last
    // byte rules out (`*_host` for `K`) are left out of its walk, not
    // tested per entry.
    let mut walks: Vec<HashMap<u32, u32>> = (0..SYNTAX_BITS).map(|_| HashMap::default()).collect();
    let mut lists: Vec<(u32, Vec<Wild>)> = Vec::new();
    // The walks last asked for, by syntax and slot: a paste's keys share a
    // few first and last bytes, and a hit skips the map's hash and probe
    // (a third of the cost of an entry no row takes).
    let mut recent = [(0u32, 0u32); 64];
    for (ei, e) in doc.entries.iter().enumerate() {
        if e.commented() || e.flags & crate::extract::read::flag::HANDED != 0 {
            continue;
        }
        let verbatim = e.value.text == crate::extract::read::Val::VERBATIM;
        let mut path = doc.path_rev(e);
        let Some(last) = path.next() else {
            continue;
        };
        let key = pattern::entry_key(doc.input, last, &mut buf);
        let bit = syntax_bit(e.syntax);
        let b = (bit.trailing_zeros() as usize).min(SYNTAX_BITS - 1);
        let rows = idx.for_syntax(bit);
        let filed = rows.by_last.get(key);
        let shallow = filed.map_or(&[][..], |f| f.rows.as_slice());
        let deeper = match filed.filter(|f| !f.deeper.is_empty()) {
            Some(f) => path
                .next()
                .and_then(|prev| {
                    f.deeper
                        .get(pattern::entry_key(doc.input, prev, &mut prev_buf))
                })
                .map_or(&[][..], Vec::as_slice),
            None => &[],
        };
        let mut one = Entrywise {
            ei: ei as u32,
            e,
            last,
            key,
            verbatim,
            smtp_url: None,
            dsn: None,
            code_local: None,
            // A reference written as a setting's text (`'%env(MAILER_DSN)%'`,
            // `MAIL_URL=${X}`), not a code expression handing a variable
            // on (`EMAIL_URL = os.environ.get('EMAIL_URL')`, then parsed).
            setting_ref: e.value.kind == ValKind::Reference
                && (!e.syntax.is_code() || e.value.quote != crate::model::Quote::None),
            b,
        };
        // Filed by name: the index compared the last segment's name (and
        // the one before it for a deep pattern) already.
        for g in shallow.iter().chain(deeper) {
            let Some(pat) = rows.pats.get(g.pat as usize) else {
                continue;
            };
            let mut matched = None;
            let members = rows
                .members
                .get(g.start as usize..g.end as usize)
                .unwrap_or(&[]);
            for &ri in members {
                if !m.row(&mut one, true, pat, ri, &mut matched) {
                    break;
                }
            }
        }
        // Then the wildcards not ruled out.
        let first = key.as_bytes().first().map_or(0, |b| usize::from(*b));
        let last_byte = key.as_bytes().last().map_or(256, |b| u32::from(*b));
        let slot = u32::from(verbatim) << 17 | (first as u32) << 9 | last_byte;
        // (`slot` is below 2^18, `b` below 32: one key, never 0.)
        let tag = (b as u32) << 18 | slot | 1 << 31;
        let near = (tag.wrapping_mul(0x9E37_79B9) >> 26) as usize;
        let li = match recent[near] {
            (t, li) if t == tag => li,
            _ => {
                let li = *walks[b].entry(slot).or_insert_with(|| {
                    lists.push((u32::MAX, Vec::new()));
                    (lists.len() - 1) as u32
                });
                recent[near] = (tag, li);
                li
            }
        };
        let (made, list) = &mut lists[li as usize];
        if *made != m.changed {
            *made = m.changed;
            list.clear();
            let all = rows.wild_for(first);
            for w in all.iter().filter(|w| w.may_match(key.as_bytes())) {
                let (Some(row), Some(pat)) =
                    (idx.rows.get(w.row as usize), rows.pats.get(w.pat as usize))
                else {
                    continue;
                };
                let out = (row.marker && m.found.get(row.slot as usize) != Some(&false))
                    || (verbatim && m.absent.get(w.row as usize) != Some(&false))
                    || !m.ruled_out.pattern_may_match(
                        &mut m.in_paste,
                        doc.input,
                        (b, pat.id),
                        &pat.names,
                        ruled_out::Ask::Scan,
                    )
                    || m.ruled_out.table_out(
                        &mut m.in_paste,
                        doc.input,
                        usize::from(row.profile),
                        &idx.markers,
                    );
                if !out {
                    list.push(*w);
                }
            }
        }
        let mut at = u32::MAX;
        let mut matched = None;
        for w in list.iter() {
            if w.pat != at {
                at = w.pat;
                matched = None;
            }
            if let Some(pat) = rows.pats.get(w.pat as usize) {
                m.row(&mut one, false, pat, w.row, &mut matched);
            }
        }
    }
    let mut hits = m.hits;
    for (h, p) in hits.iter_mut().zip(tables) {
        h.drop_lone_markers(p);
    }
    let mut scored: Vec<(u32, usize)> = tables
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.infer)
        .map(|(i, p)| (hits[i].score(p), i))
        .map(|(s, i)| {
            (
                if s > 0 && another_app(doc, tables[i], &hits[i]) {
                    0
                } else {
                    s
                },
                i,
            )
        })
        .filter(|(s, _)| *s > 0)
        .collect();
    crate::sort::by_key(&mut scored, |(s, i)| (std::cmp::Reverse(*s), *i));
    let mut configs: Vec<Config> = Vec::new();
    let mut claimed = Claimed::default();
    // A database block's `host`, `port`, `user` (TYPO3's `DB.Connections`,
    // Django's `DATABASES`, `database.yml`) are no table's mail settings.
    // A table's sender row is still its own: a database has no From
    // address, and a flat settings object (Moodle's `$CFG`, Mahara's
    // `$cfg`) names its database and its `noreplyaddress` side by side.
    let db = std::cell::OnceCell::new();
    let db = || db.get_or_init(|| super::database::scopes(doc));
    let not_db = |ei: u32| !super::database::vetoes(doc, db(), &doc.entries[ei as usize]);
    let cands = Cands::default();
    for (_, i) in scored {
        // `take` keeps no configuration past the limit: once it is reached,
        // the tables left (a paste of many apps' blocks) are not built,
        // whose grouping, hooks and ignored-key walks were thrown away.
        if configs.len() >= MAX_CONFIGS {
            break;
        }
        let p = tables[i];
        let keys: Vec<(u32, u16)> = hits[i]
            .keys
            .iter()
            .copied()
            .filter(|&(ei, ki)| p.keys[ki as usize].role == Role::From || not_db(ei))
            .collect();
        let found = build(doc, p, &keys, &cands);
        take(&mut configs, &mut claimed, found);
    }
    // No client recognised: infer from key names and value shapes.
    if configs.is_empty() {
        for p in tables.iter().filter(|p| p.infer) {
            if p.container.is_some() && p.container != doc.container {
                continue;
            }
            // A container's own table stands in for the plain generic one.
            if p.container.is_none()
                && doc
                    .container
                    .is_some_and(|c| tables.iter().any(|t| t.infer && t.container == Some(c)))
                && p.syntaxes != syn::PROSE
            {
                continue;
            }
            let mut inferred = generic::hits(doc, p);
            inferred.retain(|&(ei, _, _)| not_db(ei));
            let found = build_inferred(doc, p, &inferred, &cands);
            take(&mut configs, &mut claimed, found);
        }
    }
    misread_references(doc.input, &mut configs);
    drop_restatements(&mut configs);
    env_file_credentials(doc, &mut configs);
    sender_fallback(doc, &mut configs);
    stream_fallback(doc, &mut configs);
    send_macros(&mut configs);
    crate::sort::by_key(&mut configs, |c| c.span.start);
    configs
}

/// A value holding a macro the client fills in itself when it sends
/// (Monit's `monit@$HOST`) is read as a reference, whichever reader gave
/// it (the monitrc reader, or a "Label: value" note joined as the sender):
/// its text is not the address sent, so no check judges it as one.
fn send_macros(configs: &mut [Config]) {
    for c in configs.iter_mut() {
        let macros = c.dialect.send_macros;
        if macros.is_empty() {
            continue;
        }
        for f in c.fields.iter_mut() {
            if f.value.reference.is_none() && macros.iter().any(|(m, _)| f.value.text.contains(m)) {
                f.value.reference = Some(f.value.text.clone());
            }
        }
    }
}

/// A secret read as a reference (`"${A___A}"`, a password that looks like
/// HCL's interpolation) whose closing quote has text glued to it that
/// continues no syntax: a `}`, `]` or `)` that closes nothing the paste
/// opened before it, or a word (`"${X}"abc`); unquoted (`${A_}}(aa…`), a
/// closer glued to it that closes nothing. The quotes were the secret's
/// own characters, not the string's: the value is a literal secret (hidden
/// everywhere, judged as text), not a name to show. Bracket depth is
/// counted once over the paste, up to the last such value.
fn misread_references(input: &str, configs: &mut [Config]) {
    let b = input.as_bytes();
    // (position of the glued byte, config, field, quoted), in paste order.
    let mut cands: Vec<(usize, usize, usize, bool)> = Vec::new();
    for (ci, c) in configs.iter().enumerate() {
        for (fi, f) in c.fields.iter().enumerate() {
            if f.value.reference.is_none() || !crate::summary::SECRET_ROLES.contains(&f.role) {
                continue;
            }
            let quoted = matches!(
                f.value.quote,
                crate::model::Quote::Double | crate::model::Quote::Single
            );
            let end = f.value.span.end;
            if quoted
                && matches!(b.get(end), Some(b'"' | b'\''))
                && b.get(end + 1).is_some_and(|c| !c.is_ascii_whitespace())
            {
                cands.push((end + 1, ci, fi, true));
            } else if f.value.quote == crate::model::Quote::None
                && matches!(b.get(end), Some(b'}' | b']' | b')'))
            {
                // Unquoted (`${A_}}(aaaa`): only a closer glued to the
                // reference can tell; a word or a dot after it may be the
                // expression's own (`process.env.X.trim()`).
                cands.push((end, ci, fi, false));
            }
        }
    }
    if cands.is_empty() {
        return;
    }
    crate::sort::by_key(&mut cands, |c| c.0);
    let (mut depth, mut at) = (0i64, 0usize);
    for (pos, ci, fi, quoted) in cands {
        for &c in &b[at.min(pos)..pos] {
            depth += bracket(c);
        }
        at = at.max(pos);
        let glued = b[pos];
        let misread = match glued {
            b'}' | b']' | b')' => depth + bracket(glued) < 0,
            b',' | b';' | b'#' | b'/' | b'\r' | b'\n' => false,
            _ => quoted,
        };
        if misread {
            if let Some(f) = configs[ci].fields.get_mut(fi) {
                f.value.reference = None;
            }
        }
    }
}

/// `+1` for an opening bracket, `-1` for a closing one.
fn bracket(c: u8) -> i64 {
    match c {
        b'{' | b'[' | b'(' => 1,
        b'}' | b']' | b')' => -1,
        _ => 0,
    }
}

/// A configuration of a client that only repeats some settings of another
/// configuration of the same client, value for value, in another part of
/// the paste (a README's table of the variables restating the `.env` block
/// above it), is that configuration described again, not a second one: it
/// is dropped, and what it leaves out is not reported as missing.
/// Configurations that differ in any value, environments and labelled
/// blocks all stay.
fn drop_restatements(configs: &mut Vec<Config>) {
    if configs.len() < 2 {
        return;
    }
    // Per configuration, its settings as (role, value, reference): a set,
    // so each check walks the other configuration's fields once.
    type Said<'c> = rustc_hash::FxHashSet<(Role, &'c str, Option<&'c str>)>;
    let said: Vec<Said> = configs
        .iter()
        .map(|c| {
            c.fields
                .iter()
                .map(|f| (f.role, f.value.text.trim(), f.value.reference.as_deref()))
                .collect()
        })
        .collect();
    let restates = |b: &Config, j: usize| {
        let a = &configs[j];
        a.dialect.id == b.dialect.id
            // Not an environment's or object's own block beside another.
            && a.label.is_none()
            && b.label.is_none()
            && a.root != b.root
            && b.fields.iter().all(|f| {
                said[j].contains(&(f.role, f.value.text.trim(), f.value.reference.as_deref()))
            })
    };
    // (At most MAX_CONFIGS configurations.)
    let n = configs.len();
    let mut keep = vec![true; n];
    for i in 0..n {
        let (b, nb) = (&configs[i], configs[i].fields.len());
        keep[i] =
            !(0..n).any(|j| j != i && keep[j] && configs[j].fields.len() > nb && restates(b, j));
    }
    let mut k = keep.into_iter();
    configs.retain(|_| k.next().unwrap_or(true));
}

/// A configuration whose client has no From setting in the paste takes the
/// one address written under an application-level key that names a sender
/// (`MAIL_FROM`, `DEFAULT_SENDER_EMAIL`, `notifications.from`): what the
/// application will put in From. Several different such addresses: none.
/// A key the configuration's own client ignores is no sender of it: a key
/// reported as `input/unknown-key` (wger's `DEFAULT_FROM_EMAIL`, where wger
/// reads `FROM_EMAIL`) or a value the client ignores under its switch
/// ([`Config::ignored`]). Tables whose names many apps share
/// ([`Profile::shared_names`]) still take another library's sender key: it
/// is then that app's own name, and not reported.
fn sender_fallback(doc: &Document, configs: &mut [Config]) {
    if configs.iter().all(|c| c.get(Role::From).is_some()) {
        return;
    }
    // The paste's sender entries with their addresses, in text order (few).
    let mut senders: Vec<(&Entry, &str)> = Vec::new();
    let mut words = super::generic::Words::default();
    for e in doc.active() {
        if e.value.kind != ValKind::Literal {
            continue;
        }
        let v = doc.text_of(&e.value);
        // An address: something before its `@` (`@acme.io` is a domain,
        // `@handle` a name).
        if !v.contains('@') || v.trim_start().starts_with('@') || v.len() > 320 || v.contains("://")
        {
            continue;
        }
        let Some(last) = doc.path_rev(e).next() else {
            continue;
        };
        words.split(last.text(doc.input));
        let sender = words.iter().any(|w| matches!(w, "from" | "sender"))
            && !words
                .iter()
                .any(|w| matches!(w, "name" | "to" | "reply" | "admin" | "support" | "contact"));
        if sender {
            senders.push((e, v));
        }
    }
    if senders.is_empty() {
        return;
    }
    for c in configs.iter_mut().filter(|c| c.get(Role::From).is_none()) {
        let mut usable = senders.iter().filter(|(e, _)| !ignores_sender(c, e));
        let Some(&(e, v)) = usable.next() else {
            continue;
        };
        if usable.any(|(_, w)| w.trim() != v.trim()) {
            continue; // ambiguous
        }
        let value = fields::value_of(doc, e, c.dialect);
        c.fields.push(fields::field(doc, e, Role::From, value));
    }
}

/// Whether configuration `c` ignores sender entry `e`: its key is one the
/// client's table names as another library's, which the client does not
/// read (reported as `input/unknown-key`; unless the client's names are
/// shared, see [`sender_fallback`]), or its value lies in a setting the
/// client ignores. (Other keys the client does not read are an app's own
/// sender settings, which the fallback is for: Mbin's `KBIN_SENDER_EMAIL`
/// beside its Symfony `MAILER_DSN`.)
fn ignores_sender(c: &Config, e: &Entry) -> bool {
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let key = e.key_span();
    let value = e.value.span();
    // (Compared as `input/unknown-key` compares them, in any case; few
    // sender entries, and only the client's ignored keys.)
    let leftover = |u: &KeyUse| {
        overlaps(&u.span, &key)
            && c.dialect
                .leftovers
                .iter()
                .any(|(from, _)| from.eq_ignore_ascii_case(&u.key))
    };
    (!c.dialect.shared_names && c.unknown_keys.iter().any(leftover))
        || c.ignored.iter().any(|r| overlaps(r, &value))
}

/// A configuration without its username or password whose container loads
/// its environment from a file or store that is not pasted takes that
/// file as its credentials store: the missing credentials are most likely
/// there, so they are reported as kept elsewhere (`auth/external-credentials`),
/// not as missing. The sources: Compose's `env_file:` (a path, a list of
/// paths, or `- path:` items; docs.docker.com "Set environment variables",
/// `env_file`), NixOS modules' `environmentFile(s)` and systemd's
/// `EnvironmentFile` (the unit reads `KEY=value` lines from it), and a
/// Kubernetes container's `envFrom` Secret that the paste does not hold
/// (read as a `secretRef` entry beside its variables, see `k8s_secrets`).
/// A source counts for the configurations inside the block that holds it
/// (its service, module or container), never for the whole paste.
/// Every configuration in that block also records the source
/// ([`Config::env_source`]): a mail switch it does not write may be set
/// there, so its absence is no finding (`input/smtp-not-enabled`).
fn env_file_credentials(doc: &Document, configs: &mut [Config]) {
    let lacking = |c: &Config| {
        c.credentials_store().is_none()
            && (c.get(Role::Username).is_none() || c.get(Role::Password).is_none())
    };
    let switch_unwritten = |c: &Config| {
        c.dialect.switch.is_some_and(|s| s.missing.is_some())
            && c.get(Role::Enabled).is_none()
            && c.get(Role::Transport).is_none()
    };
    // (Most pastes name none of the sources: one search of the text each,
    // not a walk of every entry's path.)
    let input = doc.input;
    if !configs.iter().any(|c| lacking(c) || switch_unwritten(c))
        || !["env_file", "nvironmentFile", "secretRef"]
            .iter()
            .any(|n| input.contains(n))
    {
        return;
    }
    let source = |n: &str| {
        matches!(
            n,
            "env_file" | "environmentFile" | "environmentFiles" | "EnvironmentFile" | "secretRef"
        )
    };
    for e in doc.active() {
        // The source's name is the entry's key (`env_file: .env`), the list
        // its item is in (`- .env`), or the list of its `- path:` item.
        let mut path = doc.path_rev(e);
        let name = match path.next() {
            Some(s) if s.kind == SegKind::Key => match s.text(input) {
                "path" => path
                    .find(|s| s.kind == SegKind::Key)
                    .filter(|s| s.text(input) == "env_file")
                    .map(|_| "path"),
                n => Some(n).filter(|n| source(n)),
            },
            Some(_) => path.next().map(|s| s.text(input)).filter(|n| source(n)),
            None => None,
        };
        let Some(name) = name else {
            continue;
        };
        if e.value.kind == ValKind::Literal && doc.text_of(&e.value).trim().is_empty() {
            continue;
        }
        // The block holding the source: up from the value's own scope past
        // the source's list (`env_file:` items) to its service, module or
        // container (a Kubernetes `secretRef` sits in the container's `env`).
        let mut s = e.scope;
        while name != "secretRef" && s != ROOT {
            let sc = &doc.scopes[s as usize];
            let item = doc.scopes[sc.parent as usize].kind == ScopeKind::List;
            if sc.kind != ScopeKind::List && !(name == "path" && item) {
                break;
            }
            s = sc.parent;
        }
        if s == ROOT || doc.scopes[s as usize].kind == ScopeKind::Region {
            continue;
        }
        let block = doc.scopes[s as usize].span.clone();
        let block = block.start as usize..block.end as usize;
        for c in configs.iter_mut() {
            if !(block.start <= c.span.start && c.span.end <= block.end) {
                continue;
            }
            if c.env_source.is_none() {
                c.env_source = Some(e.value.span());
            }
            if !lacking(c) {
                continue;
            }
            let value = fields::value_of(doc, e, c.dialect);
            let mut f = fields::field(doc, e, Role::CredentialsFile, value);
            if f.key.is_empty() || name == "path" {
                f.key = name.to_string();
            }
            c.fields.push(f);
        }
    }
}

/// A configuration whose client has no stream setting in the paste takes
/// the Postmark stream header that the pasted code puts on its messages
/// (`headers: {'X-PM-Message-Stream': 'broadcast'}`, `message.setHeader(…)`,
/// `m.SetHeader(…)`, `header['X-PM-Message-Stream'] = …`, Rails'
/// `default "X-PM-Message-Stream" => …`, Swoosh's `header(…)`): every SMTP
/// client sends a message's headers as given, and Postmark routes the
/// message by it. Header names are case-insensitive. Several different
/// values: none (which message goes where is the code's choice).
fn stream_fallback(doc: &Document, configs: &mut [Config]) {
    if configs.iter().all(|c| c.get(Role::Stream).is_some()) {
        return;
    }
    let mut found: Option<&Entry> = None;
    for e in doc.active() {
        if e.value.kind != ValKind::Literal || !matches!(e.syntax, Syntax::Code(_)) {
            continue;
        }
        let Some(last) = doc.path_rev(e).next() else {
            continue;
        };
        if !last
            .text(doc.input)
            .eq_ignore_ascii_case("X-PM-Message-Stream")
        {
            continue;
        }
        match found {
            Some(f) if doc.text_of(&f.value).trim() != doc.text_of(&e.value).trim() => return,
            Some(_) => {}
            None => found = Some(e),
        }
    }
    let Some(e) = found else { return };
    for c in configs.iter_mut().filter(|c| c.get(Role::Stream).is_none()) {
        let value = fields::value_of(doc, e, c.dialect);
        c.fields.push(fields::field(doc, e, Role::Stream, value));
    }
}

/// Adds configurations that overlap nothing claimed by an earlier table.
fn take(configs: &mut Vec<Config>, claimed: &mut Claimed, found: Vec<Config>) {
    let mut mine = Claimed::default();
    for cfg in found {
        let meaningful = cfg.smtp_written()
            // Postmark's API driver chosen by name with its token
            // (`MAIL_MAILER=postmark` + `POSTMARK_TOKEN`): a mail setup
            // to check, not an unrecognised paste.
            || (cfg.get(Role::ServerToken).is_some() && cfg.get(Role::Transport).is_some())
            || transport_not_smtp(&cfg)
            // A client whose default host is a documented setup (Home
            // Assistant's notifier without `server`): its table's own
            // keys are its configuration, though no SMTP setting is written.
            || (cfg.dialect.default_host_used && !cfg.fields.is_empty());
        if meaningful && !claimed.overlaps(&cfg) && configs.len() < MAX_CONFIGS {
            mine.add(&cfg);
            configs.push(cfg);
        }
    }
    claimed.merge(mine);
}

/// Whether the client's transport switch names a local program or no
/// mail at all (`PROTOCOL = sendmail`, `MAIL_MAILER=log`): that alone
/// answers why nothing reaches an SMTP server (`input/smtp-not-enabled`).
fn transport_not_smtp(cfg: &Config) -> bool {
    let Some(sw) = cfg.dialect.switch else {
        return false;
    };
    let Some(f) = cfg.get(Role::Transport) else {
        return false;
    };
    let Some(v) = f.value.literal() else {
        return false;
    };
    // The rule's reading (`input/smtp-not-enabled`), so both agree.
    match sw.selects_by(&f.key, v) {
        Some(super::Selects::NoMail | super::Selects::Local) => true,
        // A DSN naming another transport (`postmark+api://…@default`).
        Some(super::Selects::Other) if v.contains("://") => true,
        // Another transport named by a flag of its own (nodemailer's `SES:
        // {…}`): the paste's mail setup, though it writes no SMTP setting.
        Some(super::Selects::Other) => sw.flag(v).is_some(),
        _ => false,
    }
}

/// Whether a key row reads Symfony Mailer's DSN (whose scheme names the
/// transport: `null://null`, `sendmail://default`, `postmark+api://…`).
fn symfony_row(row: &Row) -> bool {
    super::tables::ALL
        .get(row.profile as usize)
        .and_then(|p| p.keys.get(row.item as usize))
        .is_some_and(|k| k.read == super::Read::Url(super::UrlFlavor::Symfony))
}

/// Whether a value is a DSN of any transport: `scheme://…`, the scheme a
/// word of letters, digits, `+` and `-` (Symfony's transports).
pub fn is_dsn(text: &str) -> bool {
    let t = crate::extract::read::strings::trim_str(text).as_bytes();
    // The scheme holds no `:` and is 40 bytes at most: its end is the
    // first `:` within 41 bytes, which must start the `://` (no search of
    // the whole value, asked per URL row of every entry). The scheme's
    // bytes hold no `:`, so that `:` is the first byte past them: only
    // the scheme is read (most values stop at their first byte or word).
    if !t.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let i = t
        .iter()
        .take(41)
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-')
        .count();
    i <= 40 && t[i..].starts_with(b"://")
}

/// Whether a value starts with an SMTP URL (every scheme starts with `s`,
/// `p` or `m`).
#[inline]
pub fn is_smtp_url(text: &str) -> bool {
    may_open_smtp_url(text.as_bytes().first()) && smtp_url_at(text)
}

/// Whether a value starting with `first` can be an SMTP URL: a scheme's
/// first letter or whitespace. Asked of every entry's value, most of which
/// start with another byte and are answered here without a call.
#[inline]
pub fn may_open_smtp_url(first: Option<&u8>) -> bool {
    first.is_some_and(|&b| {
        crate::extract::read::url::Scheme::may_start_with(b)
            || matches!(b, 128..=255 | b'\t'..=b'\r' | b' ')
    })
}

fn smtp_url_at(text: &str) -> bool {
    let t = crate::extract::read::strings::trim_start(text);
    // The longest scheme read and its `://`.
    let head = &t.as_bytes()[..t
        .len()
        .min(crate::extract::read::bridges::LONGEST_SCHEME + 3)];
    // The scheme is letters and `+` (see `Scheme::from_word`), and the
    // `://` follows it: the scheme's bytes are counted (most values stop
    // at once, `mail.smtp.host` at its `.`) instead of searching the head
    // for the first `:`, which a known scheme holds none of either.
    let n = head
        .iter()
        .take_while(|&&b| b.is_ascii_alphabetic() || b == b'+')
        .count();
    head.first()
        .is_some_and(|&b| crate::extract::read::url::Scheme::may_start_with(b))
        && head.get(n..n + 3) == Some(b"://")
        && crate::extract::read::url::Scheme::from_word(&t[..n]).is_some()
}

/// The state of one lint's matching: what each table matched, and what
/// rules rows out for the rest of the paste.
struct Matching<'d> {
    doc: &'d Document<'d>,
    idx: &'static Index,
    hits: Vec<Hits>,
    /// Per wildcard value-marker row: whether its word is in the paste (`value_has`).
    in_paste: super::marker_words::InPaste,
    /// Per wildcard row: its value word absent from the paste (for values
    /// read verbatim), which rules it out before any test of it.
    absent: Vec<bool>,
    /// Per marker (of any table): found already. A table's score counts
    /// distinct markers: one found needs no second look (value markers
    /// scan the value).
    found: Vec<bool>,
    /// Counts what was ruled out (found, absent), for the wildcard walks.
    changed: u32,
    /// Per syntax bit, per pattern with a [`pattern::Tail`]: the last
    /// scope asked and its answer ([`pattern::Pattern::matches_scope`]).
    /// Such a pattern (`framework.mailer.headers.*`) is compared with
    /// every entry of its syntax, and a block's entries come together.
    scoped: Vec<Vec<(u32, bool)>>,
    /// Per scope: the number of segments of its path, once counted (see
    /// [`Matching::path_segs`]; `u8::MAX`: not yet).
    scope_segs: Vec<u8>,
    /// The scopes [`Matching::path_segs`] walks up, reused.
    chain: Vec<u32>,
    /// The patterns and tables the paste's words rule out.
    ruled_out: ruled_out::RuledOut,
}

/// One entry as the rows see it.
struct Entrywise<'d> {
    ei: u32,
    e: &'d Entry,
    /// The entry's last segment (`key` is its name lowercased).
    last: &'d Seg,
    key: &'d str,
    verbatim: bool,
    /// Whether the value is an SMTP URL: asked once per entry, not per URL row.
    smtp_url: Option<bool>,
    /// Whether the value is a DSN ([`is_dsn`]): asked once per entry, not
    /// per Symfony URL row.
    dsn: Option<bool>,
    /// Whether the entry is a code local ([`code_local`]): asked once per
    /// entry, not per row of the tables that name its key.
    code_local: Option<bool>,
    setting_ref: bool,
    /// The entry's syntax bit's index (`syntax_bit(…).trailing_zeros()`).
    b: usize,
}

impl Matching<'_> {
    /// One row of a pattern against the entry; `matched` is the pattern's
    /// answer, asked at the first row that needs it. False when the
    /// pattern does not match (nor then any other row of it).
    #[inline(always)]
    fn row(
        &mut self,
        one: &mut Entrywise,
        named: bool,
        pat: &Pat,
        ri: u32,
        matched: &mut Option<bool>,
    ) -> bool {
        let (doc, e) = (self.doc, one.e);
        let Some(row) = self.idx.rows.get(ri as usize) else {
            return true;
        };
        if row.marker && self.found.get(row.slot as usize) != Some(&false) {
            return true;
        }
        if !named && one.verbatim && self.absent.get(ri as usize) != Some(&false) {
            return true;
        }
        // A URL row reads only values that are SMTP URLs: cheapest first.
        // A row that names its key (`MAILER_DSN`, `framework.mailer.dsn`)
        // also takes a reference (`'%env(MAILER_DSN)%'`): the URL is then
        // read elsewhere. So does a row naming a call's argument
        // (`createTransport(#0)`, `createTransport(#0).url`) for an
        // environment read handed to the call
        // (`createTransport(process.env.SMTP_URL)`): the URL it reads.
        // The bare wildcard row takes only SMTP URLs.
        let handed = || {
            e.value.kind == ValKind::Reference
                && row.arg
                && crate::extract::read::resolve::env_read(doc.text_of(&e.value)).is_some()
        };
        if row.url
            && !((named || pat.multi) && (one.setting_ref || handed()))
            && !*one
                .smtp_url
                .get_or_insert_with(|| is_smtp_url(doc.text_of(&e.value)))
            && !((named || pat.multi)
                && symfony_row(row)
                && *one.dsn.get_or_insert_with(|| is_dsn(doc.text_of(&e.value))))
        {
            return true;
        }
        let ok = match *matched {
            Some(ok) => ok,
            None => *matched.insert(match pat.pat.matches_key(one.key, pat.case) {
                Some(m) => m,
                None => match pat
                    .case
                    .then(|| pat.pat.matches_one(doc.input, one.last, e.syntax))
                    .flatten()
                {
                    Some(m) => m,
                    // A table ruled out is asked about before a walk of
                    // the path (a row decided by its key costs less than
                    // the question; a wildcard row of a table ruled out is
                    // left out of its walks).
                    None if named
                        && self.ruled_out.table_out(
                            &mut self.in_paste,
                            doc.input,
                            usize::from(row.profile),
                            &self.idx.markers,
                        ) =>
                    {
                        return true
                    }
                    None => self.pattern_matches(one, named, pat),
                },
            }),
        };
        if !ok {
            return false;
        }
        let p = super::tables::ALL[row.profile as usize];
        if row.marker {
            let m = &p.markers[row.item as usize];
            // A row that names its key (`image`) sees few values: each is
            // searched as it is. A wildcard row sees every value: whether
            // its word is in the paste at all is asked first, once.
            let is = m.value.is_none_or(|v| {
                if named {
                    contains_ci(doc.text_of(&e.value), v)
                } else {
                    value_has(doc, e, v, &mut self.in_paste, ri, self.idx.rows.len())
                }
            });
            // A marker of the top level only (`at_top`) under a section or
            // block is another app's key: not found (later entries are
            // still asked). Its path starts at the top: `mail.secure` is
            // two segments deep, no more.
            if is && m.top && doc.path_rev(e).nth(m.path.split('.').count()).is_some() {
                return true;
            }
            if is {
                if let Some(f) = self.found.get_mut(row.slot as usize) {
                    *f = true;
                    self.changed += 1;
                }
                self.hits[row.profile as usize].markers.push(row.item);
            } else if self.in_paste.absent(ri as usize) {
                if let Some(a) = self.absent.get_mut(ri as usize) {
                    *a = true;
                    self.changed += 1;
                }
            }
        } else if (e.value.kind == ValKind::Presence) == row.presence
            // A JavaScript variable (`let port = 587`, `host = 'x'` in an
            // `if`) is never an option of a client by its name (`host`,
            // `port` name the keys of an options object), only a value
            // handed to one (`{ host, port }`), where it is read. (Cheapest
            // test first: the walk of the scopes only for a single-literal
            // pattern's JavaScript entry.)
            && !(e.syntax == Syntax::Code(Lang::JavaScript)
                && matches!(pat.pat.segs.as_slice(), [pattern::PSeg::Lit(_)])
                && *one.code_local.get_or_insert_with(|| code_local(doc, e)))
        {
            self.hits[row.profile as usize]
                .keys
                .push((one.ei, row.item));
        }
        true
    }

    /// Whether the pattern matches the entry (`named`: found by its last
    /// segments in the index), for a pattern not decided by the key alone
    /// ([`pattern::Pattern::matches_key`]). A pattern ending in `*` or `**`
    /// is answered for an entry of one own segment by its scope's answer,
    /// kept for the entries of that scope that follow (see [`pattern::Tail`]).
    // Out of line: the entry walk's loop stays small (inlined, it cost
    // every entry a few instructions, most of which never ask it).
    #[inline(never)]
    fn pattern_matches(&mut self, one: &Entrywise, named: bool, pat: &Pat) -> bool {
        let (doc, e) = (self.doc, one.e);
        if let (Some(tail), false) = (pat.tail, named) {
            if doc.own_segs(e.segs).len() == 1 {
                let memo = &mut self.scoped[one.b];
                let id = pat.id as usize;
                if memo.len() <= id {
                    memo.resize(id + 1, (u32::MAX, false));
                }
                let in_scope = match memo[id] {
                    (s, m) if s == e.scope => m,
                    _ => {
                        let m = pat.pat.matches_scope(doc, e.scope, e.syntax, pat.case);
                        memo[id] = (e.scope, m);
                        m
                    }
                };
                return match tail {
                    pattern::Tail::Any => in_scope,
                    pattern::Tail::AnyRun => {
                        in_scope || pat.pat.matches_without_run(doc, e, pat.case)
                    }
                };
            }
        }
        // A pattern naming a word the paste lacks matches nothing (asked
        // once per lint; a wildcard row's names rule it out of the walks).
        if named
            && !self.ruled_out.pattern_may_match(
                &mut self.in_paste,
                doc.input,
                (one.b, pat.id),
                &pat.names,
                ruled_out::Ask::Sets,
            )
        {
            return false;
        }
        // A row filed under the key alone (`*smtp*.port`, `smtp.*.host`
        // under `port`, `host`) mostly fails at the segment before it:
        // that one is compared first, without a walk of the whole path.
        if named
            && !pat.deep
            && !pat.case
            && pat
                .pat
                .fails_before_last(doc.input, doc.path_rev(e).nth(1), e.syntax)
        {
            return false;
        }
        // A path too short for the pattern (`smtp.host` against
        // `mail.smtp.host`) fails whatever its names. (A pattern of two
        // segments is decided as soon by its walk.)
        if pat.min_segs > 2 && self.path_segs(e) < pat.min_segs {
            return false;
        }
        let known = if named { 1 + usize::from(pat.deep) } else { 0 };
        pat.pat.matches_from(doc, e, pat.case, known)
    }

    /// The number of segments of the entry's path (at most 254): its own,
    /// and its scope's path's, each scope's counted once per lint (the
    /// entries of a block share it).
    fn path_segs(&mut self, e: &Entry) -> u8 {
        let doc = self.doc;
        let memo = &mut self.scope_segs;
        if memo.is_empty() {
            memo.resize(doc.scopes.len(), u8::MAX);
        }
        // Up to the first scope counted already (or past the root), then
        // down again, each scope its parent's count and its own segments.
        let chain = &mut self.chain;
        chain.clear();
        let mut at = Some(e.scope);
        let mut above = 0u8;
        while let Some(id) = at {
            match memo.get(id as usize) {
                Some(&n) if n != u8::MAX => {
                    above = n;
                    break;
                }
                Some(_) => {
                    chain.push(id);
                    at = (id != ROOT).then(|| doc.scopes[id as usize].parent);
                }
                None => break,
            }
        }
        for &id in chain.iter().rev() {
            let own = doc.own_segs(doc.scopes[id as usize].segs).len();
            above = (usize::from(above) + own).min(254) as u8;
            memo[id as usize] = above;
        }
        (usize::from(above) + doc.own_segs(e.segs).len()).min(254) as u8
    }
}

/// Whether a value marker's word is in the entry's value. `in_paste` keeps,
/// per row, whether the word is anywhere in the paste: a value read
/// verbatim is part of the paste, so an absent word needs no scan of each
/// value (`MailKit` against every C# value).
#[inline(never)]
fn value_has(
    doc: &Document,
    e: &Entry,
    word: &str,
    in_paste: &mut super::marker_words::InPaste,
    row: u32,
    rows: usize,
) -> bool {
    if e.value.text == crate::extract::read::Val::VERBATIM
        && !in_paste.has(doc.input, row as usize, rows, word)
    {
        return false;
    }
    contains_ci(doc.text_of(&e.value), word)
}

/// One matched entry, before its fields are built.
struct Item {
    entry: u32,
    role: Role,
    read: Read,
    scope: u32,
    at: usize,
    field_role: Role,
}

/// The configurations one table reads from its matched entries.
fn build<'d>(
    doc: &'d Document,
    p: &'static Profile,
    keys: &[(u32, u16)],
    cands: &Cands<'d>,
) -> Vec<Config> {
    if let Some(read) = p.hooks.read {
        let mut configs = read(doc);
        if !p.own_unknown {
            let entries: Vec<u32> = keys.iter().map(|&(ei, _)| ei).collect();
            unknown_keys(doc, p, &entries, &mut configs, cands);
        }
        return configs;
    }
    // One role per entry: the table's first key that matches (its rows
    // are in key order; an entry's rows are found pattern by pattern).
    let mut firsts: Vec<(u32, u16)> = Vec::with_capacity(keys.len());
    for &(ei, ki) in keys {
        match firsts.last_mut() {
            Some(last) if last.0 == ei => last.1 = last.1.min(ki),
            _ => firsts.push((ei, ki)),
        }
    }
    let items = firsts
        .into_iter()
        .map(|(ei, ki)| {
            let k = &p.keys[ki as usize];
            (ei, k.role, k.read)
        })
        .collect();
    assemble(doc, p, items, cands)
}

/// The configurations of an inferring table.
fn build_inferred<'d>(
    doc: &'d Document,
    p: &'static Profile,
    inferred: &[(u32, Role, Read)],
    cands: &Cands<'d>,
) -> Vec<Config> {
    assemble(doc, p, inferred.to_vec(), cands)
}

/// Groups matched entries into configurations, then builds their fields
/// (only for the configurations kept: a pasted log of thousands of blocks
/// costs no more than its reading).
fn assemble<'d>(
    doc: &'d Document,
    p: &'static Profile,
    matched: Vec<(u32, Role, Read)>,
    cands: &Cands<'d>,
) -> Vec<Config> {
    let mut entries: Vec<u32> = matched.iter().map(|m| m.0).collect();
    crate::sort::values(&mut entries);
    let matched = read_once(doc, matched);
    let matched = once_per_text(doc, matched);
    let items: Vec<Item> = matched
        .iter()
        .map(|&(ei, role, read)| {
            let e = &doc.entries[ei as usize];
            // A URL stands for a host; a preset name for nothing until the table's hook.
            let field_role = match read {
                Read::Url(_) => Role::Url,
                Read::Preset => Role::Transport,
                _ => role,
            };
            // A value set in a branch its key is written before (Ruby's
            // `delivery_method = if … :smtp else :letter_opener end`) is
            // placed in its branch.
            let key_at = e.key.start as usize;
            let value_at = e.value.span().start;
            let at = if !doc.branches.is_empty()
                && value_at > key_at
                && doc.branch_at(key_at).is_none()
                && doc.branch_at(value_at).is_some()
                && e.flags & crate::extract::read::flag::CONDITIONAL != 0
            {
                value_at
            } else {
                key_at
            };
            Item {
                entry: ei,
                role,
                read,
                scope: e.scope,
                at,
                field_role,
            }
        })
        .collect();
    let protos = group(doc, p, items);
    let mut configs = Vec::with_capacity(protos.len());
    let mut url_unknown: Vec<KeyUse> = Vec::new();
    for proto in protos {
        let mut c = Config::new(p, proto.span.clone());
        c.root = proto.root;
        c.active = proto.active;
        c.label = proto.label;
        for (ei, role, read) in proto.items {
            let e = &doc.entries[ei as usize];
            let (fs, unknown) = fields::expand(doc, e, role, read, p);
            for f in fs {
                let s = f.whole_span();
                c.span = c.span.start.min(s.start)..c.span.end.max(s.end);
                c.fields.push(f);
            }
            url_unknown.extend(unknown);
        }
        c.unknown_keys.append(&mut url_unknown);
        c.apply_store();
        configs.push(c);
    }
    if let Some(finish) = p.hooks.finish {
        finish(doc, &mut configs);
    }
    if !p.own_unknown {
        unknown_keys(doc, p, &entries, &mut configs, cands);
    }
    configs
}

/// A code variable and the option it is passed to (`const host = …;` and
/// `createTransport({ host })`) are one setting, read where it is used:
/// the variable is left out when its use matched the same role (it is
/// still a matched key, so not an unknown one). A variable used for
/// another role stays (Django's `DEFAULT_FROM_EMAIL = EMAIL_HOST_USER`).
fn read_once(doc: &Document, mut matched: Vec<(u32, Role, Read)>) -> Vec<(u32, Role, Read)> {
    if doc.uses.is_empty() {
        return matched;
    }
    let roles: HashMap<u32, Role> = matched.iter().map(|&(ei, role, _)| (ei, role)).collect();
    let read_at_use: rustc_hash::FxHashSet<u32> = doc
        .uses
        .iter()
        .filter(|(u, d)| roles.get(u).is_some_and(|r| roles.get(d) == Some(r)))
        .map(|&(_, d)| d)
        .collect();
    if !read_at_use.is_empty() {
        matched.retain(|m| !read_at_use.contains(&m.0));
    }
    matched
}

/// A YAML alias or merge key (`<<: *smtp`) copies its anchor's entries
/// into every place that uses it, with the anchor's spans: the same text
/// read twice for the same role is one setting, not a second
/// configuration (a compose file's `x-smtp: &smtp` merged into the web
/// and worker services). The first reading (the anchor's) is kept.
fn once_per_text(doc: &Document, mut matched: Vec<(u32, Role, Read)>) -> Vec<(u32, Role, Read)> {
    if !doc.syntaxes.contains(&Syntax::Yaml) {
        return matched;
    }
    let text = |ei: u32, role: Role| {
        let e = &doc.entries[ei as usize];
        (e.key.start, e.key.end, e.value.span.start, role_bit(role))
    };
    let mut first: HashMap<(u32, u32, u32, u32), u32> = HashMap::default();
    for &(ei, role, _) in &matched {
        let at = first.entry(text(ei, role)).or_insert(ei);
        *at = (*at).min(ei);
    }
    if first.len() < matched.len() {
        matched.retain(|&(ei, role, _)| first.get(&text(ei, role)) == Some(&ei));
    }
    matched
}

/// A configuration before its fields are built.
struct Proto {
    root: u32,
    span: std::ops::Range<usize>,
    items: Vec<(u32, Role, Read)>,
    active: bool,
    label: Option<String>,
    /// Beyond the limit: not built.
    dropped: bool,
    /// The client object its statements configure (see [`objects`]).
    object: Option<u32>,
    /// The roles written unconditionally (a bit per role).
    fixed: u32,
    /// The template branch its last branched setting was read in.
    alt: Alternatives,
}

/// The roles a configuration took from the branches of one template `if`
/// block: those of the branches before the current one are set, so the
/// same role in a later branch is their alternative.
#[derive(Default)]
struct Alternatives {
    /// The block and branch (see [`Document::branch_at`]) last entered.
    at: Option<(u32, usize)>,
    /// The roles set in the block's earlier branches.
    before: u32,
    /// The roles set in the current branch.
    cur: u32,
    /// A later branch passed over whole (it sets the host again).
    skip: Option<(u32, usize)>,
}

impl Alternatives {
    /// Enters a branch; returns the roles its earlier branches set.
    fn enter(&mut self, at: (u32, usize)) -> u32 {
        match self.at {
            Some(was) if was == at => {}
            Some((block, _)) if block == at.0 => {
                self.before |= self.cur;
                self.cur = 0;
            }
            _ => {
                self.before = 0;
                self.cur = 0;
            }
        }
        self.at = Some(at);
        self.before
    }
}

/// A role's bit in [`Proto::fixed`].
fn role_bit(role: Role) -> u32 {
    1u32 << (role as u32).min(31)
}

/// Groups items into configurations by scope (see the module docs). At
/// most [`MAX_CONFIGS`] configurations are made.
fn group(doc: &Document, p: &'static Profile, mut items: Vec<Item>) -> Vec<Proto> {
    if items.is_empty() {
        return Vec::new();
    }
    crate::sort::by_key(&mut items, |i| i.at);
    let scopes_of = |role: Role| -> Vec<u32> {
        let mut seen = rustc_hash::FxHashSet::default();
        items
            .iter()
            // A preset (`service: 'Gmail'`) says where to connect, as a
            // host does: its object is a configuration's root too.
            .filter(|i| {
                (i.field_role == role || (role == Role::Host && i.read == Read::Preset))
                    && seen.insert(i.scope)
            })
            .map(|i| i.scope)
            .collect()
    };
    let mut roots = scopes_of(Role::Host);
    if roots.is_empty() {
        roots = scopes_of(Role::Url);
    }
    if roots.is_empty() {
        roots = scopes_of(Role::Port);
    }
    if roots.is_empty() {
        let shallowest = items
            .iter()
            .map(|i| i.scope)
            .min_by_key(|s| doc.scopes[*s as usize].depth)
            .unwrap_or(ROOT);
        roots.push(shallowest);
    }
    // A host in a tuple or list (`mailhost=("smtp.example.com", 587)`,
    // `mailhost: [host, port]`) whose own scope holds a host too (the tuple
    // itself, read as an expression) is a positional pair of that object,
    // not an object of its own: its items join the object's configuration.
    if roots.len() > 1 {
        let set: rustc_hash::FxHashSet<u32> = roots.iter().copied().collect();
        roots.retain(|r| {
            let s = &doc.scopes[*r as usize];
            !(s.kind == crate::extract::read::ScopeKind::List
                && *r != ROOT
                && set.contains(&s.parent))
        });
    }
    // Where some roots are mail-named objects, the others belong to
    // something else (a database, a web server): keep the mail ones.
    // (Asked once per root: a paste of thousands of blocks has as many.)
    let mailish: Vec<bool> = roots.iter().map(|r| mailish_scope(doc, *r)).collect();
    if mailish.contains(&true) && mailish.contains(&false) {
        let mut keep = mailish.iter();
        roots.retain(|_| keep.next().copied().unwrap_or(false));
    }
    let serverless = serverless_commands(doc, &items, &roots);
    lift_call_roots(doc, &mut roots);
    // The deepest root at or above a scope: up the scope chain to the
    // first scope that is a root.
    let root_index: HashMap<u32, usize> = roots.iter().enumerate().map(|(i, r)| (*r, i)).collect();
    let mut groups: Vec<Vec<Proto>> = roots.iter().map(|_| Vec::new()).collect();
    // The entry of the current configuration's host or URL, per root.
    let mut anchors: Vec<Option<u32>> = roots.iter().map(|_| None).collect();
    let mut made = 0usize;
    let mut last_root = 0;
    // In a compose file, another service's environment is another
    // container's (a Mailpit service's `MP_SMTP_REQUIRE_STARTTLS`): never
    // the app's, however mail-named.
    let compose = matches!(
        doc.container,
        Some(crate::extract::read::sniff::Container::DockerCompose)
    );
    let service = |scope: u32| compose_service(doc, scope);
    let root_services: Vec<String> = if compose {
        roots.iter().filter_map(|r| service(*r)).collect()
    } else {
        Vec::new()
    };
    // Asked only for an item outside every root, and remembered for its
    // scope (a service's items come together): a path string per item cost
    // a compose paste an eighth of its lint.
    let mut seen: Option<(u32, bool)> = None;
    let mut foreign = |scope: u32| match seen {
        Some((s, f)) if s == scope => f,
        _ => {
            let f = !root_services.is_empty()
                && service(scope).is_some_and(|s| !root_services.contains(&s));
            seen = Some((scope, f));
            f
        }
    };
    // Two client objects configured side by side: each statement goes to its object's configuration.
    let objs = objects::objects(doc, &items);
    let n_objs = objs.as_ref().map_or(0, |o| o.names.len());
    // Per object: its current configuration (root, index) and host entry.
    let mut obj_at: Vec<Option<(usize, usize)>> = vec![None; n_objs];
    let mut obj_anchor: Vec<Option<u32>> = vec![None; n_objs];
    // Per root: the configuration the last statement went to.
    let mut current: Vec<usize> = roots.iter().map(|_| 0).collect();
    // The root of the last item's scope: a block's items come together,
    // and the walk up its scopes (a lookup per level) is made once for them.
    let mut root_memo: Option<(u32, Option<usize>)> = None;
    // The branches (by index, ascending) that set a host or URL: a later
    // branch among them may take over a configuration (see below).
    let host_branches: Vec<usize> = if doc.branches.is_empty() {
        Vec::new()
    } else {
        let mut v: Vec<usize> = items
            .iter()
            .filter(|i| matches!(i.field_role, Role::Host | Role::Url))
            .filter_map(|i| doc.branch_at(i.at).map(|b| b.1))
            .collect();
        v.dedup();
        v
    };
    for (ii, it) in items.into_iter().enumerate() {
        if serverless.contains(&it.scope) {
            continue;
        }
        let obj = objs.as_ref().and_then(|o| o.of.get(ii).copied().flatten());
        let at = match root_memo {
            Some((scope, at)) if scope == it.scope => at,
            _ => {
                let at = root_at_or_above(doc, it.scope, &root_index);
                root_memo = Some((it.scope, at));
                at
            }
        };
        let root = match at {
            Some(r) => r,
            // Outside every root: a flat file's or a statement's setting
            // joins the configuration above it; another object's keys are
            // that object's, except mail-named ones and the sender, which
            // apps keep elsewhere.
            None if foreign(it.scope) => continue,
            // A transport switch handed to another call in a branch
            // (`if (isDev) { t = createTransport({ sendmail: true }) }`
            // beside the SMTP transport's call) builds the alternative the
            // branch picks: no switch of this configuration. (A switch
            // assigned in the configuration's own branch still is.)
            None if matches!(it.role, Role::Transport | Role::Enabled | Role::Disabled)
                && doc.entries[it.entry as usize].flags
                    & crate::extract::read::flag::CONDITIONAL
                    != 0
                && in_call(doc, it.scope) =>
            {
                continue
            }
            None if flat(doc, it.scope)
                || generic::mailish_key(doc.key_of(&doc.entries[it.entry as usize]))
                || matches!(
                    it.role,
                    Role::From | Role::Stream | Role::Transport | Role::Enabled | Role::Disabled
                )
                || (p.credentials_apart
                    && matches!(
                        it.role,
                        Role::Username | Role::Password | Role::CredentialsFile
                    )) =>
            {
                last_root
            }
            None => continue,
        };
        last_root = root;
        let list = &mut groups[root];
        // A setting written under a Python `if`/`else` after the same
        // setting written unconditionally may not run (`if DEBUG:
        // EMAIL_BACKEND = …console…`): the unconditional one is read.
        let e = &doc.entries[it.entry as usize];
        let conditional = e.flags & crate::extract::read::flag::CONDITIONAL != 0;
        if conditional {
            let target = match obj {
                Some(o) => obj_at[o as usize]
                    .filter(|(r, _)| *r == root)
                    .map(|(_, i)| i),
                None => (!list.is_empty()).then_some(current[root]),
            };
            if target
                .and_then(|i| list.get(i))
                .is_some_and(|p| p.fixed & role_bit(it.role) != 0)
            {
                continue;
            }
            // A template's `{{ else }}` branch setting what its `{{ if }}`
            // branch set is the alternative: the first branch is read, and
            // the second host is no second configuration.
            if let (Some(at), Some(p)) =
                (doc.branch_at(it.at), target.and_then(|i| list.get_mut(i)))
            {
                if p.alt.skip == Some(at) {
                    continue;
                }
                // A configuration begun in the block's earlier branch,
                // and a later branch that is the production one (`if
                // DEBUG: … else: …`, `elif ENV == 'production'`): the later
                // branch is read as written, its host starting the
                // configuration the branches choose between (see
                // `branch_alternatives`).
                let own = doc.branch_at(p.span.start).is_some_and(|b| b.0 == at.0);
                // A configuration begun before the if (one object set in
                // each branch: `if ($local) { $mail->Host = 'localhost'; }
                // else { $mail->Host = 'smtp.postmarkapp.com'; … }`) and a
                // later branch that sets the host again and is the
                // production one: that branch takes over, the earlier
                // branches' settings of the block are dropped.
                if !own
                    && p.alt.at.is_some_and(|a| a.0 == at.0 && a.1 < at.1)
                    && host_branches.binary_search(&at.1).is_ok()
                    && preferred_branch(doc, at)
                {
                    p.items.retain(|(e, _, _)| {
                        let k = doc.entries[*e as usize].key_span().start;
                        doc.branch_at(k).is_none_or(|b| b.0 != at.0)
                    });
                    p.alt = Alternatives::default();
                    anchors[root] = None;
                    if let Some(o) = obj {
                        obj_anchor[o as usize] = None;
                    }
                }
                if p.alt.enter(at) & role_bit(it.role) != 0 && !(own && preferred_branch(doc, at)) {
                    // A later branch that sets the host again is another
                    // configuration's (`if (dev) { Host = 'mailhog' } else
                    // { Host = …; Username = … }`): none of it joins the
                    // first branch's.
                    if matches!(it.field_role, Role::Host | Role::Url) {
                        p.alt.skip = Some(at);
                    }
                    continue;
                }
            }
        }
        // A second host (or URL) in the same place starts a new configuration.
        let anchor = matches!(it.field_role, Role::Host | Role::Url);
        let starts_new = match obj {
            // An object's statements join its configuration; its second host starts another.
            Some(o) => match obj_at[o as usize] {
                Some((r, _)) if r != root => true,
                Some(_) => anchor && obj_anchor[o as usize].is_some_and(|a| a != it.entry),
                None => true,
            },
            None => {
                list.is_empty()
                    || (anchor
                        && anchors[root].is_some_and(|a| a != it.entry && !layered(doc, a, it.at)))
            }
        };
        if anchor {
            anchors[root] = Some(it.entry);
            if let Some(o) = obj {
                obj_anchor[o as usize] = Some(it.entry);
            }
        }
        let e = &doc.entries[it.entry as usize];
        let span =
            e.key_span().start.min(e.value.span().start)..e.key_span().end.max(e.value.span().end);
        if starts_new {
            // Past the limit (a pasted log of blocks), the rest are counted, not read.
            let dropped = made >= MAX_CONFIGS;
            made += usize::from(!dropped);
            // A root whose first configuration is past the limit keeps no
            // list (one per root of a paste of thousands of blocks): its
            // items are skipped all the same, and it gives no block count.
            if dropped && list.is_empty() {
                if let Some(o) = obj {
                    obj_at[o as usize] = Some((root, usize::MAX));
                }
                continue;
            }
            list.push(Proto {
                root: roots[root],
                span: span.clone(),
                items: Vec::new(),
                active: true,
                label: None,
                dropped,
                object: obj,
                fixed: 0,
                alt: Alternatives::default(),
            });
            current[root] = list.len() - 1;
            if let Some(o) = obj {
                obj_at[o as usize] = Some((root, list.len() - 1));
            }
        } else if let Some((_, i)) = obj.and_then(|o| obj_at[o as usize]) {
            current[root] = i;
        }
        let Some(proto) = list.get_mut(current[root]) else {
            continue;
        };
        if proto.dropped {
            continue;
        }
        proto.span = proto.span.start.min(span.start)..proto.span.end.max(span.end);
        proto.items.push((it.entry, it.role, it.read));
        if !conditional {
            proto.fixed |= role_bit(it.role);
        } else if let Some(at) = doc.branch_at(it.at) {
            proto.alt.enter(at);
            proto.alt.cur |= role_bit(it.role);
        }
    }
    let labelled = roots.len() > 1;
    let mut out = Vec::new();
    for (ri, mut list) in groups.into_iter().enumerate() {
        // Only configurations past the limit here (none is kept): no label.
        if list.iter().all(|c| c.items.is_empty()) {
            continue;
        }
        let n = list.len();
        let label = labelled.then(|| label_of(doc, roots[ri])).flatten();
        for (i, c) in list.iter_mut().enumerate() {
            // Past the limit: dropped below, so not labelled (a paste of
            // thousands of blocks made a label for each).
            if c.items.is_empty() {
                continue;
            }
            let used = if p.first_wins { 0 } else { n - 1 };
            c.active = i == used;
            c.label = match (&label, n > 1) {
                (Some(l), true) => Some(format!("{l}, block {} of {n}", i + 1)),
                (Some(l), false) => Some(l.clone()),
                (None, true) => Some(format!("block {} of {n}", i + 1)),
                (None, false) => None,
            };
        }
        // Objects side by side: each is used, and named by its variable.
        if let Some(o) = &objs {
            objects::label(&mut list, o, label.as_deref(), p.first_wins);
        }
        out.extend(list.into_iter().filter(|c| !c.items.is_empty()));
    }
    branch_alternatives(doc, &mut out);
    out
}

/// Configurations made in different branches of one `if`/`else` (each
/// branch calls the client: `if (prod) { t = createTransport({…}) } else
/// { t = createTransport({…}) }`) are alternatives: only one runs. Each
/// is labelled by its branch (the condition, shortened, or `else`), and
/// one stays active: the branch whose condition names production (or the
/// `else` of a branch that names development or tests), else the first
/// branch, the one a reader takes as the case the code is written for.
fn branch_alternatives(doc: &Document, out: &mut [Proto]) {
    // Where a configuration starts; one made of a copied object (`{
    // ...base, secure: true }` in a case) starts where its object is
    // written, the call's argument, not at the copied keys.
    let starts: Vec<usize> = out
        .iter()
        .map(|c| match doc.scopes.get(c.root as usize) {
            Some(r) if c.root != ROOT && doc.branch_at(c.span.start).is_none() => {
                r.span.start as usize
            }
            _ => c.span.start,
        })
        .collect();
    for (c, choice) in out.iter_mut().zip(branch_choice(doc, &starts)) {
        apply_branch_choice(&mut c.label, &mut c.active, choice);
    }
}

/// [`branch_alternatives`] for configurations a table's `finish` hook
/// builds itself (Python `smtplib.SMTP(…)` made in each branch). A
/// configuration is placed where its host is written (its span also
/// covers values read from elsewhere: a port that is a function
/// parameter's default, above the if).
pub(crate) fn label_config_branches(doc: &Document, configs: &mut [crate::extract::Config]) {
    let starts: Vec<usize> = configs
        .iter()
        .map(|c| c.get(Role::Host).map_or(c.span.start, |h| h.key_span.start))
        .collect();
    for (c, choice) in configs.iter_mut().zip(branch_choice(doc, &starts)) {
        apply_branch_choice(&mut c.label, &mut c.active, choice);
    }
}

/// Labels a configuration by its branch and sets whether it is in use.
fn apply_branch_choice(
    label: &mut Option<String>,
    active: &mut bool,
    choice: Option<(bool, String)>,
) {
    let Some((used, head)) = choice else { return };
    *active = used;
    *label = Some(match label.take() {
        Some(l) => format!("{l}, {head}"),
        None => head,
    });
}

/// For configurations starting at `starts`: those in two or more branches
/// of one block get whether they are the one in use and their branch's
/// header (see [`branch_alternatives`]); the others `None`.
fn branch_choice(doc: &Document, starts: &[usize]) -> Vec<Option<(bool, String)>> {
    let at: Vec<Option<(u32, usize)>> = starts.iter().map(|&s| doc.branch_at(s)).collect();
    let mut choice: Vec<Option<(bool, String)>> = vec![None; starts.len()];
    // The blocks holding configurations in two or more branches (small:
    // a paste makes a handful of configurations).
    let mut blocks: Vec<u32> = Vec::new();
    for (i, a) in at.iter().enumerate() {
        let Some((block, branch)) = *a else { continue };
        let other = at[..i]
            .iter()
            .any(|b| b.is_some_and(|(bl, br)| bl == block && br != branch));
        if other && !blocks.contains(&block) {
            blocks.push(block);
        }
    }
    for block in blocks {
        let members: Vec<usize> = (0..starts.len())
            .filter(|&i| at[i].is_some_and(|(b, _)| b == block))
            .collect();
        let heads: Vec<String> = members
            .iter()
            .map(|&i| branch_head(doc, at[i].map_or(0, |a| a.1)))
            .collect();
        let leans: Vec<Option<bool>> = heads.iter().map(|h| production(h)).collect();
        let any_dev = leans.contains(&Some(false));
        let chosen = leans
            .iter()
            .position(|l| *l == Some(true))
            .or_else(|| {
                any_dev
                    .then(|| heads.iter().position(|h| h == "else"))
                    .flatten()
            })
            .or_else(|| leans.iter().position(|l| *l != Some(false)))
            .unwrap_or(0);
        for (k, (&i, head)) in members.iter().zip(heads).enumerate() {
            choice[i] = Some((k == chosen, head));
        }
    }
    choice
}

/// Whether a later branch of an if/else is the one in use rather than the
/// block's earlier ones: its condition names production, or an earlier
/// branch's names development, tests or debugging and none names
/// production (see [`production`]): the `else` after `if
/// Rails.env.production? … elsif Rails.env.development?` is the tests'.
fn preferred_branch(doc: &Document, at: (u32, usize)) -> bool {
    match production(&branch_head(doc, at.1)) {
        Some(lean) => lean,
        None => {
            let (mut prod, mut dev) = (false, false);
            for k in (0..at.1)
                .rev()
                .take_while(|&k| doc.branches.get(k).is_some_and(|b| b.1 == at.0))
            {
                match production(&branch_head(doc, k)) {
                    Some(true) => prod = true,
                    Some(false) => dev = true,
                    None => {}
                }
            }
            dev && !prod
        }
    }
}

/// Whether a host set at `at` sets again the host of the entry `first`
/// in a Python settings module layered over the one above it: a star
/// import (`from .base import *`, production.py pasted after base.py)
/// lies between them. The later module overrides the earlier's settings,
/// one configuration, not two. Not when the module above imports the same
/// module (development.py and production.py, both `from .base import *`:
/// siblings, each its own configuration). The star imports are the
/// document's, found once per paste ([`Document::star_imports`]).
fn layered(doc: &Document, first: u32, at: usize) -> bool {
    let e = &doc.entries[first as usize];
    if e.syntax != crate::model::Syntax::Code(crate::model::Lang::Python) {
        return false;
    }
    let stars = doc.star_imports();
    let from = e.key.start as usize;
    let k = stars.partition_point(|&s| s <= from);
    let line = |s: usize| {
        let l = doc.input[s..].lines().next().unwrap_or("");
        l.split(" #").next().unwrap_or("").trim()
    };
    stars
        .get(k)
        .is_some_and(|&s| s < at && k.checked_sub(1).is_none_or(|j| line(stars[j]) != line(s)))
}

/// The first part of the branch that part `k` of the document's branches
/// belongs to. A branch holding nested if/else blocks is recorded as its
/// parts around them (the branches do not nest): a part right after a
/// nested block's branches, with an earlier part of its own block before
/// them, goes on that part's branch (whose header it has). A part right
/// after its own block's part is a branch of its own (`else`).
fn branch_start(doc: &Document, mut k: usize) -> usize {
    let Some(&(_, block)) = doc.branches.get(k) else {
        return k;
    };
    while k > 0 && doc.branches[k - 1].1 != block {
        match (0..k - 1).rev().find(|&j| doc.branches[j].1 == block) {
            Some(j) => k = j,
            None => break,
        }
    }
    k
}

/// A branch's header, shortened: `if (process.env.NODE_ENV ===
/// 'production')`, `elif settings.DEBUG`, `else`.
pub(crate) fn branch_head(doc: &Document, branch: usize) -> String {
    let Some((r, _)) = doc.branches.get(branch_start(doc, branch)) else {
        return String::new();
    };
    let text = &doc.input[r.start as usize..r.end as usize];
    let line = text.lines().next().unwrap_or("");
    let head = line
        .split('{')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches([':', ' '])
        .trim_end_matches(" then")
        .trim();
    const MAX: usize = 48;
    if head.chars().count() > MAX {
        let cut: String = head.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        head.to_string()
    }
}

/// Whether a branch's condition picks production (`Some(true)`),
/// development or tests (`Some(false)`), or says neither.
fn production(head: &str) -> Option<bool> {
    let h = head.to_ascii_lowercase();
    let negated = h.contains("!=")
        || h.contains("not ")
        || h.starts_with("unless")
        || h.contains("(!")
        || h.contains("if !");
    let prod = h.contains("prod");
    let dev = ["dev", "local", "test", "debug"]
        .iter()
        .any(|w| h.contains(w));
    match (prod, dev) {
        (true, false) => Some(!negated),
        (false, true) => Some(negated),
        _ => None,
    }
}

/// Whether a scope is a command line's (`swaks --server …`, read by
/// `read::argv`): a call whose options are words.
fn is_command(doc: &Document, it: &Item) -> bool {
    doc.scopes[it.scope as usize].kind == crate::extract::read::ScopeKind::Call
        && doc.entries[it.entry as usize].syntax == Syntax::Words
}

/// Each command line of a paste is a run of its own: where one command is a
/// configuration's root (it names the server), the settings of another
/// command that names none (`swaks --from …` without `--server`, which
/// delivers to the recipient's MX) are that command's, never merged into
/// the earlier command's configuration; alone, such a command is no SMTP
/// configuration either. Returns those commands' scopes.
fn serverless_commands(
    doc: &Document,
    items: &[Item],
    roots: &[u32],
) -> rustc_hash::FxHashSet<u32> {
    let set: rustc_hash::FxHashSet<u32> = roots.iter().copied().collect();
    let mut out = rustc_hash::FxHashSet::default();
    if items
        .iter()
        .any(|i| set.contains(&i.scope) && is_command(doc, i))
    {
        out.extend(
            items
                .iter()
                .filter(|i| !set.contains(&i.scope) && is_command(doc, i))
                .map(|i| i.scope),
        );
    }
    out
}

/// A host passed to a call (`new SmtpClient("h", 587)`, `SMTP("h", 587)`)
/// configures what the call makes, and that object's other settings are
/// written around the call (`client.EnableSsl = true;`, `server.login(u, p)`):
/// such a root moves to the scope around the call, unless another call's
/// root would move there too (two transports made side by side stay apart).
fn lift_call_roots(doc: &Document, roots: &mut Vec<u32>) {
    use crate::extract::read::ScopeKind;
    let around = |r: u32| match &doc.scopes[r as usize] {
        s if s.kind == ScopeKind::Call && r != ROOT => {
            // A parenthesised expression around the call is no object of
            // its own: `(new Swift_SmtpTransport(…))->setUsername(…)`.
            let p = &doc.scopes[s.parent as usize];
            let paren = p.kind == ScopeKind::List
                && s.parent != ROOT
                && doc.input.as_bytes().get(p.span.start as usize) == Some(&b'(');
            if paren {
                p.parent
            } else {
                s.parent
            }
        }
        _ => r,
    };
    // How many call roots would move to each scope.
    let mut movers: HashMap<u32, usize> = HashMap::default();
    for &r in roots.iter() {
        if around(r) != r {
            *movers.entry(around(r)).or_default() += 1;
        }
    }
    let mut seen: rustc_hash::FxHashSet<u32> = rustc_hash::FxHashSet::default();
    let lifted: Vec<u32> = roots
        .iter()
        .map(|&r| match around(r) {
            up if up != r && movers.get(&up) == Some(&1) => up,
            _ => r,
        })
        .filter(|r| seen.insert(*r))
        .collect();
    *roots = lifted;
}

/// The compose service a scope is under: its path's text after
/// `services.` up to the next dot (`web` of `services.web.environment`).
/// The usual path (a `services` key, then a plain key) is read off its two
/// outermost segments; any other is rendered whole. (A path string per
/// root cost a paste of thousands of services 2,000 instructions a root.)
fn compose_service(doc: &Document, scope: u32) -> Option<String> {
    let (mut outer, mut next) = (None, None);
    for s in doc.scope_path_rev(scope) {
        next = outer;
        outer = Some(s);
    }
    if let (Some(o), Some(n)) = (outer, next) {
        let name = n.text(doc.input);
        if o.kind == SegKind::Key
            && n.kind == SegKind::Key
            && o.text(doc.input) == "services"
            && !name.contains('.')
        {
            return Some(name.to_string());
        }
    }
    let path = doc.scope_string(scope);
    let rest = path.strip_prefix("services.")?;
    Some(rest.split('.').next().unwrap_or(rest).to_string())
}

/// `SMTP_FROM_NAME`, `MAIL_SENDER_NAME`: a key naming the sender's display
/// name (its words: `from` or `sender`, then `name` last).
fn names_sender_name(key: &str) -> bool {
    let w = generic::Words::of(key);
    w.last() == Some("name") && w.iter().any(|x| matches!(x, "from" | "sender"))
}

/// Whether a scope's path names mail (`createTransport`, `mail`, `smtp`…).
fn mailish_scope(doc: &Document, scope: u32) -> bool {
    doc.scope_path_rev(scope)
        .take(12)
        .any(|s| names_mail(s.text(doc.input)))
}

/// Whether a name holds one of the mail words (ASCII case-insensitively):
/// one pass over its bytes, a word compared only where its first letter is.
pub(super) fn names_mail(t: &str) -> bool {
    const WORDS: [&str; 6] = ["smtp", "mail", "transport", "sender", "postmark", "notif"];
    let b = t.as_bytes();
    (0..b.len()).any(|i| {
        let c = b[i].to_ascii_lowercase();
        matches!(c, b's' | b'm' | b't' | b'p' | b'n')
            && WORDS.iter().any(|w| {
                let w = w.as_bytes();
                w[0] == c
                    && b.get(i..i + w.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(w))
            })
    })
}

/// Whether a scope is inside a call's arguments.
fn in_call(doc: &Document, scope: u32) -> bool {
    use crate::extract::read::ScopeKind;
    doc.scope_chain(scope)
        .any(|s| doc.scopes[s as usize].kind == ScopeKind::Call)
}

/// Whether a scope is flat: the paste itself, a region, a section or a block
/// of statements, rather than an object or a call.
fn flat(doc: &Document, scope: u32) -> bool {
    use crate::extract::read::ScopeKind;
    matches!(
        doc.scopes[scope as usize].kind,
        ScopeKind::Region | ScopeKind::Block
    ) || scope == ROOT
}

/// A root scope's name for labels: its key segments, without the
/// syntax's plumbing (`environment`, list positions).
fn label_of(doc: &Document, scope: u32) -> Option<String> {
    let mut segs: Vec<&Seg> = doc.scope_path_rev(scope).collect();
    segs.reverse();
    let names: Vec<String> = segs
        .iter()
        .filter_map(|s| match s.kind {
            SegKind::Key => {
                let t = s.text(doc.input);
                (!matches!(
                    t,
                    "services"
                        | "environment"
                        | "env"
                        | "jobs"
                        | "steps"
                        | "with"
                        | "spec"
                        | "template"
                        | "containers"
                        | "data"
                        | "stringData"
                ))
                .then(|| t.to_string())
            }
            SegKind::Call => Some(format!("{}()", s.text(doc.input))),
            SegKind::Arg(_) => None,
        })
        .filter(|t| !t.is_empty())
        .collect();
    (!names.is_empty()).then(|| names.join(" › "))
}

/// The entries an ignored-key walk may name, in entry order, built once
/// per lint for every recognised table's walk: not commented out, not a
/// bare presence, not a PHP local, and with a key (the path's last
/// segment, which may be a scope's).
#[derive(Default)]
struct Cands<'d> {
    list: std::cell::OnceCell<Vec<Cand<'d>>>,
    /// Per scope, the configuration whose root is at or above it, for the
    /// walk under way (see [`RootOf`]): kept for every walk of the lint,
    /// so that none allocates or fills one slot per scope of the paste.
    roots: std::cell::RefCell<RootOf>,
}

#[derive(Clone, Copy)]
struct Cand<'d> {
    entry: u32,
    /// The entry's [`syntax_bit`].
    bit: u32,
    scope: u32,
    key: &'d str,
}

impl<'d> Cands<'d> {
    fn get(&self, doc: &'d Document) -> &[Cand<'d>] {
        self.list.get_or_init(|| {
            let mut out = Vec::new();
            for (ei, e) in doc.entries.iter().enumerate() {
                if e.commented() || e.value.kind == ValKind::Presence {
                    continue;
                }
                let key = doc.path_rev(e).next().map_or("", |s| s.text(doc.input));
                if key.is_empty() || code_local(doc, e) {
                    continue;
                }
                out.push(Cand {
                    entry: ei as u32,
                    bit: syntax_bit(e.syntax),
                    scope: e.scope,
                    key,
                });
            }
            out
        })
    }
}

/// The configuration of each scope for one ignored-key walk: the last
/// configuration whose root is the first root at or above the scope
/// (several configurations may share a root: the last one owns its keys).
/// Found up the scope chain for the scopes the walk asks about, each
/// answer kept, not for every scope of the paste: a walk runs once per
/// recognised table, and a paste of many blocks has tens of thousands of
/// scopes, of which a table's candidates are in a few.
#[derive(Default)]
struct RootOf {
    /// Per scope: the walk that set it (`walk`), and its configuration
    /// ([`RootOf::NONE`]: none).
    slots: Vec<(u32, u32)>,
    walk: u32,
}

impl RootOf {
    const NONE: u32 = u32::MAX;

    /// Starts a walk: the configurations' roots, in order (the last of
    /// a root wins).
    fn start(&mut self, doc: &Document, roots: impl Iterator<Item = u32>) {
        if self.slots.len() < doc.scopes.len() {
            self.slots.resize(doc.scopes.len(), (0, Self::NONE));
        }
        self.walk += 1;
        for (i, root) in roots.enumerate() {
            if let Some(slot) = self.slots.get_mut(root as usize) {
                *slot = (self.walk, i as u32);
            }
        }
    }

    /// The configuration of `scope` in the walk under way.
    fn of(&mut self, doc: &Document, scope: u32) -> Option<usize> {
        let walk = self.walk;
        let known = |slots: &[(u32, u32)], s: u32| {
            slots
                .get(s as usize)
                .filter(|(w, _)| *w == walk)
                .map(|&(_, ci)| ci)
        };
        // Up to the first scope answered (a root, or one asked before);
        // the root scope, unanswered, has none.
        let mut s = scope;
        let found = loop {
            if let Some(ci) = known(&self.slots, s) {
                break ci;
            }
            if s == ROOT {
                break Self::NONE;
            }
            match doc.scopes.get(s as usize) {
                Some(sc) => s = sc.parent,
                None => break Self::NONE,
            }
        };
        // The scopes passed on the way share the answer.
        let mut t = scope;
        while t != s {
            let Some(slot) = self.slots.get_mut(t as usize) else {
                break;
            };
            *slot = (walk, found);
            t = doc.scopes[t as usize].parent;
        }
        (found != Self::NONE).then_some(found as usize)
    }
}

/// Keys the client ignores, in the scopes of its configurations.
fn unknown_keys<'d>(
    doc: &'d Document,
    p: &Profile,
    matched: &[u32],
    configs: &mut [Config],
    cands: &Cands<'d>,
) {
    if configs.is_empty() {
        return;
    }
    let mut matched = matched.to_vec();
    crate::sort::values(&mut matched);
    // The configuration of each scope: the first root at or above it.
    // Several configurations may share a root (repeated blocks): the last
    // one owns its keys.
    let mut root_of = cands.roots.borrow_mut();
    root_of.start(doc, configs.iter().map(|c| c.root));
    // The matched entries, walked along with the entries (both in order).
    let mut next_matched = matched.iter().copied().peekable();
    for c in cands.get(doc) {
        // The table's syntaxes first: this pass runs once per recognised
        // table, and in a mixed paste most entries are another syntax's.
        if p.syntaxes & c.bit == 0 {
            continue;
        }
        let ei = c.entry;
        while next_matched.next_if(|&m| m < ei).is_some() {}
        if next_matched.peek() == Some(&ei) {
            continue;
        }
        let Some(ci) = root_of.of(doc, c.scope) else {
            continue;
        };
        let key = c.key;
        let family_ok = if p.infer {
            contains_ci(key, "smtp") || contains_ci(key, "mail")
        } else if p.family.is_empty() {
            true
        } else {
            p.family.iter().any(|f| match f.strip_prefix('.') {
                Some(run) => path_holds(doc, &doc.entries[ei as usize], run),
                None => key.starts_with(f) || misspelled_family(key, f),
            }) || p.leftovers.has_from(key)
        };
        if !family_ok || configs[ci].unknown_keys.len() >= MAX_UNKNOWN {
            continue;
        }
        // Its other keys last: the page's lists are packed strings, and
        // few keys of another client pass the family test.
        if !p.other_keys.iter().any(|o| o.eq_ignore_ascii_case(key)) {
            // The name is what the client's known keys list (`port` for
            // `$mail->port`); the span is the key as written.
            let e = &doc.entries[ei as usize];
            configs[ci].unknown_keys.push(KeyUse {
                key: key.to_string(),
                span: ignored_key_span(doc.input, e.key_span(), doc.path_rev(e).next()),
            });
        }
    }
}

/// Whether `key` starts with a one-edit misspelling of the family prefix
/// `family` (`MAL_USE_TLS` for `MAIL_`, `SMPT_HOST` for `SMTP_`: a letter
/// dropped, changed or swapped with its neighbour): such a key is the
/// client's own setting mistyped, which it silently ignores, so it is
/// listed with the unknown keys for the rule to name. A letter added is
/// not counted: it makes a sibling namespace (Postfix's `smtpd_` server
/// settings beside its `smtp_` client ones). Cheap tests first (the same
/// separator and first letter, a length one shorter or equal): this runs
/// for every key outside the family.
fn misspelled_family(key: &str, family: &str) -> bool {
    let Some(sep) = family
        .bytes()
        .last()
        .filter(|b| matches!(b, b'_' | b'.' | b'-'))
    else {
        return false;
    };
    let Some(end) = key.bytes().position(|b| b == sep) else {
        return false;
    };
    let head = &key[..=end];
    head.len() >= 4
        && head.len() <= family.len()
        && head.len() + 1 >= family.len()
        && head.as_bytes()[0].eq_ignore_ascii_case(&family.as_bytes()[0])
        && crate::rules::similar::swap_distance_within(head, family, 1) == 1
}

/// Whether an entry's path holds the run of segments `run`
/// (`notification.email.`), names compared ASCII case-insensitively: a
/// family written `.notification.email.` is every key under those
/// segments, wherever the file starts (Elasticsearch's flat
/// `xpack.notification.email.account.a.smtp.x: …` lines share the file's
/// top scope with `xpack.security.enabled`, which is no mail key).
fn path_holds(doc: &Document, e: &Entry, run: &str) -> bool {
    let want: Vec<&str> = run.split('.').filter(|s| !s.is_empty()).rev().collect();
    if want.is_empty() {
        return false;
    }
    let segs: Vec<&str> = doc.path_rev(e).map(|s| s.text(doc.input)).collect();
    segs.windows(want.len())
        .any(|w| w.iter().zip(&want).all(|(a, b)| a.eq_ignore_ascii_case(b)))
}

/// A PHP local variable (`$body = "…"` beside `$mail->Body`): no client
/// reads a bare variable as a setting (PHP settings are properties, array
/// keys or constants), so it is never an ignored key. Also inside a
/// function or a call's closure (`add_action('phpmailer_init',
/// function ($phpmailer) { $port = …; })`); not in a class or an array,
/// whose `$name` is a property.
///
/// The same holds for a bare variable of the languages that declare
/// their locals (`const transporter = nodemailer.createTransport(opts)`
/// beside `opts.host = …`, Go's `d := gomail.NewDialer(…)`, a Java or C#
/// local): their clients read options objects, properties and calls,
/// never a variable by its name. Python, Ruby and Elixir are left out:
/// a module's variables are settings there (Django's `EMAIL_HOST = …`).
fn code_local(doc: &Document, e: &Entry) -> bool {
    let Syntax::Code(lang) = e.syntax else {
        return false;
    };
    let declared = matches!(
        lang,
        Lang::JavaScript | Lang::Go | Lang::Java | Lang::Kotlin | Lang::CSharp | Lang::Rust
    );
    let own = doc.own_segs(e.segs);
    // What a JavaScript module hands on (`module.exports = transporter`,
    // `exports.send = …`) is no setting either.
    let exports = lang == Lang::JavaScript
        && match own {
            [first, ..] if first.text(doc.input) == "exports" => true,
            [first, second, ..] => {
                first.text(doc.input) == "module" && second.text(doc.input) == "exports"
            }
            _ => false,
        };
    (declared || lang == Lang::Php)
        && (exports
            || matches!(own, [only] if only.kind == SegKind::Key
                && (declared || only.text(doc.input).starts_with('$'))))
        && !in_map(doc, e.scope)
}

/// Whether a scope is or sits in a map (a class body, an array, an object).
fn in_map(doc: &Document, scope: u32) -> bool {
    doc.scope_chain(scope).any(|s| {
        doc.scopes
            .get(s as usize)
            .is_some_and(|s| s.kind == crate::extract::read::ScopeKind::Map)
    })
}

/// Where an ignored key is underlined: the key as written (`$mail->port`),
/// but only the quoted name of a subscript (`gitlab_rails['smtp_user']`),
/// so that a rename edits just the name.
fn ignored_key_span(input: &str, written: Range<usize>, last: Option<&Seg>) -> Range<usize> {
    let subscript = input
        .get(written.clone())
        .is_some_and(|k| k.ends_with("']") || k.ends_with("\"]"));
    match last {
        Some(s) if subscript => {
            let name = s.span.start as usize..s.span.end as usize;
            let inside = name.start >= written.start && name.end <= written.end;
            if inside && !name.is_empty() {
                name
            } else {
                written
            }
        }
        _ => written,
    }
}

/// The first scope at or above `scope` that is in `roots` (scope → index).
fn root_at_or_above(doc: &Document, scope: u32, roots: &HashMap<u32, usize>) -> Option<usize> {
    doc.scope_chain(scope).find_map(|s| roots.get(&s).copied())
}

/// The value spans already taken by a configuration of a better table.
#[derive(Default)]
struct Claimed {
    spans: BTreeMap<usize, usize>,
}

impl Claimed {
    fn range(f: &Field) -> (usize, usize) {
        let s = &f.value.span;
        (s.start, s.end.max(s.start + 1))
    }

    fn hits(&self, (start, end): (usize, usize)) -> bool {
        self.spans
            .range(..end)
            .rev()
            .take(8)
            .any(|(_, &e)| e > start)
    }

    fn overlaps(&self, cfg: &Config) -> bool {
        cfg.fields.iter().any(|f| self.hits(Self::range(f)))
    }

    fn merge(&mut self, other: Claimed) {
        for (s, e) in other.spans {
            let end = self.spans.entry(s).or_insert(e);
            *end = (*end).max(e);
        }
    }

    fn add(&mut self, cfg: &Config) {
        for f in &cfg.fields {
            let (s, e) = Self::range(f);
            let end = self.spans.entry(s).or_insert(e);
            *end = (*end).max(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `src` makes `n` configurations, one in use: Postmark's, its label
    /// ending with `label` (its branch's header).
    pub(super) fn postmark_in_use(src: &str, n: usize, label: &str) {
        let r = crate::lint(src, &crate::Options::default());
        assert_eq!(r.configs.len(), n, "{:?}", r.configs);
        let used: Vec<_> = r.configs.iter().filter(|c| c.active).collect();
        assert_eq!(used.len(), 1, "{:?}", r.configs);
        assert_eq!(
            used[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert!(
            used[0].label.as_deref().is_some_and(|l| l.ends_with(label)),
            "{:?}",
            used[0].label
        );
    }

    /// Past [`MAX_CONFIGS`], the roots of further blocks make no
    /// configuration (and keep no list): the first blocks are kept, each
    /// with its own settings.
    #[test]
    fn roots_past_the_limit_make_no_configuration() {
        let mut s = String::from("{");
        for i in 0..100 {
            s += &format!(
                "\"k{i}\": {{\"smtp_host\": \"smtp{i}.example.com\", \"smtp_port\": 587}}, "
            );
        }
        s += "\"z\": 1}";
        let c = crate::extract::extract(&s);
        assert_eq!(c.len(), MAX_CONFIGS);
        assert_eq!(c[0].literal(Role::Host), Some("smtp0.example.com"));
        let last = &c[MAX_CONFIGS - 1];
        assert_eq!(last.literal(Role::Host), Some("smtp63.example.com"));
        assert_eq!(last.literal(Role::Port), Some("587"));
    }

    /// A paste of more blocks than are kept, then another app's block: the
    /// configurations are the first blocks of the best table, and a table
    /// left once the limit is reached (not built) adds none.
    #[test]
    fn tables_past_the_limit_add_no_configuration() {
        let mut s = String::new();
        for i in 0..MAX_CONFIGS + 6 {
            s += &format!(
                "LOCAL_DOMAIN=s{i}.example.org\nSMTP_SERVER=smtp{i}.example.com\nSMTP_PORT=587\nSMTP_LOGIN=u{i}\nSMTP_PASSWORD=p{i}\nSMTP_FROM_ADDRESS=n@s{i}.example.org\n\n"
            );
        }
        s += "MAIL_MAILER=smtp\nMAIL_HOST=smtp.other-app.io\nMAIL_PORT=587\nMAIL_USERNAME=a\nMAIL_PASSWORD=b\nMAIL_FROM_ADDRESS=x@other-app.io\n";
        let c = crate::extract::extract(&s);
        assert_eq!(
            c.len(),
            MAX_CONFIGS,
            "{:?}",
            c.iter().map(|c| c.dialect.id).collect::<Vec<_>>()
        );
        assert!(c.iter().all(|x| x.dialect.id == c[0].dialect.id));
        assert_eq!(c[0].literal(Role::Host), Some("smtp0.example.com"));
        assert!(c
            .iter()
            .all(|x| x.literal(Role::Host) != Some("smtp.other-app.io")));
    }

    /// [`RootOf`] answers as one pass down every scope did: the last
    /// configuration of the first root at or above the scope.
    #[test]
    fn each_scope_belongs_to_the_root_above_it() {
        let doc = Document::read(
            "a:\n  b:\n    c:\n      d: 1\n    e: 2\n  f:\n    g: 3\nh:\n  i:\n    j: 4\n",
        );
        let n = doc.scopes.len() as u32;
        assert!(n > 6, "{n}");
        let every_pass = |roots: &[u32]| -> Vec<Option<usize>> {
            let mut root_of: Vec<Option<usize>> = vec![None; n as usize];
            for (i, r) in roots.iter().enumerate() {
                root_of[*r as usize] = Some(i);
            }
            for si in 1..root_of.len() {
                if root_of[si].is_none() {
                    root_of[si] = root_of[doc.scopes[si].parent as usize];
                }
            }
            root_of
        };
        let mut root_of = RootOf::default();
        let sets: [&[u32]; 6] = [&[], &[0], &[1], &[2, 1], &[n - 1, 1, n - 1], &[3, 0, 5]];
        for roots in sets {
            let want = every_pass(roots);
            root_of.start(&doc, roots.iter().copied());
            // Asked innermost first, then outermost first: kept answers agree.
            for s in (0..n).rev().chain(0..n) {
                assert_eq!(root_of.of(&doc, s), want[s as usize], "{roots:?} {s}");
            }
        }
    }

    #[test]
    fn dsn_schemes_end_at_the_first_colon() {
        // The whole-value search it replaced, for comparison.
        let slow = |text: &str| {
            let t = text.trim();
            t.find("://").is_some_and(|i| {
                let scheme = &t[..i];
                scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme.len() <= 40
                    && scheme
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-')
            })
        };
        let long = format!("{}://x", "a".repeat(40));
        let longer = format!("{}://x", "a".repeat(41));
        for t in [
            "smtp://u:p@h:587",
            "  postmark+api://KEY@default ",
            "null://null",
            "sendmail://default",
            "a:b://c",
            "host:587",
            "http:/x",
            "1smtp://h",
            "://h",
            "s-m+tp://h",
            "é://h",
            "mailer: smtp://h",
            "",
            ":",
            long.as_str(),
            longer.as_str(),
        ] {
            assert_eq!(is_dsn(t), slow(t), "{t:?}");
        }
        assert!(is_dsn(&long) && !is_dsn(&longer));
    }

    #[test]
    fn smtp_url_schemes_are_counted_not_searched() {
        // The search of the head for its first `:` it replaced.
        let searched = |text: &str| {
            let t = crate::extract::read::strings::trim_start(text);
            let head = &t.as_bytes()[..t
                .len()
                .min(crate::extract::read::bridges::LONGEST_SCHEME + 3)];
            head.first()
                .is_some_and(|&b| crate::extract::read::url::Scheme::may_start_with(b))
                && head.iter().position(|&b| b == b':').is_some_and(|i| {
                    head.get(i..i + 3) == Some(b"://")
                        && crate::extract::read::url::Scheme::from_word(&t[..i]).is_some()
                })
        };
        let pieces = [
            "smtp",
            "SMTPS",
            "postmark",
            "+",
            "smtps",
            "submission",
            "s",
            "mailto",
            ":",
            "/",
            "://",
            ".",
            "-",
            " ",
            "é",
            "1",
            "x",
            "host:587",
            "\t",
        ];
        let mut texts: Vec<String> = [
            "smtp://u:p@h:587",
            "  smtps://h",
            "postmark+smtps://KEY@default",
            "postmark+smtps:/x",
            "mail.smtp.host",
            "smtp.postmarkapp.com",
            "mailtos://a@b",
            "submissions://h",
            "smtp+starttls://h",
            "SMTP://H",
            "s://h",
            "smtp:// h",
            "",
        ]
        .map(String::from)
        .to_vec();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..5000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut t = String::new();
            let mut r = seed;
            for _ in 0..seed % 6 {
                r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                t.push_str(pieces[(r >> 33) as usize % pieces.len()]);
            }
            texts.push(t);
        }
        for t in &texts {
            assert_eq!(smtp_url_at(t), searched(t), "{t:?}");
        }
        assert!(smtp_url_at("postmark+smtps://KEY@default") && !smtp_url_at("mail.smtp.host"));
    }
    use crate::extract::profile::{k, BASE};

    #[test]
    fn names_mail_is_contains_ci_of_each_word() {
        let words = ["smtp", "mail", "transport", "sender", "postmark", "notif"];
        for t in [
            "",
            "s",
            "data",
            "SMTP",
            "xMaIlx",
            "resource",
            "trans",
            "Transporter",
            "mySender",
            "postmar",
            "NOTIFY",
            "smt",
            "é-mail",
            "ssmtp",
        ] {
            let want = words.iter().any(|w| contains_ci(t, w));
            assert_eq!(names_mail(t), want, "{t}");
        }
    }

    #[test]
    fn compose_service_is_the_rendered_paths_word_after_services() {
        for src in [
            "services:\n  web:\n    environment:\n      A: 1\n",
            "services:\n  \"a.b\":\n    environment:\n      A: 1\n",
            "x:\n  services:\n    web:\n      A: 1\n",
            "services:\n  - web\n",
            "services.web.env.A = 1\n",
            "[services.web]\nA = 1\n",
        ] {
            let doc = Document::read(src);
            for i in 0..doc.scopes.len() as u32 {
                let path = doc.scope_string(i);
                let want = path
                    .strip_prefix("services.")
                    .map(|r| r.split('.').next().unwrap_or(r).to_string());
                assert_eq!(compose_service(&doc, i), want, "{src:?} {path}");
            }
        }
    }

    #[test]
    fn contains_ci_matches_any_case_anywhere() {
        assert!(contains_ci("using MailKit.Net.Smtp;", "mailkit"));
        assert!(contains_ci("x new smtpclient(", "new SmtpClient"));
        assert!(contains_ci("MailKit", "MailKit"));
        assert!(contains_ci("", ""));
        assert!(!contains_ci("MailKi", "MailKit"));
        assert!(!contains_ci("Mail Kit", "MailKit"));
        assert!(!contains_ci("é MailKiτ", "MailKit"));
    }

    #[test]
    fn another_compose_services_mail_keys_stay_out() {
        let text = "services:\n  mailpit:\n    image: axllent/mailpit\n    environment:\n      MP_SMTP_REQUIRE_STARTTLS: true\n  server:\n    environment:\n      SMTP_HOST: mailpit\n      SMTP_PORT: \"1025\"\n      SMTP_FROM: debug@weather.example\n";
        let r = crate::lint(text, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert_eq!(r.configs[0].settings.host.as_deref(), Some("mailpit"));
        assert_eq!(r.configs[0].settings.security, None);
        // The same keys in one service are one configuration.
        let one = text.replace("  server:\n    environment:\n", "");
        let r = crate::lint(&one, &crate::Options::default());
        assert_eq!(r.configs[0].settings.security.as_deref(), Some("starttls"));
    }

    static CALLS: Profile = Profile {
        id: "calls",
        keys: &[
            k("SMTP(#0)", Role::Host),
            k("SMTP(#1)", Role::Port),
            k("login(#0)", Role::Username),
            k("login(#1)", Role::Password),
        ],
        ..BASE
    };

    static PROPS: Profile = Profile {
        id: "props",
        keys: &[k("Host", Role::Host), k("Port", Role::Port)],
        case_sensitive: true,
        ..BASE
    };

    static APART: Profile = Profile {
        id: "apart",
        keys: &[
            k("Host", Role::Host),
            k("Cred(#0)", Role::Username),
            k("Cred(#1)", Role::Password),
        ],
        case_sensitive: true,
        credentials_apart: true,
        ..BASE
    };

    static TOGETHER: Profile = Profile {
        id: "together",
        credentials_apart: false,
        ..APART
    };

    fn configs_of(p: &'static Profile, src: &str) -> Vec<Config> {
        let doc = Document::read(src);
        let mut keys = Vec::new();
        for (ei, e) in doc.entries.iter().enumerate() {
            for (ki, key) in p.keys.iter().enumerate() {
                if pattern::compile(key.path)[0].matches(&doc, e, p.case_sensitive) {
                    keys.push((ei as u32, ki as u16));
                }
            }
        }
        build(&doc, p, &keys, &Cands::default())
    }

    fn configs(src: &str) -> Vec<Config> {
        configs_of(&CALLS, src)
    }

    /// A README's table restating some values of the `.env` block above it
    /// is the same configuration: no second one, no missing credentials
    /// for it. A table that changes a value is a configuration of its own.
    #[test]
    fn a_table_restating_the_env_block_is_not_a_second_configuration() {
        let src = "```env\nSMTP_HOST=smtp.acme-mail.io\nSMTP_PORT=465\nSMTP_USER=ops@acme.io\nSMTP_PASS=Kq81mZ7781\n```\n\n| Variable | Value |\n|---|---|\n| `SMTP_HOST` | `smtp.acme-mail.io` |\n| `SMTP_PORT` | `465` |\n";
        let c = crate::extract::extract(src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].literal(Role::Username), Some("ops@acme.io"));
        let c = crate::extract::extract(&src.replace("`465`", "`587`"));
        assert_eq!(c.len(), 2, "{c:?}");
    }

    #[test]
    fn credentials_made_apart_join_the_configuration_where_the_table_says_so() {
        let src = "class P {\n  void Main() {\n    var creds = new Cred(\"u@acme.io\", \"s3cret\");\n    var client = new Client() { Host = \"smtp.postmarkapp.com\", Credentials = creds };\n  }\n}\n";
        let c = configs_of(&APART, src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].literal(Role::Username), Some("u@acme.io"));
        assert_eq!(c[0].literal(Role::Password), Some("s3cret"));
        // Without the flag, another object's credentials stay out.
        let c = configs_of(&TOGETHER, src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].literal(Role::Username), None);
    }

    #[test]
    fn the_stream_header_set_on_messages_in_code_is_the_stream() {
        let send = "d := gomail.NewDialer(\"smtp.postmarkapp.com\", 587, \"u\", \"p\")\nm := gomail.NewMessage()\n";
        let stream = |src: &str| {
            let doc = Document::read(src);
            extract(&doc)
                .iter()
                .map(|c| c.literal(Role::Stream).map(str::to_string))
                .collect::<Vec<_>>()
        };
        for header in [
            "m.SetHeader(\"X-PM-Message-Stream\", \"broadcast\")\n",
            "m.SetHeader(\"x-pm-message-stream\", \"broadcast\")\n",
        ] {
            assert_eq!(
                stream(&format!("{send}{header}")),
                [Some("broadcast".into())],
                "{header}"
            );
        }
        // Two messages on two streams: the code chooses, no one stream.
        let two = format!("{send}m.SetHeader(\"X-PM-Message-Stream\", \"broadcast\")\nn.SetHeader(\"X-PM-Message-Stream\", \"outbound\")\n");
        assert_eq!(stream(&two), [None]);
        // Commented out: not sent.
        assert_eq!(
            stream(&format!(
                "{send}// m.SetHeader(\"X-PM-Message-Stream\", \"broadcast\")\n"
            )),
            [None]
        );
    }

    #[test]
    fn an_ignored_key_is_named_as_the_client_names_its_keys() {
        let src = "$mail->Host = 'smtp.postmarkapp.com';\n$mail->port = 587;\n";
        let c = configs_of(&PROPS, src);
        let u = &c[0].unknown_keys;
        assert_eq!(u.len(), 1, "{u:?}");
        assert_eq!(u[0].key, "port");
        assert_eq!(&src[u[0].span.clone()], "$mail->port");
    }

    #[test]
    fn a_setting_under_python_if_does_not_override_the_unconditional_one() {
        let base = "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\n";
        let src = format!("{base}if DEBUG:\n    EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'\n    EMAIL_HOST = 'localhost'\n");
        let r = crate::lint(&src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert!(
            !r.findings.iter().any(|f| f.id == "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
        // Written unconditionally after, the later one is read as before.
        let src =
            format!("{base}EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'\n");
        let r = crate::lint(&src, &crate::Options::default());
        assert!(
            r.findings.iter().any(|f| f.id == "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
    }

    #[test]
    fn a_yaml_anchor_merged_into_services_is_one_configuration() {
        let tok = "1f86c8a2-3b4d-4e5f-8a9b-0c1d2e3f5948";
        let src = format!("x-smtp: &smtp\n  SMTP_HOST: smtp.postmarkapp.com\n  SMTP_PORT: \"587\"\n  SMTP_USER: {tok}\n  SMTP_PASSWORD: {tok}\n  SMTP_FROM: noreply@acme.io\nservices:\n  web:\n    image: app\n    environment:\n      <<: *smtp\n      PORT: \"3000\"\n  worker:\n    image: app\n    environment:\n      <<: *smtp\n");
        let r = crate::lint(&src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert!(s.password_present);
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(
            !ids.iter()
                .any(|i| i.starts_with("auth/missing") || *i == "input/multiple-configs"),
            "{ids:?}"
        );
    }

    #[test]
    fn a_weighted_marker_counts_as_many() {
        use crate::extract::profile::{mark, weighs};
        static P: Profile = Profile {
            id: "w",
            keys: &[k("EMAIL_HOST", Role::Host)],
            markers: &[weighs(mark("OWN_NAME"), 5), mark("SHARED")],
            ..BASE
        };
        let hits = |markers: Vec<u16>| Hits {
            keys: vec![(0, 0)],
            markers,
        };
        assert_eq!(hits(vec![0]).score(&P), 10 + 500);
        assert_eq!(hits(vec![1]).score(&P), 10 + 100);
        assert_eq!(hits(vec![0, 1, 0]).score(&P), 10 + 600);
    }

    #[test]
    fn a_shared_marker_recognises_nothing_alone() {
        use crate::extract::profile::{mark, shared};
        static P: Profile = Profile {
            id: "s",
            keys: &[k("SMTP_SERVER", Role::Host)],
            markers: &[mark("OWN_NAME"), shared(mark("SMTP_OPENSSL_VERIFY_MODE"))],
            needs_marker: true,
            ..BASE
        };
        let hits = |markers: Vec<u16>| Hits {
            keys: vec![(0, 0)],
            markers,
        };
        assert_eq!(hits(vec![1]).score(&P), 0);
        assert_eq!(hits(vec![0]).score(&P), 10 + 100);
        assert_eq!(hits(vec![0, 1]).score(&P), 10 + 200);
    }

    #[test]
    fn a_marker_beside_another_name_counts_only_in_its_company() {
        use crate::extract::profile::{beside, mark};
        static P: Profile = Profile {
            id: "b",
            keys: &[
                k("SMTP_ADDRESS", Role::Host),
                k("SMTP_HOST", Role::Host),
                k("SMTP_TLS_ENABLED", Role::ImplicitTls),
            ],
            markers: &[
                beside(mark("SMTP_TLS_ENABLED"), "OWN_NAME|SMTP_ADDRESS"),
                mark("OWN_NAME"),
            ],
            needs_marker: true,
            ..BASE
        };
        let scored = |keys: Vec<(u32, u16)>, markers: Vec<u16>| {
            let mut h = Hits { keys, markers };
            h.drop_lone_markers(&P);
            h.score(&P)
        };
        // Beside `SMTP_HOST` only: nothing of the table's own.
        assert_eq!(scored(vec![(0, 1), (1, 2)], vec![0]), 0);
        // Beside the key it names, or beside the other marker.
        assert_eq!(scored(vec![(0, 0), (1, 2)], vec![0]), 20 + 100);
        assert_eq!(scored(vec![(0, 1), (1, 2)], vec![0, 1]), 20 + 200);
    }

    #[test]
    fn branches_are_alternatives_and_do_not_override_unconditional_settings() {
        let ids = |src: &str| -> Vec<String> {
            crate::lint(src, &crate::Options::default())
                .findings
                .into_iter()
                .map(|f| f.id)
                .collect()
        };
        let tok = "abcd1234-aaaa-bbbb-cccc-1234567890ab";
        let base = format!("<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPAuth = true;\n$mail->Username = '{tok}';\n$mail->Password = '{tok}';\n$mail->setFrom('a@acme.io');\n");
        // if/else set the same things: no duplicate.
        let src = format!("{base}if ($ssl) {{\n  $mail->SMTPSecure = 'ssl';\n  $mail->Port = 465;\n}} else {{\n  $mail->SMTPSecure = 'tls';\n  $mail->Port = 587;\n}}\n");
        let got = ids(&src);
        assert!(
            !got.iter().any(|i| i == "input/duplicate-setting"),
            "{got:?}"
        );
        // The host and credentials set in each branch of an if/else, the
        // rest after it: one configuration, the first branch's values.
        let src = format!("<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\nif ($prod) {{\n  $mail->Host = 'smtp.postmarkapp.com';\n  $mail->Password = '{tok}';\n}} elseif ($staging) {{\n  $mail->Host = 'smtp.mailtrap.io';\n}} else {{\n  $mail->Host = 'localhost';\n  $mail->Password = '';\n}}\n$mail->SMTPAuth = true;\n$mail->Username = '{tok}';\n$mail->Port = 587;\n$mail->setFrom('a@acme.io');\n");
        let r = crate::lint(&src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert_eq!(
            r.configs[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert_eq!(r.configs[0].settings.port, Some(587));
        assert!(r.configs[0].settings.password_present);
        assert!(
            !r.findings.iter().any(|f| f.id == "input/duplicate-setting"
                || f.id == "input/multiple-configs"
                || f.id == "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
        // A later branch that sets the host again is passed over whole:
        // its credentials do not join the first branch's host.
        let two = "<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\nif ($catcher) {\n  $mail->Host = 'mailhog';\n  $mail->Port = 1025;\n} else {\n  $mail->Host = 'smtp.postmarkapp.com';\n  $mail->Username = 'abcd';\n  $mail->Password = 'abcd';\n}\n$mail->setFrom('a@acme.io');\n";
        let r = crate::lint(two, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert_eq!(r.configs[0].settings.host.as_deref(), Some("mailhog"));
        assert_eq!(r.configs[0].settings.username, None);
        assert_eq!(r.configs[0].settings.from.as_deref(), Some("a@acme.io"));
        // Unless it is the production one (the else of a development
        // branch): that branch is read whole instead of the first.
        for cond in ["$dev", "getenv('APP_ENV') === 'development'"] {
            let src = two.replace("$catcher", cond);
            let r = crate::lint(&src, &crate::Options::default());
            assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
            let s = &r.configs[0].settings;
            assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"), "{cond}");
            assert_eq!(s.port, None, "{cond}");
            assert!(s.username.is_some() && s.password_present, "{cond}");
            assert_eq!(s.from.as_deref(), Some("a@acme.io"));
        }
        // Django: `if DEBUG:` the console backend, `else:` the SMTP one; the
        // production branch is read, not the first.
        let src = "if DEBUG:\n    EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'\nelse:\n    EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\n    EMAIL_HOST = 'smtp.postmarkapp.com'\n    EMAIL_PORT = 587\n    EMAIL_USE_TLS = True\nDEFAULT_FROM_EMAIL = 'a@acme.io'\n";
        let r = crate::lint(src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert!(
            !r.findings.iter().any(|f| f.id == "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
        // A host in each: two alternatives labelled by branch, the
        // production one in use.
        let src = "if DEBUG:\n    EMAIL_HOST = 'localhost'\n    EMAIL_PORT = 1025\nelse:\n    EMAIL_HOST = 'smtp.postmarkapp.com'\n    EMAIL_PORT = 587\n";
        postmark_in_use(src, 2, "else");
        // A branch after the unconditional setting does not override it.
        let src = format!("{base}$mail->Port = 587;\nif ($debug) {{ $mail->Port = 25; }}\n");
        let r = crate::lint(&src, &crate::Options::default());
        assert_eq!(r.configs[0].settings.port, Some(587));
        assert!(
            !r.findings
                .iter()
                .any(|f| f.id == "input/duplicate-setting" || f.id == "port/25-blocked"),
            "{:?}",
            r.findings
        );
        // Written unconditionally twice: still a duplicate.
        let got = ids(&format!("{base}$mail->Port = 587;\n$mail->Port = 25;\n"));
        assert!(
            got.iter().any(|i| i == "input/duplicate-setting"),
            "{got:?}"
        );
    }

    /// A sender key the client reports as unknown is not its From: wger
    /// reads `FROM_EMAIL`, not Django's `DEFAULT_FROM_EMAIL`. Django's own
    /// environment (names shared by many apps) still takes a sender key.
    #[test]
    fn an_ignored_sender_key_is_not_the_from() {
        let wger = "WGER_INSTANCE=https://wger.de\nENABLE_EMAIL=True\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=p\n";
        let r = crate::lint(
            &format!("{wger}DEFAULT_FROM_EMAIL=me@acme.io\n"),
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].client, "wger-env");
        assert_eq!(r.configs[0].settings.from, None);
        assert!(
            r.findings.iter().any(|f| f.id == "input/unknown-key"),
            "{:?}",
            r.findings
        );
        // Its own key is read, and an unknown one beside it is no rival.
        let r = crate::lint(
            &format!("{wger}FROM_EMAIL=me@acme.io\nDEFAULT_FROM_EMAIL=other@acme.io\n"),
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.from.as_deref(), Some("me@acme.io"));
    }

    #[test]
    fn a_sibling_namespace_is_no_misspelled_family() {
        // Postfix's `smtpd_*` (its server) beside `smtp_*` (its client):
        // a letter added to the family prefix is another namespace.
        let got = crate::lint_ids("relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_tls_security_level = encrypt\nsmtpd_use_tls = yes\n");
        assert!(!got.iter().any(|i| i == "input/unknown-key"), "{got:?}");
    }

    #[test]
    fn a_php_local_variable_is_no_ignored_key() {
        let src = "$body = 'Hello';\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->port = 587;\n";
        let c = configs_of(&PROPS, src);
        let keys: Vec<&str> = c[0].unknown_keys.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(keys, ["port"]);
        // In a closure passed to a call (WordPress's `phpmailer_init`).
        let src = "add_action('phpmailer_init', function ($phpmailer) {\n    $port = (int)(getenv('SMTP_PORT') ?: 587);\n    $phpmailer->Host = 'smtp.postmarkapp.com';\n    $phpmailer->Port = $port;\n    $phpmailer->port = 587;\n});\n";
        let c = configs_of(&PROPS, src);
        let keys: Vec<&str> = c[0].unknown_keys.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(keys, ["port"]);
    }

    #[test]
    fn a_javascript_local_variable_is_no_ignored_key() {
        static JS: Profile = Profile {
            id: "js",
            keys: &[k("host", Role::Host), k("port", Role::Port)],
            syntaxes: syn::JS,
            case_sensitive: true,
            ..BASE
        };
        let src = "const opts = {};\nopts.host = 'smtp.postmarkapp.com';\nopts.port = 587;\nopts.secureConnection = true;\nconst transporter = nodemailer.createTransport(opts);\nmodule.exports = transporter;\nexports.expires = 1;\n";
        let c = configs_of(&JS, src);
        let keys: Vec<&str> = c[0].unknown_keys.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(keys, ["secureConnection"]);
    }

    #[test]
    fn an_ignored_subscript_key_underlines_its_name() {
        static SUB: Profile = Profile {
            id: "sub",
            keys: &[k("cfg.smtp_host", Role::Host)],
            case_sensitive: true,
            ..BASE
        };
        let src = "cfg['smtp_host'] = 'smtp.postmarkapp.com'\ncfg['smtp_user'] = 'x'\n";
        let c = configs_of(&SUB, src);
        let u = &c[0].unknown_keys;
        assert_eq!(u.len(), 1, "{u:?}");
        assert_eq!(&src[u[0].span.clone()], "smtp_user");
    }

    #[test]
    fn a_host_passed_to_a_call_roots_the_settings_around_it() {
        let c = configs("import smtplib\ndef send():\n    server = smtplib.SMTP('smtp.postmarkapp.com', 587)\n    server.login('user', 'pass')\n");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].literal(Role::Username), Some("user"));
        assert_eq!(c[0].literal(Role::Password), Some("pass"));
        // Two transports side by side stay two configurations.
        let c = configs("a = smtplib.SMTP('smtp.postmarkapp.com', 587)\nb = smtplib.SMTP('smtp.example.net', 25)\n");
        assert_eq!(c.len(), 2);
        assert!(c.iter().all(|c| c.active));
    }
}

#[cfg(test)]
mod walked_for_every_entry {
    use super::pattern::{self, PSeg};

    /// A row whose last key segment is a wildcard with no first or last
    /// byte (`*X*`, `*`) and whose pattern names no segment is tried for
    /// every entry of every paste in its syntaxes: each one costs every lint
    /// (two such Orchard Core rows cost 100k short lines 29% more). They
    /// belong to the tables that read values whatever their key (URL rows,
    /// generic inference); anything else names its key.
    #[test]
    fn only_the_tables_that_read_any_key_have_unfiled_rows() {
        let mut found: Vec<String> = Vec::new();
        for p in super::super::tables::ALL {
            // A value marker (`mark_value("*", "MailKit")`) is ruled out
            // for the whole paste when its word is not in it: not counted.
            let paths = p.keys.iter().map(|k| k.path).chain(
                p.markers
                    .iter()
                    .filter(|m| m.value.is_none())
                    .map(|m| m.path),
            );
            for path in paths {
                for alt in pattern::compile(path) {
                    let unfiled = match alt.segs.last() {
                        Some(PSeg::Glob { pre, suf, .. }) => pre.is_empty() && suf.is_empty(),
                        Some(PSeg::Any | PSeg::AnyRun) => true,
                        _ => false,
                    };
                    let named = alt
                        .segs
                        .iter()
                        .any(|s| matches!(s, PSeg::Lit(_) | PSeg::Call(_)));
                    if unfiled && !named {
                        found.push(format!("{}: {path}", p.id));
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        // Postfix's `sasl_passwd` line (`[host]:port user:pass`) is read
        // only in its own syntaxes (conf, properties). Apprise's row is a
        // URL row (`mailto(s)://` values wherever they stand).
        let allowed = ["generic", "smtp-url", "label-value", "postfix", "apprise"];
        let other: Vec<&String> = found
            .iter()
            .filter(|f| !allowed.iter().any(|a| f.starts_with(&format!("{a}: "))))
            .collect();
        assert!(other.is_empty(), "rows tried for every entry: {other:#?}");
    }

    /// A transport made in each `case` of a `switch`: alternatives labelled
    /// by their case, production's in use.
    #[test]
    fn transports_made_in_switch_cases_are_alternatives() {
        let src = "switch (process.env.NODE_ENV) {\n  case 'development':\n    transport = nodemailer.createTransport({ host: 'localhost', port: 1025 });\n    break;\n  case 'production':\n    transport = nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 587, auth: { user: process.env.T, pass: process.env.T } });\n    break;\n}\n";
        super::tests::postmark_in_use(src, 2, "case 'production'");
    }

    /// One object spread into a transport in each `case` (`{ ...base,
    /// secure: true }`): the copies are alternatives placed by their call,
    /// each with the object's settings.
    #[test]
    fn copies_of_one_object_in_switch_cases_are_alternatives() {
        let src = "const base = { host: 'smtp.postmarkapp.com', port: 587, auth: { user: process.env.T, pass: process.env.T } };\nswitch (process.env.SMTP_SECURITY) {\n  case 'ssl':\n    transport = nodemailer.createTransport({ ...base, secure: true });\n    break;\n  default:\n    transport = nodemailer.createTransport({ ...base, secure: false });\n}\n";
        let r = crate::lint(src, &crate::Options::default());
        assert_eq!(r.configs.len(), 2, "{:?}", r.configs);
        assert_eq!(r.configs.iter().filter(|c| c.active).count(), 1);
        for c in &r.configs {
            assert!(c.settings.username.is_some() && c.settings.password_present);
            assert!(c
                .label
                .as_deref()
                .is_some_and(|l| l.contains("case 'ssl'") || l.ends_with("default")));
        }
    }

    /// Each branch of an `if`/`else` making its own transport: one
    /// configuration per branch, labelled by the branch, and only one
    /// active (the branch naming production, wherever it is written).
    #[test]
    fn transports_made_in_branches_are_alternatives() {
        let branchy = |prod_first: bool| {
            let prod = "transporter = nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 587 });";
            let dev =
                "transporter = nodemailer.createTransport({ host: 'localhost', port: 1025 });";
            let (cond, a, b) = if prod_first {
                ("process.env.NODE_ENV === 'production'", prod, dev)
            } else {
                ("process.env.NODE_ENV !== 'production'", dev, prod)
            };
            format!("let transporter;\nif ({cond}) {{\n  {a}\n}} else {{\n  {b}\n}}\n")
        };
        for prod_first in [true, false] {
            let r = crate::lint(&branchy(prod_first), &crate::Options::default());
            assert_eq!(r.configs.len(), 2, "{:#?}", r.configs);
            let labels: Vec<_> = r.configs.iter().map(|c| c.label.clone()).collect();
            assert_ne!(labels[0], labels[1]);
            assert!(
                labels
                    .iter()
                    .any(|l| l.as_deref().is_some_and(|l| l.ends_with(", else"))),
                "{labels:?}"
            );
            let active: Vec<_> = r.configs.iter().filter(|c| c.active).collect();
            assert_eq!(active.len(), 1, "{:#?}", r.configs);
            assert_eq!(
                active[0].settings.host.as_deref(),
                Some("smtp.postmarkapp.com")
            );
        }
        // No word for production or development: the first branch.
        let plain = branchy(true).replace("process.env.NODE_ENV === 'production'", "useRelay");
        let r = crate::lint(&plain, &crate::Options::default());
        assert!(
            r.configs[0].active && !r.configs[1].active,
            "{:#?}",
            r.configs
        );
        assert_eq!(
            crate::extract::profile::engine::production("if (!isDev)"),
            Some(true)
        );
        assert_eq!(
            crate::extract::profile::engine::production("elseif ($env == 'test')"),
            Some(false)
        );
        assert_eq!(
            crate::extract::profile::engine::production("if (useRelay)"),
            None
        );
    }

    /// A secret that looks like an interpolation with a stray closer or a
    /// word glued to its quote is read as a literal secret; a reference
    /// closed by its own block's brace stays a reference.
    #[test]
    fn references_with_stray_closers_are_misread_secrets() {
        let refs = |input: &str| -> Vec<bool> {
            crate::extract::profile::engine::extract(&crate::extract::Document::read(input))
                .iter()
                .flat_map(|c| c.fields.iter())
                .filter(|f| crate::summary::SECRET_ROLES.contains(&f.role))
                .map(crate::summary::is_secret)
                .collect()
        };
        let stray = "smtp_host = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_user = \"${A___A}\"}\nsmtp_password = \"${A___A}\"}\n";
        let got = refs(stray);
        assert!(!got.is_empty() && got.iter().all(|s| *s), "{got:?}");
        let glued = "smtp_host = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_user = \"${A___A}\"x1\nsmtp_password = \"${A___A}\"x1\n";
        let got = refs(glued);
        assert!(!got.is_empty() && got.iter().all(|s| *s), "{got:?}");
        let block = "smtp {\n  host = \"smtp.postmarkapp.com\"\n  port = 587\n  username = \"${var.smtp_user}\"\n  password = \"${var.smtp_pass}\"}\n";
        let got = refs(block);
        assert!(!got.is_empty() && got.iter().all(|s| !s), "{got:?}");
    }
}

#[cfg(test)]
mod env_file_credentials {
    use crate::lint_ids as ids;

    const SERVICE: &str = "services:\n  id:\n    image: ghcr.io/pocket-id/pocket-id:v1\nENVFILE    environment:\n      - UI_CONFIG_DISABLED=true\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_PORT=587\n      - SMTP_FROM=id@acme.io\n      - SMTP_TLS=starttls\n";

    #[test]
    fn compose_env_file_holds_the_missing_credentials() {
        for env_file in [
            "    env_file: .env\n",
            "    env_file:\n      - .env\n      - smtp.env\n",
            "    env_file:\n      - path: ./smtp.env\n        required: true\n",
        ] {
            let ids = ids(&SERVICE.replace("ENVFILE", env_file));
            assert!(
                ids.contains(&"auth/external-credentials".to_string()),
                "{env_file}: {ids:?}"
            );
            assert!(
                !ids.iter().any(|i| i.starts_with("auth/missing")),
                "{env_file}: {ids:?}"
            );
        }
        // Without it the credentials are missing.
        let ids = ids(&SERVICE.replace("ENVFILE", ""));
        assert!(
            ids.contains(&"auth/missing-password".to_string()),
            "{ids:?}"
        );
    }

    #[test]
    fn another_services_env_file_does_not_count() {
        let src = SERVICE.replace("ENVFILE", "")
            + "  db:\n    image: postgres:16\n    env_file: db.env\n";
        let ids = ids(&src);
        assert!(
            ids.contains(&"auth/missing-password".to_string()),
            "{ids:?}"
        );
        assert!(
            !ids.contains(&"auth/external-credentials".to_string()),
            "{ids:?}"
        );
    }

    #[test]
    fn written_credentials_are_checked_as_written() {
        let tok = "1f86c8a2-3b4d-4e5f-8a9b-0c1d2e3f5948";
        let src = SERVICE.replace("ENVFILE", "    env_file: .env\n").replace(
            "      - SMTP_TLS=starttls\n",
            &format!(
                "      - SMTP_TLS=starttls\n      - SMTP_USER={tok}\n      - SMTP_PASSWORD={tok}\n"
            ),
        );
        let ids = ids(&src);
        assert!(
            !ids.contains(&"auth/external-credentials".to_string()),
            "{ids:?}"
        );
    }

    #[test]
    fn an_unwritten_mail_switch_may_be_in_the_env_file() {
        let without_switch = SERVICE.replace("      - UI_CONFIG_DISABLED=true\n", "");
        let not_enabled = |src: &str| ids(src).contains(&"input/smtp-not-enabled".to_string());
        assert!(!not_enabled(
            &without_switch.replace("ENVFILE", "    env_file: .env\n")
        ));
        // Without the file, or with another service's, nothing sets it.
        assert!(not_enabled(&without_switch.replace("ENVFILE", "")));
        assert!(not_enabled(
            &(without_switch.replace("ENVFILE", "")
                + "  db:\n    image: postgres:16\n    env_file: db.env\n")
        ));
        // A switch written off in the paste is still reported.
        let off = SERVICE
            .replace("UI_CONFIG_DISABLED=true", "UI_CONFIG_DISABLED=false")
            .replace("ENVFILE", "    env_file: .env\n");
        assert!(not_enabled(&off));
    }

    #[test]
    fn nixos_environment_file() {
        let src = "{\n  services.pocket-id = {\n    enable = true;\n    environmentFile = \"/run/secrets/pocket-id.env\";\n    settings = {\n      SMTP_HOST = \"smtp.postmarkapp.com\";\n      SMTP_PORT = 587;\n      SMTP_FROM = \"id@acme.io\";\n    };\n  };\n}\n";
        let ids = ids(src);
        assert!(
            ids.contains(&"auth/external-credentials".to_string()),
            "{ids:?}"
        );
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
    }
}
