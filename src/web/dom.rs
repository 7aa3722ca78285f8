//! Small DOM helpers. Everything the user typed reaches the page through
//! text nodes (`textContent`), never through HTML parsing.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Document, Element, EventTarget, Node};

/// Creates `<tag class="class">`.
pub fn el(doc: &Document, tag: &str, class: &str) -> Element {
    let e = doc.create_element(tag).expect_throw("create_element");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// Appends `child` to `parent` and returns the child.
pub fn add<T: AsRef<Node>>(parent: &impl AsRef<Node>, child: T) -> T {
    parent
        .as_ref()
        .append_child(child.as_ref())
        .expect_throw("append_child");
    child
}

/// The first child of `parent` that is a `<tag class="class">` (exactly that
/// class list), else a new one appended. Used to adopt what smtp-check.js
/// drew before the module loaded, so the text area the reader is typing in
/// (its text, caret, focus and undo history) is the one the UI keeps.
pub fn take(parent: &Node, doc: &Document, tag: &str, class: &str, adopt: bool) -> Element {
    if adopt {
        let mut child = parent.first_child();
        while let Some(node) = child {
            if let Some(e) = node.dyn_ref::<Element>() {
                if e.tag_name().eq_ignore_ascii_case(tag) && e.class_name() == class {
                    return e.clone();
                }
            }
            child = node.next_sibling();
        }
    }
    add(parent, el(doc, tag, class))
}

/// Builds `markup` under `root`: one element a line, its depth under
/// `root` first (a digit), then `tag.class`, `|name=value` attributes
/// (`|name`: empty value) and `|>text` for its text; a line `"text` (after
/// the digit) is a text node. Each element is `take`n: with `adopt`, what
/// is already drawn is reused.
pub fn build(doc: &Document, root: &Node, markup: &str, adopt: bool) {
    let mut parents: Vec<Node> = vec![root.clone()];
    for line in markup.lines() {
        let Some(d) = line.bytes().next() else {
            continue;
        };
        let depth = usize::from(d - b'0');
        parents.truncate(depth + 1);
        let body = &line[1..];
        if let Some(s) = body.strip_prefix('"') {
            text(&parents[depth], doc, s);
            continue;
        }
        let mut parts = body.split('|');
        let head = parts.next().unwrap_or_default();
        let (tag, class) = head.split_once('.').unwrap_or((head, ""));
        let e = take(&parents[depth], doc, tag, class, adopt);
        for part in parts {
            match part.strip_prefix('>') {
                Some(s) => e.set_text_content(Some(s)),
                None => {
                    let (name, value) = part.split_once('=').unwrap_or((part, ""));
                    attr(&e, name, value);
                }
            }
        }
        parents.push(e.into());
    }
}

/// The first element under `root` that matches `selector` (one the
/// checker built: its absence is a bug).
pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .expect_throw(selector)
}

/// Appends a text node.
pub fn text(parent: &impl AsRef<Node>, doc: &Document, s: &str) {
    add(parent, doc.create_text_node(s));
}

/// `<tag class>text</tag>` appended to `parent`.
pub fn add_text(
    parent: &impl AsRef<Node>,
    doc: &Document,
    tag: &str,
    class: &str,
    s: &str,
) -> Element {
    let e = el(doc, tag, class);
    e.set_text_content(Some(s));
    add(parent, e)
}

pub fn attr(e: &Element, name: &str, value: &str) {
    e.set_attribute(name, value).expect_throw("set_attribute");
}

/// Removes every child.
pub fn clear(node: &impl AsRef<Node>) {
    node.as_ref().set_text_content(None);
}

pub fn show(e: &Element, visible: bool) {
    if visible {
        let _ = e.remove_attribute("hidden");
    } else {
        attr(e, "hidden", "");
    }
}

/// Dispatches a `CustomEvent` that bubbles out of shadow roots.
pub fn dispatch(target: &EventTarget, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// A string property of an options object (`""` when absent).
pub fn string_option(options: &JsValue, key: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    Reflect::get(options, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

pub fn bool_option(options: &JsValue, key: &str) -> bool {
    options.is_object()
        && Reflect::get(options, &JsValue::from_str(key))
            .ok()
            .is_some_and(|v| v.is_truthy())
}

/// `options.verified` as the list text `Options::with_verified_list` reads:
/// a string as is, an array joined with commas.
pub fn verified_option(options: &JsValue) -> String {
    if !options.is_object() {
        return String::new();
    }
    let v = Reflect::get(options, &JsValue::from_str("verified")).unwrap_or(JsValue::UNDEFINED);
    if let Some(s) = v.as_string() {
        return s;
    }
    if let Some(list) = v.dyn_ref::<js_sys::Array>() {
        return list
            .iter()
            .filter_map(|x| x.as_string())
            .collect::<Vec<_>>()
            .join(",");
    }
    String::new()
}
