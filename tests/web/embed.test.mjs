// The embed: <smtp-check> inside a help-center article whose stylesheet is
// deliberately hostile keeps its look and works; its attributes work; a
// panic inside the module is reported and the checker recovers.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WWW, serve, launch, open, paste, shownFindings, screenshotPath } from "./lib/harness.mjs";

const TOKEN = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";
const CONFIG = `MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_USERNAME=${TOKEN}\nMAIL_PASSWORD=${TOKEN}\nMAIL_FROM_ADDRESS=hello@other-company.com\n`;

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the widget keeps its own look and works under the article's hostile stylesheet", async () => {
  const page = await open(browser.context, `${server.origin}/examples/help-article.html`);
  // The stylesheet really is hostile to the page itself…
  const h1 = await page.locator("h1").evaluate((e) => getComputedStyle(e).fontSize);
  assert.equal(h1, "64px");
  // …but not to the checker.
  const look = await page.locator("smtp-check").evaluate((host) => {
    const root = host.shadowRoot;
    const css = (sel) => getComputedStyle(root.querySelector(sel));
    const box = host.getBoundingClientRect();
    return {
      hostDisplay: getComputedStyle(host).display,
      hostTransform: getComputedStyle(host).transform,
      hostOverflow: getComputedStyle(host).overflow,
      font: css(".sc").fontSize,
      textFont: css("textarea").fontSize,
      textTransform: css(".sc-label").textTransform,
      textareaDisplay: css("textarea").display,
      wide: box.width > 400,
      tall: box.height > 300,
    };
  });
  assert.deepEqual(look, {
    hostDisplay: "grid", // smtp-check.css: a size-contained grid (see the layout test)
    hostTransform: "none",
    hostOverflow: "visible",
    font: "16px",
    textFont: "14px",
    textTransform: "none",
    textareaDisplay: "block",
    wide: true,
    tall: true,
  });
  // The `verified` attribute pre-fills the verified senders: From is not among them.
  assert.equal(await page.locator("smtp-check input.sc-verified").inputValue(), "acme-widgets.io");
  await paste(page, CONFIG);
  const ids = (await shownFindings(page)).map((f) => f.id);
  assert.ok(ids.includes("port/465-unsupported"), ids.join());
  assert.ok(ids.includes("from/not-verified"), ids.join());
  assert.equal(await page.locator("smtp-check .sc").getAttribute("data-layout"), "compact");
  await page.locator("smtp-check").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("embed-help-article"), fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator("smtp-check").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("embed-help-article-phone"), fullPage: false });
  // Attributes change the mounted widget.
  await page.locator("smtp-check").evaluate((h) => {
    h.setAttribute("verified", "other-company.com");
    h.removeAttribute("compact");
  });
  assert.ok(!(await shownFindings(page)).some((f) => f.id === "from/not-verified"));
  assert.equal(await page.locator("smtp-check .sc").getAttribute("data-layout"), "full");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the widget does not change the host page", async () => {
  const page = await open(browser.context, `${server.origin}/examples/help-article.html`);
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href?.split("/").pop()));
  assert.deepEqual(sheets, ["help-article.css"], "no stylesheet added to the host document");
  const styleOfP = await page.locator("article p").first().evaluate((e) => getComputedStyle(e).fontSize);
  assert.equal(styleOfP, "28px");
  await page.close();
});

test("two widgets on one page work independently, and the events tell the host page", async () => {
  const page = await open(browser.context, `${server.origin}/examples/help-article.html`);
  await page.evaluate(() => {
    window.__rendered = [];
    document.addEventListener("smtp-check:rendered", (e) => window.__rendered.push(e.detail));
    const second = document.createElement("smtp-check");
    second.id = "second";
    document.querySelector("article").append(second);
  });
  await page.locator("#second textarea.sc-text").waitFor();
  await paste(page, CONFIG, "#second");
  assert.ok((await shownFindings(page, "#second")).length > 0);
  assert.equal(await page.locator("smtp-check:not(#second) li.sc-finding").count(), 0);
  const rendered = await page.evaluate(() => window.__rendered.at(-1));
  assert.ok(rendered.errors > 0);
  await page.close();
});

