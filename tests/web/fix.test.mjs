// The "Corrected settings" panel and fix(): paste configs with fixable
// problems, see the diff, toggle the fixes to confirm, copy the corrected
// text and lint it with the native binary (no safe-fixable finding is left),
// apply it to the paste; and parity: fix() in the page prints what
// `smtp-probe lint --fix` prints, for every dialect fixture.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT, serve, launch, open, paste, shownFindings, screenshotPath } from "./lib/harness.mjs";

const PROBE = process.env.SMTP_PROBE ?? join(ROOT, "target/debug/smtp-probe");
const DIALECTS = join(ROOT, "tests/fixtures/dialects");
const TOKEN = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";

const CASES = {
  "laravel-env": `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=465
MAIL_USERNAME=${TOKEN}
MAIL_PASSWORD="${TOKEN} "
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="hello@acme-widgets.io"
`,
  nodemailer: `const transporter = nodemailer.createTransport({
  host: "smtp.postmarkapp.com",
  port: 465,
  secure: true,
  auth: {
    user: "${TOKEN}",
    pass: "${TOKEN}",
  },
});
`,
};

let server, browser, page, work;

before(async () => {
  assert.ok(existsSync(PROBE), `native binary missing: ${PROBE} (cargo build --bin smtp-probe)`);
  work = mkdtempSync(join(tmpdir(), "smtp-check-fix-"));
  server = await serve();
  browser = await launch({ permissions: ["clipboard-read", "clipboard-write"] });
  page = await open(browser.context, `${server.origin}/`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** `smtp-probe lint --format json FILE` of `text`. */
function nativeLint(text, name) {
  const file = join(work, name);
  writeFileSync(file, text);
  const run = spawnSync(PROBE, ["lint", "--format", "json", file], { encoding: "utf8" });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const hasSafeFix = (f) => f.fixes.some((x) => x.applicability === "safe");
const panel = (sel = "") => page.locator(`smtp-check .sc-fixed ${sel}`.trim());
const diffLines = (kind) => panel(`.sc-dl[data-kind="${kind}"] .sc-dl-text`).allTextContents();

for (const [dialect, text] of Object.entries(CASES)) {
  test(`${dialect}: the panel shows the diff, copies text that lints clean of safe-fixable findings`, async () => {
    await paste(page, text);
    const before = nativeLint(text, `before-${dialect}.txt`);
    assert.equal(before.configs.find((c) => c.active)?.client, dialect);
    assert.ok(before.findings.some(hasSafeFix), "the paste has safe-fixable findings");

    assert.equal(await panel().isVisible(), true);
    assert.equal(await panel("h2").textContent(), "Corrected settings");
    const removed = await diffLines("del");
    const added = await diffLines("add");
    assert.ok(removed.length > 0 && added.length > 0, `diff: -${removed} +${added}`);
    assert.ok(removed.some((l) => l.includes("465")), `removed: ${removed}`);
    const expected = await page.evaluate((t) => import("/smtp-check.js").then((m) => m.fix(t)), text);
    // The diff's sides rebuild the paste and the corrected text (context
    // lines aside, which these short pastes show in full).
    const side = (skip) =>
      panel(".sc-dl").evaluateAll(
        (rows, skip) =>
          rows
            .filter((r) => r.dataset.kind !== skip && r.dataset.kind !== "skip")
            .map((r) => r.querySelector(".sc-dl-text").textContent + "\n")
            .join(""),
        skip,
      );
    if ((await panel('.sc-dl[data-kind="skip"]').count()) === 0) {
      assert.equal(await side("add"), text);
      assert.equal(await side("del"), expected.applied.text);
    } else {
      for (const line of (await side("add")).split("\n")) assert.ok(text.includes(line), line);
      for (const line of (await side("del")).split("\n")) assert.ok(expected.applied.text.includes(line), line);
    }
    assert.equal(
      await panel(".sc-fixes-applied li").count(),
      expected.applied.applied.length,
      "every fix applied is listed",
    );
    // Secrets are deleted around, never re-typed: the token is still there once per place.
    assert.equal(expected.applied.text.split(TOKEN).length, text.split(TOKEN).length);

    // The toggle for the fixes to confirm: keyboard operable, labelled.
    const toggle = panel("input.sc-unsafe");
    assert.equal(await panel("label.sc-toggle").textContent(), "Include fixes to confirm (unsafe)");
    await toggle.focus();
    await page.keyboard.press("Space");
    assert.equal(await toggle.isChecked(), true);
    const withUnsafe = await page.evaluate((t) => import("/smtp-check.js").then((m) => m.fix(t, { unsafe: true })), text);
    assert.equal(await panel(".sc-fixes-applied li").count(), withUnsafe.applied.applied.length);
    assert.equal(await panel('.sc-fixes-skipped li[data-reason="unsafe"]').count(), 0);
    if (dialect === "laravel-env") await page.locator("smtp-check .sc-fixed").screenshot({ path: screenshotPath("fix-panel-light") });
    await page.keyboard.press("Space");
    assert.equal(await toggle.isChecked(), false);
    // Tab goes on to Copy, then to Apply.
    const active = () => page.locator("smtp-check").evaluate((h) => h.shadowRoot.activeElement?.className);
    await page.keyboard.press("Tab");
    assert.equal(await active(), "sc-copy-fixed");
    await page.keyboard.press("Tab");
    assert.equal(await active(), "sc-apply sc-apply-all");

    // Copy: the clipboard holds the corrected text; the native binary finds
    // no finding with a safe fix in it.
    const copy = panel("button.sc-copy-fixed");
    await copy.click();
    await page.waitForFunction(
      () => document.querySelector("smtp-check").shadowRoot.querySelector(".sc-copy-fixed").textContent === "Copied",
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, expected.applied.text);
    const after = nativeLint(copied, `after-${dialect}.txt`);
    assert.equal(after.configs.find((c) => c.active)?.client, dialect, "still the same dialect");
    const left = after.findings.filter(hasSafeFix).map((f) => f.id);
    assert.deepEqual(left, [], "no safe-fixable finding remains");
    const wasSafe = new Set(before.findings.filter(hasSafeFix).map((f) => f.id));
    assert.deepEqual(after.findings.filter((f) => wasSafe.has(f.id)).map((f) => f.id), []);

    // Apply to the paste: the text area holds it and the findings update.
    await panel("button.sc-apply-all").click();
    assert.equal(await page.locator("smtp-check textarea.sc-text").inputValue(), copied);
    const shown = (await shownFindings(page)).map((f) => f.id);
    assert.deepEqual(shown, after.findings.map((f) => f.id));
    const focused = await page.locator("smtp-check").evaluate((h) => h.shadowRoot.activeElement?.className);
    assert.equal(focused, "sc-text");
  });
}

test("the panel is hidden for an empty paste and for a paste with nothing to fix", async () => {
  await paste(page, "");
  assert.equal(await panel().isVisible(), false);
  await paste(page, "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n");
  const r = await page.evaluate(() =>
    import("/smtp-check.js").then((m) => m.fix("MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n")),
  );
  const fixable = r.report.findings.some((f) => f.fixes.length > 0);
  assert.equal(await panel().isVisible(), fixable);
});

test("the panel in the dark theme and at phone width", async () => {
  await paste(page, CASES["laravel-env"]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.locator("smtp-check .sc-fixed").screenshot({ path: screenshotPath("fix-panel-dark") });
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = await page.locator("smtp-check").evaluate((h) => {
    const s = h.shadowRoot.querySelector(".sc-fixed");
    return s.scrollWidth <= s.clientWidth + 1;
  });
  assert.ok(fits, "no horizontal overflow at phone width");
  await page.locator("smtp-check .sc-fixed").screenshot({ path: screenshotPath("fix-panel-phone-dark") });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("the embed has the panel inside its shadow root", async () => {
  const embed = await open(browser.context, `${server.origin}/examples/help-article.html`);
  await paste(embed, CASES.nodemailer);
  const inShadow = await embed.locator("smtp-check").evaluate((h) => ({
    panel: !!h.shadowRoot.querySelector(".sc-fixed:not([hidden]) .sc-diff"),
    leaked: !!document.querySelector(".sc-fixed"),
  }));
  assert.deepEqual(inShadow, { panel: true, leaked: false });
  await embed.close();
});

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((p) => !p.endsWith(".snap"))
    .sort();
}

/** Verified senders from a first line `… verified: a@b.c,example.org` (the fixtures' convention). */
function verifiedOf(text) {
  const first = text.split("\n", 1)[0];
  const at = first.indexOf("verified:");
  return at < 0 ? null : first.slice(at + "verified:".length);
}

test("fix() in the page prints what smtp-probe lint --fix prints, for every dialect fixture", async (t) => {
  const files = walk(DIALECTS);
  assert.ok(files.length > 0, "no fixtures found");
  const cases = files.flatMap((file) => {
    const text = readFileSync(file).toString("utf8");
    const verified = verifiedOf(text);
    return [false, true].map((unsafe) => {
      const args = ["lint", "--fix", ...(unsafe ? ["--unsafe-fixes"] : []), ...(verified === null ? [] : ["--verified", verified]), file];
      const run = spawnSync(PROBE, args, { encoding: "utf8", maxBuffer: 64 << 20 });
      assert.ok(run.status === 0 || run.status === 1, `${file}: exit ${run.status}: ${run.stderr}`);
      return { name: `${relative(ROOT, file)}${unsafe ? " (unsafe)" : ""}`, text, verified: verified ?? "", unsafe, native: run.stdout };
    });
  });
  const web = await page.evaluate(
    (list) => import("/smtp-check.js").then((m) => list.map(({ text, verified, unsafe }) => m.fix(text, { verified, unsafe }).applied.text)),
    cases.map(({ text, verified, unsafe }) => ({ text, verified, unsafe })),
  );
  const mismatches = cases.filter((c, i) => web[i] !== c.native).map((c) => c.name);
  assert.deepEqual(mismatches, [], `${mismatches.length} of ${cases.length} differ`);
  const changed = cases.filter((c) => c.native !== c.text).length;
  t.diagnostic(`fix parity on ${cases.length} fixture runs (${changed} changed by fixes)`);
});
