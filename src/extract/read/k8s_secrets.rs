//! Kubernetes: what a Deployment's container reads from a Secret or a
//! ConfigMap of the same paste.
//!
//! * `valueFrom: secretKeyRef: { name: smtp, key: password }` takes that
//!   key of the Secret `smtp` (`kind: Secret`, `metadata.name: smtp`), as
//!   any in-paste reference does ([`super::resolve`]).
//! * `envFrom: - secretRef: { name: smtp }` (and `configMapRef`) makes
//!   every key of that Secret (ConfigMap) an environment variable of the
//!   container (kubernetes.io "Configure a Pod to use a ConfigMap" /
//!   "Distribute credentials securely using Secrets", `envFrom`): those
//!   keys move into the container's `env`, so they join its configuration
//!   (and not whichever configuration happens to be written next to them).
//!   A Secret named by `envFrom` that is not in the paste is read as a
//!   `secretRef` entry beside the container's variables: the credentials
//!   come from it.
//! * A Secret's `stringData` is plain text; its `data` is base64 (decoded
//!   here); a ConfigMap's `data` is plain text.
//!
//! Linear: one pass to collect Secrets, ConfigMaps and references, then
//! one over the references.

use base64::Engine;
use rustc_hash::FxHashMap as HashMap;

use super::{flag, Document, ScopeKind, SegKind, Val, ValKind, ROOT};

/// A Secret's or ConfigMap's key: its entry, and whether it is base64.
#[derive(Clone, Copy)]
struct Key {
    entry: usize,
    base64: bool,
}