test("a panic is reported and the checker recovers with a fresh module, keeping the text", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  await paste(page, CONFIG);
  const before = await shownFindings(page);
  assert.ok(before.length > 0);
  const thrown = await page.evaluate(() =>
    import("/smtp-check.js").then((m) => {
      try {
        m.__test_panic();
        return "no error";
      } catch (e) {
        return e.message;
      }
    }),
  );
  assert.match(thrown, /internal error; the checker was restarted/);
  const notice = page.locator("smtp-check .sc-notice");
  await notice.waitFor({ state: "visible" });
  assert.match(await notice.textContent(), /restarted.*text is kept/);
  assert.equal(await notice.getAttribute("role"), "alert");
  assert.equal(await page.locator("smtp-check textarea").inputValue(), CONFIG, "the text is kept");
  await page.screenshot({ path: screenshotPath("page-recovered-after-panic") });
  // The fresh module works: the API and the UI.
  const r = await page.evaluate(() => import("/smtp-check.js").then((m) => m.validate("MAIL_PORT=465\n").summary.errors));
  assert.ok(r > 0);
  await page.locator("smtp-check textarea").press("End");
  await page.locator("smtp-check textarea").pressSequentially("\n");
  assert.deepEqual(await shownFindings(page), before);
  assert.ok(!(await notice.isVisible()), "the notice goes away once the text is checked again");
  // Recovery is repeatable.
  await page.evaluate(() => import("/smtp-check.js").then((m) => m.__test_panic()).catch(() => {}));
  await notice.waitFor({ state: "visible" });
  await page.locator("smtp-check textarea").pressSequentially(" ");
  assert.ok((await shownFindings(page)).length > 0);
  await page.close();
});

test("a panic outside the JS API (as in a UI event handler) is caught by the panic hook, when the build has one", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  await paste(page, CONFIG);
  // build.sh records the build's strategy: the nightly size build aborts
  // on a panic (no hook runs; the next test covers its recovery), the
  // stable build runs the hook. The module must be the build it says.
  const strategy = readFileSync(join(WWW, "pkg/panic-strategy.txt"), "utf8").trim();
  const hook = await page.evaluate(() => import("/pkg/smtp_check.js").then((glue) => glue.__panic_hook()));
  assert.equal(hook, strategy === "hook", `panic strategy ${strategy}, hook installed: ${hook}`);
  if (!hook) {
    await page.close();
    return;
  }
  // Straight into the module, bypassing smtp-check.js's guard: only the
  // Rust panic hook's `smtp-check:panic` event can start the recovery.
  const events = await page.evaluate(async () => {
    const seen = [];
    window.addEventListener("smtp-check:panic", (e) => seen.push(typeof e.detail));
    const glue = await import("/pkg/smtp_check.js");
    try {
      glue.__test_panic();
    } catch {
      // the trap
    }
    return seen;
  });
  assert.deepEqual(events, ["string"]);
  await page.locator("smtp-check .sc-notice").waitFor({ state: "visible" });
  await page.locator("smtp-check textarea").pressSequentially(" ");
  assert.ok((await shownFindings(page)).length > 0);
  await page.close();
});

test("a trap outside the JS API with no panic hook (immediate-abort) is recovered from", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  await paste(page, CONFIG);
  const before = await shownFindings(page);
  // The loader's `smtp-check:panic` listener never hears of it (as in a
  // build where no hook runs): only the uncaught trap can start the recovery.
  const trap = await page.evaluate(async () => {
    window.addEventListener("smtp-check:panic", (e) => e.stopImmediatePropagation(), { capture: true });
    const glue = await import("/pkg/smtp_check.js");
    // Uncaught, as in a UI event handler or a timer.
    setTimeout(() => glue.__test_panic());
    return new Promise((resolve) =>
      window.addEventListener("error", (e) => resolve({ runtime: e.error instanceof WebAssembly.RuntimeError, stack: String(e.error?.stack) }), { once: true }),
    );
  });
  assert.ok(trap.runtime, "a WebAssembly trap");
  assert.match(trap.stack, /smtp_check_bg\.wasm/, "its frames name the module's URL");
  const notice = page.locator("smtp-check .sc-notice");
  await notice.waitFor({ state: "visible" });
  assert.match(await notice.textContent(), /restarted.*text is kept/);
  assert.equal(await page.locator("smtp-check textarea").inputValue(), CONFIG, "the text is kept");
  await page.locator("smtp-check textarea").press("End");
  await page.locator("smtp-check textarea").pressSequentially("\n");
  assert.deepEqual(await shownFindings(page), before);
  assert.ok(!(await notice.isVisible()), "the notice goes away once the text is checked again");
  // A trap in another module on the page is not ours: no restart.
  await page.evaluate(async () => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { instance } = await WebAssembly.instantiate(bytes);
    setTimeout(() => instance.exports.f());
    await new Promise((resolve) => window.addEventListener("error", resolve, { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  assert.ok(!(await notice.isVisible()), "another module's trap does not restart the checker");
  await page.close();
});
