//! smtplib's configurations, built from the calls of the paste: one per
//! `SMTP(…)`/`SMTP_SSL(…)` call. The engine groups settings by scope, and
//! every argument of a call is a scope of its own, so the rows only
//! recognise the client and this hook reads the document: two passes over
//! the entries (what each one is; the arguments of the calls that matter),
//! one over the scopes, then the events in text order. Bindings are looked
//! for a bounded distance around a call, so the whole stays linear.

use rustc_hash::FxHashMap as HashMap;

use super::SMTPLIB;
use crate::extract::profile::engine::MAX_CONFIGS;
use crate::extract::profile::fields::{part, split_host_port, value_of};
use crate::extract::read::{flag, Document, Entry, ScopeKind, SegKind, ValKind};
use crate::extract::Config;
use crate::model::{Field, Lang, Role, Syntax, Value};

/// How far a binding (`x = ` before a call, ` as x` after it) may be.
const REACH: usize = 256;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Connection {
        ssl: bool,
    },
    StartTls,
    Login,
    SendMail,
    SendMessage,
    Connect,
    Unverified,
    SslContext,
    HeaderFrom,
    HeaderStream,
    /// `check_hostname`, `verify_mode`, `minimum_version`/`maximum_version`.
    Context(Role),
}

impl Kind {
    /// Calls whose arguments are read.
    fn has_args(self) -> bool {
        matches!(
            self,
            Kind::Connection { .. }
                | Kind::Login
                | Kind::SendMail
                | Kind::SendMessage
                | Kind::Connect
                | Kind::SslContext
        )
    }
    /// Methods of a connection object (counted only on a bound one).
    fn is_method(self) -> bool {
        matches!(
            self,
            Kind::StartTls | Kind::Login | Kind::SendMail | Kind::SendMessage | Kind::Connect
        )
    }
}

struct Event {
    at: usize,
    entry: u32,
    kind: Kind,
}

/// What the pass over the document found.
struct Found<'d> {
    events: Vec<Event>,
    /// Simple assignments by name: (key start, entry), in text order.
    defs: HashMap<&'d str, Vec<(usize, u32)>>,
    /// Literal values by start, for `formataddr((name, addr))`.
    literals: Vec<(usize, u32)>,
    /// The arguments of the calls that matter: (the call's name start,
    /// the argument's entry), sorted (a call's arguments together, in
    /// text order; one list, not a vector per call).
    args: Vec<(u32, u32)>,
    /// Their argument scopes: (the call's name start, the scope), sorted.
    call_scope: Vec<(u32, u32)>,
}

/// The configurations of the paste (see the module docs).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub fn finish(doc: &Document, configs: &mut Vec<Config>) {
    configs.clear();
    if !doc.input.contains("smtplib") || doc.input.contains("aiosmtplib") {
        return;
    }
    let found = scan(doc);
    *configs = build(doc, &found);
    // A connection made in each branch of an if/else: alternatives.
    crate::extract::profile::engine::label_config_branches(doc, configs);
}

fn python(e: &Entry) -> bool {
    e.syntax == Syntax::Code(Lang::Python) && !e.commented()
}

