// smtp-check.js: loads the checker (WebAssembly) and defines <smtp-check>.
//
//   <script type="module" src="smtp-check.js"></script>
//   <smtp-check verified="you@yourcompany.com" compact></smtp-check>
//
// or, without the UI:
//
//   import { validate } from "./smtp-check.js";
//   const report = validate(text, { verified: ["yourcompany.com"] });
//   const { applied } = fix(text, { unsafe: false }); // applied.text: the corrected text
//
// This file only loads the module and hands it a shadow root: the UI is
// built by the Rust code (src/web/). When the module panics it cannot be
// used any more, so a fresh one is instantiated and every checker mounted
// again, keeping what was typed.

const here = new URL("./", import.meta.url);
const glueUrl = new URL("pkg/smtp_check.js", here);
const wasmUrl = new URL("pkg/smtp_check_bg.wasm", here);
const stylesheet = new URL("smtp-check.css", here).href;

const RECOVERED =
  "The checker hit an internal error and was restarted. Your text is kept; edit it to check again.";

let compiled; // Promise<WebAssembly.Module>, compiled once
let instances = 0;
let current; // the instantiated glue module
let recovering = null;
const mounted = new Set();

async function compile() {
  const response = await fetch(wasmUrl);
  if (response.headers.get("content-type")?.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** A fresh instance: the glue module is imported again under another URL. */
async function instantiate() {
  compiled ??= compile();
  const url = instances++ === 0 ? glueUrl : `${glueUrl}?instance=${instances}`;
  const glue = await import(url);
  await glue.default({ module_or_path: await compiled });
  return glue;
}

function recover() {
  recovering ??= instantiate()
    .then((glue) => {
      current = glue;
      for (const el of mounted) el.mountChecker(RECOVERED);
    })
    .finally(() => {
      recovering = null;
    });
  return recovering;
}

// The Rust panic hook dispatches this before the module traps. Recover
// once per broken instance (the caller of `guarded` may notice it too).
window.addEventListener("smtp-check:panic", () => {
  const broken = current;
  setTimeout(() => current === broken && recover());
});

const ready = instantiate().then((glue) => {
  current = glue;
  return glue;
});

/** Calls into the module; a panic there starts a recovery and rethrows. */
function guarded(call) {
  const glue = current;
  try {
    return call(glue);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      if (current === glue) recover();
      throw new Error("smtp-check: internal error; the checker was restarted", { cause: error });
    }
    throw error;
  }
}

class SmtpCheck extends HTMLElement {
  static observedAttributes = ["verified", "compact"];

  connectedCallback() {
    if (!this.shadowRoot) {
      // Until the module is ready the element's own content (e.g.
      // "Loading the checker…") shows through the slot.
      this.attachShadow({ mode: "open" }).append(document.createElement("slot"));
    }
    mounted.add(this);
    if (!this.widget) ready.then(() => this.isConnected && !this.widget && this.mountChecker());
  }

  disconnectedCallback() {
    mounted.delete(this);
    try {
      this.widget?.free();
    } catch {
      // the instance that made it is gone
    }
    this.widget = undefined;
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.widget) return;
    guarded(() =>
      name === "verified" ? this.widget.set_verified(value ?? "") : this.widget.set_compact(value !== null),
    );
  }

  /** Builds (or, after a recovery, rebuilds) the checker in the shadow root. */
  mountChecker(notice) {
    this.widget = guarded((glue) =>
      glue.mount(this.shadowRoot, {
        stylesheet,
        compact: this.hasAttribute("compact"),
        verified: notice ? undefined : (this.getAttribute("verified") ?? ""),
        notice,
      }),
    );
  }
}

customElements.define("smtp-check", SmtpCheck);

await ready;

/** Lints `text`; returns the report (same shape as `smtp-probe lint --format json`). */
export function validate(text, options = {}) {
  return guarded((glue) => glue.validate(String(text), options));
}

/**
 * Lints `text` and applies its fixes (the safe ones; the unsafe ones too with
 * `unsafe: true`): `{ report, applied: { text, applied, skipped } }`, where
 * `applied.text` is what `smtp-probe lint --fix` prints.
 */
export function fix(text, options = {}) {
  return guarded((glue) => glue.fix(String(text), options));
}

/** Resolves once the module is usable (it already is once this module is imported). */
export const loaded = ready.then(() => undefined);

/** Test-only: makes the module panic, to check the recovery. */
export function __test_panic() {
  return guarded((glue) => glue.__test_panic());
}
