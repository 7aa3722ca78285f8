// smtp-check.js: defines <smtp-check>, and loads the checker (WebAssembly)
// only when a reader is about to use it.
//
//   <script type="module" src="smtp-check.js"></script>
//   <smtp-check verified="you@yourcompany.com" compact></smtp-check>
//
// or, without the UI:
//
//   import { validate, fix, loaded } from "./smtp-check.js";
//   await loaded; // loads the module
//   const report = validate(text, { verified: ["yourcompany.com"] });
//   const { applied } = fix(text, { unsafe: false }); // applied.text: the corrected text
//
// Until then this file draws the paste area, the examples and the status
// line itself (a few KB for every help article that embeds the checker),
// and loads the module on the first focus, paste or example click, or when
// the checker scrolls within 200 px of the viewport. The Rust UI (src/web/)
// then takes over those same elements, so what the reader typed, the caret,
// the focus and the undo history stay. When the module panics it cannot be
// used any more, so a fresh one is instantiated and every checker mounted
// again, keeping what was typed.

const here = new URL("./", import.meta.url);
const glueUrl = new URL("pkg/smtp_check.js", here);
const wasmUrl = new URL("pkg/smtp_check_bg.wasm", here);
const stylesheet = new URL("smtp-check.css", here).href;
// The rule help pages (`./build.sh dist` writes them): findings link there.
const rules = new URL("rules/", here).href;
// The probe's downloads (`./build.sh dist` writes them beside the page);
// an embedder hosting them elsewhere says where: <smtp-check downloads="…">.
const downloads = new URL("download/", here).href;
// What the browser says about the system, for the probe panel's download
// and shell (the core decides: advice::System::from_platform).
const platform = [navigator.userAgentData?.platform, navigator.platform, navigator.userAgent]
  .filter(Boolean)
  .join(" ");

const RECOVERED =
  "The checker hit an internal error and was restarted. Your text is kept; edit it to check again.";

let compiled; // Promise<WebAssembly.Module>, compiled once
let instances = 0;
let current; // the instantiated glue module
let recovering = null;
const mounted = new Set();

let streamed = false; // compiled from its URL: its stack frames name it

