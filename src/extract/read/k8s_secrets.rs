//! Kubernetes: an environment variable read from a Secret of the same
//! paste (`valueFrom: secretKeyRef: { name: smtp, key: password }` in a
//! Deployment, and `kind: Secret` `metadata.name: smtp` with
//! `stringData: { password: … }`) takes the Secret's literal, as any
//! in-paste reference does ([`super::resolve`]). Only `stringData` (plain
//! text) is read; `data` holds base64.
//!
//! Two linear passes: the Secrets' keys and the references' targets, then
//! the references.

use rustc_hash::FxHashMap as HashMap;

use super::{flag, Document, ScopeKind, SegKind, Val, ValKind, ROOT};

pub fn resolve(doc: &mut Document) {
    if doc.container != Some(super::sniff::Container::Kubernetes) {
        return;
    }
    let input = doc.input;
    // Each scope's YAML document (a `---` region, or the root).
    let mut doc_of: Vec<u32> = Vec::with_capacity(doc.scopes.len());
    for (i, s) in doc.scopes.iter().enumerate() {
        let own = i as u32 == ROOT || s.kind == ScopeKind::Region;
        let d = if own {
            i as u32
        } else {
            doc_of.get(s.parent as usize).copied().unwrap_or(ROOT)
        };
        doc_of.push(d);
    }
    let document = |scope: u32| doc_of.get(scope as usize).copied().unwrap_or(ROOT);
    // Per YAML document: its kind and name; its `stringData` keys.
    let mut kind: HashMap<u32, &str> = HashMap::default();
    let mut name: HashMap<u32, &str> = HashMap::default();
    let mut data: Vec<(u32, &str, usize)> = Vec::new();
    // Per `valueFrom` key (by where it starts): the Secret's name and key.
    let mut refs: HashMap<u32, (Option<&str>, Option<&str>)> = HashMap::default();
    for (i, e) in doc.entries.iter().enumerate() {
        if e.commented() || e.value.kind != ValKind::Literal || e.value.text != Val::VERBATIM {
            continue;
        }
        let text = &input[e.value.span()];
        let mut path = doc.path_rev(e);
        let Some(last) = path.next() else { continue };
        let last_name = last.text(input);
        let parent = path.next();
        let parent_name = parent.as_ref().map(|p| p.text(input));
        match (parent_name, last_name) {
            (None, "kind") => {
                kind.insert(document(e.scope), text);
            }
            (Some("metadata"), "name") if path.next().is_none() => {
                name.insert(document(e.scope), text);
            }
            (Some("stringData"), key) if path.next().is_none() => {
                data.push((document(e.scope), key, i));
            }
            (Some("secretKeyRef"), "name" | "key") => {
                let Some(from) = path
                    .next()
                    .filter(|s| s.kind == SegKind::Key && s.text(input) == "valueFrom")
                else {
                    continue;
                };
                let r = refs.entry(from.span.start).or_default();
                if last_name == "name" {
                    r.0 = Some(text);
                } else {
                    r.1 = Some(text);
                }
            }
            _ => {}
        }
    }
    if refs.is_empty() || data.is_empty() {
        return;
    }
    let secrets: HashMap<(&str, &str), usize> = data
        .into_iter()
        .filter(|(d, _, _)| kind.get(d) == Some(&"Secret"))
        .filter_map(|(d, key, i)| Some(((*name.get(&d)?, key), i)))
        .collect();
    for i in 0..doc.entries.len() {
        let e = &doc.entries[i];
        if e.value.kind != ValKind::Reference || e.value.text != Val::VERBATIM {
            continue;
        }
        let Some((Some(secret), Some(key))) = refs.get(&e.value.span.start) else {
            continue;
        };
        if &input[e.value.span()] != "valueFrom" {
            continue;
        }
        let Some(&at) = secrets.get(&(*secret, *key)) else {
            continue;
        };
        let v = doc.entries[at].value.clone();
        let e = &mut doc.entries[i];
        e.value = v;
        e.flags |= flag::RESOLVED;
    }
}

#[cfg(test)]
mod tests {
    const PASTE: &str = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-credentials\ntype: Opaque\nstringData:\n  username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: acme/app\n          env:\n            - name: SMTP_HOST\n              value: smtp.postmarkapp.com\n            - name: SMTP_PORT\n              value: \"587\"\n            - name: SMTP_USERNAME\n              valueFrom:\n                secretKeyRef:\n                  name: smtp-credentials\n                  key: username\n            - name: SMTP_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: smtp-credentials\n                  key: password\n";

    #[test]
    fn a_secret_key_ref_takes_the_secrets_value() {
        let r = crate::lint(PASTE, &crate::Options::default());
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.username.as_deref(), Some("5c3e…5b6c"), "{s:?}");
        assert!(s.password_present);
        assert!(
            !r.findings
                .iter()
                .any(|f| f.id == "input/unresolved-reference"),
            "{:?}",
            r.findings
        );
        // Another Secret's name, or a key it does not hold: still a reference.
        for (from, to) in [
            (
                "name: smtp-credentials\n                  key: username",
                "name: other\n                  key: username",
            ),
            ("key: password\n", "key: pass\n"),
        ] {
            let r = crate::lint(&PASTE.replace(from, to), &crate::Options::default());
            assert!(
                r.findings
                    .iter()
                    .any(|f| f.id == "input/unresolved-reference"),
                "{to}: {:?}",
                r.findings
            );
        }
    }
}
