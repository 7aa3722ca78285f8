//! One mounted checker: its elements, its state and its event handlers.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement, Node};

use super::dom::{self, add, attr, el};
use super::fixed::{self, FixedUi};
use super::render;
use crate::advice::{self, EXAMPLES};
use crate::fix::{fix_text, Applied};
use crate::report::Report;
use crate::Options;

/// Pastes larger than this are checked after a short pause in typing
/// instead of on every keystroke (below it a check takes well under a frame).
const DEBOUNCE_BYTES: usize = 32 * 1024;
const DEBOUNCE_MS: u32 = 120;

macro_rules! support_label {
    () => {
        "Copy report for support"
    };
}
macro_rules! copy_fixed_label {
    () => {
        "Copy corrected text"
    };
}
macro_rules! copy_command_label {
    () => {
        "Copy command"
    };
}
const SUPPORT_LABEL: &str = support_label!();

/// The elements the checker updates.
pub(super) struct Ui {
    pub doc: Document,
    /// The element events are dispatched on (the custom element itself).
    pub host: web_sys::EventTarget,
    pub shell: Element,
    pub notice: Element,
    pub textarea: HtmlTextAreaElement,
    pub backdrop: Element,
    pub invisibles: Element,
    pub verified: HtmlInputElement,
    pub status: Element,
    pub configs: Element,
    pub findings: Element,
    pub examples: Element,
    pub probe: Element,
    pub copy: Element,
    /// The probe panel's shell menu.
    pub shell_choice: web_sys::HtmlSelectElement,
    /// "Copy report for support" (shown once there is a report).
    pub support: Element,
    /// The "Corrected settings" panel.
    pub fixed: FixedUi,
    /// Where the rule help pages are (`{rules}{family}/{slug}.html`), when
    /// the page has them (`./build.sh dist` writes them).
    pub rules: Option<String>,
    /// What the highlight layer shows, in blocks of lines (see
    /// `render::backdrop`), for the in-place update while typing.
    pub shown: std::cell::RefCell<render::Shown>,
}

struct State {
    verified: String,
    /// The last report rendered (None while the paste is empty).
    report: Option<Report>,
    /// The corrected text and the fixes applied and not (with `report`).
    applied: Option<Applied>,
    /// The text that report is about.
    text: String,
    /// Whether the result panels show `report` (false before the first
    /// check): then only the parts that changed are redrawn.
    checked: bool,
}

struct Inner {
    ui: Ui,
    state: RefCell<State>,
    listeners: RefCell<Vec<EventListener>>,
    pending: RefCell<Option<Timeout>>,
}

/// A mounted checker. Dropping it (`free()` from JavaScript) removes its
/// event handlers; the elements stay until the root is cleared.
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<Inner>,
}

#[wasm_bindgen]
impl Widget {
    /// Replaces the verified senders list and checks again.
    pub fn set_verified(&self, list: &str) {
        self.inner.ui.verified.set_value(list);
        self.inner.state.borrow_mut().verified = list.to_string();
        self.inner.check();
    }

    /// Switches the compact layout on or off.
    pub fn set_compact(&self, compact: bool) {
        attr(
            &self.inner.ui.shell,
            "data-layout",
            if compact { "compact" } else { "full" },
        );
    }

    /// Replaces the paste and checks it (as if the user had typed it).
    pub fn set_text(&self, text: &str) {
        self.inner.ui.textarea.set_value(text);
        self.inner.check();
    }

    /// The last report rendered, or `null` while the paste is empty.
    pub fn report(&self) -> Result<JsValue, JsValue> {
        match &self.inner.state.borrow().report {
            Some(r) => super::to_js(r),
            None => Ok(JsValue::NULL),
        }
    }
}

