//! Drawing the report: highlights behind the paste area, the status line,
//! what was understood of each configuration, the findings and the probe
//! panel. Everything comes from the `Report` and `crate::advice`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::dom::{self, add, add_text, attr, el, text};
use super::fixed;
use super::widget::Ui;
use crate::advice::{self, RunKind};
use crate::fix::Applied;
use crate::report::{ConfigSummary, Finding, Report, Severity};

/// Renders everything for `text`, its report and its corrections (`None`:
/// empty paste).
pub(super) fn all(ui: &Ui, text: &str, report: Option<&Report>, applied: Option<&Applied>) {
    backdrop(ui, text, report);
    status(ui, report);
    configs(ui, report);
    findings(ui, report);
    fixed::render(&ui.doc, &ui.fixed, text, applied);
    probe(ui, report);
}

/// Like [`all`], but leaves alone the parts whose data did not change
/// since `previous` was rendered (typing rarely changes them). The
/// corrected settings show the text itself, so they are always redrawn.
pub(super) fn update(
    ui: &Ui,
    text: &str,
    report: Option<&Report>,
    applied: Option<&Applied>,
    previous: Option<&Report>,
) {
    backdrop(ui, text, report);
    status(ui, report);
    fixed::render(&ui.doc, &ui.fixed, text, applied);
    if report.map(|r| &r.configs) != previous.map(|r| &r.configs) {
        configs(ui, report);
        probe(ui, report);
    }
    if report.map(|r| &r.findings) != previous.map(|r| &r.findings) {
        findings(ui, report);
    }
}

fn severity_class(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Error) => "sc-error",
        Some(Severity::Warning) => "sc-warning",
        Some(Severity::Info) => "sc-info",
        None => "",
    }
}

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Note",
    }
}

/// Above this size the paste is shown without the highlight layer: laying
/// out a second copy of a huge text under the text area costs the browser
/// seconds (1 MiB: about 2 s in Chromium), more than the check itself. The
/// findings are still listed, and clicking one still selects its span.
pub(super) const HIGHLIGHT_MAX_BYTES: usize = 256 * 1024;

/// The layer behind the (transparent) paste area: the same text, with the
/// finding spans underlined and invisible characters marked.
pub(super) fn backdrop(ui: &Ui, text: &str, report: Option<&Report>) {
    let doc = &ui.doc;
    // Over the size limit nothing is checked, and over HIGHLIGHT_MAX_BYTES
    // nothing is highlighted: spare the browser a second copy of a huge
    // text, and let the paste area scroll on its own.
    let plain = text.len() > HIGHLIGHT_MAX_BYTES;
    if let Some(editor) = ui.backdrop.parent_element() {
        if plain {
            attr(&editor, "data-plain", "");
        } else {
            let _ = editor.remove_attribute("data-plain");
        }
    }
    if plain {
        dom::clear(&ui.backdrop);
        dom::show(&ui.invisibles, false);
        return;
    }
    let (blocks, starts) = blocks(doc, text, 0, report, true);
    let frag = doc.create_document_fragment();
    for b in blocks {
        add(&frag, b);
    }
    dom::clear(&ui.backdrop);
    add(&ui.backdrop, frag);
    *ui.shown.borrow_mut() = Shown {
        text: text.to_string(),
        starts,
    };

    let list = advice::invisibles(text, 21);
    dom::show(&ui.invisibles, !list.is_empty());
    if !list.is_empty() {
        let mut s = String::from("Invisible characters, marked in the text: ");
        let shown: Vec<String> = list
            .iter()
            .take(20)
            .map(|(line, col, i)| format!("{} {} at line {line}, column {col}", i.code, i.name))
            .collect();
        s.push_str(&shown.join("; "));
        if list.len() > 20 {
            s.push_str("; and more.");
        } else {
            s.push('.');
        }
        ui.invisibles.set_text_content(Some(&s));
    }
}

/// Lines per block of the highlight layer: an edit redraws (and the
/// browser lays out again) only the blocks it touches, not the whole paste.
const BLOCK_LINES: usize = 64;

