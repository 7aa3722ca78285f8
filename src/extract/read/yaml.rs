//! YAML, as configuration files use it: block maps and sequences by
//! indentation, flow maps and sequences (`{host: x, port: 587}`), quoted and
//! plain scalars, block scalars (`|`, `>`), anchors, aliases and merge keys
//! (`<<: *defaults`), several documents (`---`), comments (a commented-out
//! `# key: value` is kept as such), and the forms other tools embed in YAML:
//! docker-compose's `- KEY=value` environment items, Helm/Ansible
//! `{{ … }}` templates (references), and whole files inside block scalars
//! (a ConfigMap's `app.ini: |`, a workflow's `run: |`), which are read again
//! as the syntax they hold.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::refs::has_template;
use super::strings::{self, Escapes};
use super::{flag, lines_in, Document, ScopeKind, Seg, Syntax, Val, ValKind};
use crate::model::Quote;

/// One open container.
struct Frame {
    /// The column of its children (`None` until the first child sets it).
    indent: Option<usize>,
    /// The column of the key or dash that opened it.
    opener: usize,
    scope: u32,
    list: bool,
    items: u16,
}

/// A `key:` whose value may be the lines below: its segments, key span,
/// column and anchor.
type Pending = (Vec<Seg>, Range<usize>, usize, Option<String>);

/// What an anchor names.
#[derive(Clone)]
enum Anchored {
    Scope(u32),
    Value(Val),
}

struct Reader<'d, 'a> {
    doc: &'d mut Document<'a>,
    anchors: HashMap<String, Anchored>,
    depth: u8,
}

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32, depth: u8) {
    let mut r = Reader {
        doc,
        anchors: HashMap::default(),
        depth,
    };
    r.read(region, scope);
}

impl Reader<'_, '_> {
    fn read(&mut self, region: Range<usize>, root: u32) {
        let input = self.doc.input;
        let mut doc_scope = root;
        let mut stack: Vec<Frame> = vec![Frame {
            indent: None,
            opener: 0,
            scope: root,
            list: false,
            items: 0,
        }];
        let mut pending: Option<Pending> = None;
        let mut lines = lines_in(input, region.clone()).peekable();
        let mut documents = 0usize;
        while let Some(range) = lines.next() {
            let line = &input[range.clone()];
            let t = line.trim_start_matches([' ', '\t']);
            let indent = line.len() - t.len();
            let pos = range.start + indent;
            if t.is_empty() {
                continue;
            }
            if t.starts_with('#') {
                // A commented line deeper than a pending `key:` is its child.
                if pending.as_ref().is_some_and(|p| indent > p.2) {
                    let (segs, key, kindent, anchor) = pending.take().expect("checked");
                    let parent = stack.last().map_or(root, |f| f.scope);
                    let scope = self.doc.open(parent, segs, key.start, ScopeKind::Map);
                    if let Some(a) = anchor {
                        self.anchors.insert(a, Anchored::Scope(scope));
                    }
                    stack.push(Frame {
                        indent: None,
                        opener: kindent,
                        scope,
                        list: false,
                        items: 0,
                    });
                }
                // Otherwise it belongs to the innermost container it is inside.
                let scope = stack
                    .iter()
                    .rev()
                    .find(|f| {
                        f.indent.is_none_or(|i| indent >= i) && (indent > f.opener || f.opener == 0)
                    })
                    .map_or(root, |f| f.scope);
                self.commented(pos + 1, range.end, scope);
                continue;
            }
            if t == "---" || t.starts_with("--- ") || t == "..." {
                if t != "..." {
                    documents += 1;
                    if let Some(p) = pending.take() {
                        self.empty_entry(stack.last().map_or(root, |f| f.scope), p);
                    }
                    for f in stack.drain(..) {
                        self.doc.close(f.scope, range.start);
                    }
                    doc_scope = if documents > 1 || range.start > region.start {
                        self.doc.open(root, [], range.end, ScopeKind::Region)
                    } else {
                        root
                    };
                    stack.push(Frame {
                        indent: None,
                        opener: 0,
                        scope: doc_scope,
                        list: false,
                        items: 0,
                    });
                }
                continue;
            }
            if t.starts_with("{{") || t.starts_with("{%") {
                continue; // Helm / Jinja control lines
            }
            let is_item = t == "-" || t.starts_with("- ");
            // A pending `key:` opens a container when the next line is deeper
            // (or a sequence at the same column).
            if let Some((segs, key, kindent, anchor)) = pending.take() {
                if indent > kindent || (is_item && indent == kindent) {
                    let parent = stack.last().map_or(root, |f| f.scope);
                    let kind = if is_item {
                        ScopeKind::List
                    } else {
                        ScopeKind::Map
                    };
                    let scope = self.doc.open(parent, segs, key.start, kind);
                    if let Some(a) = anchor {
                        self.anchors.insert(a, Anchored::Scope(scope));
                    }
                    stack.push(Frame {
                        indent: Some(indent),
                        opener: kindent,
                        scope,
                        list: is_item,
                        items: 0,
                    });
                } else {
                    self.empty_entry(
                        stack.last().map_or(root, |f| f.scope),
                        (segs, key, kindent, anchor),
                    );
                }
            }
            // Close the containers this line is not inside.
            while stack.len() > 1 {
                let top = stack.last().expect("non-empty");
                let inside = match top.indent {
                    Some(i) => {
                        indent > top.opener && indent >= i || (top.list && is_item && indent == i)
                    }
                    None => indent > top.opener,
                };
                if inside {
                    break;
                }
                let f = stack.pop().expect("non-empty");
                self.doc.close(f.scope, range.start);
            }
            let top = stack.last_mut().expect("root frame");
            if top.indent.is_none() {
                top.indent = Some(indent);
            }
            // A block scalar's lines, when the line opens one.
            let mut block_end = range.end;
            let mut take_block = |opener_indent: usize| -> Option<Range<usize>> {
                let mut content: Option<Range<usize>> = None;
                while let Some(next) = lines.peek() {
                    let l = &input[next.clone()];
                    let lt = l.trim_start_matches([' ', '\t']);
                    let li = l.len() - lt.len();
                    if !lt.is_empty() && li <= opener_indent {
                        break;
                    }
                    let n = lines.next().expect("peeked");
                    if !lt.is_empty() {
                        content = Some(content.map_or(n.clone(), |c| c.start..n.end));
                    }
                }
                content
            };
            if is_item {
                // `- …` in a sequence.
                let list_scope = top.scope;
                let n = top.items;
                top.items = top.items.saturating_add(1);
                let rest_at = pos + 1 + (t.len() - 1 - t[1..].trim_start().len());
                let rest = &input[rest_at..range.end];
                if rest.is_empty() {
                    continue;
                }
                if let Some((key, colon)) = map_key(input, rest_at, range.end) {
                    // `- key: value`: an item that is a map.
                    let item =
                        self.doc
                            .open(list_scope, [Seg::arg(n as usize)], pos, ScopeKind::Map);
                    let col = rest_at - range.start;
                    stack.push(Frame {
                        indent: Some(col),
                        opener: indent,
                        scope: item,
                        list: false,
                        items: 0,
                    });
                    pending = self.pair(
                        item,
                        key,
                        colon,
                        range.end,
                        col,
                        &mut take_block,
                        &mut block_end,
                    );
                    continue;
                }
                self.item(list_scope, n, rest_at, range.end);
                continue;
            }
            let scope = top.scope;
            if let Some((key, colon)) = map_key(input, pos, range.end) {
                pending = self.pair(
                    scope,
                    key.clone(),
                    colon,
                    range.end,
                    indent,
                    &mut take_block,
                    &mut block_end,
                );
                self.name_value(scope, key, pending.is_some());
            } else if indent == 0 {
                // `MAILER_DSN=smtp://…` pasted under the YAML (the app's
                // `.env` line): an environment variable the YAML's
                // `%env(…)%` / `${…}` references can resolve to.
                self.env_line(doc_scope, pos, range.end);
            }
        }
        if let Some(p) = pending.take() {
            self.empty_entry(stack.last().map_or(root, |f| f.scope), p);
        }
        for f in stack.drain(..) {
            self.doc.close(f.scope, region.end);
        }
        let _ = doc_scope;
    }