async function compile() {
  const response = await fetch(wasmUrl);
  if (response.headers.get("content-type")?.startsWith("application/wasm")) {
    streamed = true;
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

// A module built with immediate-abort panics (build.sh's size build) traps
// without running the hook: a trap outside the JS API (a UI event handler,
// a timer) reaches the page as an uncaught WebAssembly.RuntimeError. When
// the module was compiled from its URL, its frames name that URL, which
// tells our traps from another module's on the same page.
function trapped(error) {
  if (!(error instanceof WebAssembly.RuntimeError) || !current) return;
  const stack = String(error.stack ?? "");
  if (streamed && stack.includes("wasm-function[") && !stack.includes(wasmUrl.href)) return;
  const broken = current;
  setTimeout(() => current === broken && recover());
}
window.addEventListener("error", (event) => trapped(event.error));
window.addEventListener("unhandledrejection", (event) => trapped(event.reason));

let ready = null; // Promise<glue> once a load was asked for

/** Loads the module (once) and mounts every checker on the page. */
function load() {
  ready ??= instantiate().then((glue) => {
    current = glue;
    for (const el of mounted) if (!el.widget) el.mountChecker();
    return glue;
  });
  return ready;
}

/** Calls into the module; a panic there starts a recovery and rethrows. */
function guarded(call) {
  const glue = current;
  if (!glue) throw new Error("smtp-check: the module is not loaded yet: await `loaded` first");
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

// The first draw, before the module: the same elements, classes and
// attributes the Rust UI builds (src/web/widget.rs `build`), which it adopts.
// The example titles are those of src/advice/examples.rs (a test compares).
const EXAMPLES = [
  "Laravel on port 465",
  "nodemailer with secure: true",
  "Django with a host typo",
  "PHPMailer sending from Gmail",
  "Symfony DSN pointing at the API host",
  "Token copied with an invisible character",
];

function h(tag, className, attrs = {}, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function draw(root, { compact, verified }) {
  const link = h("link", "", { rel: "stylesheet", href: stylesheet });
  const shell = h("div", "sc", { "data-layout": compact ? "compact" : "full" });
  const notice = h("p", "sc-notice", { role: "alert", hidden: "" });
  const input = h("section", "sc-input", { role: "group", "aria-label": "Your SMTP settings" });
  const labelRow = h("div", "sc-label-row");
  labelRow.append(
    h("label", "sc-label", { for: "sc-text" }, "Paste your SMTP settings"),
    h("span", "sc-hint", {}, ".env, settings.py, nodemailer, PHPMailer, an SMTP URL, main.cf…"),
  );
  const examples = h("div", "sc-examples", { role: "group", "aria-labelledby": "sc-examples-title" });
  examples.append(h("span", "sc-examples-title", { id: "sc-examples-title" }, "Try an example:"));
  EXAMPLES.forEach((title, i) => examples.append(h("button", "sc-example", { type: "button", "data-example": i }, title)));
  const editor = h("div", "sc-editor");
  editor.append(
    h("div", "sc-backdrop", { "aria-hidden": "true" }),
    h("textarea", "sc-text", {
      id: "sc-text",
      spellcheck: "false",
      autocomplete: "off",
      autocapitalize: "off",
      autocorrect: "off",
      rows: compact ? "8" : "14",
      "aria-describedby": "sc-status sc-privacy",
      placeholder: "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n…",
    }),
  );
  const field = h("input", "sc-verified", {
    id: "sc-verified",
    type: "text",
    spellcheck: "false",
    autocomplete: "off",
    autocapitalize: "off",
    placeholder: "you@yourcompany.com, yourcompany.com",
    "aria-describedby": "sc-verified-help",
  });
  field.value = verified;
  input.append(
    labelRow,
    examples,
    editor,
    h("p", "sc-invisibles", { hidden: "" }),
    h("label", "sc-label sc-verified-label", { for: "sc-verified" }, "Your verified Sender Signatures or Domains (optional)"),
    field,
    h("p", "sc-help", { id: "sc-verified-help" }, "Separate with commas. Used to check that your From address can send."),
    h("p", "sc-privacy", { id: "sc-privacy" }, "Checked in your browser: nothing you paste is sent anywhere."),
  );
  const results = h("section", "sc-results", { role: "group", "aria-label": "Results" });
  results.append(
    h("p", "sc-status", { id: "sc-status", role: "status", "aria-live": "polite", "data-outcome": "empty" }, "Paste a configuration to check it."),
  );
  shell.append(notice, input, results);
  root.append(link, shell);
}

// Within 200 px of the viewport: load (every checker on the page shares it).
const nearby =
  typeof IntersectionObserver === "function"
    ? new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            nearby.disconnect();
            load();
          }
        },
        { rootMargin: "200px" },
      )
    : null;

class SmtpCheck extends HTMLElement {
  static observedAttributes = ["verified", "compact"];

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      draw(root, { compact: this.hasAttribute("compact"), verified: this.getAttribute("verified") ?? "" });
      // Any sign the reader is about to use it.
      const start = () => load();
      root.addEventListener("focusin", start);
      root.addEventListener("paste", start);
      root.addEventListener("pointerdown", start);
      root.addEventListener("click", (e) => {
        const button = e.target.closest?.("button[data-example]");
        if (!button || this.widget) return;
        // Once mounted, the UI's own handler loads the example.
        load().then(() => this.widget && button.click());
      });
    }
    mounted.add(this);
    if (current && !this.widget) this.mountChecker();
    // `loading="eager"` (a page that is the checker): load at once, not
    // after the first layout tells the observer it is in view.
    else if (!current) nearby && this.getAttribute("loading") !== "eager" ? nearby.observe(this) : load();
  }

  disconnectedCallback() {
    mounted.delete(this);
    nearby?.unobserve(this);
    try {
      this.widget?.free();
    } catch {
      // the instance that made it is gone
    }
    this.widget = undefined;
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.widget) {
      // Before the module: keep the first draw in step.
      const root = this.shadowRoot;
      if (!root) return;
      if (name === "verified") root.querySelector("input.sc-verified").value = value ?? "";
      else root.querySelector(".sc").dataset.layout = value !== null ? "compact" : "full";
      return;
    }
    guarded(() =>
      name === "verified" ? this.widget.set_verified(value ?? "") : this.widget.set_compact(value !== null),
    );
  }

  /** Takes over the first draw (or, after a recovery, rebuilds) in the shadow root. */
  mountChecker(notice) {
    this.widget = guarded((glue) =>
      glue.mount(this.shadowRoot, {
        adopt: !notice,
        rules,
        downloads: downloadsFor(this.getAttribute("downloads")),
        platform,
        stylesheet: notice ? stylesheet : undefined,
        compact: this.hasAttribute("compact"),
        // What the verified field holds now (drawn from the attribute, maybe edited since).
        verified: undefined,
        notice,
      }),
    );
  }
}

/** The downloads folder an embedder named (http(s) or relative only), else ours. */
function downloadsFor(attribute) {
  if (!attribute) return downloads;
  try {
    const url = new URL(attribute.endsWith("/") ? attribute : `${attribute}/`, document.baseURI);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : downloads;
  } catch {
    return downloads;
  }
}

customElements.define("smtp-check", SmtpCheck);

/** Lints `text`; returns the report (same shape as `smtp-probe lint --format json`). Needs `await loaded`. */
export function validate(text, options = {}) {
  return guarded((glue) => glue.validate(String(text), options));
}

/**
 * Lints `text` and applies its fixes (the safe ones; the unsafe ones too with
 * `unsafe: true`): `{ report, applied: { text, applied, skipped } }`, where
 * `applied.text` is what `smtp-probe lint --fix` prints. Needs `await loaded`.
 */
export function fix(text, options = {}) {
  return guarded((glue) => glue.fix(String(text), options));
}

/** Awaiting it loads the module (once) and resolves when it is usable. */
export const loaded = {
  then(resolve, reject) {
    return load()
      .then(() => undefined)
      .then(resolve, reject);
  },
};

/** Test-only: makes the module panic, to check the recovery. */
export function __test_panic() {
  return guarded((glue) => glue.__test_panic());
}