/// What the highlight layer shows: its text and where each block starts.
#[derive(Default)]
pub(super) struct Shown {
    text: String,
    /// Byte offset of each block's first line (the first is 0).
    starts: Vec<usize>,
}

/// The layer's blocks for `text` (which starts at byte `base` of the
/// paste): runs of `BLOCK_LINES` lines, a highlight that crosses a block
/// boundary split in two; with the byte offset in the paste where each
/// block starts. `at_end`: the last block ends the paste.
fn blocks(
    doc: &Document,
    text: &str,
    base: usize,
    report: Option<&Report>,
    at_end: bool,
) -> (Vec<Element>, Vec<usize>) {
    let empty = Report {
        version: String::new(),
        configs: vec![],
        findings: vec![],
        summary: Default::default(),
    };
    let new_block = || el(doc, "div", "sc-blk");
    let mut out = vec![new_block()];
    let mut starts = vec![base];
    let mut lines = 0;
    for run in advice::runs(text, report.unwrap_or(&empty)) {
        let sev = severity_class(run.severity);
        let mut from = run.range.start;
        let mut first = true;
        while from < run.range.end {
            // The piece up to the end of the current block, if it ends in this run.
            let mut to = run.range.end;
            let mut closes = false;
            for (i, b) in text[from..run.range.end].bytes().enumerate() {
                if b == b'\n' {
                    lines += 1;
                    if lines == BLOCK_LINES {
                        to = from + i + 1;
                        closes = true;
                        lines = 0;
                        break;
                    }
                }
            }
            let piece = &text[from..to];
            let block = out.last().expect("a block");
            let node: Option<Element> = match run.kind {
                RunKind::Text if run.severity.is_none() => None,
                RunKind::Text => Some(el(doc, "mark", &format!("sc-m {sev}"))),
                RunKind::Invisible(i) => {
                    let e = el(
                        doc,
                        "span",
                        &format!("sc-inv {} {sev}", if i.zero_width { "sc-zw" } else { "" }),
                    );
                    attr(&e, "data-mark", i.short);
                    Some(e)
                }
                RunKind::StraySpace => Some(el(doc, "span", &format!("sc-ws {sev}"))),
            };
            match node {
                None => text_node(block, doc, piece),
                Some(node) => {
                    if run.starts_span && first {
                        attr(&node, "data-start", &(base + run.range.start).to_string());
                    }
                    node.set_text_content(Some(piece));
                    add(block, node);
                }
            }
            first = false;
            from = to;
            if closes && to < text.len() {
                out.push(new_block());
                starts.push(base + to);
            }
        }
    }
    if at_end {
        // A final empty line in a text area still has a height; give the
        // layer one too.
        text_node(out.last().expect("a block"), doc, "\u{200B}");
    }
    (out, starts)
}

/// While typing in a large paste (checked after a pause): the layer takes
/// the new text at once, without highlights, redrawing only the blocks
/// the edit touched (found from the common prefix and suffix of the old
/// and new text: one pass each).
pub(super) fn backdrop_edit(ui: &Ui, text: &str) {
    let mut shown = ui.shown.borrow_mut();
    let plain = text.len() > HIGHLIGHT_MAX_BYTES;
    if plain || shown.starts.is_empty() || shown.text.len() > HIGHLIGHT_MAX_BYTES {
        drop(shown);
        return backdrop(ui, text, None);
    }
    let (old, new) = (shown.text.as_bytes(), text.as_bytes());
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    // The blocks holding the old changed range [prefix, old.len() - suffix].
    let first = shown
        .starts
        .partition_point(|&s| s <= prefix)
        .saturating_sub(1);
    let old_end = old.len() - suffix;
    let last = shown
        .starts
        .partition_point(|&s| s <= old_end)
        .saturating_sub(1);
    let seg_start = shown.starts[first];
    let seg_end_old = shown.starts.get(last + 1).copied().unwrap_or(old.len());
    let seg_end_new = seg_end_old + new.len() - old.len();
    let (Some(segment), true) = (
        text.get(seg_start..seg_end_new),
        text.is_char_boundary(seg_start),
    ) else {
        drop(shown);
        return backdrop(ui, text, None);
    };
    let children = ui.backdrop.children();
    let Some(last_el) = children.item(last as u32) else {
        drop(shown);
        return backdrop(ui, text, None);
    };
    let after = last_el.next_sibling();
    for i in (first..=last).rev() {
        if let Some(old_el) = children.item(i as u32) {
            old_el.remove();
        }
    }
    let (fresh, fresh_starts) =
        blocks(&ui.doc, segment, seg_start, None, seg_end_new == text.len());
    for b in &fresh {
        let _ = ui.backdrop.insert_before(b, after.as_ref());
    }
    // The blocks after the edit keep their text (and stay untouched in the
    // DOM); their offsets move by the edit's length.
    let mut starts: Vec<usize> = shown.starts[..first].to_vec();
    starts.extend(fresh_starts);
    starts.extend(
        shown.starts[last + 1..]
            .iter()
            .map(|s| s + new.len() - old.len()),
    );
    shown.starts = starts;
    shown.text = text.to_string();
}

