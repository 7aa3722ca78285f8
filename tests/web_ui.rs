//! The wasm bindings and the Rust UI, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_ui`
//! (runner: wasm-bindgen-test-runner, see .cargo/config.toml).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

use smtp_check::report::Report;
use smtp_check::{lint, web, Options};

wasm_bindgen_test_configure!(run_in_browser);

const TOKEN: &str = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";

fn laravel_465() -> String {
    format!(
        "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD={TOKEN}\nMAIL_FROM_ADDRESS=hello@acme-widgets.io\n"
    )
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn report_of(value: JsValue) -> Report {
    serde_wasm_bindgen::from_value(value).expect("a report")
}

/// A fresh container in the document.
fn container() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

#[wasm_bindgen_test]
fn validate_returns_the_core_report() {
    let text = laravel_465();
    let js = web::validate(&text, JsValue::UNDEFINED).unwrap();
    assert_eq!(report_of(js), lint(&text, &Options::default()));
}

#[wasm_bindgen_test]
fn validate_reads_verified_as_a_string_or_a_list() {
    let text = laravel_465();
    let list: JsValue = Array::of2(&"other.io".into(), &"acme-widgets.io".into()).into();
    let a = report_of(web::validate(&text, options(&[("verified", list)])).unwrap());
    let b = report_of(
        web::validate(
            &text,
            options(&[("verified", "other.io, acme-widgets.io".into())]),
        )
        .unwrap(),
    );
    assert_eq!(a, b);
    assert_eq!(
        a,
        lint(
            &text,
            &Options::with_verified_list("other.io,acme-widgets.io")
        )
    );
}

#[wasm_bindgen_test]
fn validate_gives_null_not_undefined() {
    let js = web::validate("", JsValue::NULL).unwrap();
    let json: String = js_sys::JSON::stringify(&js).unwrap().into();
    let findings = Reflect::get(&js, &"findings".into()).unwrap();
    let first = Reflect::get(&findings, &0.into()).unwrap();
    assert!(
        Reflect::get(&first, &"config".into()).unwrap().is_null(),
        "{json}"
    );
}

#[wasm_bindgen_test]
fn the_ui_renders_the_report() {
    let root = container();
    let widget = web::mount(root.clone().into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        one(&root, ".sc-status").text_content().unwrap(),
        "Paste a configuration to check it."
    );
    let text = laravel_465();
    widget.set_text(&text);
    let report = lint(&text, &Options::default());
    let shown: Vec<String> = all(&root, "li.sc-finding")
        .iter()
        .map(|li| li.get_attribute("data-id").unwrap())
        .collect();
    let expected: Vec<String> = report.findings.iter().map(|f| f.id.clone()).collect();
    assert_eq!(shown, expected);
    assert_eq!(report_of(widget.report().unwrap()), report);

    // Highlights: every finding span has its mark in the backdrop.
    for f in report.findings.iter().filter_map(|f| f.span) {
        if f.end > f.start {
            assert!(
                root.query_selector(&format!(".sc-backdrop [data-start=\"{}\"]", f.start))
                    .unwrap()
                    .is_some(),
                "mark at {}",
                f.start
            );
        }
    }
    // The summary and the probe command.
    assert_eq!(
        one(&root, ".sc-row[data-key=\"host\"] dd")
            .text_content()
            .unwrap(),
        "smtp.postmarkapp.com"
    );
    let command = one(&root, "code.sc-command").text_content().unwrap();
    assert!(
        command.contains("--host smtp.postmarkapp.com --port 465 --port 587"),
        "{command}"
    );
    assert!(!command.contains(TOKEN));
    assert!(!one(&root, ".sc-results")
        .text_content()
        .unwrap()
        .contains(TOKEN));
}

#[wasm_bindgen_test]
fn clicking_a_finding_selects_its_span() {
    let root = container();
    let widget = web::mount(root.clone().into(), JsValue::UNDEFINED).unwrap();
    let text = format!("# é\n{}", laravel_465());
    widget.set_text(&text);
    let report = lint(&text, &Options::default());
    let f = report.findings.iter().find(|f| f.span.is_some()).unwrap();
    let span = f.span.unwrap();
    let button: HtmlElement = one(
        &root,
        &format!("button.sc-jump[data-start=\"{}\"]", span.start),
    )
    .dyn_into()
    .unwrap();
    button.click();
    let area: HtmlTextAreaElement = one(&root, "textarea").dyn_into().unwrap();
    let utf16 = |b: usize| text[..b].encode_utf16().count() as u32;
    assert_eq!(area.selection_start().unwrap(), Some(utf16(span.start)));
    assert_eq!(area.selection_end().unwrap(), Some(utf16(span.end)));
}

#[wasm_bindgen_test]
fn examples_load_and_show_their_mistake() {
    let root = container();
    let _widget = web::mount(root.clone().into(), JsValue::UNDEFINED).unwrap();
    let buttons = all(&root, "button.sc-example");
    assert_eq!(buttons.len(), smtp_check::advice::EXAMPLES.len());
    for (button, example) in buttons.iter().zip(smtp_check::advice::EXAMPLES) {
        button.unchecked_ref::<HtmlElement>().click();
        let ids: Vec<String> = all(&root, "li.sc-finding")
            .iter()
            .map(|li| li.get_attribute("data-id").unwrap())
            .collect();
        assert!(
            ids.iter().any(|id| id == example.shows),
            "{}: {ids:?}",
            example.title
        );
    }
}

#[wasm_bindgen_test]
fn pasted_markup_stays_text() {
    let root = container();
    let widget = web::mount(root.clone().into(), JsValue::UNDEFINED).unwrap();
    let payload = "<img src=x onerror=alert(1)></textarea><script>alert(2)</script>";
    widget.set_text(&format!(
        "MAIL_HOST={payload}\nMAIL_FROM_ADDRESS=\"{payload}\"\n"
    ));
    widget.set_verified(payload);
    assert!(all(&root, "img, script").is_empty());
    assert!(one(&root, ".sc-backdrop")
        .text_content()
        .unwrap()
        .contains(payload));
}

#[wasm_bindgen_test]
fn verified_and_compact_options() {
    let root = container();
    let widget = web::mount(
        root.clone().into(),
        options(&[
            ("verified", "acme-widgets.io".into()),
            ("compact", true.into()),
            ("text", laravel_465().into()),
        ]),
    )
    .unwrap();
    assert_eq!(
        one(&root, ".sc").get_attribute("data-layout").unwrap(),
        "compact"
    );
    let has_not_verified = |root: &Element| {
        all(root, "li.sc-finding")
            .iter()
            .any(|li| li.get_attribute("data-id").unwrap() == "from/not-verified")
    };
    assert!(!has_not_verified(&root));
    widget.set_verified("other.io");
    assert!(has_not_verified(&root));
    widget.set_compact(false);
    assert_eq!(
        one(&root, ".sc").get_attribute("data-layout").unwrap(),
        "full"
    );
}

#[wasm_bindgen_test]
fn a_remount_keeps_the_text_and_waits_for_an_edit() {
    let root = container();
    let w = web::mount(root.clone().into(), JsValue::UNDEFINED).unwrap();
    w.set_text(&laravel_465());
    drop(w);
    let _w = web::mount(
        root.clone().into(),
        options(&[("notice", "restarted".into())]),
    )
    .unwrap();
    let area: HtmlTextAreaElement = one(&root, "textarea").dyn_into().unwrap();
    assert_eq!(area.value(), laravel_465());
    assert_eq!(
        one(&root, ".sc-notice").text_content().unwrap(),
        "restarted"
    );
    assert!(all(&root, "li.sc-finding").is_empty());
}

/// A Laravel .env with safe fixes (port 465, `ssl`) and an unsafe one.
fn laravel_fixable() -> String {
    format!(
        "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_ENCRYPTION=ssl\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD=\"{TOKEN} \"\nMAIL_FROM_ADDRESS=hello@acme-widgets.io\n"
    )
}

#[wasm_bindgen_test]
fn fix_returns_the_core_corrections() {
    let text = laravel_fixable();
    for unsafe_ in [false, true] {
        let js = web::fix(&text, options(&[("unsafe", unsafe_.into())])).unwrap();
        let report = report_of(Reflect::get(&js, &"report".into()).unwrap());
        let applied: smtp_check::fix::Applied =
            serde_wasm_bindgen::from_value(Reflect::get(&js, &"applied".into()).unwrap()).unwrap();
        let (r, a) = smtp_check::fix::fix_text(&text, &Options::default(), unsafe_);
        assert_eq!(report, r);
        assert_eq!(applied, a);
    }
}

#[wasm_bindgen_test]
fn the_corrected_settings_panel_shows_the_diff_and_applies_it() {
    let root = container();
    let widget = web::mount(root.clone().into(), JsValue::UNDEFINED).unwrap();
    assert!(one(&root, ".sc-fixed").has_attribute("hidden"));
    let text = laravel_fixable();
    widget.set_text(&text);
    let (_, fixed) = smtp_check::fix::fix_text(&text, &Options::default(), false);
    assert_ne!(fixed.text, text);
    assert!(!one(&root, ".sc-fixed").has_attribute("hidden"));
    let lines = |kind: &str| -> Vec<String> {
        all(
            &root,
            &format!(".sc-diff .sc-dl[data-kind=\"{kind}\"] .sc-dl-text"),
        )
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect()
    };
    assert!(lines("del").contains(&"MAIL_PORT=465".to_string()));
    assert!(lines("add").contains(&"MAIL_PORT=587".to_string()));
    let applied = all(&root, ".sc-fixes-applied li");
    assert_eq!(applied.len(), fixed.applied.len());
    // The unsafe toggle re-renders with the unsafe fixes.
    let toggle: web_sys::HtmlInputElement = one(&root, "input.sc-unsafe").dyn_into().unwrap();
    toggle.click();
    let (_, with_unsafe) = smtp_check::fix::fix_text(&text, &Options::default(), true);
    assert_eq!(
        all(&root, ".sc-fixes-applied li").len(),
        with_unsafe.applied.len()
    );
    toggle.click();
    // Apply to the paste: the text area holds the corrected text, the
    // findings are those of the corrected text.
    one(&root, "button.sc-apply-all")
        .unchecked_ref::<HtmlElement>()
        .click();
    let area: HtmlTextAreaElement = one(&root, "textarea").dyn_into().unwrap();
    assert_eq!(area.value(), fixed.text);
    assert_eq!(
        report_of(widget.report().unwrap()),
        lint(&fixed.text, &Options::default())
    );
}
