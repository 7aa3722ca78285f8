//! The browser side (wasm32 only): the JavaScript API and the checker's UI.
//!
//! * `validate(text, { verified })` returns the report, the same object the
//!   native `smtp-probe lint --format json` prints.
//! * `fix(text, { verified, unsafe })` returns `{ report, applied }`: the
//!   report of `text` and the corrected text with the fixes applied and not
//!   applied (`crate::fix::fix_text`, what `smtp-probe lint --fix` prints).
//! * `mount(root, options)` builds the checker inside `root` (the shadow
//!   root of `<smtp-check>`, see `www/smtp-check.js`) and returns a
//!   [`Widget`] handle.
//!
//! The UI renders the report and `crate::advice` only: it never decides
//! anything about a configuration itself.
//!
//! A panic leaves the module unusable (the release profile aborts), so the
//! panic hook tells the page with a `smtp-check:panic` event on `window`;
//! the loader then instantiates a fresh module and mounts again. The page's
//! size build (build.sh with nightly) panics with `immediate-abort`: no hook
//! runs, and the loader recovers from the trap itself (the uncaught
//! `WebAssembly.RuntimeError`).

mod dom;
mod fixed;
mod render;
mod widget;

use wasm_bindgen::prelude::*;

pub use widget::Widget;

use crate::{lint, Options};

/// The name of the event the panic hook dispatches on `window`.
pub const PANIC_EVENT: &str = "smtp-check:panic";

#[wasm_bindgen(start)]
fn start() {
    // With immediate-abort a panic traps at once: no hook would ever run.
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // Only the place, never the message: a slicing panic quotes the
        // text around it, which may hold a token.
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        dom::dispatch(
            gloo_utils::window().as_ref(),
            PANIC_EVENT,
            &JsValue::from_str(&place),
        );
    }));
}

/// Lints `text` and returns the report as a plain object (`null` where the
/// JSON has `null`). `options.verified` is a comma/space separated string
/// or an array of addresses and domains.
#[wasm_bindgen]
pub fn validate(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let verified = dom::verified_option(&options);
    let report = lint(text, &Options::with_verified_list(&verified));
    to_js(&report)
}

/// Lints `text` and applies its fixes (the safe ones; the unsafe ones too
/// when `options.unsafe` is true): `{ report, applied: { text, applied,
/// skipped } }`.
#[wasm_bindgen]
pub fn fix(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let verified = dom::verified_option(&options);
    let include_unsafe = dom::bool_option(&options, "unsafe");
    let (report, applied) = crate::fix::fix_text(
        text,
        &Options::with_verified_list(&verified),
        include_unsafe,
    );
    to_js(&Fixed {
        report: &report,
        applied: &applied,
    })
}

#[derive(serde::Serialize)]
struct Fixed<'a> {
    report: &'a crate::Report,
    applied: &'a crate::fix::Applied,
}

/// Serialises like `serde_json` does: maps as objects, `None` as `null`.
pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Builds the checker inside `root` (an element or a shadow root).
/// Options: `compact` (bool), `verified` (string), `stylesheet` (URL of
/// smtp-check.css), `text` (initial paste), `notice` (shown on top; set
/// after a recovery, when the text is not checked again until edited).
#[wasm_bindgen]
pub fn mount(root: web_sys::Node, options: JsValue) -> Result<Widget, JsValue> {
    Widget::mount(root, &options)
}

/// Test-only: whether a panic runs the panic hook (and so dispatches
/// `smtp-check:panic`) before it traps; not in an immediate-abort build.
#[wasm_bindgen(js_name = "__panic_hook")]
pub fn panic_hook_runs() -> bool {
    !cfg!(panic = "immediate-abort")
}

/// Test-only: panics on purpose, to check that the page recovers.
#[wasm_bindgen(js_name = "__test_panic")]
pub fn test_panic() {
    panic!("__test_panic called");
}
