//! The definitions [`super::resolve`] reads, per name, made once before
//! its walk. An entry defines a name by its place ([`definition_name`]);
//! whether it is a definition depends on its value ([`definable`]), which
//! the walk may resolve (a `.env`-like `${VAR}` read as a literal becomes
//! one). Each name's entries are kept in text order, the order the walk
//! visits them in, so the walked ones are a prefix: kept as the
//! definitions above the walk's place (those definable once resolved);
//! the others are as written (an entry changes only when walked), and a
//! use with no definition above it reads the first of them below it.
//!
//! All names' entries share one array (grouped by name, counted first):
//! no allocation per name, and the walk looks no name up.

use rustc_hash::FxHashMap as HashMap;

use super::{definable, definition_name, Name};
use crate::extract::read::{Document, ValKind};

/// [`Defs::slot_of`] of an entry that defines no name.
const NONE: u32 = u32::MAX;

pub(super) struct Defs<'a> {
    /// Each name defined, with its slot.
    slots: HashMap<Name<'a>, u32>,
    /// Per entry, the slot of the name it defines ([`NONE`]: none).
    slot_of: Vec<u32>,
    /// Per slot, its part of `entries` and the walk's place in it.
    lists: Vec<List>,
    /// The entries defining each name, grouped by slot, in text order;
    /// a walked prefix compacted to the definitions among it.
    entries: Vec<u32>,
    /// Per position of `entries` not yet walked, the first position at or
    /// after it (in its slot's part) whose entry is definable as written
    /// (the part's end: none).
    next_def: Vec<u32>,
}

/// One name's part of [`Defs::entries`]: `start..above` the definitions
/// walked, `next..end` the entries not yet walked.
struct List {
    start: u32,
    above: u32,
    next: u32,
    end: u32,
}

impl<'a> Defs<'a> {
    /// The names the entries of `doc` define (`seq`: the entries in text
    /// order). Only a literal or a reference is (or becomes, resolved)
    /// definable.
    pub(super) fn of(doc: &Document, input: &'a str, seq: &[u32]) -> Defs<'a> {
        let mut slots: HashMap<Name<'a>, u32> = HashMap::default();
        let mut slot_of = vec![NONE; doc.entries.len()];
        let mut counts: Vec<u32> = Vec::new();
        for &i in seq {
            let e = &doc.entries[i as usize];
            if e.commented() || !matches!(e.value.kind, ValKind::Literal | ValKind::Reference) {
                continue;
            }
            let Some(name) = definition_name(doc, input, i as usize) else {
                continue;
            };
            let new = counts.len() as u32;
            let slot = *slots.entry(name).or_insert(new);
            if slot == new {
                counts.push(0);
            }
            counts[slot as usize] += 1;
            slot_of[i as usize] = slot;
        }
        let mut lists = Vec::with_capacity(counts.len());
        let mut at = 0u32;
        for n in counts {
            lists.push(List {
                start: at,
                above: at,
                next: at,
                end: at + n,
            });
            at += n;
        }
        // Placed in text order, `next` as the cursor (set back below).
        let mut entries = vec![0u32; at as usize];
        for &i in seq {
            if let Some(l) = lists.get_mut(slot_of[i as usize] as usize) {
                entries[l.next as usize] = i;
                l.next += 1;
            }
        }
        let mut next_def = vec![0u32; at as usize];
        for l in &mut lists {
            l.next = l.start;
            let mut first = l.end;
            for k in (l.start..l.end).rev() {
                if definable(&doc.entries[entries[k as usize] as usize]) {
                    first = k;
                }
                next_def[k as usize] = first;
            }
        }
        Defs {
            slots,
            slot_of,
            lists,
            entries,
            next_def,
        }
    }

    /// The walk has passed entry `i` (resolved): a definition above the
    /// entries after it when it is definable.
    pub(super) fn walked(&mut self, doc: &Document, i: usize) {
        let Some(l) = self.lists.get_mut(self.slot_of[i] as usize) else {
            return;
        };
        debug_assert_eq!(self.entries[l.next as usize], i as u32);
        l.next += 1;
        if definable(&doc.entries[i]) {
            self.entries[l.above as usize] = i as u32;
            l.above += 1;
        }
    }

    fn list(&self, name: &Name<'a>) -> Option<&List> {
        self.lists.get(*self.slots.get(name)? as usize)
    }

    /// The definitions of `name` the walk has passed, in text order; `None`
    /// when there is none.
    pub(super) fn above(&self, name: &Name<'a>) -> Option<&[u32]> {
        let l = self.list(name)?;
        (l.above > l.start).then(|| &self.entries[l.start as usize..l.above as usize])
    }

    /// The last definition of `name` the walk has passed.
    pub(super) fn last_above(&self, name: &Name<'a>) -> Option<u32> {
        self.above(name)?.last().copied()
    }

    /// For a name with a definition the walk has not passed (as written):
    /// the first such after the key start `at`, if any. `None` when the
    /// name has none at all.
    pub(super) fn below(&self, doc: &Document, name: &Name<'a>, at: u32) -> Option<Option<u32>> {
        let l = self.list(name)?;
        if l.next == l.end {
            return None;
        }
        let first = self.next_def[l.next as usize];
        if first == l.end {
            return None;
        }
        let rest = &self.entries[first as usize..l.end as usize];
        let k = first + rest.partition_point(|&d| doc.entries[d as usize].key.start <= at) as u32;
        Some(
            (k < l.end)
                .then(|| self.next_def[k as usize])
                .filter(|&d| d < l.end)
                .map(|d| self.entries[d as usize]),
        )
    }
}