    /// `key: value` (with the value's forms). Returns the key as pending
    /// when its value is empty (children may follow).
    #[allow(clippy::too_many_arguments)]
    fn pair(
        &mut self,
        scope: u32,
        key: Range<usize>,
        colon: usize,
        end: usize,
        indent: usize,
        take_block: &mut dyn FnMut(usize) -> Option<Range<usize>>,
        _block_end: &mut usize,
    ) -> Option<Pending> {
        let input = self.doc.input;
        let segs = key_segs(input, key.clone());
        let flags = if is_quoted_key(input, &key) {
            flag::QUOTED_KEY
        } else {
            0
        };
        let mut vstart = colon + 1;
        let bytes = input.as_bytes();
        while vstart < end && matches!(bytes[vstart], b' ' | b'\t') {
            vstart += 1;
        }
        // Anchor or tag before the value.
        let mut anchor = None;
        let mut tag_ref = false;
        loop {
            if vstart < end && bytes[vstart] == b'&' {
                let s = vstart + 1;
                let e = input[s..end].find([' ', '\t']).map_or(end, |p| s + p);
                anchor = Some(input[s..e].to_string());
                vstart = e;
            } else if vstart < end && bytes[vstart] == b'!' {
                let s = vstart;
                let e = input[s..end].find([' ', '\t']).map_or(end, |p| s + p);
                let tag = &input[s..e];
                // `!Ref`, `!Sub`, `!env`, `!vault`: the value is looked up elsewhere.
                tag_ref = !tag.starts_with("!!");
                vstart = e;
            } else {
                break;
            }
            while vstart < end && matches!(bytes[vstart], b' ' | b'\t') {
                vstart += 1;
            }
        }
        let rest = &input[vstart..end];
        let rest_nc = strip_comment(rest);
        if rest_nc.is_empty() {
            return Some((segs, key, indent, anchor));
        }
        // Merge key: `<<: *defaults`.
        if &input[key.clone()] == "<<" {
            for alias in rest_nc
                .split([',', '[', ']', ' '])
                .filter_map(|a| a.strip_prefix('*'))
            {
                if let Some(Anchored::Scope(from)) = self.anchors.get(alias).cloned() {
                    self.copy_scope(from, scope);
                }
            }
            return None;
        }
        if let Some(alias) = rest_nc.strip_prefix('*') {
            match self.anchors.get(alias.trim()).cloned() {
                Some(Anchored::Value(v)) => self.doc.push(scope, segs, key, v, Syntax::Yaml, flags),
                Some(Anchored::Scope(from)) => {
                    let to = self.doc.open(scope, segs, key.start, ScopeKind::Map);
                    self.copy_scope(from, to);
                }
                // No such anchor in the paste: text that starts with `*`
                // (a password, a glob) as the writer meant it.
                None => {
                    let v = self.scalar(vstart, end);
                    self.doc.push(scope, segs, key, v, Syntax::Yaml, flags);
                }
            }
            return None;
        }
        if rest_nc.starts_with('|') || rest_nc.starts_with('>') {
            let folded = rest_nc.starts_with('>');
            if let Some(content) = take_block(indent) {
                self.block_scalar(scope, segs, key, content, folded, flags);
            }
            return None;
        }
        if rest_nc.starts_with('[')
            && (blank_phrase(input, vstart, end) || bracket_stand_in(input, vstart, end))
        {
            let v = self.scalar(vstart, end);
            self.doc.push(scope, segs, key, v, Syntax::Yaml, flags);
            return None;
        }
        if (rest_nc.starts_with('{') && !rest_nc.starts_with("{{")) || rest_nc.starts_with('[') {
            let inner = self.doc.open(
                scope,
                segs,
                key.start,
                if rest_nc.starts_with('{') {
                    ScopeKind::Map
                } else {
                    ScopeKind::List
                },
            );
            let stop = flow_end(input, vstart, input.len());
            self.flow(inner, vstart, stop);
            self.doc.close(inner, stop);
            if let Some(a) = anchor {
                self.anchors.insert(a, Anchored::Scope(inner));
            }
            return None;
        }
        let mut v = self.scalar(vstart, end);
        if tag_ref || (v.kind == ValKind::Literal && self.names_a_secret_key(scope, &v)) {
            v.kind = ValKind::Reference;
        }
        if let Some(a) = anchor {
            self.anchors.insert(a, Anchored::Value(v.clone()));
        }
        self.embedded_line(scope, &segs, key.start, &v);
        self.doc.push(scope, segs, key, v, Syntax::Yaml, flags);
        None
    }

