// Shared by the browser tests and the bench: a static server for the page as
// served (build.sh build_site) on a random 127.0.0.1 port that records every
// request, and Debian's Chromium driven by playwright-core (no browser
// download).

import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
// The page as ./build.sh builds it (build_wasm ends with build_site): www/
// with its built parts and its JS and CSS minified, in the target directory
// (as build.sh finds it). The tests check what is served, not the sources.
export const WWW = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? "target", "site");
if (!existsSync(join(WWW, "pkg/smtp_check_bg.wasm"))) {
  throw new Error(`no built page in ${WWW}: build it first (./build.sh serve, or build.sh's build_wasm)`);
}
export const SCREENSHOTS = join(ROOT, "tests/artifacts/screenshots");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".ts": "text/plain; charset=utf-8",
  ".json": "application/json",
};

/**
 * Serves `dir` on 127.0.0.1:<random>. No CSP header: the page's own
 * `<meta http-equiv>` policy must do the work. `headers` are added to every
 * response (the bench uses them for cross-origin isolation, which gives
 * `performance.now()` a finer resolution).
 */
export async function serve({ dir = WWW, headers = {} } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      requests.push({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString("utf8") });
      const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(dir, path);
      try {
        if (statSync(file).isDirectory()) file = join(file, "index.html");
        const body = readFileSync(file);
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
        res.end(body);
      } catch {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
      }
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches /usr/bin/chromium headless with a throwaway profile. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), "smtp-check-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  // Every request the browser starts, from any page of the context; `failure`
  // is set when it never went out (net::ERR_BLOCKED_BY_CSP…).
  const requests = [];
  const byRequest = new Map();
  context.on("request", (r) => {
    const entry = { url: r.url(), method: r.method(), body: r.postData() ?? "", failure: null };
    byRequest.set(r, entry);
    requests.push(entry);
  });
  context.on("requestfailed", (r) => {
    const entry = byRequest.get(r);
    if (entry) entry.failure = r.failure()?.errorText ?? "failed";
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, requests, close };
}

/** Opens `url`, loads the module and waits until the checker is mounted. Collects page errors. */
export async function open(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  await page.goto(url);
  // The page draws the checker at once and loads the module when it is
  // needed: ask for it, and wait until the UI has taken over.
  await page.evaluate(() => import("/smtp-check.js").then((m) => m.loaded));
  await page.locator("smtp-check .sc[data-mounted]").first().waitFor();
  return page;
}

/** Pastes `text` into the (first) checker; resolves once it is rendered. */
export async function paste(page, text, scope = "smtp-check") {
  await page.locator(`${scope} textarea.sc-text`).fill(text);
}

/** The report the widget rendered last. */
export function validateIn(page, text, verified = "") {
  return page.evaluate(
    ([t, v]) => import("/smtp-check.js").then((m) => m.validate(t, { verified: v })),
    [text, verified],
  );
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** The findings shown: [{id, severity, message}] in order. */
export function shownFindings(page, scope = "smtp-check") {
  return page.locator(`${scope} li.sc-finding`).evaluateAll((items) =>
    items.map((li) => ({
      id: li.dataset.id,
      severity: li.dataset.severity,
      message: li.querySelector(".sc-msg")?.textContent,
    })),
  );
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's violations on the whole document, shadow roots included:
 * [{id, impact, nodes}]. Injected through the DevTools protocol, which the
 * page's CSP does not govern: the page's own policy stays on.
 */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  return page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) })),
    ),
  );
}
