//! Code statements grouped by the object they configure.
//!
//! Flat code (a script, a function body) configures a client object through
//! statements on its variable: `$mail->isSMTP(); $mail->Host = …`. A paste
//! with two such objects (`$mail` and `$mail2`, or `$mail = new PHPMailer`
//! made a second time) holds two configurations, each with its own
//! statements, whatever their order: `$mail2->isSMTP()` written before
//! `$mail2->Host` belongs to `$mail2`, not to the configuration above it.
//! An object is a variable (the first segment of a statement's key) between
//! two assignments of a new value to it (`new PHPMailer()`, a factory call).
//! Only pastes where at least two objects carry a host (or URL) are grouped
//! this way; any other paste keeps the grouping by position.

use rustc_hash::FxHashMap as HashMap;

use super::{flat, Item};
use crate::extract::read::{Document, SegKind};
use crate::model::Role;

/// The object of each item (by index in position order), and the objects' names.
pub(super) struct Objects {
    pub of: Vec<Option<u32>>,
    pub names: Vec<String>,
}

/// The variable a flat code statement is made on (`$mail` in `$mail->Host`).
fn variable<'d>(doc: &Document<'d>, it: &Item) -> Option<&'d str> {
    let e = doc.entries.get(it.entry as usize)?;
    if !e.syntax.is_code() || !flat(doc, it.scope) {
        return None;
    }
    let segs = doc.own_segs(e.segs);
    match segs {
        [first, _, ..] if first.kind == SegKind::Key => {
            Some(first.text(doc.input)).filter(|t| !t.is_empty())
        }
        _ => None,
    }
}

/// The objects of items sorted by position, or `None` where fewer than two
/// objects carry a host or URL (the paste is grouped by position).
pub(super) fn objects(doc: &Document, items: &[Item]) -> Option<Objects> {
    let anchor = |it: &Item| matches!(it.field_role, Role::Host | Role::Url);
    let vars: Vec<Option<&str>> = items.iter().map(|it| variable(doc, it)).collect();
    let anchored = items
        .iter()
        .zip(&vars)
        .filter(|(it, v)| anchor(it) && v.is_some())
        .count();
    if anchored < 2 {
        return None;
    }
    // Where each anchored variable is given a new object, in position order
    // (one pass over the entries: a variable alone as the key, and a value
    // that makes something).
    let mut made: HashMap<&str, Vec<usize>> = HashMap::default();
    for (it, v) in items.iter().zip(&vars) {
        if let (true, Some(v)) = (anchor(it), v) {
            made.entry(v).or_default();
        }
    }
    for e in doc.active() {
        let segs = doc.own_segs(e.segs);
        if !e.syntax.is_code() || segs.len() != 1 || segs[0].kind != SegKind::Key {
            continue;
        }
        let Some(at) = made.get_mut(segs[0].text(doc.input)) else {
            continue;
        };
        let v = doc.text_of(&e.value).trim_start();
        if v.starts_with("new ") || v.contains('(') {
            at.push(e.key.start as usize);
        }
    }
    // An object: (variable, how many assignments precede the statement).
    let mut ids: HashMap<(&str, usize), u32> = HashMap::default();
    let mut names = Vec::new();
    let mut of = Vec::with_capacity(items.len());
    for (it, v) in items.iter().zip(&vars) {
        let id = v.and_then(|v| {
            let at = made.get(v)?;
            let gen = at.partition_point(|p| *p <= it.at);
            Some(*ids.entry((v, gen)).or_insert_with(|| {
                names.push(v.to_string());
                names.len() as u32 - 1
            }))
        });
        of.push(id);
    }
    // Objects that carry no host join the configuration above them, as
    // any other statement (a message's `$msg->From`).
    let mut hosted = vec![false; names.len()];
    for (it, id) in items.iter().zip(&of) {
        if let (true, Some(id)) = (anchor(it), id) {
            hosted[*id as usize] = true;
        }
    }
    if hosted.iter().filter(|h| **h).count() < 2 {
        return None;
    }
    for id in of.iter_mut() {
        if id.is_some_and(|i| !hosted[i as usize]) {
            *id = None;
        }
    }
    Some(Objects { of, names })
}

