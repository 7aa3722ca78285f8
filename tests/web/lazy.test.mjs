// The lazy embed: a help article pays a few KB for <smtp-check> until a
// reader uses it. Before any interaction only the page, smtp-check.js and
// smtp-check.css load (≤ 15 KB gzipped, no WebAssembly); focusing, an
// example click or scrolling near it loads the module, and the UI takes over
// the text area the reader already typed in: text, caret, focus and undo stay.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, WWW, serve, launch, shownFindings } from "./lib/harness.mjs";

const ARTICLE = "/examples/help-article.html";
const BUDGET = 15 * 1024;

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch({ viewport: { width: 1280, height: 600 } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the article without touching the checker; it is well below the fold. */
async function article() {
  const start = server.requests.length;
  const page = await browser.context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  await page.goto(`${server.origin}${ARTICLE}`);
  await page.locator("smtp-check textarea.sc-text").waitFor();
  const below = await page.locator("smtp-check").evaluate((h) => h.getBoundingClientRect().top - innerHeight);
  assert.ok(below > 400, `the checker starts ${below} px below the viewport`);
  await page.waitForTimeout(500);
  const paths = () => server.requests.slice(start).map((r) => new URL(r.url, server.origin).pathname);
  return { page, paths };
}

const mountedIn = (page) => page.locator("smtp-check .sc[data-mounted]").count();

function gzipped(paths) {
  let total = 0;
  for (const p of new Set(paths)) {
    const file = join(WWW, p.endsWith("/") ? `${p}index.html` : p);
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

test("before any interaction: no WebAssembly, at most 15 KB gzipped, the paste area is drawn", async () => {
  const { page, paths } = await article();
  const loaded = paths();
  assert.ok(!loaded.some((p) => p.startsWith("/pkg/")), loaded.join());
  assert.ok(loaded.includes("/smtp-check.js") && loaded.includes("/smtp-check.css"), loaded.join());
  const bytes = gzipped(loaded);
  assert.ok(bytes <= BUDGET, `${bytes} bytes gzipped`);
  assert.equal(await mountedIn(page), 0);
  // Drawn and labelled already (the same elements the UI adopts).
  assert.equal(await page.locator("smtp-check label.sc-label").first().textContent(), "Paste your SMTP settings");
  assert.equal(await page.locator("smtp-check input.sc-verified").inputValue(), "acme-widgets.io");
  assert.equal(await page.locator("smtp-check .sc-status").textContent(), "Paste a configuration to check it.");
  const width = await page.locator("smtp-check textarea").evaluate((a) => a.getBoundingClientRect().width);
  assert.ok(width > 400, "styled full width before the module");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the page's own JavaScript and CSS are served minified, under the names of their readable sources", () => {
  for (const file of ["smtp-check.js", "smtp-check.css", "page.css"]) {
    const served = readFileSync(join(WWW, file), "utf8");
    const source = readFileSync(join(ROOT, "www", file), "utf8");
    // No comment and no indented line (the sources have both).
    const readable = /^[ \t]*(\/\/|\/\*)|^[ \t]+\S/m;
    assert.ok(readable.test(source), `${file}: the source is readable`);
    assert.ok(!readable.test(served), `${file}: served as written, not minified (build.sh build_site)`);
    assert.ok(served.length < source.length, `${file}: ${served.length} of ${source.length} bytes`);
  }
});

test("the example titles drawn before the module are the module's own", async () => {
  const { page } = await article();
  const drawn = await page.locator("smtp-check button.sc-example").allTextContents();
  await page.evaluate(() => import("/smtp-check.js").then((m) => m.loaded));
  await page.locator("smtp-check .sc[data-mounted]").waitFor();
  // Rebuilt by the module from src/advice/examples.rs (a fresh, non-adopting mount).
  const own = await page.evaluate(async () => {
    const glue = await import("/pkg/smtp_check.js");
    const div = document.createElement("div");
    glue.mount(div, {}).free();
    return [...div.querySelectorAll("button.sc-example")].map((b) => b.textContent);
  });
  assert.deepEqual(drawn, own);
  await page.close();
});

test("typing before the module loads: the UI takes over the same text area, text, caret, focus and undo", async () => {
  const { page, paths } = await article();
  const area = page.locator("smtp-check textarea.sc-text");
  await area.focus(); // scrolls it into view and starts the load
  await page.keyboard.type("MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\n");
  await page.locator("smtp-check .sc[data-mounted]").waitFor();
  assert.ok(paths().some((p) => p.endsWith(".wasm")));
  await page.waitForFunction(() => document.querySelector("smtp-check").shadowRoot.querySelector("li.sc-finding"));
  const ids = (await shownFindings(page)).map((f) => f.id);
  assert.ok(ids.includes("port/465-unsupported"), ids.join());
  const state = await area.evaluate((a) => ({
    value: a.value,
    caret: a.selectionStart,
    focused: a.getRootNode().activeElement === a,
    same: a === a.getRootNode().querySelector("textarea"),
  }));
  assert.deepEqual(state, { value: "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\n", caret: state.value.length, focused: true, same: true });
  await page.keyboard.press("Control+z");
  assert.notEqual(await area.inputValue(), state.value, "the typing is still on the undo stack");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an example clicked before the module loads is shown once it has", async () => {
  const { page } = await article();
  await page.locator("smtp-check button.sc-example").first().click();
  await page.waitForFunction(() => document.querySelector("smtp-check").shadowRoot.querySelector("li.sc-finding"));
  assert.ok((await page.locator("smtp-check textarea").inputValue()).length > 20);
  await page.close();
});

test("scrolling the checker near the viewport loads it, with no interaction", async () => {
  const { page, paths } = await article();
  assert.equal(await mountedIn(page), 0);
  await page.locator("smtp-check").evaluate((h) => scrollTo(0, scrollY + h.getBoundingClientRect().top - innerHeight - 100));
  await page.locator("smtp-check .sc[data-mounted]").waitFor();
  assert.ok(paths().some((p) => p.endsWith(".wasm")));
  await page.close();
});

test('loading="eager" loads the module at once, even below the fold, without any interaction', async () => {
  const { page } = await article();
  assert.equal(await mountedIn(page), 0, "the lazy checker waits");
  // The same article with the attribute set before the element is parsed.
  const start = server.requests.length;
  await page.route(`${server.origin}${ARTICLE}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace("<smtp-check", '<smtp-check loading="eager"') });
  });
  await page.reload();
  await page.locator("smtp-check .sc[data-mounted]").waitFor({ state: "attached" });
  const below = await page.locator("smtp-check").evaluate((h) => h.getBoundingClientRect().top - innerHeight);
  assert.ok(below > 400, `still ${below} px below the viewport`);
  const paths = server.requests.slice(start).map((r) => new URL(r.url, server.origin).pathname);
  assert.ok(paths.some((p) => p.endsWith(".wasm")), paths.join());
  assert.ok(!(await page.evaluate(() => document.activeElement?.tagName === "SMTP-CHECK")), "nothing was focused");
  await page.close();
});
