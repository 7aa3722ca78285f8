//! Shared extraction for table-driven dialects: map keys to roles, then
//! group the fields into configurations.
//!
//! Grouping: fields nest under the object/section that holds the host
//! (`createTransport` › `auth` joins `createTransport`); a second host in
//! the same place starts a new configuration (a later block overrides an
//! earlier one where the client reads the file top to bottom).

use std::ops::Range;

use super::code::Assign;
use super::lines::Entry;
use super::{Dialect, Document};
use crate::model::{Config, Field, KeyUse, Role, Value};

/// Key → role, for one dialect.
pub struct KeyTable {
    pub keys: &'static [(&'static str, Role)],
    /// Env variables and PHP properties are case-sensitive; labels are not.
    pub case_sensitive: bool,
}

impl KeyTable {
    pub fn role(&self, key: &str) -> Option<Role> {
        self.keys
            .iter()
            .find(|(k, _)| {
                if self.case_sensitive {
                    *k == key
                } else {
                    k.eq_ignore_ascii_case(key)
                }
            })
            .map(|(_, r)| *r)
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.keys.iter().map(|(k, _)| *k).collect()
    }

    /// The table's keys plus keys the client reads that carry nothing we
    /// check: everything `Dialect::known_keys` should list.
    pub fn names_with(&self, others: &[&'static str]) -> Vec<&'static str> {
        let mut names = self.names();
        names.extend_from_slice(others);
        names
    }

    /// How many distinct known keys the document uses (for `detect`).
    pub fn hits<'a>(&self, keys: impl Iterator<Item = &'a str>) -> u32 {
        let mut seen: Vec<&'static str> = Vec::new();
        for key in keys {
            if let Some((k, _)) = self.keys.iter().find(|(k, _)| {
                if self.case_sensitive {
                    *k == key
                } else {
                    k.eq_ignore_ascii_case(key)
                }
            }) {
                if !seen.contains(k) {
                    seen.push(k);
                }
            }
        }
        seen.len() as u32
    }
}

/// One candidate field before grouping.
pub struct Item {
    pub field: Option<Field>,
    pub unknown: Option<KeyUse>,
    pub path: Vec<String>,
    pub at: usize,
}

/// Extracts from the line scanner's entries that `accept` keeps.
/// `role_of` maps (key, path) to a role; the table is the usual choice.
pub fn extract_lines(
    dialect: &'static dyn Dialect,
    doc: &Document,
    accept: impl Fn(&Entry) -> bool,
    role_of: impl Fn(&str, &[String]) -> Option<Role>,
) -> Vec<Config> {
    let items = doc
        .active_lines()
        .filter(|e| accept(e))
        .map(|e| item(&e.key, e.key_span.clone(), &e.value, &e.path, &role_of))
        .collect();
    group(dialect, items)
}

/// Extracts from the code scanner's assignments that `accept` keeps.
pub fn extract_code(
    dialect: &'static dyn Dialect,
    doc: &Document,
    accept: impl Fn(&Assign) -> bool,
    role_of: impl Fn(&str, &[String]) -> Option<Role>,
) -> Vec<Config> {
    let items = doc
        .code
        .iter()
        .filter(|a| accept(a))
        .map(|a| {
            let mut it = item(&a.name, a.key_span.clone(), &a.value, &a.path, &role_of);
            if let Some(f) = &mut it.field {
                f.key = a.key.clone();
            }
            it
        })
        .collect();
    group(dialect, items)
}

fn item(
    key: &str,
    key_span: Range<usize>,
    value: &Value,
    path: &[String],
    role_of: &impl Fn(&str, &[String]) -> Option<Role>,
) -> Item {
    let at = key_span.start;
    match role_of(key, path) {
        Some(role) => Item {
            field: Some(Field {
                role,
                key: key.to_string(),
                key_span,
                value: value.clone(),
            }),
            unknown: None,
            path: path.to_vec(),
            at,
        },
        None => Item {
            field: None,
            unknown: Some(KeyUse {
                key: key.to_string(),
                span: key_span,
            }),
            path: path.to_vec(),
            at,
        },
    }
}

/// Groups items into configurations (see the module docs).
pub fn group(dialect: &'static dyn Dialect, mut items: Vec<Item>) -> Vec<Config> {
    items.sort_by_key(|i| i.at);
    let fields: Vec<&Item> = items.iter().filter(|i| i.field.is_some()).collect();
    if fields.is_empty() {
        return Vec::new();
    }
    // Roots: the paths that hold a host (or, failing that, a port).
    let role_paths = |role: Role| -> Vec<Vec<String>> {
        let mut v: Vec<Vec<String>> = Vec::new();
        for i in &fields {
            if i.field.as_ref().is_some_and(|f| f.role == role) && !v.contains(&i.path) {
                v.push(i.path.clone());
            }
        }
        v
    };
    let mut roots = role_paths(Role::Host);
    if roots.is_empty() {
        roots = role_paths(Role::Port);
    }
    if roots.is_empty() {
        let shortest = fields
            .iter()
            .map(|i| i.path.clone())
            .min_by_key(|p| p.len())
            .unwrap_or_default();
        roots.push(shortest);
    }
    // Each item joins the root that is the longest prefix of its path;
    // items under no root join the nearest root that precedes them.
    let root_of = |path: &[String]| -> Option<usize> {
        roots
            .iter()
            .enumerate()
            .filter(|(_, r)| path.starts_with(r))
            .max_by_key(|(_, r)| r.len())
            .map(|(i, _)| i)
    };
    // groups[root] = list of configs (split at repeated hosts)
    let mut groups: Vec<Vec<Config>> = roots.iter().map(|_| Vec::new()).collect();
    let mut last_root = 0;
    for it in &items {
        let root = match root_of(&it.path) {
            Some(r) => r,
            None if it.field.is_some() => last_root,
            None => continue,
        };
        last_root = root;
        let list = &mut groups[root];
        if let Some(f) = &it.field {
            let starts_new = list.is_empty()
                || (f.role == Role::Host
                    && list.last().is_some_and(|c| c.get(Role::Host).is_some()));
            if starts_new {
                let mut c = Config::new(dialect, f.whole_span());
                let path = &roots[root];
                if roots.len() > 1 && !path.is_empty() {
                    c.label = Some(path.join(" › "));
                }
                list.push(c);
            }
            let c = list.last_mut().expect("pushed above");
            c.span = c.span.start.min(f.whole_span().start)..c.span.end.max(f.whole_span().end);
            c.push(f.clone());
        } else if let (Some(u), Some(c)) = (&it.unknown, list.last_mut()) {
            c.unknown_keys.push(u.clone());
        }
    }
    let mut out = Vec::new();
    for mut list in groups {
        // The client reads top to bottom: later blocks override earlier ones.
        let n = list.len();
        for (i, c) in list.iter_mut().enumerate() {
            let used = if dialect.first_wins() { 0 } else { n - 1 };
            c.active = i == used;
            if n > 1 && c.label.is_none() {
                c.label = Some(format!("block {} of {}", i + 1, n));
            }
        }
        out.append(&mut list);
    }
    out
}