fn scan<'d>(doc: &'d Document) -> Found<'d> {
    let mut events = Vec::new();
    let mut defs: HashMap<&str, Vec<(usize, u32)>> = HashMap::default();
    let mut literals = Vec::new();
    // The name starts of the calls whose arguments matter (sorted below).
    let mut wanted: Vec<u32> = Vec::new();
    for (ei, e) in doc.entries.iter().enumerate() {
        if !python(e) {
            continue;
        }
        let ei = ei as u32;
        let Some(last) = doc.path_rev(e).next() else {
            continue;
        };
        let name = last.text(doc.input);
        let kind = match (e.value.kind, last.kind) {
            (ValKind::Presence, SegKind::Call) => match name {
                "SMTP" => Some(Kind::Connection { ssl: false }),
                "SMTP_SSL" => Some(Kind::Connection { ssl: true }),
                "starttls" => Some(Kind::StartTls),
                "login" => Some(Kind::Login),
                "sendmail" => Some(Kind::SendMail),
                "send_message" => Some(Kind::SendMessage),
                "connect" => Some(Kind::Connect),
                "_create_unverified_context" => Some(Kind::Unverified),
                "SSLContext" => Some(Kind::SslContext),
                _ => None,
            },
            (ValKind::Presence, _) => None,
            (_, SegKind::Key) => match name {
                "check_hostname" => Some(Kind::Context(Role::VerifyPeer)),
                "verify_mode" => Some(Kind::Context(Role::VerifyMode)),
                "minimum_version" | "maximum_version" => Some(Kind::Context(Role::TlsVersion)),
                // `msg['From']`: a header set on a message object.
                n if doc.key_of(e).ends_with(']') && doc.path_rev(e).nth(1).is_some() => {
                    if n.eq_ignore_ascii_case("from") {
                        Some(Kind::HeaderFrom)
                    } else if n.eq_ignore_ascii_case("x-pm-message-stream") {
                        Some(Kind::HeaderStream)
                    } else {
                        None
                    }
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(kind) = kind {
            if kind.has_args() {
                wanted.push(last.span.start);
            }
            events.push(Event {
                at: e.key.start as usize,
                entry: ei,
                kind,
            });
        }
        if e.value.kind == ValKind::Literal {
            literals.push((e.value.span.start as usize, ei));
        }
        // `NAME = value` at the top or in a function body.
        let own = doc.own_segs(e.segs);
        let scope = doc.scopes[e.scope as usize].kind;
        if e.value.kind != ValKind::Presence
            && own.len() == 1
            && own[0].kind == SegKind::Key
            && matches!(scope, ScopeKind::Region | ScopeKind::Block)
        {
            defs.entry(own[0].text(doc.input))
                .or_default()
                .push((e.key.start as usize, ei));
        }
    }
    // The argument scopes of the wanted calls, then their direct entries.
    // (By scope index and in sorted lists: a paste of thousands of calls
    // made a hash map entry and a vector per call.)
    crate::sort::nearly_sorted_values(&mut wanted);
    wanted.dedup();
    let mut scope_of: Vec<u32> = Vec::new();
    let mut call_scope: Vec<(u32, u32)> = Vec::new();
    if !wanted.is_empty() {
        scope_of = vec![u32::MAX; doc.scopes.len()];
        for (si, s) in doc.scopes.iter().enumerate() {
            if s.kind != ScopeKind::Call {
                continue;
            }
            if let Some(call) = doc.own_segs(s.segs).last() {
                if call.kind == SegKind::Call && wanted.binary_search(&call.span.start).is_ok() {
                    scope_of[si] = call.span.start;
                    call_scope.push((call.span.start, si as u32));
                }
            }
        }
    }
    // Sorted by call (stable), each call's last scope kept.
    crate::sort::by_key(&mut call_scope, |c| c.0);
    call_scope.reverse();
    call_scope.dedup_by_key(|c| c.0);
    call_scope.reverse();
    let mut args: Vec<(u32, u32)> = Vec::new();
    if !scope_of.is_empty() {
        for (ei, e) in doc.entries.iter().enumerate() {
            let call = scope_of.get(e.scope as usize).copied().unwrap_or(u32::MAX);
            if call != u32::MAX && python(e) && e.value.kind != ValKind::Presence && e.segs.len == 1
            {
                args.push((call, ei as u32));
            }
        }
    }
    crate::sort::nearly_sorted_values(&mut args);
    crate::sort::by_key(&mut events, |ev| ev.at);
    crate::sort::values(&mut literals);
    for list in defs.values_mut() {
        crate::sort::values(list);
    }
    Found {
        events,
        defs,
        literals,
        args,
        call_scope,
    }
}

/// A configuration being built.
struct Conn {
    cfg: Config,
    /// The last `msg['From']` it sends with: wins over envelope senders.
    header_from: Option<Field>,
}

/// Where position-owned settings go: the connection opened last before
/// them (the first one for settings above every connection).
#[derive(Clone, Copy)]
enum Owner {
    None,
    Conn(usize),
    /// A connection past the limit: its settings are not read.
    Dropped,
}

/// The branch of an if/else a connection was bound in (see
/// [`Document::branch_at`]).
type Branch = Option<(u32, usize)>;

fn build(doc: &Document, f: &Found) -> Vec<Config> {
    let mut conns: Vec<Conn> = Vec::new();
    // Per name, the connections bound to it: one, or one per branch of an
    // if/else (`if prod: server = SMTP(a) else: server = SMTP(b)`), each
    // with the branch it was bound in.
    let mut bound: HashMap<&str, Vec<(Owner, Branch)>> = HashMap::default();
    let mut owner = Owner::None;
    // Settings above the first connection belong to it.
    let mut early: Vec<&Event> = Vec::new();
    for ev in &f.events {
        let e = &doc.entries[ev.entry as usize];
        if let Kind::Connection { ssl } = ev.kind {
            if conns.len() >= MAX_CONFIGS {
                owner = Owner::Dropped;
            } else {
                conns.push(connection(doc, f, e, ssl));
                owner = Owner::Conn(conns.len() - 1);
                if conns.len() == 1 {
                    for early in std::mem::take(&mut early) {
                        setting(doc, f, &mut conns[0], early);
                    }
                }
            }
            if let Some(name) = binding(doc.input, e) {
                let at = doc.branch_at(ev.at);
                let list = bound.entry(name).or_default();
                // Bound in another branch of the same if/else: both stand.
                let sibling = |b: &Option<(u32, usize)>| matches!((b, at), (Some(b), Some(a)) if b.0 == a.0 && b.1 != a.1);
                if list.is_empty() || !list.iter().all(|(_, b)| sibling(b)) {
                    list.clear();
                }
                list.push((owner, at));
            }
            continue;
        }
        if ev.kind.is_method() {
            let key = doc.key_of(e);
            let Some(on) = key.rsplit_once('.').and_then(|(r, _)| bound.get(r)) else {
                continue;
            };
            // A method in a branch is that branch's connection's; one
            // after the if/else is every branch's (`server.login(…)`
            // after `if …: server = SMTP(a) else: server = SMTP(b)`).
            let at = doc.branch_at(ev.at);
            let own = on.iter().any(|(_, b)| at.is_some() && *b == at);
            for (o, b) in on {
                if let Owner::Conn(i) = o {
                    if !own || *b == at {
                        method(doc, f, &mut conns[*i], ev, e);
                    }
                }
            }
            continue;
        }
        match owner {
            Owner::Conn(i) => setting(doc, f, &mut conns[i], ev),
            Owner::None => early.push(ev),
            Owner::Dropped => {}
        }
    }
    let n = conns.len();
    conns
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let mut cfg = c.cfg;
            if let Some(h) = c.header_from {
                cfg.fields.retain(|f| f.role != Role::From);
                cfg.push(h);
            }
            crate::sort::by_key(&mut cfg.fields, |f| f.key_span.start);
            cfg.fields.dedup();
            for fl in &cfg.fields {
                let s = fl.whole_span();
                cfg.span = cfg.span.start.min(s.start)..cfg.span.end.max(s.end);
            }
            if n > 1 {
                cfg.label = Some(format!("connection {} of {n}", i + 1));
            }
            cfg
        })
        .collect()
}