impl Widget {
    pub(super) fn mount(root: Node, options: &JsValue) -> Result<Widget, JsValue> {
        let doc = gloo_utils::document();
        // A remount after a recovery keeps what the user had typed.
        let old_text = find::<HtmlTextAreaElement>(&root, "textarea.sc-text").map(|t| t.value());
        let old_verified = find::<HtmlInputElement>(&root, "input.sc-verified").map(|t| t.value());
        let text = dom::string_option(options, "text")
            .or(old_text)
            .unwrap_or_default();
        let verified = dom::string_option(options, "verified")
            .or(old_verified)
            .unwrap_or_default();
        let notice = dom::string_option(options, "notice");
        let compact = dom::bool_option(options, "compact");
        // Take over what smtp-check.js drew (never after a crash: the old
        // instance's handlers are still on those elements).
        let adopt = dom::bool_option(options, "adopt") && notice.is_none();

        if !adopt {
            dom::clear(&root);
        }
        if let Some(href) = dom::string_option(options, "stylesheet") {
            let link = el(&doc, "link", "");
            attr(&link, "rel", "stylesheet");
            attr(&link, "href", &href);
            add(&root, link);
        }
        let host: web_sys::EventTarget = match root.dyn_ref::<web_sys::ShadowRoot>() {
            Some(shadow) => shadow.host().into(),
            None => root.clone().into(),
        };
        let probe_options = render::ProbeOptions {
            system: dom::string_option(options, "platform")
                .as_deref()
                .and_then(advice::System::from_platform),
            downloads: dom::string_option(options, "downloads").filter(|d| !d.is_empty()),
        };
        let mut ui = build(&doc, &root, host, compact, adopt, &probe_options);
        ui.rules = dom::string_option(options, "rules").filter(|r| !r.is_empty());
        // Setting the same value again would still cost the undo history.
        if ui.textarea.value() != text {
            ui.textarea.set_value(&text);
        }
        if ui.verified.value() != verified {
            ui.verified.set_value(&verified);
        }
        attr(&ui.shell, "data-mounted", "");
        let inner = Rc::new(Inner {
            ui,
            state: RefCell::new(State {
                verified,
                report: None,
                applied: None,
                text: String::new(),
                checked: false,
            }),
            listeners: RefCell::new(Vec::new()),
            pending: RefCell::new(None),
        });
        inner.listen();
        match notice {
            // After a crash the text may be what caused it: wait for an edit.
            Some(n) => {
                render::all(&inner.ui, &text, None, None);
                inner.ui.notice.set_text_content(Some(&n));
                dom::show(&inner.ui.notice, true);
                inner
                    .ui
                    .status
                    .set_text_content(Some("Edit the text to check it again."));
            }
            None => inner.check(),
        }
        dom::dispatch(&inner.ui.host, "smtp-check:ready", &JsValue::UNDEFINED);
        Ok(Widget { inner })
    }
}

fn find<T: JsCast>(root: &Node, selector: &str) -> Option<T> {
    let found = if let Some(e) = root.dyn_ref::<Element>() {
        e.query_selector(selector).ok().flatten()
    } else if let Some(f) = root.dyn_ref::<web_sys::DocumentFragment>() {
        f.query_selector(selector).ok().flatten()
    } else {
        None
    };
    found.and_then(|e| e.dyn_into::<T>().ok())
}

impl Inner {
    fn listen(self: &Rc<Self>) {
        let ui = &self.ui;
        let mut ls = self.listeners.borrow_mut();
        let me = Rc::downgrade(self);
        let on = |target: &web_sys::EventTarget,
                  event: &'static str,
                  f: fn(&Rc<Inner>, &web_sys::Event)| {
            let me: Weak<Inner> = me.clone();
            EventListener::new(target, event, move |e| {
                if let Some(me) = me.upgrade() {
                    f(&me, e);
                }
            })
        };
        ls.push(on(&ui.textarea, "input", |me, _| me.on_input()));
        ls.push(on(&ui.verified, "input", |me, _| {
            me.state.borrow_mut().verified = me.ui.verified.value();
            me.on_input();
        }));
        ls.push(on(&ui.findings, "click", |me, e| me.on_finding_click(e)));
        ls.push(on(&ui.examples, "click", |me, e| me.on_example_click(e)));
        ls.push(on(&ui.copy, "click", |me, _| me.on_copy()));
        ls.push(on(&ui.shell_choice, "change", |me, _| {
            render::probe(&me.ui, me.state.borrow().report.as_ref())
        }));
        ls.push(on(&ui.support, "click", |me, _| me.on_copy_support()));
        ls.push(on(&ui.fixed.toggle, "change", |me, _| me.check()));
        ls.push(on(&ui.fixed.copy, "click", |me, _| me.on_copy_fixed()));
        ls.push(on(&ui.fixed.apply, "click", |me, _| me.on_apply_all()));
    }