fn text_node(parent: &impl AsRef<web_sys::Node>, doc: &Document, s: &str) {
    text(parent, doc, s);
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The one-line outcome, announced politely to screen readers.
fn status(ui: &Ui, report: Option<&Report>) {
    let line = match report {
        None => "Paste a configuration to check it.".to_string(),
        Some(r) => {
            let s = r.summary;
            let what = match r.configs.iter().find(|c| c.active).or(r.configs.first()) {
                Some(c) if r.configs.len() > 1 => format!(
                    " in {} configurations ({} is the one used)",
                    r.configs.len(),
                    config_title(c)
                ),
                Some(c) => format!(" in {}", config_title(c)),
                None => String::new(),
            };
            let notes = if s.infos > 0 {
                format!(" ({})", plural(s.infos, "note", "notes"))
            } else {
                String::new()
            };
            if s.errors + s.warnings == 0 {
                format!("No problems found{what}{notes}.")
            } else {
                format!(
                    "{} and {}{what}{notes}.",
                    plural(s.errors, "error", "errors"),
                    plural(s.warnings, "warning", "warnings")
                )
            }
        }
    };
    ui.status.set_text_content(Some(&line));
    attr(
        &ui.status,
        "data-outcome",
        match report {
            None => "empty",
            Some(r) if r.summary.errors > 0 => "error",
            Some(r) if r.summary.warnings > 0 => "warning",
            Some(_) => "ok",
        },
    );
}

fn security_label(s: Option<&str>) -> &'static str {
    match s {
        Some("starttls") => "STARTTLS",
        Some("implicit") => "Implicit TLS (SMTPS)",
        Some("none") => "None: sent in clear",
        Some(_) => "Other",
        None => "Not known",
    }
}

fn config_title(c: &ConfigSummary) -> String {
    match &c.label {
        Some(l) => format!("{} ({l})", c.client_name),
        None => c.client_name.clone(),
    }
}

/// What was understood, one card per configuration.
fn configs(ui: &Ui, report: Option<&Report>) {
    let doc = &ui.doc;
    dom::clear(&ui.configs);
    let Some(r) = report.filter(|r| !r.configs.is_empty()) else {
        return;
    };
    let h = add_text(&ui.configs, doc, "h2", "sc-h", "What was understood");
    attr(&h, "id", "sc-configs-title");
    let list = add(&ui.configs, el(doc, "ul", "sc-config-list"));
    attr(&list, "aria-labelledby", "sc-configs-title");
    for (i, c) in r.configs.iter().enumerate() {
        let card = add(&list, el(doc, "li", "sc-config"));
        attr(
            &card,
            "data-active",
            if c.active { "true" } else { "false" },
        );
        attr(&card, "data-client", &c.client);
        let title = add(&card, el(doc, "h3", "sc-config-title"));
        if r.configs.len() > 1 {
            text(&title, doc, &format!("{}. ", i + 1));
        }
        text(&title, doc, &config_title(c));
        add_text(
            &title,
            doc,
            "span",
            if c.active {
                "sc-badge sc-used"
            } else {
                "sc-badge"
            },
            if c.active { "used" } else { "not used" },
        );
        let s = &c.settings;
        let dl = add(&card, el(doc, "dl", "sc-settings"));
        let port = s.port.map(|p| p.to_string());
        let rows: [(&str, Option<&str>); 7] = [
            ("Host", s.host.as_deref()),
            ("Port", port.as_deref()),
            ("Security", Some(security_label(s.security.as_deref()))),
            ("Username", s.username.as_deref()),
            (
                "Password",
                Some(if s.password_present { "set" } else { "missing" }),
            ),
            ("From", s.from.as_deref()),
            ("Stream", s.stream.as_deref()),
        ];
        for (k, v) in rows {
            if k == "Stream" && v.is_none() {
                continue;
            }
            let row = add(&dl, el(doc, "div", "sc-row"));
            attr(&row, "data-key", &k.to_ascii_lowercase());
            add_text(&row, doc, "dt", "", k);
            match v {
                Some(v) => add_text(&row, doc, "dd", "", v),
                None => add_text(&row, doc, "dd", "sc-none", "not found"),
            };
        }
    }
}