    /// A one-line value that is a line of another file or a command, as
    /// Ansible tasks write them: `lineinfile`'s `line: "relayhost =
    /// [smtp.example.com]:587"` (a main.cf, .env or ini line) and
    /// `command:`/`shell:`/`cmd:` (`postconf -e '…'`, `echo 'K=V' >>
    /// .env`), and a mail tool's command in any of those or a workflow's
    /// `run:` (`swaks --server …`, `curl --url smtp://…`). The line is read as that syntax below the key, as a block
    /// scalar's embedded file is; the value stays the key's too.
    fn embedded_line(&mut self, scope: u32, segs: &[Seg], at: usize, v: &Val) {
        let input = self.doc.input;
        let Some(last) = segs.last() else { return };
        let name = last.text(input);
        let shell = match name {
            "line" => false,
            "command" | "shell" | "cmd" | "run" => true,
            _ => return,
        };
        // Only a value written as it reads (no escapes decoded), so every
        // entry's span points at its text.
        if v.text != Val::VERBATIM || v.span.is_empty() || self.depth >= 3 {
            return;
        }
        let span = v.span();
        // A mail tool's command (`run: swaks --server …`, a workflow step)
        // is read whatever it holds; other lines only for their `K=V`.
        let mail_tool = shell && super::argv::is_command(&input[span.clone()]);
        if !mail_tool && (name == "run" || !input[span.clone()].contains('=')) {
            return;
        }
        let inner = self.doc.open(scope, segs.to_vec(), at, ScopeKind::Region);
        if shell {
            let f = super::env::Flavor::Shell;
            super::env::read(self.doc, span.clone(), inner, f, self.depth + 1);
        } else {
            super::keyvalue::read(self.doc, span.clone(), inner, super::keyvalue::Flavor::Ini);
        }
        self.doc.close(inner, span.end);
    }

    /// Kubernetes' `env: [{ name: SMTP_HOST, value: smtp.example.com }]`:
    /// after the item's `value:` (or `valueFrom:`, a Secret's key: a
    /// reference), the variable is read as `env.SMTP_HOST`, as a compose
    /// `environment:` list gives it. One look at the entry before.
    fn name_value(&mut self, item: u32, key: Range<usize>, opened: bool) {
        let input = self.doc.input;
        let word = &input[key.clone()];
        let from = word == "valueFrom";
        if word != "value" && !from {
            return;
        }
        let n = self.doc.entries.len();
        let back = if from || opened { 1 } else { 2 };
        let Some(name) = n.checked_sub(back).map(|i| &self.doc.entries[i]) else {
            return;
        };
        let parent = self.doc.scopes[item as usize].parent;
        let named = name.scope == item
            && self.doc.key_of(name) == "name"
            && name.value.kind == ValKind::Literal
            && self.doc.scopes[item as usize].kind == ScopeKind::Map
            && self.doc.scopes[parent as usize].kind == ScopeKind::List;
        if !named {
            return;
        }
        let var = name.value.span();
        if !super::env::is_key(&input[var.clone()]) {
            return;
        }
        let value = if from {
            self.doc
                .val(key.clone(), None, Quote::None, ValKind::Reference)
        } else if opened {
            return;
        } else {
            self.doc.entries[n - 1].value.clone()
        };
        self.doc.push(
            parent,
            [Seg::key(var.clone())],
            var,
            value,
            Syntax::Yaml,
            flag::LIST_ITEM,
        );
    }

    /// A `key:` that had neither a value nor children: an empty value.
    fn empty_entry(&mut self, scope: u32, (segs, key, _, _): Pending) {
        let end = key.end + 1;
        let v = self.doc.val(
            end.min(self.doc.input.len())..end.min(self.doc.input.len()),
            None,
            Quote::None,
            ValKind::Literal,
        );
        let flags = if is_quoted_key(self.doc.input, &key) {
            flag::QUOTED_KEY
        } else {
            0
        };
        self.doc.push(scope, segs, key, v, Syntax::Yaml, flags);
    }