    fn on_input(self: &Rc<Self>) {
        if self.ui.textarea.value().len() > DEBOUNCE_BYTES {
            // Keep the highlight layer aligned with the new text right away
            // (only the blocks of lines the edit touched), check after a pause.
            render::backdrop_edit(&self.ui, &self.ui.textarea.value());
            let weak = Rc::downgrade(self);
            *self.pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                if let Some(me) = weak.upgrade() {
                    me.check();
                }
            }));
        } else {
            self.pending.borrow_mut().take();
            self.check();
        }
    }

    /// Lints the current text, corrects it, and renders everything.
    fn check(&self) {
        self.pending.borrow_mut().take();
        dom::show(&self.ui.notice, false);
        let text = self.ui.textarea.value();
        let verified = self.state.borrow().verified.clone();
        let (report, applied) = if text.trim().is_empty() {
            (None, None)
        } else {
            // The report of `text` comes with the corrections (one lint).
            let (report, applied) = fix_text(
                &text,
                &Options::with_verified_list(&verified),
                self.ui.fixed.toggle.checked(),
            );
            (Some(report), Some(applied))
        };
        {
            let state = self.state.borrow();
            if state.checked {
                render::update(
                    &self.ui,
                    &text,
                    report.as_ref(),
                    applied.as_ref(),
                    state.report.as_ref(),
                );
            } else {
                render::all(&self.ui, &text, report.as_ref(), applied.as_ref());
            }
        }
        dom::show(&self.ui.support, report.is_some());
        let detail = js_sys::Object::new();
        if let Some(r) = &report {
            for (k, v) in [
                ("errors", r.summary.errors),
                ("warnings", r.summary.warnings),
                ("infos", r.summary.infos),
            ] {
                let _ = js_sys::Reflect::set(&detail, &k.into(), &(v as f64).into());
            }
        }
        let mut state = self.state.borrow_mut();
        state.checked = true;
        state.report = report;
        state.applied = applied;
        state.text = text;
        drop(state);
        dom::dispatch(&self.ui.host, "smtp-check:rendered", &detail);
    }

    /// Clicking a finding selects its span in the paste area; its
    /// "Apply" buttons apply its fix.
    fn on_finding_click(&self, e: &web_sys::Event) {
        if let Some(button) = closest(e, "button[data-fix]") {
            return self.apply_fix(&button);
        }
        let Some(button) = closest(e, "button[data-start]") else {
            return;
        };
        let num = |k: &str| {
            button
                .get_attribute(k)
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0)
        };
        let (start, end) = (num("data-start"), num("data-end"));
        let state = self.state.borrow();
        if state.text != self.ui.textarea.value() {
            return; // a check is pending: the offsets are stale
        }
        let (a, b) = (
            advice::utf16_offset(&state.text, start),
            advice::utf16_offset(&state.text, end),
        );
        let area: &HtmlElement = self.ui.textarea.unchecked_ref();
        let _ = area.focus();
        let _ = self.ui.textarea.set_selection_range(a as u32, b as u32);
        if let Ok(Some(mark)) = self
            .ui
            .backdrop
            .query_selector(&format!("[data-start=\"{start}\"]"))
        {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            mark.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    }

    fn apply_fix(&self, button: &Element) {
        let spec = button.get_attribute("data-fix").unwrap_or_default();
        let Some((i, j)) = spec.split_once(':') else {
            return;
        };
        let (Ok(i), Ok(j)) = (i.parse::<usize>(), j.parse::<usize>()) else {
            return;
        };
        let fixed = {
            let state = self.state.borrow();
            if state.text != self.ui.textarea.value() {
                return;
            }
            state
                .report
                .as_ref()
                .and_then(|r| r.findings.get(i))
                .and_then(|f| f.fixes.get(j))
                .and_then(|fix| advice::fixes::apply(&state.text, &fix.edits))
        };
        if let Some(text) = fixed {
            self.edit_text(&text);
        }
    }

    /// Replaces the paste with `new` the way typing would: only the range
    /// that changes, through `execCommand("insertText")`, an edit the
    /// browser puts on the text area's undo stack (setting `value` would
    /// wipe it). Then checks the new text; the text area keeps the focus.
    fn edit_text(&self, new: &str) {
        let area = &self.ui.textarea;
        let old = area.value();
        let (range, with) = advice::fixes::changed_range(&old, new);
        let (a, b) = (
            advice::utf16_offset(&old, range.start),
            advice::utf16_offset(&old, range.end),
        );
        let _ = area.unchecked_ref::<HtmlElement>().focus();
        let _ = area.set_selection_range(a as u32, b as u32);
        let doc: &web_sys::HtmlDocument = self.ui.doc.unchecked_ref();
        let (command, value) = if with.is_empty() {
            ("delete", "")
        } else {
            ("insertText", with)
        };
        let done = a == b && with.is_empty()
            || doc
                .exec_command_with_show_ui_and_value(command, false, value)
                .unwrap_or(false);
        // Without the command (or if it did something else), set the text:
        // correct, if not undoable.
        if !done || area.value() != new {
            area.set_value(new);
        }
        // The command's input event has usually checked it already.
        if self.state.borrow().text != new || self.pending.borrow().is_some() {
            self.check();
        }
    }

    fn on_example_click(&self, e: &web_sys::Event) {
        let Some(button) = closest(e, "button[data-example]") else {
            return;
        };
        let i: usize = button
            .get_attribute("data-example")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if let Some(example) = EXAMPLES.get(i) {
            self.edit_text(example.text);
        }
    }

    fn on_copy(&self) {
        let code = self
            .ui
            .probe
            .query_selector("code.sc-command")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .unwrap_or_default();
        copy(
            &self.ui.copy,
            &code,
            copy_command_label!(),
            "Copy failed: select the command instead",
        );
    }

    /// Copies the Markdown report for support (`advice::support_report`:
    /// redacted and scrubbed in the core) about the text shown.
    fn on_copy_support(&self) {
        let (text, verified) = {
            let state = self.state.borrow();
            (self.ui.textarea.value(), state.verified.clone())
        };
        if text.trim().is_empty() {
            return;
        }
        let markdown = advice::support_report(&text, &Options::with_verified_list(&verified), None);
        copy(
            &self.ui.support,
            &markdown,
            SUPPORT_LABEL,
            "Copy failed: try again",
        );
    }

    /// Copies the corrected text (only while it is about the text shown).
    fn on_copy_fixed(&self) {
        let Some(fixed) = self.corrected() else {
            return;
        };
        copy(
            &self.ui.fixed.copy,
            &fixed,
            copy_fixed_label!(),
            "Copy failed: apply to the paste and copy from there",
        );
    }

    /// Replaces the paste with the corrected text; the findings update.
    fn on_apply_all(&self) {
        let Some(fixed) = self.corrected() else {
            return;
        };
        self.edit_text(&fixed);
    }

    /// The corrected text, unless a check is pending (then it is stale).
    fn corrected(&self) -> Option<String> {
        let state = self.state.borrow();
        if state.text != self.ui.textarea.value() {
            return None;
        }
        state.applied.as_ref().map(|a| a.text.clone())
    }
}