/// `SMTP(host, port)` / `SMTP_SSL(…)`.
fn connection(doc: &Document, f: &Found, e: &Entry, ssl: bool) -> Conn {
    let mut cfg = Config::new(&SMTPLIB, e.value.span());
    // Its keyword arguments are its own keys (for unknown ones).
    cfg.root = doc
        .path_rev(e)
        .next()
        .and_then(|s| sorted_get(&f.call_scope, s.span.start).first())
        .map(|c| c.1)
        .unwrap_or(e.scope);
    if ssl {
        cfg.push(called(doc, e, Role::ImplicitTls));
    }
    address(doc, f, &mut cfg, e);
    Conn {
        cfg,
        header_from: None,
    }
}

/// Host and port of `SMTP(host, port)` / `connect(host, port)`; `"host:port"`
/// alone is split the way smtplib splits it.
fn address(doc: &Document, f: &Found, cfg: &mut Config, call: &Entry) {
    let args = args_of(doc, f, call);
    let port = arg(doc, args, 1, "port");
    if let Some(h) = arg(doc, args, 0, "host") {
        let host = field_of(doc, f, Role::Host, "host", h, call);
        let (hr, pr) = split_host_port(&host.value.text);
        match pr {
            Some(pr) if port.is_none() && host.value.literal().is_some() && host.value.verbatim => {
                let mut p = host.clone();
                p.role = Role::Port;
                p.value = part(&host.value, pr);
                let mut h = host.clone();
                h.value = part(&host.value, hr);
                cfg.push(h);
                cfg.push(p);
            }
            _ => cfg.push(host),
        }
    }
    if let Some(p) = port {
        cfg.push(field_of(doc, f, Role::Port, "port", p, call));
    }
}

/// A method on a bound connection.
fn method(doc: &Document, f: &Found, c: &mut Conn, ev: &Event, e: &Entry) {
    let args = args_of(doc, f, e);
    match ev.kind {
        Kind::StartTls => c.cfg.push(called(doc, e, Role::StartTls)),
        Kind::Connect => address(doc, f, &mut c.cfg, e),
        Kind::Login => {
            if let Some(u) = arg(doc, args, 0, "user") {
                c.cfg.push(field_of(doc, f, Role::Username, "user", u, e));
            }
            if let Some(p) = arg(doc, args, 1, "password") {
                c.cfg
                    .push(field_of(doc, f, Role::Password, "password", p, e));
            }
        }
        Kind::SendMail => {
            if let Some(a) = arg(doc, args, 0, "from_addr") {
                c.cfg.push(field_of(doc, f, Role::From, "from_addr", a, e));
            }
        }
        // send_message(msg, from_addr=None, …): only an explicit sender.
        Kind::SendMessage => {
            if let Some(a) = arg(doc, args, 1, "from_addr") {
                c.cfg.push(field_of(doc, f, Role::From, "from_addr", a, e));
            }
        }
        _ => {}
    }
}