    /// A sequence item that is a scalar: `- KEY=value` (compose), or a value.
    fn item(&mut self, scope: u32, n: u16, at: usize, end: usize) {
        let input = self.doc.input;
        let rest = strip_comment(&input[at..end]);
        let rend = at + rest.len();
        // docker-compose: `- KEY=value`, `- "KEY=value"`.
        let (body, quote) = match rest.as_bytes().first() {
            Some(b'"') | Some(b'\'') if rest.len() > 2 && rest.ends_with(&rest[..1]) => {
                (at + 1..rend - 1, true)
            }
            _ => (at..rend, false),
        };
        let b = &input[body.clone()];
        if let Some(eq) = b.find('=') {
            let k = &b[..eq];
            if super::env::is_key(k) {
                let key = body.start..body.start + eq;
                let vs = body.start + eq + 1;
                // `- SMTP_FROM="Boards" <boards@acme.io>`: compose takes a list
                // item's value as written, quotes and all; a quoted part
                // followed by more text is not a quoted value (nodemailer
                // reads this one as a display name and an address).
                let raw = &input[vs..body.end];
                let quoted_head = raw.starts_with(['"', '\'']) && {
                    let q = &raw[..1];
                    raw[1..]
                        .find(q)
                        .is_some_and(|j| !raw[j + 2..].trim().is_empty())
                };
                let v = if quote || quoted_head {
                    let text = &input[vs..body.end];
                    let kind = if has_template(text, true) {
                        ValKind::Reference
                    } else {
                        ValKind::Literal
                    };
                    self.doc.val(vs..body.end, None, Quote::None, kind)
                } else {
                    super::env::read_value(self.doc, vs..body.end)
                };
                // A dotted name is a path, as the same name written as a
                // map key (`xpack.notification.email.account.a.smtp.host`,
                // Elasticsearch's settings given to its image).
                self.doc.push(
                    scope,
                    key_segs(input, key.clone()),
                    key,
                    v,
                    Syntax::Yaml,
                    flag::LIST_ITEM,
                );
                return;
            }
        }
        if (rest.starts_with('{') && !rest.starts_with("{{")) || rest.starts_with('[') {
            let inner = self
                .doc
                .open(scope, [Seg::arg(n as usize)], at, ScopeKind::Map);
            let stop = flow_end(input, at, input.len());
            self.flow(inner, at, stop);
            self.doc.close(inner, stop);
            return;
        }
        let v = self.scalar(at, end);
        self.doc.push(
            scope,
            [Seg::arg(n as usize)],
            at..at,
            v,
            Syntax::Yaml,
            flag::LIST_ITEM,
        );
    }

    /// A scalar value (quoted or plain, a trailing comment cut).
    fn scalar(&mut self, at: usize, end: usize) -> Val {
        let input = self.doc.input;
        let bytes = input.as_bytes();
        if at < end && matches!(bytes[at], b'"' | b'\'') {
            let q = &input[at..at + 1];
            let esc = if q == "'" {
                Escapes::Doubled
            } else {
                Escapes::Backslash
            };
            // A quoted scalar followed by more text on its line is not one
            // (`Password: ""AbC/` is prose, a value that starts with a
            // quote): it is read as plain text below, whole.
            let closed = strings::read(input, at, 1, q, esc, true).filter(|s| {
                let line_end = input[s.after.min(end)..end]
                    .find(['\n', '\r'])
                    .map_or(end, |i| s.after + i);
                let tail = input[s.after.min(line_end)..line_end].trim_start();
                tail.is_empty() || tail.starts_with(['#', ',', ']', '}', ':'])
            });
            if let Some(s) = closed {
                let text = s.decoded.as_deref().unwrap_or(&input[s.content.clone()]);
                let quote = if q == "'" {
                    Quote::Single
                } else {
                    Quote::Double
                };
                let kind = if has_template(text, false) {
                    ValKind::Reference
                } else {
                    ValKind::Literal
                };
                return self.doc.val(s.content, s.decoded, quote, kind);
            }
        }
        let rest = strip_comment(&input[at..end]);
        let t = strings::trim(input, at..at + rest.len());
        let kind = if has_template(&input[t.clone()], true) {
            ValKind::Reference
        } else {
            ValKind::Literal
        };
        self.doc.val(t, None, Quote::None, kind)
    }

    /// Whether a value is the name of a key in a Kubernetes Secret, not the
    /// setting itself: an environment-style name (`SMTP_PWD`) in a Helm
    /// chart's `existingSecretKeys:` block (Rallly, Bitnami charts). Only
    /// such a name is checked, then the block's own key once.
    fn names_a_secret_key(&self, scope: u32, v: &crate::extract::read::Val) -> bool {
        // Most values start with a lower-case letter or a digit: one byte
        // rules them out.
        if !self
            .doc
            .input
            .as_bytes()
            .get(v.span().start)
            .is_some_and(u8::is_ascii_uppercase)
        {
            return false;
        }
        let t = self.doc.text_of(v);
        let env_name = t.len() > 2
            && t.bytes()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')
            && t.contains('_');
        env_name
            && self.doc.scope_path_rev(scope).next().is_some_and(|s| {
                let k = s.text(self.doc.input);
                k.len() >= 10 && k.as_bytes()[k.len() - 10..].eq_ignore_ascii_case(b"secretkeys")
            })
    }

    /// `key: |` and `key: >`: the text with its indentation removed; when it
    /// holds a whole file (a ConfigMap entry, a workflow script), that file
    /// is read too, below the key.
    fn block_scalar(
        &mut self,
        scope: u32,
        segs: Vec<Seg>,
        key: Range<usize>,
        content: Range<usize>,
        folded: bool,
        flags: u8,
    ) {
        let input = self.doc.input;
        let first = &input[content.clone()];
        let base = first.len() - first.trim_start_matches([' ', '\t']).len();
        let mut text = String::new();
        for (i, l) in lines_in(input, content.clone()).enumerate() {
            let line = &input[l];
            let cut = line.len().min(base);
            // Compared as bytes: a line's indentation may end inside a
            // multi-byte character (`\u{a0}`), which is not indentation.
            let body = if line.as_bytes()[..cut]
                .iter()
                .all(|b| matches!(b, b' ' | b'\t'))
            {
                &line[cut..]
            } else {
                line.trim_start()
            };
            if i > 0 {
                text.push(if folded && !body.is_empty() {
                    ' '
                } else {
                    '\n'
                });
            }
            text.push_str(body);
        }
        let start = content.start + base;
        let kind = if has_template(&text, false) {
            ValKind::Reference
        } else {
            ValKind::Literal
        };
        let one_line = !text.contains('\n');
        let v = self
            .doc
            .val(start..content.end, Some(text), Quote::Other, kind);
        let inner = self
            .doc
            .open(scope, segs.clone(), key.start, ScopeKind::Region);
        self.doc.push(scope, segs, key, v, Syntax::Yaml, flags);
        // (One line is a file only when it is a mail tool's command:
        // `run: |` then `swaks --server …`.)
        if (!one_line || super::argv::is_command(&input[start..content.end])) && self.depth < 3 {
            super::sniff::read_region(self.doc, start..content.end, inner, self.depth + 1);
        }
        self.doc.close(inner, content.end);
    }