/// Writes `text` to the clipboard (`navigator.clipboard`, allowed by the
/// page's CSP: it governs loads, not the clipboard) and says so on `button`
/// for two seconds before it shows `label` again.
fn copy(button: &Element, text: &str, label: &'static str, failed: &'static str) {
    let clipboard = gloo_utils::window().navigator().clipboard();
    let flash = |said: &'static str| {
        let button = button.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            button.set_text_content(Some(said));
            let button = button.clone();
            Timeout::new(2000, move || button.set_text_content(Some(label))).forget();
        })
    };
    let done = flash("Copied");
    let failed = flash(failed);
    let _ = clipboard.write_text(text).then2(&done, &failed);
    // Each runs at most once; they live as long as the page.
    done.forget();
    failed.forget();
}

fn closest(e: &web_sys::Event, selector: &str) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// The static part of the checker, as data: one element a line, the digit
/// its depth under the root, then `tag.class`, `|name=value` attributes
/// (`|name` for an empty value) and `|>text` its text; `"text` is a text
/// node. Built by `dom::build` (createElement, never HTML parsing, so a
/// page enforcing Trusted Types can embed it too); less code in the
/// WebAssembly than the same calls written out. smtp-check.js draws the
/// shell, the input column and the status line the same way before the
/// module loads; they are adopted. The labels of the copy buttons are those
/// the `copy` calls restore.
const SKELETON: &str = concat!(
    "0div.sc\n",
    "1p.sc-notice|role=alert|hidden\n",
    // Input column: examples, the paste area, the verified senders. The
    // parts are named groups, not landmarks: a help page may hold several
    // checkers, and landmarks must be unique on a page.
    "1section.sc-input|role=group|aria-label=Your SMTP settings\n",
    "2div.sc-label-row\n",
    "3label.sc-label|for=sc-text|>Paste your SMTP settings\n",
    "3span.sc-hint|>.env, settings.py, nodemailer, PHPMailer, an SMTP URL, main.cf\u{2026}\n",
    "2div.sc-examples|role=group|aria-labelledby=sc-examples-title\n",
    "3span.sc-examples-title|>Try an example:|id=sc-examples-title\n",
    "2div.sc-editor\n",
    "3div.sc-backdrop|aria-hidden=true\n",
    "3textarea.sc-text|id=sc-text|spellcheck=false|autocomplete=off|autocapitalize=off|autocorrect=off",
    "|aria-describedby=sc-status sc-privacy\n",
    "2p.sc-invisibles|hidden\n",
    "2label.sc-label sc-verified-label|>Your verified Sender Signatures or Domains (optional)|for=sc-verified\n",
    "2input.sc-verified|id=sc-verified|type=text|spellcheck=false|autocomplete=off|autocapitalize=off",
    "|placeholder=you@yourcompany.com, yourcompany.com|aria-describedby=sc-verified-help\n",
    "2p.sc-help|>Separate with commas. Used to check that your From address can send.|id=sc-verified-help\n",
    "2p.sc-privacy|>Checked in your browser: nothing you paste is sent anywhere.|id=sc-privacy\n",
    // Results column.
    "1section.sc-results|role=group|aria-label=Results\n",
    "2p.sc-status|id=sc-status|role=status|aria-live=polite\n",
    "2button.sc-support|>",
    support_label!(),
    "|type=button|title=Copies a Markdown report (findings, what was understood, the test command) ",
    "for Postmark support or a forum. Secrets are masked.|hidden\n",
    "2div.sc-configs\n",
    "2div.sc-findings\n",
    // The corrected settings (src/web/fixed.rs), hidden until there is
    // something to correct.
    "1section.sc-fixed|role=group|aria-labelledby=sc-fixed-title|hidden\n",
    "2h2.sc-h|>Corrected settings|id=sc-fixed-title\n",
    "2p.sc-help|>Your paste with the fixes applied, in its own format. Removed lines are marked \u{2212}, ",
    "added lines +.|id=sc-fixed-help\n",
    "2div.sc-fixed-controls\n",
    "3label.sc-toggle\n",
    "4input.sc-unsafe|type=checkbox|id=sc-unsafe\n",
    "4\"Include fixes to confirm (unsafe)\n",
    "3button.sc-copy-fixed|>",
    copy_fixed_label!(),
    "|type=button\n",
    "3button.sc-apply sc-apply-all|>Apply to the paste|type=button|aria-describedby=sc-fixed-help\n",
    "2div.sc-fixed-body\n",
    // The probe panel (its downloads and shells: render::probe_skeleton).
    "1section.sc-probe|role=group|aria-labelledby=sc-probe-title\n",
    "2h2.sc-h|>Check the connection from your machine|id=sc-probe-title\n",
    "2div.sc-probe-body\n",
    "3p|>The page cannot open network connections. To see what your network does with these ",
    "settings, run smtp-probe on the machine that sends the mail:\n",
    "3p.sc-probe-note|hidden\n",
    "3label.sc-shell-label\n",
    "4\"Your shell \n",
    "4select.sc-shell\n",
    "3pre.sc-code\n",
    "4code.sc-command|aria-label=smtp-probe command\n",
    "3button.sc-copy|>",
    copy_command_label!(),
    "|type=button\n",
    "3p.sc-help|>The token is read without echo (into the SMTP_PASSWORD environment variable, or by ",
    "the probe itself in cmd.exe), never written on the command line.\n",
    "3h3.sc-h3|>Manual tests\n",
    "3ul.sc-manual",
);