/// A setting owned by position: headers, certificate and version settings.
fn setting(doc: &Document, f: &Found, c: &mut Conn, ev: &Event) {
    let e = &doc.entries[ev.entry as usize];
    match ev.kind {
        Kind::Unverified => c.cfg.push(called(doc, e, Role::SkipVerify)),
        Kind::SslContext => {
            let args = args_of(doc, f, e);
            let Some(p) = arg(doc, args, 0, "protocol") else {
                return;
            };
            let mut value = value_of(doc, p, &SMTPLIB);
            let word = value.text.rsplit('.').next().unwrap_or("");
            if word.starts_with("PROTOCOL_TLSv1") || word.starts_with("PROTOCOL_SSL") {
                value.reference = None;
                c.cfg.push(Field {
                    role: Role::TlsVersion,
                    key: doc.key_of(e).to_string(),
                    key_span: e.key_span(),
                    value,
                    syntax: e.syntax,
                });
            }
        }
        Kind::Context(role) => c.cfg.push(plain(doc, e, role, value_of(doc, e, &SMTPLIB))),
        Kind::HeaderStream => c
            .cfg
            .push(plain(doc, e, Role::Stream, value_of(doc, e, &SMTPLIB))),
        Kind::HeaderFrom => c.header_from = Some(header_from(doc, f, e)),
        _ => {}
    }
}

fn plain(doc: &Document, e: &Entry, role: Role, value: Value) -> Field {
    Field {
        role,
        key: doc.key_of(e).to_string(),
        key_span: e.key_span(),
        value,
        syntax: e.syntax,
    }
}

/// `msg['From'] = …`: a variable is read where it is set, and
/// `formataddr((name, addr))` / `Header(…)` by the address inside.
fn header_from(doc: &Document, f: &Found, e: &Entry) -> Field {
    let mut value = value_of(doc, e, &SMTPLIB);
    if let Some(r) = value.reference.clone() {
        if let Some(def) = ident(&r).and_then(|n| lookup(doc, f, n, e)) {
            value = value_of(doc, &doc.entries[def as usize], &SMTPLIB);
        } else if r.starts_with("formataddr(") || r.starts_with("Header(") {
            let span = value.span.clone();
            let k = f.literals.partition_point(|(s, _)| *s < span.end);
            if let Some((s, li)) = k.checked_sub(1).map(|k| f.literals[k]) {
                if s >= span.start {
                    value = value_of(doc, &doc.entries[li as usize], &SMTPLIB);
                }
            }
        }
    }
    plain(doc, e, Role::From, value)
}

/// A switch the code turns on by calling something (`SMTP_SSL(…)`,
/// `.starttls()`, `_create_unverified_context()`).
fn called(doc: &Document, e: &Entry, role: Role) -> Field {
    plain(
        doc,
        e,
        role,
        Value {
            text: "true".into(),
            span: e.value.span(),
            quote: crate::model::Quote::None,
            verbatim: false,
            reference: None,
        },
    )
}

/// The pairs of a sorted list whose first is `key`.
fn sorted_get(list: &[(u32, u32)], key: u32) -> &[(u32, u32)] {
    let lo = list.partition_point(|p| p.0 < key);
    let hi = lo + list[lo..].partition_point(|p| p.0 == key);
    &list[lo..hi]
}

/// The direct arguments of a call (by its presence entry): (the call's
/// name start, the entry) pairs, in text order.
fn args_of<'f>(doc: &Document, f: &'f Found, call: &Entry) -> &'f [(u32, u32)] {
    doc.path_rev(call)
        .next()
        .map_or(&[], |s| sorted_get(&f.args, s.span.start))
}

/// Keyword `name`, else positional argument `pos`.
fn arg<'d>(doc: &'d Document, args: &[(u32, u32)], pos: u16, name: &str) -> Option<&'d Entry> {
    let seg = |&(_, ei): &(u32, u32)| {
        let e = &doc.entries[ei as usize];
        doc.own_segs(e.segs).first().map(|s| (e, s))
    };
    args.iter()
        .filter_map(seg)
        .find(|(_, s)| s.kind == SegKind::Key && s.text(doc.input) == name)
        .or_else(|| {
            args.iter()
                .filter_map(seg)
                .find(|(_, s)| s.kind == SegKind::Arg(pos))
        })
        .map(|(e, _)| e)
}