    /// A flow collection `{…}` / `[…]` between `at` and `end`.
    fn flow(&mut self, scope: u32, at: usize, end: usize) {
        let input = self.doc.input;
        let bytes = input.as_bytes();
        let list = bytes.get(at) == Some(&b'[');
        let mut i = at + 1;
        let mut n = 0usize;
        let mut guard = 0;
        while i < end && guard < 100_000 {
            guard += 1;
            while i < end && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b',') {
                i += 1;
            }
            if i >= end || matches!(bytes[i], b'}' | b']') {
                break;
            }
            // Key (in a map) or item.
            let (key, after_key) = if list {
                (None, i)
            } else {
                match flow_key(input, i, end) {
                    Some((k, colon)) => (Some(k), colon + 1),
                    None => {
                        // Not `key: value`: skip to the next comma.
                        i = next_sep(input, i, end);
                        continue;
                    }
                }
            };
            let mut v = after_key;
            while v < end && matches!(bytes[v], b' ' | b'\t' | b'\n' | b'\r') {
                v += 1;
            }
            let segs = match &key {
                Some(k) => key_segs(input, k.clone()),
                None => vec![Seg::arg(n)],
            };
            n += 1;
            if v < end && matches!(bytes[v], b'{' | b'[') {
                let stop = flow_end(input, v, end);
                let inner = self.doc.open(
                    scope,
                    segs,
                    v,
                    if bytes[v] == b'{' {
                        ScopeKind::Map
                    } else {
                        ScopeKind::List
                    },
                );
                self.flow(inner, v, stop);
                self.doc.close(inner, stop);
                i = stop;
                continue;
            }
            let stop = next_sep(input, v, end);
            let val = self.scalar(v, stop);
            if key.is_some() {
                self.embedded_line(scope, &segs, v, &val);
            }
            let keyspan = key.clone().unwrap_or(v..v);
            self.doc.push(scope, segs, keyspan, val, Syntax::Yaml, 0);
            i = stop;
        }
    }

    /// Copies the entries of an anchored scope into `to` (merge keys and
    /// aliases): they keep their spans, which point at the anchor.
    fn copy_scope(&mut self, from: u32, to: u32) {
        if from == to {
            return;
        }
        let copied: Vec<super::Entry> = self
            .doc
            .entries
            .iter()
            .filter(|e| e.scope == from)
            .cloned()
            .collect();
        for mut e in copied.into_iter().take(4096) {
            e.scope = to;
            self.doc.entries.push(e);
        }
    }

    /// `NAME=value` with an upper-case environment name, at column 0.
    fn env_line(&mut self, scope: u32, at: usize, end: usize) {
        let t = &self.doc.input[at..end];
        let Some(eq) = t.find('=') else { return };
        let name = &t[..eq];
        let upper = name
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_');
        if !upper || !super::env::is_key(name) {
            return;
        }
        let key = at..at + eq;
        let v = super::env::read_value(self.doc, at + eq + 1..end);
        self.doc
            .push(scope, [Seg::key(key.clone())], key, v, Syntax::Env, 0);
    }

    /// `# key: value`: a commented-out setting.
    fn commented(&mut self, at: usize, end: usize, scope: u32) {
        let input = self.doc.input;
        let rest = &input[at..end];
        let t = rest.trim_start_matches(['#', ' ', '\t', '-']);
        let pos = end - t.len();
        if let Some((key, colon)) = map_key(input, pos, end) {
            let vstart = colon + 1;
            let rest_v = strip_comment(input[vstart..end].trim_start());
            if rest_v.is_empty() || rest_v.starts_with(['|', '>', '{', '[', '&', '*']) {
                return;
            }
            let v = self.scalar(end - input[vstart..end].trim_start().len(), end);
            let segs = key_segs(input, key.clone());
            self.doc
                .push(scope, segs, key, v, Syntax::Yaml, flag::COMMENTED);
        } else if let Some(eq) = t.find('=') {
            // `# - KEY=value` in a compose environment list.
            if super::env::is_key(&t[..eq]) {
                let key = pos..pos + eq;
                let v = super::env::read_value(self.doc, pos + eq + 1..end);
                self.doc.push(
                    scope,
                    [Seg::key(key.clone())],
                    key,
                    v,
                    Syntax::Yaml,
                    flag::COMMENTED | flag::LIST_ITEM,
                );
            }
        }
    }
}

