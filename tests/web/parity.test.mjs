// Parity: for every fixture under tests/fixtures/ (the directory is walked,
// so new fixtures are covered automatically), the page's validate() returns
// exactly what `smtp-probe lint --format json` prints.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT, serve, launch, open } from "./lib/harness.mjs";

const FIXTURES = join(ROOT, "tests/fixtures");
const PROBE = process.env.SMTP_PROBE ?? join(ROOT, "target/debug/smtp-probe");
// The page is given the whole file, as the CLI reads it: both report a
// file over the limit by its real size (input/too-large).

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

let server, browser, page;

before(async () => {
  server = await serve();
  browser = await launch();
  page = await open(browser.context, `${server.origin}/`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("validate() in the page equals smtp-probe lint --format json for every fixture", async (t) => {
  assert.ok(existsSync(PROBE), `native binary missing: ${PROBE} (cargo build --bin smtp-probe)`);
  const files = walk(FIXTURES);
  assert.ok(files.length > 0, "no fixtures found");
  const cases = files.map((file) => {
    // Read and decoded like the CLI does (invalid UTF-8 becomes U+FFFD).
        const text = readFileSync(file).toString("utf8");
    const verified = verifiedOf(text);
    const args = ["lint", "--format", "json", ...(verified === null ? [] : ["--verified", verified]), file];
    const run = spawnSync(PROBE, args, { encoding: "utf8", maxBuffer: 64 << 20 });
    assert.ok(run.status === 0 || run.status === 1, `${file}: exit ${run.status}: ${run.stderr}`);
    return { name: relative(ROOT, file), text, verified: verified ?? "", native: JSON.parse(run.stdout) };
  });
  const web = await page.evaluate(
    (list) =>
      import("/smtp-check.js").then((m) => list.map(({ text, verified }) => m.validate(text, { verified }))),
    cases.map(({ text, verified }) => ({ text, verified })),
  );
  const mismatches = [];
  cases.forEach((c, i) => {
    try {
      assert.deepStrictEqual(web[i], c.native);
    } catch (e) {
      mismatches.push(`${c.name}:\n${e.message.slice(0, 2000)}`);
    }
  });
  assert.deepEqual(mismatches, [], `${mismatches.length} of ${cases.length} fixtures differ`);
  t.diagnostic(`parity checked on ${cases.length} fixtures`);
});

test("validate() returns plain JSON data (null, not undefined; plain objects)", async () => {
  const r = await page.evaluate(() =>
    import("/smtp-check.js").then((m) => {
      const r = m.validate("MAIL_HOST=smtp.postmarkapp.com\n", { verified: ["a.io", "b.io"] });
      return {
        plain: Object.getPrototypeOf(r) === Object.prototype,
        roundTrip: JSON.stringify(JSON.parse(JSON.stringify(r))) === JSON.stringify(r),
        hasUndefined: JSON.stringify(r, (k, v) => (v === undefined ? "__undef__" : v)).includes("__undef__"),
        sameWithString:
          JSON.stringify(m.validate("x", { verified: "a.io, b.io" })) === JSON.stringify(m.validate("x", { verified: ["a.io", "b.io"] })),
        noOptions: typeof m.validate("x").summary.errors,
      };
    }),
  );
  assert.deepEqual(r, { plain: true, roundTrip: true, hasUndefined: false, sameWithString: true, noOptions: "number" });
});