/// A field for an argument: the variable's assignment when the argument
/// names one, the argument itself otherwise (`smtplib.SMTP port`).
fn field_of(doc: &Document, f: &Found, role: Role, name: &str, a: &Entry, call: &Entry) -> Field {
    let source = argument_text(doc, a);
    if let Some(def) = ident(source).and_then(|n| lookup(doc, f, n, call)) {
        let d = &doc.entries[def as usize];
        return Field {
            role,
            key: doc.key_of(d).to_string(),
            key_span: d.key_span(),
            value: value_of(doc, d, &SMTPLIB),
            syntax: d.syntax,
        };
    }
    let keyword = a.key.start != a.key.end;
    Field {
        role,
        key: format!("{} {name}", doc.key_of(call)),
        key_span: if keyword {
            a.key_span()
        } else {
            call.key_span()
        },
        value: value_of(doc, a, &SMTPLIB),
        syntax: a.syntax,
    }
}

/// The argument as written (a resolved one's value lies elsewhere): from
/// its start (after `name=` for a keyword) to the end of its line, bounded.
fn argument_text<'d>(doc: &'d Document, a: &Entry) -> &'d str {
    let b = doc.input.as_bytes();
    let mut i = a.key.end as usize;
    if a.key.start != a.key.end {
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'=') {
            i += 1;
        }
    }
    let end = (i + REACH).min(b.len());
    let end = (i..end).find(|&j| b[j] == b'\n').unwrap_or(end);
    let mut end = end;
    while !doc.input.is_char_boundary(end) {
        end -= 1;
    }
    doc.input.get(i..end).unwrap_or("")
}

/// The identifier an argument consists of (`smtp_server` in
/// `smtp_server, port)`), if it is only that.
fn ident(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    let name = &t[..end];
    let first = name.bytes().next()?;
    let rest = t[end..].trim_start();
    let alone = rest.is_empty() || rest.starts_with([',', ')']);
    (alone && (first.is_ascii_alphabetic() || first == b'_')).then_some(name)
}

/// The assignment a name refers to where `used`: the last one before it,
/// else the first after it. A use outside every branch after an
/// assignment inside one (`host = os.getenv('X')` then `if not host:
/// host = 'default'`) has none: the argument itself is read, which the
/// reader resolved to the value outside the branch (the environment's,
/// which the default stands in for only when unset), as in every language.
fn lookup(doc: &Document, f: &Found, name: &str, used: &Entry) -> Option<u32> {
    let list = f.defs.get(name)?;
    let k = list.partition_point(|(p, _)| *p < used.key.start as usize);
    let def = k
        .checked_sub(1)
        .map(|j| list[j].1)
        .or_else(|| list.get(k).map(|d| d.1))?;
    let branched = |e: &Entry| e.flags & flag::CONDITIONAL != 0;
    let before_in_branch = k > 1 && doc.entries.get(def as usize).is_some_and(branched);
    (!before_in_branch || branched(used)).then_some(def)
}

/// The variable a connection is bound to: `x = smtplib.SMTP(…)` or
/// `with smtplib.SMTP(…) as x`.
fn binding<'d>(input: &'d str, call: &Entry) -> Option<&'d str> {
    let b = input.as_bytes();
    let ident_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    // Before: `name = `.
    let lo = (call.key.start as usize).saturating_sub(REACH);
    let mut i = call.key.start as usize;
    while i > lo && matches!(b[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    if i > lo + 1 && b[i - 1] == b'=' && !b"=!<>:+-*/%|&^".contains(&b[i - 2]) {
        i -= 1;
        while i > lo && matches!(b[i - 1], b' ' | b'\t') {
            i -= 1;
        }
        let end = i;
        while i > lo && ident_byte(b[i - 1]) {
            i -= 1;
        }
        if i < end && !b[i].is_ascii_digit() && b[i] != b'.' {
            return input.get(i..end);
        }
        return None;
    }
    // After: ` as name`.
    let start = call.value.span().end;
    let mut end = (start + REACH).min(input.len());
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let rest = input.get(start..end)?;
    let rest = rest.trim_start_matches([' ', '\t']).strip_prefix("as")?;
    let name = rest
        .strip_prefix([' ', '\t'])?
        .trim_start_matches([' ', '\t']);
    let len = name
        .bytes()
        .position(|c| !ident_byte(c))
        .unwrap_or(name.len());
    let name = &name[..len];
    name.bytes()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
        .then_some(name)
}