/// The findings, in the report's order (errors first).
fn findings(ui: &Ui, report: Option<&Report>) {
    let doc = &ui.doc;
    dom::clear(&ui.findings);
    let Some(r) = report else { return };
    let h = add_text(
        &ui.findings,
        doc,
        "h2",
        "sc-h",
        if r.findings.is_empty() {
            "No problems found"
        } else {
            "Problems"
        },
    );
    attr(&h, "id", "sc-findings-title");
    if r.findings.is_empty() {
        return;
    }
    let list = add(&ui.findings, el(doc, "ol", "sc-finding-list"));
    attr(&list, "aria-labelledby", "sc-findings-title");
    for (i, f) in r.findings.iter().enumerate() {
        finding(doc, &list, i, f, r, ui.rules.as_deref());
    }
}

fn finding(
    doc: &Document,
    list: &Element,
    index: usize,
    f: &Finding,
    r: &Report,
    rules: Option<&str>,
) {
    let item = add(
        list,
        el(
            doc,
            "li",
            &format!("sc-finding {}", severity_class(Some(f.severity))),
        ),
    );
    attr(&item, "data-id", &f.id);
    attr(&item, "data-severity", f.severity.as_str());
    let head = match f.span {
        Some(span) => {
            let b = add(&item, el(doc, "button", "sc-jump"));
            attr(&b, "type", "button");
            attr(&b, "data-start", &span.start.to_string());
            attr(&b, "data-end", &span.end.to_string());
            b
        }
        None => add(&item, el(doc, "div", "sc-jump sc-nospan")),
    };
    add_text(&head, doc, "span", "sc-sev", severity_label(f.severity));
    add_text(&head, doc, "span", "sc-msg", &f.message);
    let meta = add(&head, el(doc, "span", "sc-meta"));
    add_text(&meta, doc, "code", "sc-id", &f.id);
    if let Some(span) = f.span {
        text(
            &meta,
            doc,
            &format!(" · line {}, column {}", span.line, span.column),
        );
    }
    if let (Some(i), true) = (f.config, r.configs.len() > 1) {
        if let Some(c) = r.configs.get(i) {
            text(&meta, doc, &format!(" · {}. {}", i + 1, config_title(c)));
        }
    }
    labelled(doc, &item, "sc-why", "Why", &f.why);
    labelled(doc, &item, "sc-fix", "Fix", &f.fix);
    if let (Some(base), Some(href)) = (rules, advice::support::rule_path(&f.id)) {
        let a = add(&item, el(doc, "a", "sc-rule"));
        attr(&a, "href", &format!("{base}{href}"));
        text(&a, doc, &format!("More about {}", f.id));
    }
    for (j, fix) in f.fixes.iter().enumerate() {
        let b = add(&item, el(doc, "button", "sc-apply"));
        attr(&b, "type", "button");
        attr(&b, "data-fix", &format!("{index}:{j}"));
        text(&b, doc, &format!("Apply: {}", fix.title));
    }
}