pub fn resolve(doc: &mut Document) {
    chart_items(doc);
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
    let last_seg = |scope: u32| -> &str {
        let s = &doc.scopes[scope as usize];
        doc.own_segs(s.segs).last().map_or("", |g| g.text(input))
    };
    // Per YAML document: its kind and name; its `stringData`/`data` keys.
    let mut kind: HashMap<u32, &str> = HashMap::default();
    let mut name: HashMap<u32, &str> = HashMap::default();
    let mut data: Vec<(u32, &str, Key)> = Vec::new();
    // Per `valueFrom` key (by where it starts): the Secret's name and key.
    let mut refs: HashMap<u32, (Option<&str>, Option<&str>)> = HashMap::default();
    // `envFrom` items: the container's scope, the source's name, and
    // whether it is a Secret (else a ConfigMap).
    let mut env_from: Vec<(u32, &str, bool)> = Vec::new();
    // `envFrom` Secrets: the `name` entry, its `secretRef` key's span and
    // the container's scope.
    let mut secret_refs: Vec<(usize, std::ops::Range<usize>, u32)> = Vec::new();
    // Per container scope: its `env` scope.
    let mut env_of: HashMap<u32, u32> = HashMap::default();
    // Argo CD notifications' `$email-password`: (entry, Secret key).
    let mut argo_refs: Vec<(usize, &str)> = Vec::new();
    for (i, e) in doc.entries.iter().enumerate() {
        if e.commented() {
            continue;
        }
        let sc = &doc.scopes[e.scope as usize];
        if e.scope != ROOT && last_seg(e.scope) == "env" && !env_of.contains_key(&sc.parent) {
            env_of.insert(sc.parent, e.scope);
        }
        if e.value.kind == ValKind::Reference {
            if let Some(key) = argo_key(input.get(e.value.span()).unwrap_or("")) {
                argo_refs.push((i, key));
            }
            continue;
        }
        if e.value.kind != ValKind::Literal || e.value.text != Val::VERBATIM {
            continue;
        }
        let text = &input[e.value.span()];
        let mut path = doc.path_rev(e);
        let Some(last) = path.next() else { continue };
        let last_name = last.text(input);
        let parent = path.next();
        let parent_name = parent.as_ref().map(|p| p.text(input));
        let parent_span = parent.map_or(0..0, |p| p.span.start as usize..p.span.end as usize);
        match (parent_name, last_name) {
            (None, "kind") => {
                kind.insert(document(e.scope), text);
            }
            (Some("metadata"), "name") if path.next().is_none() => {
                name.insert(document(e.scope), text);
            }
            (Some(section @ ("stringData" | "data")), key) if path.next().is_none() => {
                let base64 = section == "data";
                data.push((document(e.scope), key, Key { entry: i, base64 }));
            }
            (Some(r @ ("secretRef" | "configMapRef")), "name") => {
                // `envFrom: [ {secretRef: {name}} ]`: up to the container.
                let mut s = e.scope;
                for _ in 0..4 {
                    if s == ROOT {
                        break;
                    }
                    if last_seg(s) == "envFrom" {
                        let container = doc.scopes[s as usize].parent;
                        env_from.push((container, text, r == "secretRef"));
                        if r == "secretRef" {
                            secret_refs.push((i, parent_span.clone(), container));
                        }
                        break;
                    }
                    s = doc.scopes[s as usize].parent;
                }
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
    // A Secret read through `envFrom` that is not in the paste: its keys
    // (credentials, usually) come from outside. A `secretRef` entry naming
    // it stands beside the container's variables.
    // (The Secrets' names, made once: a paste of many Deployments stays linear.)
    let pasted: rustc_hash::FxHashSet<&str> = kind
        .iter()
        .filter(|(_, k)| **k == "Secret")
        .filter_map(|(d, _)| name.get(d).copied())
        .collect();
    for (i, key, container) in secret_refs {
        let e = &doc.entries[i];
        if pasted.contains(&input[e.value.span()]) {
            continue;
        }
        let to = env_of.get(&container).copied().unwrap_or(container);
        let v = e.value.clone();
        let seg = super::Seg::key(key.clone());
        doc.push(to, [seg], key, v, e.syntax, flag::LIST_ITEM);
    }
    if data.is_empty() || (refs.is_empty() && env_from.is_empty() && argo_refs.is_empty()) {
        return;
    }
    // Per (Secret?, name): its keys; a ConfigMap's `data` is plain text.
    let mut sources: HashMap<(bool, &str), Vec<Key>> = HashMap::default();
    for (d, _, mut key) in data.iter().copied() {
        let secret = match kind.get(&d) {
            Some(&"Secret") => true,
            Some(&"ConfigMap") => false,
            _ => continue,
        };
        let Some(&n) = name.get(&d) else { continue };
        key.base64 &= secret;
        sources.entry((secret, n)).or_default().push(key);
    }
    let secrets: HashMap<(&str, &str), Key> = data
        .iter()
        .filter(|(d, _, _)| kind.get(d) == Some(&"Secret"))
        .filter_map(|&(d, key, k)| Some(((*name.get(&d)?, key), k)))
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
        let v = value(doc, at);
        let e = &mut doc.entries[i];
        e.value = v;
        e.flags |= flag::RESOLVED;
    }
    // Argo CD notifications replace a value `$key` of their ConfigMap by
    // that key of `argocd-notifications-secret` (notifications-engine's
    // `replaceStringSecret`, the pattern `[$][\w-_]+`).
    for (i, key) in argo_refs {
        let Some(&at) = secrets.get(&(ARGO_SECRET, key)) else {
            continue;
        };
        let v = value(doc, at);
        let e = &mut doc.entries[i];
        e.value = v;
        e.flags |= flag::RESOLVED;
    }
    // `envFrom`: the source's keys move into the first container that
    // reads them, and are copied into the others.
    let mut moved: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
    // Copies are bounded by the paste's own size (many containers naming
    // one big Secret stay linear).
    let mut copies_left = doc.entries.len();
    for (container, source, secret) in env_from {
        let Some(keys) = sources.get(&(secret, source)) else {
            continue;
        };
        let to = env_of.get(&container).copied().unwrap_or(container);
        for k in keys {
            if moved.contains(&k.entry) && copies_left == 0 {
                break;
            }
            let v = value(doc, *k);
            if moved.insert(k.entry) {
                let e = &mut doc.entries[k.entry];
                e.scope = to;
                e.value = v;
            } else if copies_left > 0 {
                copies_left -= 1;
                let mut e = doc.entries[k.entry].clone();
                e.scope = to;
                e.value = v;
                doc.entries.push(e);
            }
        }
    }
}

/// Argo CD's Helm chart (argo-helm `charts/argo-cd`) writes
/// `notifications.secret.items` as the `stringData` of
/// `argocd-notifications-secret` (templates/argocd-notifications/secret.yaml):
/// with both in the values, a notifier's `$email-password` is that item, as
/// text. One pass to collect the items and the `$key` values, then one over
/// the values.
fn chart_items(doc: &mut Document) {
    let input = doc.input;
    // The `$key` references first (a test of the value's kind per entry):
    // without any, no path is walked (most pastes have none).
    let refs: Vec<(usize, &str)> = doc
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.commented() && e.value.kind == ValKind::Reference)
        .filter_map(|(i, e)| Some((i, argo_key(input.get(e.value.span()).unwrap_or(""))?)))
        .collect();
    if refs.is_empty() {
        return;
    }
    let mut items: HashMap<&str, usize> = HashMap::default();
    for (i, e) in doc.entries.iter().enumerate() {
        if e.commented() || e.value.kind != ValKind::Literal || e.value.text != Val::VERBATIM {
            continue;
        }
        let mut path = doc.path_rev(e);
        let Some(key) = path.next() else { continue };
        let under = ["items", "secret", "notifications"].iter().all(|want| {
            path.next()
                .is_some_and(|s| s.kind == SegKind::Key && s.text(input) == *want)
        });
        if under {
            items.insert(key.text(input), i);
        }
    }
    if items.is_empty() || refs.is_empty() {
        return;
    }
    for (i, key) in refs {
        let Some(&at) = items.get(key) else { continue };
        let v = doc.entries[at].value.clone();
        let e = &mut doc.entries[i];
        e.value = v;
        e.flags |= flag::RESOLVED;
    }
}

/// The Secret Argo CD notifications read their `$key` values from.
const ARGO_SECRET: &str = "argocd-notifications-secret";

/// The Secret key a whole value `$email-password` names (word characters
/// and `-`, as notifications-engine's pattern).
fn argo_key(text: &str) -> Option<&str> {
    let key = text.trim().strip_prefix('$')?;
    (!key.is_empty()
        && key
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-')))
    .then_some(key)
}

/// A Secret's or ConfigMap's value as the container sees it: a Secret's
/// `data` decoded from base64 (left as written when it is not base64 of
/// text).
fn value(doc: &mut Document, k: Key) -> Val {
    let v = doc.entries[k.entry].value.clone();
    if !k.base64 {
        return v;
    }
    let raw = doc.input.get(v.span()).unwrap_or("").trim();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(raw)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .filter(|t| !t.chars().any(|c| c.is_control() && c != '\n'));
    match decoded {
        Some(t) => doc.val(v.span(), Some(t), v.quote, ValKind::Literal),
        None => v,
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

    #[test]
    fn a_secret_key_ref_decodes_the_secrets_base64_data() {
        // `data:` holds base64 (`NWMzZ…` is the token below).
        let paste = PASTE.replace(
            "stringData:\n  username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n",
            "data:\n  username: NWMzZTFmMGEtN2IyZC00ZTlhLThjNmYtMWQyZTNmNGE1YjZj\n  password: NWMzZTFmMGEtN2IyZC00ZTlhLThjNmYtMWQyZTNmNGE1YjZj\n",
        );
        assert_ne!(paste, PASTE);
        let r = crate::lint(&paste, &crate::Options::default());
        let s = &r.configs[0].settings;
        assert_eq!(s.username.as_deref(), Some("5c3e…5b6c"), "{s:?}");
        assert!(
            !r.findings
                .iter()
                .any(|f| f.id == "input/unresolved-reference"),
            "{:?}",
            r.findings
        );
    }

    /// A Secret read through `envFrom` and not pasted holds the
    /// credentials: external, not missing.
    #[test]
    fn env_from_a_secret_not_in_the_paste_holds_the_credentials() {
        let paste = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: acme/app\n          envFrom:\n            - secretRef:\n                name: smtp\n          env:\n            - name: SMTP_HOST\n              value: smtp.postmarkapp.com\n            - name: SMTP_PORT\n              value: \"587\"\n";
        let r = crate::lint(paste, &crate::Options::default());
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(ids.contains(&"auth/external-credentials"), "{ids:?}");
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
        // A variable the container's `env` sets wins over the Secret's.
        let with_password = paste.replace(
            "            - name: SMTP_PORT\n",
            "            - name: SMTP_PASSWORD\n              value: changeme\n            - name: SMTP_PORT\n",
        );
        let r = crate::lint(&with_password, &crate::Options::default());
        assert!(r.configs[0].settings.password_present, "{:?}", r.configs);
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(ids.contains(&"auth/placeholder"), "{ids:?}");
    }

    #[test]
    fn env_from_joins_the_secrets_keys_to_its_container() {
        // The worker is written first, next to nothing; the app reads the
        // ConfigMap and the Secret through `envFrom`.
        let worker = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: acme/worker\n          env:\n            - name: SMTP_HOST\n              value: smtp.sendgrid.net\n";
        let app = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: acme/app\n          envFrom:\n            - configMapRef:\n                name: app-config\n            - secretRef:\n                name: mail\n          env:\n            - name: SMTP_FROM\n              value: app@acme.io\n";
        let secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mail\ntype: Opaque\ndata:\n  SMTP_USERNAME: NWMzZTFmMGEtN2IyZC00ZTlhLThjNmYtMWQyZTNmNGE1YjZj\n  SMTP_PASSWORD: NWMzZTFmMGEtN2IyZC00ZTlhLThjNmYtMWQyZTNmNGE1YjZj\n";
        let map = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  SMTP_HOST: smtp.postmarkapp.com\n  SMTP_PORT: \"587\"\n";
        for order in [
            [worker, app, secret, map],
            [secret, map, app, worker],
            [map, worker, secret, app],
        ] {
            let paste = order.join("---\n");
            let r = crate::lint(&paste, &crate::Options::default());
            let app = r
                .configs
                .iter()
                .find(|c| c.settings.host.as_deref() == Some("smtp.postmarkapp.com"))
                .expect("the app's configuration");
            assert_eq!(app.settings.port, Some(587), "{paste}");
            assert_eq!(
                app.settings.username.as_deref(),
                Some("5c3e…5b6c"),
                "{paste}"
            );
            assert!(app.settings.password_present);
            let worker = r
                .configs
                .iter()
                .find(|c| c.settings.host.as_deref() == Some("smtp.sendgrid.net"))
                .expect("the worker's configuration");
            assert!(worker.settings.username.is_none(), "{paste}");
            assert!(!worker.settings.password_present, "{paste}");
        }
        // A Secret no container names stays where it is.
        let r = crate::lint(&[worker, secret].join("---\n"), &crate::Options::default());
        assert!(!r.configs.is_empty());
    }
}