/// The key of a `key: value` line starting at `at`: its span (inside quotes)
/// and the position of the colon.
fn map_key(input: &str, at: usize, end: usize) -> Option<(Range<usize>, usize)> {
    let bytes = input.as_bytes();
    if at >= end {
        return None;
    }
    if matches!(bytes[at], b'"' | b'\'') {
        let q = &input[at..at + 1];
        let s = strings::read(input, at, 1, q, Escapes::Backslash, false)?;
        let mut c = s.after;
        while c < end && matches!(bytes[c], b' ' | b'\t') {
            c += 1;
        }
        return (c < end && bytes[c] == b':').then_some((s.content, c));
    }
    let opener = matches!(
        bytes[at],
        b'-' | b'{' | b'[' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'%' | b'@' | b'`'
    );
    // (`-foo: x` is a key; `- x` is a list item.)
    if opener
        && !(bytes[at] == b'-' && bytes.get(at + 1).is_some_and(|c| c.is_ascii_alphanumeric()))
    {
        return None;
    }
    // A plain key ends at `: ` or `:` at the end of the line.
    let line = &input[at..end];
    let mut search = 0;
    // (A byte search: a char searcher's set-up cost more than these short
    // keys took to scan.)
    while let Some(p) = line.as_bytes()[search..].iter().position(|&b| b == b':') {
        let c = search + p;
        let after = line.as_bytes().get(c + 1);
        if after.is_none() || matches!(after, Some(b' ') | Some(b'\t')) {
            let key = &line[..c];
            let k = key.trim_end();
            if k.is_empty()
                || k.len() > 200
                || k.as_bytes()
                    .windows(2)
                    .any(|w| w[0] == b' ' && w[1] == b'#')
            {
                return None;
            }
            // A Ruby symbol as the key (`:smtp_address:`, as Foreman's
            // `settings.yaml` writes them): Ruby's YAML loader makes it the
            // symbol, the name without its `:`.
            let symbol = k.len() > 1 && k.as_bytes()[0] == b':' && ruby_name(&k[1..]);
            let from = at + usize::from(symbol);
            return Some((from..at + k.len(), at + c));
        }
        search = c + 1;
    }
    None
}

/// A name a Ruby symbol spells bare (`smtp_address`): a letter or `_`,
/// then letters, digits and `_`.
pub(super) fn ruby_name(t: &str) -> bool {
    let b = t.as_bytes();
    b.first()
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// `key:` inside a flow map.
fn flow_key(input: &str, at: usize, end: usize) -> Option<(Range<usize>, usize)> {
    let bytes = input.as_bytes();
    if matches!(bytes[at], b'"' | b'\'') {
        let q = &input[at..at + 1];
        let s = strings::read(input, at, 1, q, Escapes::Backslash, false)?;
        let mut c = s.after;
        while c < end && matches!(bytes[c], b' ' | b'\t') {
            c += 1;
        }
        return (c < end && bytes[c] == b':').then_some((s.content, c));
    }
    let mut i = at;
    while i < end && !matches!(bytes[i], b':' | b',' | b'}' | b']' | b'\n') {
        i += 1;
    }
    if i < end && bytes[i] == b':' {
        let k = input[at..i].trim_end();
        (!k.is_empty()).then_some((at..at + k.len(), i))
    } else {
        None
    }
}

/// Where the flow value starting at `at` ends: at the next `,`, `}` or
/// `]` outside quotes.
fn next_sep(input: &str, mut i: usize, end: usize) -> usize {
    let bytes = input.as_bytes();
    while i < end {
        match bytes[i] {
            b',' | b'}' | b']' | b'\n' => return i,
            b'"' | b'\'' => {
                let q = &input[i..i + 1];
                let esc = if q == "'" {
                    Escapes::Doubled
                } else {
                    Escapes::Backslash
                };
                match strings::read(input, i, 1, q, esc, true) {
                    Some(s) => i = s.after,
                    None => return end,
                }
            }
            _ => i += 1,
        }
    }
    end
}

/// The end of the flow collection opening at `at` (just past its closer).
/// `key: [SendGrid API Key]`: the way docs mark a value to fill in, not a
/// list: one bracketed phrase of plain words (blanks inside, no commas,
/// quotes, colons or nesting) that ends the line (`at..end` is the rest of
/// the line, `[` first).
fn blank_phrase(input: &str, at: usize, end: usize) -> bool {
    let line = input[at..end].trim_end();
    let line = match line.find(" #") {
        Some(c) => line[..c].trim_end(),
        None => line,
    };
    let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) else {
        return false;
    };
    let inner = inner.trim();
    inner.contains(' ') && !inner.contains([',', '"', '\'', ':', '[', ']', '{', '}', '#', '$'])
}

/// A documentation stand-in in brackets, not a flow sequence: text after
/// the closing bracket (`[USER]@gmail.com`, which YAML itself rejects), or
/// one upper-case name alone (`[PASSWORD]`, `[SMTP_HOST]`), as docs mark
/// what to fill in. Read as the text it is (`[` first, one line).
fn bracket_stand_in(input: &str, at: usize, end: usize) -> bool {
    let line = input[at..end].trim_end();
    let line = match line.find(" #") {
        Some(c) => line[..c].trim_end(),
        None => line,
    };
    let Some(close) = line.find(']') else {
        return false;
    };
    let inner = &line[1..close];
    let name = inner.len() >= 4
        && inner
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && inner.as_bytes()[0].is_ascii_uppercase();
    let tail = &line[close + 1..];
    name && (tail.is_empty() || !tail.starts_with([',', ']', '}', ' ']))
}

