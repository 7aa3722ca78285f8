//! The "Corrected settings" panel: the paste with its fixes applied, as a
//! line diff against the paste, the fixes applied and left out, a toggle for
//! the fixes to confirm, Copy and "Apply to the paste".
//!
//! The corrected text is `crate::fix::fix_text`'s (the same text
//! `smtp-probe lint --fix` prints); the diff is `crate::advice::diff`.
//! The user's text reaches the page through text nodes only.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

use super::dom::{self, add, add_text, attr, el};
use crate::advice::{self, LineKind, Shown};
use crate::fix::Applied;
use crate::report::Applicability;

/// Unchanged lines shown around each change.
const CONTEXT: usize = 3;

/// The panel's elements.
pub(super) struct FixedUi {
    pub section: Element,
    pub toggle: HtmlInputElement,
    pub copy: Element,
    pub apply: Element,
    body: Element,
}

/// The panel's elements in `shell` (built from `widget::SKELETON`, hidden
/// until there is something to correct).
pub(super) fn find(shell: &Element) -> FixedUi {
    FixedUi {
        section: dom::one(shell, "section.sc-fixed"),
        toggle: dom::one(shell, "input.sc-unsafe").unchecked_into(),
        copy: dom::one(shell, "button.sc-copy-fixed"),
        apply: dom::one(shell, "button.sc-apply-all"),
        body: dom::one(shell, "div.sc-fixed-body"),
    }
}

/// Draws the panel for `text` and its corrections (`None`: empty paste).
/// Hidden when no finding has a fix.
pub(super) fn render(doc: &Document, ui: &FixedUi, text: &str, applied: Option<&Applied>) {
    dom::clear(&ui.body);
    let Some(a) = applied.filter(|a| !a.applied.is_empty() || !a.skipped.is_empty()) else {
        dom::show(&ui.section, false);
        return;
    };
    dom::show(&ui.section, true);
    let changed = a.text != text;
    for b in [&ui.copy, &ui.apply] {
        if changed {
            let _ = b.remove_attribute("disabled");
        } else {
            attr(b, "disabled", "");
        }
    }
    let summary = if changed {
        format!(
            "{} applied{}.",
            count(a.applied.len(), "fix", "fixes"),
            if a.skipped.is_empty() {
                String::new()
            } else {
                format!(", {} not applied", a.skipped.len())
            }
        )
    } else {
        "Nothing to correct automatically yet: see the fixes not applied below.".to_string()
    };
    add_text(&ui.body, doc, "p", "sc-fixed-status", &summary);
    if changed {
        diff(doc, &ui.body, text, &a.text);
    }
    if !a.applied.is_empty() {
        add_text(&ui.body, doc, "h3", "sc-h3", "Fixes applied");
        let list = add(&ui.body, el(doc, "ul", "sc-fix-list sc-fixes-applied"));
        for u in &a.applied {
            let li = add(&list, el(doc, "li", ""));
            attr(&li, "data-id", &u.id);
            add_text(&li, doc, "span", "sc-fix-title", &u.title);
            if u.applicability == Applicability::Unsafe {
                add_text(&li, doc, "span", "sc-badge", "confirmed");
            }
            add_text(&li, doc, "code", "sc-id", &u.id);
        }
    }
    if !a.skipped.is_empty() {
        add_text(&ui.body, doc, "h3", "sc-h3", "Not applied");
        let list = add(&ui.body, el(doc, "ul", "sc-fix-list sc-fixes-skipped"));
        for s in &a.skipped {
            let li = add(&list, el(doc, "li", ""));
            attr(&li, "data-id", &s.id);
            attr(&li, "data-reason", &s.reason);
            add_text(&li, doc, "span", "sc-fix-title", &s.title);
            add_text(
                &li,
                doc,
                "span",
                "sc-fix-reason",
                advice::fixes::not_applied_reason(&s.reason),
            );
            add_text(&li, doc, "code", "sc-id", &s.id);
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The most diff rows drawn.
const MAX_DIFF_ROWS: usize = 400;

/// The changed lines with some context, one element per line.
fn diff(doc: &Document, parent: &Element, before: &str, after: &str) {
    let lines = advice::line_diff(before, after);
    let frag = doc.create_document_fragment();
    let mut rows = 0;
    let mut shown_lines = advice::with_context(&lines, CONTEXT).into_iter();
    for shown in shown_lines.by_ref() {
        // A huge paste with a fix in every block would draw tens of
        // thousands of rows (seconds of layout): show the first ones.
        rows += 1;
        if rows > MAX_DIFF_ROWS {
            break;
        }
        let line = match shown {
            Shown::Line(i) => lines[i],
            Shown::Skipped(n) => {
                let row = add_text(
                    &frag,
                    doc,
                    "div",
                    "sc-dl sc-dl-skip",
                    &format!("\u{2026} {} unchanged", count(n, "line", "lines")),
                );
                attr(&row, "data-kind", "skip");
                continue;
            }
        };
        let (kind, mark, said) = match line.kind {
            LineKind::Same => ("same", " ", ""),
            LineKind::Removed => ("del", "\u{2212}", "Removed: "),
            LineKind::Added => ("add", "+", "Added: "),
        };
        let row = add(&frag, el(doc, "div", "sc-dl"));
        attr(&row, "data-kind", kind);
        let gutter = add_text(&row, doc, "span", "sc-gutter", mark);
        attr(&gutter, "aria-hidden", "true");
        if !said.is_empty() {
            add_text(&row, doc, "span", "sc-sr", said);
        }
        add_text(&row, doc, "span", "sc-dl-text", line.text);
    }
    let more = shown_lines
        .filter(|s| matches!(s, Shown::Line(i) if lines[*i].kind != LineKind::Same))
        .count();
    if more > 0 {
        let row = add_text(
            &frag,
            doc,
            "div",
            "sc-dl sc-dl-skip",
            &format!(
                "\u{2026} and {} more: copy the corrected text or apply it to see every change",
                count(more, "changed line", "changed lines")
            ),
        );
        attr(&row, "data-kind", "more");
    }
    let box_ = add(parent, el(doc, "div", "sc-diff"));
    attr(&box_, "role", "group");
    attr(&box_, "aria-label", "Changes to your paste");
    add(&box_, frag);
}