/// Builds the static part of the checker.
fn build(
    doc: &Document,
    root: &Node,
    host: web_sys::EventTarget,
    compact: bool,
    adopt: bool,
    probe_options: &render::ProbeOptions,
) -> Ui {
    // What smtp-check.js drew (the shell, the input column, the status
    // line) is taken over when `adopt`; the rest is added after it.
    dom::build(doc, root, SKELETON, adopt);
    let shell: Element = find(root, "div.sc").expect_throw("div.sc");
    attr(
        &shell,
        "data-layout",
        if compact { "compact" } else { "full" },
    );

    let examples = dom::one(&shell, "div.sc-examples");
    for (i, e) in EXAMPLES.iter().enumerate() {
        let drawn = examples
            .query_selector(&format!("button[data-example=\"{i}\"]"))
            .ok()
            .flatten()
            .filter(|_| adopt);
        let b = drawn.unwrap_or_else(|| add(&examples, el(doc, "button", "sc-example")));
        b.set_text_content(Some(e.title));
        attr(&b, "type", "button");
        attr(&b, "data-example", &i.to_string());
    }

    let textarea: HtmlTextAreaElement = dom::one(&shell, "textarea.sc-text").unchecked_into();
    attr(&textarea, "rows", if compact { "8" } else { "14" });
    attr(
        &textarea,
        "placeholder",
        "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n\u{2026}",
    );
    let body = dom::one(&shell, "div.sc-probe-body");
    let shell_choice = render::probe_skeleton(doc, &body, probe_options);
    let fixed = fixed::find(&shell);

    Ui {
        doc: doc.clone(),
        host,
        notice: dom::one(&shell, "p.sc-notice"),
        textarea,
        backdrop: dom::one(&shell, "div.sc-backdrop"),
        invisibles: dom::one(&shell, "p.sc-invisibles"),
        verified: dom::one(&shell, "input.sc-verified").unchecked_into(),
        status: dom::one(&shell, "p.sc-status"),
        configs: dom::one(&shell, "div.sc-configs"),
        findings: dom::one(&shell, "div.sc-findings"),
        examples,
        probe: body,
        copy: dom::one(&shell, "button.sc-copy"),
        shell_choice,
        support: dom::one(&shell, "button.sc-support"),
        fixed,
        shell,
        rules: None,
        shown: Default::default(),
    }
}