fn flow_end(input: &str, at: usize, end: usize) -> usize {
    let bytes = input.as_bytes();
    let mut depth = 0usize;
    let mut i = at;
    while i < end {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            b'"' | b'\'' => {
                let q = &input[i..i + 1];
                let esc = if q == "'" {
                    Escapes::Doubled
                } else {
                    Escapes::Backslash
                };
                match strings::read(input, i, 1, q, esc, true) {
                    Some(s) => {
                        i = s.after;
                        continue;
                    }
                    None => return input[i..end].find('\n').map_or(end, |p| i + p),
                }
            }
            b'#' if i > 0 && matches!(bytes[i - 1], b' ' | b'\t') => {
                i = input[i..end].find('\n').map_or(end, |p| i + p);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    end
}

/// A plain value without its trailing ` # comment`.
fn strip_comment(s: &str) -> &str {
    let b = s.as_bytes();
    // A quote only at the start opens a quoted part: a `#` inside it is text.
    let mut from = 0;
    if let Some(&q) = b.first().filter(|&&c| c == b'"' || c == b'\'') {
        match b[1..].iter().position(|&c| c == q) {
            Some(p) => from = p + 2,
            None => return s.trim_end(),
        }
    }
    // Then a `#` at the start or after a blank starts the comment.
    while let Some(p) = b
        .get(from..)
        .and_then(|r| r.iter().position(|&c| c == b'#'))
    {
        let i = from + p;
        if i == 0 || matches!(b[i - 1], b' ' | b'\t') {
            return s[..i].trim_end();
        }
        from = i + 1;
    }
    s.trim_end()
}

fn is_quoted_key(input: &str, key: &Range<usize>) -> bool {
    key.start > 0 && matches!(input.as_bytes()[key.start - 1], b'"' | b'\'')
}

/// Dotted keys split as in the other readers (Spring's `spring.mail.host:`).
fn key_segs(input: &str, key: Range<usize>) -> Vec<Seg> {
    let k = input.as_bytes().get(key.clone()).unwrap_or(&[]);
    // A Puppet class parameter in Hiera (`foreman::email_smtp_address`,
    // `profile::mail::relayhost`): a path of its namespaces, as the same
    // parameters written under the class's map. (Plain names only: a
    // key with `::` and anything else is one segment.)
    if k.windows(2).any(|w| w == b"::") {
        let name =
            |p: &[u8]| !p.is_empty() && p.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_');
        let text = &input[key.clone()];
        if text.split("::").all(|p| name(p.as_bytes())) {
            let mut at = key.start;
            return text
                .split("::")
                .map(|p| {
                    let seg = Seg::key(at..at + p.len());
                    at += p.len() + 2;
                    seg
                })
                .collect();
        }
    }
    super::keyvalue::key_segs(input, key)
}

#[cfg(test)]
mod tests {
    use super::super::{Document, ROOT};
    use super::*;

    fn read_yaml(input: &str) -> Vec<(String, String, bool)> {
        super::super::entries_read_by(input, |doc, r, scope| read(doc, r, scope, 0))
    }

    /// Hiera's class parameters (`foreman::email_smtp_address:`) are a
    /// path of the class's namespaces.
    #[test]
    fn a_hiera_class_parameter_is_a_path() {
        let got = read_yaml(
            "foreman::email_smtp_address: smtp.postmarkapp.com\nprofile::mail::port: 587\na::: x\n",
        );
        assert_eq!(got[0].0, "foreman.email_smtp_address");
        assert_eq!(got[1].0, "profile.mail.port");
        assert_eq!(got[2].0, "a::");
    }

    /// Ruby symbols as keys (Foreman's `settings.yaml`): the name without
    /// its `:`, nested maps too; a value that is a symbol keeps its text.
    #[test]
    fn a_symbol_key_is_its_name() {
        let got = read_yaml(":delivery_method: :smtp\n:smtp_address: smtp.postmarkapp.com\n:logging:\n  :level: info\n\":quoted:\": x\n:: y\n");
        let keys: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect();
        assert_eq!(
            keys,
            [
                ("delivery_method", ":smtp"),
                ("smtp_address", "smtp.postmarkapp.com"),
                ("logging.level", "info"),
                (":quoted:", "x"),
                (":", "y"),
            ]
        );
        assert!(ruby_name("smtp_port") && !ruby_name("1x") && !ruby_name("a-b") && !ruby_name(""));
    }

    #[test]
    fn a_bracketed_phrase_is_a_blank_not_a_list() {
        let got = read_yaml("A: [SendGrid API Key]\nB: [a, b]\nC: [one]\n");
        assert_eq!(got[0], ("A".into(), "[SendGrid API Key]".into(), false));
        assert_eq!(got[1].0, "B.#0");
        assert_eq!(got[3].0, "C.#0");
        // A docs stand-in: a name in capitals alone, or text after it.
        let got = read_yaml("user: [USER]@gmail.com\npass: [PASSWORD]\nmethods: [GET]\n");
        assert_eq!(got[0], ("user".into(), "[USER]@gmail.com".into(), false));
        assert_eq!(got[1], ("pass".into(), "[PASSWORD]".into(), false));
        assert_eq!(got[2].0, "methods.#0");
    }

    #[test]
    fn maps_lists_and_compose_items() {
        let got = read_yaml(
            "services:\n  app:\n    environment:\n      - SMTP_PORT=587\n      - \"SMTP_HOST=smtp.postmarkapp.com\"\n  worker:\n    environment:\n      SMTP_USER: tok # c\n",
        );
        assert_eq!(
            got[0],
            (
                "services.app.environment.SMTP_PORT".into(),
                "587".into(),
                false
            )
        );
        assert_eq!(got[1].0, "services.app.environment.SMTP_HOST");
        assert_eq!(got[1].1, "smtp.postmarkapp.com");
        assert_eq!(
            got[2],
            (
                "services.worker.environment.SMTP_USER".into(),
                "tok".into(),
                false
            )
        );
    }

    #[test]
    fn a_dotted_compose_item_name_is_a_path() {
        // As the same name written as a map key: one segment per part.
        for text in [
            "environment:\n  - xpack.notification.email.account.a.smtp.host=h\n",
            "environment:\n  xpack.notification.email.account.a.smtp.host: h\n",
        ] {
            let mut doc = Document::empty(text);
            read(&mut doc, 0..text.len(), ROOT, 0);
            let e = &doc.entries[0];
            assert_eq!(doc.path_rev(e).count(), 8, "{text}");
            assert_eq!(doc.text_of(&e.value), "h");
        }
    }

    #[test]
    fn list_items_that_are_maps() {
        let got = read_yaml(
            "jobs:\n  mail:\n    steps:\n      - uses: dawidd6/action-send-mail@v3\n        with:\n          server_address: smtp.postmarkapp.com\n          server_port: 587\n",
        );
        assert_eq!(got[0].0, "jobs.mail.steps.#0.uses");
        assert_eq!(got[1].0, "jobs.mail.steps.#0.with.server_address");
        assert_eq!(got[2].1, "587");
    }

    #[test]
    fn a_quote_that_does_not_end_the_value_is_text() {
        let got = read_yaml("Password: \"\"AbcdeF0/\nUser: 'x'y\nOk: \"v\" # c\n");
        let values: Vec<&str> = got.iter().map(|(_, v, _)| v.as_str()).collect();
        assert_eq!(values, ["\"\"AbcdeF0/", "'x'y", "v"]);
    }

    #[test]
    fn flow_anchors_and_block_scalars() {
        let got = read_yaml(
            "defaults: &d\n  host: smtp.postmarkapp.com\n  port: 587\nprod:\n  <<: *d\n  user: \"a\\tb\"\nsmtp: {host: 'x', auth: {user: u}}\nnote: |\n  line one\n  line two\n",
        );
        let paths: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert!(paths.contains(&"prod.host"), "{paths:?}");
        assert!(paths.contains(&"prod.port"));
        assert!(paths.contains(&"smtp.host"));
        assert!(paths.contains(&"smtp.auth.user"));
        let user = got.iter().find(|g| g.0 == "prod.user").unwrap();
        assert_eq!(user.1, "a\tb");
        let note = got.iter().find(|g| g.0 == "note").unwrap();
        assert_eq!(note.1, "line one\nline two");
    }

    #[test]
    fn documents_comments_and_templates() {
        let got = read_yaml(
            "spring:\n  mail:\n    host: a\n---\nspring:\n  mail:\n    # port: 465\n    port: {{ .Values.port }}\n",
        );
        assert_eq!(got[0].0, "spring.mail.host");
        assert_eq!(got[1], ("spring.mail.port".into(), "465".into(), true));
        assert_eq!(got[2].0, "spring.mail.port");
    }

    #[test]
    fn env_lines_under_the_yaml_are_environment_variables() {
        let got = read_yaml("framework:\n    mailer:\n        dsn: '%env(MAILER_DSN)%'\n\nMAILER_DSN=smtp://a:b@smtp.postmarkapp.com:587\nnot an=assignment\n");
        assert!(
            got.iter()
                .any(|(k, v, _)| k == "MAILER_DSN" && v == "smtp://a:b@smtp.postmarkapp.com:587"),
            "{got:?}"
        );
        assert!(!got.iter().any(|(k, _, _)| k.contains("not")), "{got:?}");
    }

    #[test]
    fn kubernetes_env_name_value_pairs_are_variables() {
        let got = read_yaml("spec:\n  containers:\n  - name: app\n    env:\n    - name: SMTP_HOST\n      value: smtp.postmarkapp.com\n    - name: SMTP_PASS\n      valueFrom:\n        secretKeyRef:\n          name: smtp\n          key: password\n");
        let find = |k: &str| {
            got.iter()
                .find(|(p, _, _)| p == k)
                .map(|(_, v, _)| v.clone())
        };
        assert_eq!(
            find("spec.containers.#0.env.SMTP_HOST").as_deref(),
            Some("smtp.postmarkapp.com"),
            "{got:?}"
        );
        assert_eq!(
            find("spec.containers.#0.env.SMTP_PASS").as_deref(),
            Some("valueFrom")
        );
        // A container's own `name:` is not a variable.
        assert!(
            !got.iter().any(|(p, _, _)| p == "spec.containers.app"),
            "{got:?}"
        );
    }

    /// Ansible tasks: `lineinfile`'s `line:` (block or flow style) is a
    /// line of the file it edits, and `command:`/`shell:` a shell line;
    /// both are read below their key. Other keys' `a = b` text is not.
    #[test]
    fn ansible_lines_and_commands_are_read() {
        let got = read_yaml(
            "- lineinfile:\n    dest: /etc/postfix/main.cf\n    line: \"relayhost = [smtp.postmarkapp.com]:587\"\n  with_items:\n    - { regexp: \"^x\", line: \"smtp_tls_security_level = encrypt\" }\n- command: postconf -e 'smtp_sasl_auth_enable = yes'\n- debug:\n    msg: \"a = b\"\n",
        );
        let kv: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect();
        assert!(
            kv.iter()
                .any(|&(k, v)| k.ends_with("line.relayhost") && v == "[smtp.postmarkapp.com]:587"),
            "{kv:?}"
        );
        assert!(
            kv.iter()
                .any(|&(k, v)| k.ends_with("line.smtp_tls_security_level") && v == "encrypt"),
            "{kv:?}"
        );
        assert!(
            kv.iter()
                .any(|&(k, v)| k.ends_with("command.smtp_sasl_auth_enable") && v == "yes"),
            "{kv:?}"
        );
        assert!(!kv.iter().any(|&(k, _)| k.ends_with(".a")), "{kv:?}");
    }

    #[test]
    fn embedded_file_is_read() {
        let got = read_yaml(
            "data:\n  app.ini: |\n    [mailer]\n    SMTP_ADDR = smtp.postmarkapp.com\n    SMTP_PORT = 587\n",
        );
        let paths: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert!(
            paths.contains(&"data.app.ini.mailer.SMTP_ADDR"),
            "{paths:?}"
        );
    }

    #[test]
    fn a_workflow_run_holding_a_mail_command_is_read() {
        let got = read_yaml(
            "steps:
  - run: curl --url smtp://smtp.example.com:587 --ssl-reqd --mail-from a@acme.io
  - run: |
      swaks --server smtp.example.com --tls
  - run: echo \"X=1\" >> $GITHUB_ENV
",
        );
        let paths: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert!(paths.iter().any(|p| p.ends_with("curl().url")), "{paths:?}");
        assert!(
            paths.iter().any(|p| p.ends_with("swaks().server")),
            "{paths:?}"
        );
        // Another command in a `run:` stays the step's value alone.
        assert!(!paths.iter().any(|p| p.ends_with(".X")), "{paths:?}");
    }
}
