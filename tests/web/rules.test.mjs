// Rule help pages: `smtp-probe rules --format html` writes one page per rule
// (what `./build.sh dist` ships); every finding on the page links to its
// rule's page, the link resolves, and the page obeys the site's CSP.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, WWW, serve, launch, open, paste } from "./lib/harness.mjs";

const PROBE = process.env.SMTP_PROBE ?? join(ROOT, "target/debug/smtp-probe");
const CONFIG = `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmark.com
MAIL_PORT=465
MAIL_USERNAME=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948
MAIL_PASSWORD=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\u200B
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="orders@gmail.com"
`;

let server, browser, ids;

before(async () => {
  const run = (args) => spawnSync(PROBE, args, { encoding: "utf8" });
  const html = run(["rules", "--format", "html", "--out", join(WWW, "rules")]);
  assert.equal(html.status, 0, html.stderr);
  ids = JSON.parse(run(["rules", "--format", "json"]).stdout).map((r) => r.id);
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("every finding links to its rule's page, and each link resolves", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  await paste(page, CONFIG);
  const links = await page.locator("smtp-check li.sc-finding").evaluateAll((items) =>
    items.map((li) => ({ id: li.dataset.id, href: li.querySelector("a.sc-rule")?.href })),
  );
  assert.ok(links.length >= 3);
  for (const { id, href } of links) {
    assert.ok(href, `${id} has a link`);
    assert.equal(new URL(href).pathname, `/rules/${id}.html`);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200, href);
    assert.match(await response.text(), new RegExp(`<code>${id}</code>`));
  }
  await page.close();
});

test("a rule page and the index load under the CSP with nothing blocked, every rule listed", async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/rules/port/465-unsupported.html`);
  assert.match(await page.title(), /port\/465-unsupported/);
  assert.equal(await page.locator("h2").first().textContent(), "What it checks");
  // The site's stylesheet applied (the CSP allowed it).
  assert.notEqual(await page.locator("body").evaluate((b) => getComputedStyle(b).maxWidth), "none");
  await page.locator("a", { hasText: "All rules" }).click();
  await page.waitForURL(/\/rules\/index\.html$/);
  const listed = await page.locator("li a code").allTextContents();
  assert.deepEqual(listed, ids);
  assert.deepEqual(errors, []);
  await page.close();
});