/// `Why: …` / `Fix: …`; multi-line text keeps its lines (corrected config lines).
fn labelled(doc: &Document, parent: &Element, class: &str, label: &str, body: &str) {
    if body.trim().is_empty() {
        return;
    }
    let p = add(parent, el(doc, "div", class));
    add_text(&p, doc, "span", "sc-k", label);
    let tag = if body.contains('\n') { "pre" } else { "p" };
    add_text(&p, doc, tag, "sc-v", body);
}

/// What the probe panel needs to know about the visitor and the embed.
pub(super) struct ProbeOptions {
    /// The visitor's system, as far as the browser says.
    pub system: Option<advice::System>,
    /// Where the downloads are (`…/download/`); `None`: none to offer.
    pub downloads: Option<String>,
}

/// The fixed part of the probe panel: how to get the probe (the visitor's
/// system first) and a menu of shells; `probe` fills in the command.
/// Returns the shell menu.
pub(super) fn probe_skeleton(
    doc: &Document,
    body: &Element,
    options: &ProbeOptions,
) -> web_sys::HtmlSelectElement {
    if let Some(base) = &options.downloads {
        let _ = body.insert_before(
            &downloads(doc, base, options.system),
            Some(&dom::one(body, "p.sc-probe-note")),
        );
    }
    let menu: web_sys::HtmlSelectElement = dom::one(body, "select.sc-shell").unchecked_into();
    let chosen = advice::Shell::default_for(options.system);
    for shell in advice::Shell::ALL {
        let option = add(&menu, el(doc, "option", ""));
        attr(&option, "value", shell.key());
        text(&option, doc, shell.label());
        if shell == chosen {
            attr(&option, "selected", "");
        }
    }
    menu
}

/// "Get smtp-probe": the download for the visitor's system first, the
/// others after it; macOS is told how to build it.
fn downloads(doc: &Document, base: &str, system: Option<advice::System>) -> Element {
    let list = advice::downloads(system);
    let get = el(doc, "div", "sc-get");
    if system == Some(advice::System::MacOs) {
        add_text(
            &get,
            doc,
            "p",
            "sc-download-note",
            advice::BUILD_FROM_SOURCE,
        );
    }
    let ul = add(&get, el(doc, "ul", "sc-downloads"));
    for (i, d) in list.iter().enumerate() {
        let li = add(&ul, el(doc, "li", ""));
        let a = add(&li, el(doc, "a", "sc-download"));
        attr(&a, "href", &format!("{base}{}", d.path));
        attr(&a, "download", "");
        let mine = i == 0 && system.is_some() && system != Some(advice::System::MacOs);
        text(
            &a,
            doc,
            &if mine {
                format!("Download smtp-probe for {} (your system)", d.label)
            } else {
                format!("smtp-probe for {}", d.label)
            },
        );
        if mine {
            add_text(&li, doc, "span", "sc-download-how", &format!(" {}", d.how));
        }
    }
    let sums = add(&get, el(doc, "p", "sc-help"));
    text(&sums, doc, "Checksums: ");
    let a = add(&sums, el(doc, "a", "sc-download"));
    attr(&a, "href", &format!("{base}SHA256SUMS"));
    text(&a, doc, "SHA256SUMS");
    get
}

pub(super) fn probe(ui: &Ui, report: Option<&Report>) {
    let doc = &ui.doc;
    let empty = Report {
        version: String::new(),
        configs: vec![],
        findings: vec![],
        summary: Default::default(),
    };
    let advice = advice::probe_advice(report.unwrap_or(&empty));
    let find = |sel: &str| {
        ui.probe
            .query_selector(sel)
            .ok()
            .flatten()
            .expect_throw("probe panel element")
    };
    let shell = advice::Shell::from_key(&ui.shell_choice.value()).unwrap_or(advice::Shell::Bash);
    find("code.sc-command").set_text_content(Some(&advice::command_for(&advice, shell)));
    let note = find(".sc-probe-note");
    dom::show(&note, advice.note.is_some());
    note.set_text_content(advice.note.as_deref());
    let manual = find("ul.sc-manual");
    dom::clear(&manual);
    for t in &advice.manual {
        let li = add(&manual, el(doc, "li", ""));
        add_text(&li, doc, "code", "sc-manual-command", &t.command);
        add_text(&li, doc, "p", "", &t.expect);
    }
}