/// Objects side by side are each used (the last configuration of each
/// object, or its first where the client reads the first), and are named
/// by their variables.
pub(super) fn label(
    list: &mut [super::Proto],
    objs: &Objects,
    root: Option<&str>,
    first_wins: bool,
) {
    let mut per_object: HashMap<u32, (usize, usize)> = HashMap::default();
    for c in list.iter().filter(|c| !c.items.is_empty()) {
        if let Some(o) = c.object {
            per_object.entry(o).or_default().1 += 1;
        }
    }
    if per_object.len() < 2 {
        return;
    }
    for c in list.iter_mut().filter(|c| !c.items.is_empty()) {
        let Some(o) = c.object else { continue };
        let Some((seen, n)) = per_object.get_mut(&o) else {
            continue;
        };
        *seen += 1;
        c.active = if first_wins { *seen == 1 } else { *seen == *n };
        let name = objs.names.get(o as usize).map_or("", String::as_str);
        // A variable given a new object: which one.
        let same = |i: usize| objs.names.get(i).is_some_and(|x| x == name);
        let nth = (0..o as usize).filter(|i| same(*i)).count() + 1;
        let of = (0..objs.names.len()).filter(|i| same(*i)).count();
        let name = if of > 1 {
            format!("{name}, object {nth} of {of}")
        } else {
            name.to_string()
        };
        let block = if *n > 1 {
            format!("{name}, block {seen} of {n}")
        } else {
            name
        };
        c.label = Some(match root {
            Some(r) => format!("{r} › {block}"),
            None => block,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{lint, Options};

    fn configs(src: &str) -> Vec<crate::report::ConfigSummary> {
        lint(src, &Options::default()).configs
    }

    const FIRST: &str = "<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 587;\n$mail->setFrom('a@acme.io');\n";

    #[test]
    fn two_objects_are_two_configurations_each_with_its_statements() {
        // `$mail2->isSMTP()` and `SMTPSecure` come before its host: still its own.
        let src = format!("{FIRST}$mail2 = new PHPMailer(true);\n$mail2->isSMTP();\n$mail2->SMTPSecure = 'ssl';\n$mail2->Host = 'smtp.gmail.com';\n$mail2->Port = 465;\n");
        let r = lint(&src, &Options::default());
        assert_eq!(r.configs.len(), 2, "{:?}", r.configs);
        assert!(r.configs.iter().all(|c| c.active), "{:?}", r.configs);
        assert_eq!(r.configs[0].settings.security.as_deref(), Some("starttls"));
        assert_eq!(r.configs[1].settings.security.as_deref(), Some("implicit"));
        assert_eq!(r.configs[1].label.as_deref(), Some("$mail2"));
        assert!(
            !r.findings.iter().any(|f| f.id == "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
    }

    #[test]
    fn a_variable_given_a_new_object_starts_a_configuration() {
        let src = format!("{FIRST}$mail = new PHPMailer;\n$mail->isSMTP();\n$mail->Port = 465;\n$mail->Host = 'smtp.gmail.com';\n");
        let c = configs(&src);
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].settings.port, Some(587));
        assert_eq!(c[1].settings.port, Some(465));
        assert!(c.iter().all(|c| c.active));
        assert_eq!(c[1].label.as_deref(), Some("$mail, object 2 of 2"));
    }

    #[test]
    fn one_object_with_two_hosts_keeps_the_later_one() {
        let src = format!("{FIRST}$mail->Host = 'smtp.gmail.com';\n");
        let c = configs(&src);
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(!c[0].active && c[1].active);
        // Another variable without a host (a message) joins the configuration above.
        let src = format!("{FIRST}$msg->From = 'b@acme.io';\n$mail2 = new PHPMailer;\n$mail2->Host = 'smtp.gmail.com';\n$mail2->isSMTP();\n");
        let c = configs(&src);
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[1].settings.host.as_deref(), Some("smtp.gmail.com"));
    }
}
