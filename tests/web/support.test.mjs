// "Copy report for support": one click puts a Markdown report on the
// clipboard (read back from Chromium's real clipboard): every finding with
// id, line, why and fix, what was understood, the probe command, the
// version, and never a secret. Rendered as GitHub-flavoured Markdown
// (marked), text from the paste makes no link, image, HTML or heading.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { marked } from "marked";
import { serve, launch, open, paste } from "./lib/harness.mjs";

const TOKEN = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";
const SECRET = "s3cr3t-Passw0rd-Xy9-lonG-enough";
const CONFIG = `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmark.com
MAIL_PORT=465
MAIL_USERNAME=${TOKEN}
MAIL_PASSWORD=${SECRET}
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="orders@gmail.com"
`;
const HOSTILE = `MAIL_HOST=[click me](https://evil.example/x)![i](https://evil.example/i.png)<img src=x onerror=alert(1)>
MAIL_PORT=465 <script>alert(1)</script>
MAIL_USERNAME=${TOKEN}
MAIL_PASSWORD=${TOKEN}
MAIL_FROM_ADDRESS="\`\`\`<b>x</b>@www.evil.example"
MAIL_FROM_NAME="# Heading | table | https://evil.example/bare"
`;

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch({ permissions: ["clipboard-read", "clipboard-write"] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Pastes `text`, clicks the button, returns the clipboard's text. */
async function copied(page, text) {
  await paste(page, text);
  const button = page.locator("smtp-check button.sc-support");
  await button.click();
  await page.waitForFunction(() =>
    document.querySelector("smtp-check").shadowRoot.querySelector("button.sc-support").textContent === "Copied",
  );
  return page.evaluate(() => navigator.clipboard.readText());
}

function assertNoSecret(md, secret) {
  for (let i = 0; i + 9 <= secret.length; i++) {
    assert.ok(!md.includes(secret.slice(i, i + 9)), `leaks ${secret.slice(i, i + 9)}`);
  }
}

test("the button copies a complete Markdown report without a secret", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  assert.ok(!(await page.locator("smtp-check button.sc-support").isVisible()), "hidden while the paste is empty");
  const md = await copied(page, CONFIG);
  const report = await page.locator("smtp-check").evaluate((h) => h.widget.report());
  assert.ok(report.findings.length >= 3);
  for (const f of report.findings) {
    assert.ok(md.includes(`\`${f.id}\``), `finding ${f.id}`);
    if (f.span) assert.ok(md.includes(`line ${f.span.line}, column ${f.span.column}`), `place of ${f.id}`);
  }
  assert.match(md, /^## SMTP settings check for Postmark/);
  assert.match(md, /### What was understood[\s\S]*- Host: `smtp\.postmark\.com`[\s\S]*- Port: `465`/);
  assert.match(md, /- Why: /);
  assert.match(md, /- Fix: /);
  assert.match(md, /```sh\n[\s\S]*smtp-probe probe --host [\s\S]*--password-env SMTP_PASSWORD\n```/);
  assert.match(md, /### Details to add/);
  assert.ok(md.includes(`smtp-check ${report.version}`), "the version");
  assertNoSecret(md, TOKEN);
  assertNoSecret(md, SECRET);
  assert.ok(md.includes("1f86"), "the username shows redacted, not removed");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("text from the paste cannot inject Markdown or HTML into the report", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  const md = await copied(page, HOSTILE);
  assertNoSecret(md, TOKEN);
  const html = marked.parse(md, { gfm: true });
  const tags = (name) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);
  assert.deepEqual(tags("img"), [], "no image");
  assert.deepEqual(tags("script"), [], "no script");
  assert.deepEqual(tags("b"), [], "no raw HTML");
  assert.deepEqual(tags("table"), [], "no table");
  assert.deepEqual(tags("a"), [], "no link (this report has no rule links)");
  assert.deepEqual(tags("h1"), [], "no top-level heading");
  assert.deepEqual(
    [...html.matchAll(/<h[23]>([^<]*)<\/h[23]>/g)].map((m) => m[1]),
    ["SMTP settings check for Postmark", "What was understood", `Problems (${(await page.locator("smtp-check li.sc-finding").count())})`, "Connection test", "Details to add"],
    "only the report's own headings",
  );
  await page.close();
});

test("the injection check can fail: the same text unescaped makes links and images", () => {
  const html = marked.parse(HOSTILE, { gfm: true });
  assert.ok(/<a\b/.test(html) && /<img\b/.test(html));
});
