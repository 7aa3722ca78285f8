// Applying fixes is an edit the browser records: Ctrl+Z in the paste area
// brings back the text as it was (and its findings), Ctrl+Shift+Z redoes it,
// for "Apply to the paste", a finding's own "Apply" button and an example.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, open, paste, shownFindings } from "./lib/harness.mjs";

const TOKEN = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";
const CONFIG = `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=465
MAIL_USERNAME=${TOKEN}
MAIL_PASSWORD="${TOKEN} "
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="hello@acme-widgets.io"
`;

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const area = (page) => page.locator("smtp-check textarea.sc-text");
const ids = async (page) => (await shownFindings(page)).map((f) => f.id);

/** Types the config (so the undo stack has real typing under the fix). */
async function typed(page) {
  await paste(page, CONFIG);
  await area(page).press("End");
  await area(page).pressSequentially("# end\n");
  return area(page).inputValue();
}

test("Apply to the paste can be undone and redone with the keyboard", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  const original = await typed(page);
  const before = await ids(page);
  assert.ok(before.includes("port/465-unsupported"), before.join());
  await page.locator("smtp-check button.sc-apply-all").click();
  const fixed = await area(page).inputValue();
  assert.notEqual(fixed, original);
  assert.ok(!(await ids(page)).includes("port/465-unsupported"));
  // The focus is in the paste area, which the shortcut acts on.
  assert.equal(await page.locator("smtp-check").evaluate((h) => h.shadowRoot.activeElement?.className), "sc-text");
  await page.keyboard.press("Control+z");
  assert.equal(await area(page).inputValue(), original, "Ctrl+Z restores the paste");
  assert.deepEqual(await ids(page), before, "and its findings");
  await page.keyboard.press("Control+Shift+z");
  assert.equal(await area(page).inputValue(), fixed, "Ctrl+Shift+Z redoes the fix");
  // Typing before the fix is still on the stack below it.
  // (Chromium groups typed characters into a few undo steps.)
  await page.keyboard.press("Control+z");
  for (let i = 0; i < 8 && (await area(page).inputValue()).includes("# end"); i++) await page.keyboard.press("Control+z");
  assert.ok(!(await area(page).inputValue()).includes("# end"), "the typing before is undone next");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a finding's Apply button is one undo step that only touches its range", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  const original = await typed(page);
  const report = await page.locator("smtp-check").evaluate((h) => h.widget.report());
  const i = report.findings.findIndex((f) => f.id === "port/465-unsupported" && f.fixes.length > 0);
  assert.ok(i >= 0, "the port finding has a fix");
  // The caret far from the fix stays where it was (only the fix's range is replaced).
  await area(page).evaluate((a) => a.setSelectionRange(3, 3));
  await page.locator(`smtp-check button.sc-apply[data-fix="${i}:0"]`).click();
  const fixed = await area(page).inputValue();
  assert.notEqual(fixed, original);
  const edits = report.findings[i].fixes[0].edits;
  const expected = [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), original);
  assert.equal(fixed, expected, "the text is the report's edit applied");
  await page.keyboard.press("Control+z");
  assert.equal(await area(page).inputValue(), original);
  await page.keyboard.press("Control+Shift+z");
  assert.equal(await area(page).inputValue(), fixed);
  await page.close();
});

test("choosing an example can be undone", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  const original = await typed(page);
  await page.locator("smtp-check button.sc-example").first().click();
  const example = await area(page).inputValue();
  assert.notEqual(example, original);
  await page.keyboard.press("Control+z");
  assert.equal(await area(page).inputValue(), original);
  await page.close();
});

test("the undo check can fail: setting value directly leaves nothing to undo", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  const original = await typed(page);
  await area(page).evaluate((a) => {
    a.value = "MAIL_PORT=587\n";
    a.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await area(page).focus();
  await page.keyboard.press("Control+z");
  assert.notEqual(await area(page).inputValue(), original);
  await page.close();
});
