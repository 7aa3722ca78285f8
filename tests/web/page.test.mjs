// The page end to end: paste configs and check findings, highlights,
// summary, the probe command, examples, keyboard use, screenshots.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, open, paste, shownFindings, screenshotPath, validateIn } from "./lib/harness.mjs";

const TOKEN = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";
const LARAVEL_465 = `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=465
MAIL_USERNAME=${TOKEN}
MAIL_PASSWORD=${TOKEN}
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="hello@acme-widgets.io"
`;

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

test("an empty page invites a paste and shows no findings", async () => {
  assert.equal(await page.locator("smtp-check .sc-status").textContent(), "Paste a configuration to check it.");
  assert.equal(await page.locator("smtp-check li.sc-finding").count(), 0);
  assert.equal(await page.locator("smtp-check .sc-status").getAttribute("aria-live"), "polite");
  await page.screenshot({ path: screenshotPath("page-empty-light"), fullPage: true });
});

test("a pasted config is checked at once: findings, errors first, with why and fix", async () => {
  await paste(page, LARAVEL_465);
  const shown = await shownFindings(page);
  const report = await validateIn(page, LARAVEL_465);
  assert.deepEqual(
    shown.map((f) => f.id),
    report.findings.map((f) => f.id),
    "the page shows the report's findings in the report's order",
  );
  assert.ok(shown.some((f) => f.id === "port/465-unsupported"));
  const order = { error: 0, warning: 1, info: 2 };
  for (let i = 1; i < shown.length; i++) {
    assert.ok(order[shown[i - 1].severity] <= order[shown[i].severity], "errors first");
  }
  const first = page.locator("smtp-check li.sc-finding").first();
  assert.ok((await first.locator(".sc-why").textContent()).length > 10);
  assert.ok((await first.locator(".sc-fix").textContent()).length > 5);
  assert.match(await page.locator("smtp-check .sc-status").textContent(), /\d+ errors? and \d+ warnings?/);
  await page.screenshot({ path: screenshotPath("page-findings-light"), fullPage: true });
});

test("problem spans are highlighted in place, with the worst severity", async () => {
  await paste(page, LARAVEL_465);
  const report = await validateIn(page, LARAVEL_465);
  const f = report.findings.find((x) => x.id === "port/465-unsupported");
  const mark = page.locator(`smtp-check .sc-backdrop [data-start="${f.span.start}"]`);
  assert.equal(await mark.count(), 1);
  assert.match(await mark.getAttribute("class"), /sc-error/);
  assert.equal(await mark.textContent(), LARAVEL_465.slice(f.span.start, f.span.end).slice(0, (await mark.textContent()).length));
  // The backdrop holds exactly the text (plus the final zero-width space).
  const backdrop = await page.locator("smtp-check .sc-backdrop").textContent();
  assert.equal(backdrop, LARAVEL_465 + "\u200B");
  // The highlight sits exactly under its characters in the text area.
  const sameTop = await page.locator("smtp-check").evaluate((host, start) => {
    const root = host.shadowRoot;
    const mark = root.querySelector(`.sc-backdrop [data-start="${start}"]`);
    const area = root.querySelector("textarea");
    return { mark: mark.getBoundingClientRect().toJSON(), area: area.getBoundingClientRect().toJSON() };
  }, f.span.start);
  const lineHeight = 14 * 1.6;
  const line = f.span.line - 1;
  assert.ok(Math.abs(sameTop.mark.top - (sameTop.area.top + 10 + line * lineHeight)) < lineHeight);
});

test("invisible characters and stray spaces are shown as marked symbols and listed", async () => {
  const text = `Server: smtp.postmarkapp.com\nPort: 2525\nUsername: ${TOKEN}\nPassword: ${TOKEN}\u200B\nFrom: a@acme-widgets.io\u00A0 \n`;
  await paste(page, text);
  const inv = page.locator("smtp-check .sc-backdrop .sc-inv");
  assert.equal(await inv.count(), 2);
  assert.equal(await inv.first().getAttribute("data-mark"), "ZW");
  assert.match(await inv.first().getAttribute("class"), /sc-zw/);
  assert.equal(await page.locator("smtp-check .sc-backdrop .sc-ws").count(), 1);
  const list = await page.locator("smtp-check .sc-invisibles").textContent();
  assert.match(list, /U\+200B ZERO WIDTH SPACE at line 4, column 47/);
  assert.match(list, /U\+00A0 NO-BREAK SPACE at line 5/);
  await page.locator("smtp-check .sc-editor").screenshot({ path: screenshotPath("page-invisible-characters") });
});

test("the summary shows what was understood, secrets redacted, the active config marked", async () => {
  const text = `# production
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=587
MAIL_USERNAME=${TOKEN}
MAIL_PASSWORD=${TOKEN}
MAIL_FROM_ADDRESS=hello@acme-widgets.io
`;
  await paste(page, text);
  const card = page.locator("smtp-check li.sc-config").first();
  const value = (k) => card.locator(`.sc-row[data-key="${k}"] dd`).textContent();
  assert.equal(await value("host"), "smtp.postmarkapp.com");
  assert.equal(await value("port"), "587");
  assert.equal(await value("username"), "1f86…5948");
  assert.equal(await value("password"), "set");
  assert.equal(await value("from"), "hello@acme-widgets.io");
  assert.equal(await card.getAttribute("data-active"), "true");
  assert.equal(await card.getAttribute("data-client"), "laravel-env");
  assert.match(await card.locator(".sc-badge").textContent(), /used/);
  const shadowText = await page.locator("smtp-check").evaluate((h) => h.shadowRoot.querySelector(".sc-results").textContent);
  assert.ok(!shadowText.includes(TOKEN), "the token never appears in the results");
});

test("several configurations are shown separately", async () => {
  const report = await validateIn(page, "");
  const text = `MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=${TOKEN}\nMAIL_PASSWORD=${TOKEN}\n\nSMTP_URL=smtp://${TOKEN}:${TOKEN}@smtp.postmarkapp.com:2525\n`;
  const r = await validateIn(page, text);
  await paste(page, text);
  assert.equal(await page.locator("smtp-check li.sc-config").count(), r.configs.length);
  assert.equal(
    await page.locator('smtp-check li.sc-config[data-active="true"]').count(),
    r.configs.filter((c) => c.active).length,
  );
  assert.ok(report.findings.length >= 1, "an empty paste is itself a finding in the API");
});

test("the probe panel gives the exact command for the detected host and ports, token in an env var", async () => {
  await paste(page, LARAVEL_465);
  const command = await page.locator("smtp-check code.sc-command").textContent();
  assert.match(
    command,
    /smtp-probe probe --host smtp\.postmarkapp\.com --port 465 --port 587 --port 2525 --from hello@acme-widgets\.io --password-env SMTP_PASSWORD/,
  );
  assert.match(command, /read -rs/);
  assert.ok(!command.includes(TOKEN), "the token is never on the command line");
  const manual = await page.locator("smtp-check .sc-manual-command").allTextContents();
  assert.ok(manual.includes("telnet smtp.postmarkapp.com 2525"));
  assert.ok(manual.includes("openssl s_client -starttls smtp -connect smtp.postmarkapp.com:587 -crlf"));
  await paste(page, "EMAIL_HOST = 'smtp-broadcasts.postmarkapp.com'\nEMAIL_PORT = 25\n");
  assert.match(await page.locator("smtp-check code.sc-command").textContent(), /--host smtp-broadcasts\.postmarkapp\.com --port 25 --port 587/);
});

test("the Copy button puts the exact command on the clipboard", async () => {
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await paste(page, LARAVEL_465);
  await page.locator("smtp-check button.sc-copy").click();
  await page.locator("smtp-check button.sc-copy", { hasText: "Copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator("smtp-check code.sc-command").textContent());
});

test("every example shows its mistake", async () => {
  const buttons = page.locator("smtp-check button.sc-example");
  const n = await buttons.count();
  assert.ok(n >= 4 && n <= 6, `${n} examples`);
  const seen = new Set();
  for (let i = 0; i < n; i++) {
    await buttons.nth(i).click();
    const ids = (await shownFindings(page)).map((f) => f.id);
    assert.ok(ids.length > 0, `example ${i} shows findings`);
    assert.ok(ids.some((id) => !seen.has(id)), `example ${i} shows a mistake of its own`);
    ids.forEach((id) => seen.add(id));
  }
});

test("clicking a finding selects its span in the paste area (keyboard too)", async () => {
  const text = `MAIL_HOST=smtp.postmark.com\nMAIL_PORT=587\nMAIL_USERNAME=${TOKEN}\nMAIL_PASSWORD=${TOKEN}\nMAIL_FROM_ADDRESS=héllo@acme-widgets.io\n`;
  await paste(page, text);
  const report = await validateIn(page, text);
  const withSpan = report.findings.filter((f) => f.span);
  assert.ok(withSpan.length > 0);
  const utf16 = (byte) => new TextDecoder().decode(new TextEncoder().encode(text).slice(0, byte)).length;
  for (const f of withSpan) {
    const button = page.locator(`smtp-check li.sc-finding button.sc-jump[data-start="${f.span.start}"][data-end="${f.span.end}"]`).first();
    await button.focus();
    await page.keyboard.press("Enter");
    const sel = await page.locator("smtp-check").evaluate((h) => {
      const t = h.shadowRoot.querySelector("textarea");
      return { start: t.selectionStart, end: t.selectionEnd, focused: h.shadowRoot.activeElement === t };
    });
    assert.deepEqual(sel, { start: utf16(f.span.start), end: utf16(f.span.end), focused: true }, f.id);
  }
  await page.locator("smtp-check li.sc-finding button.sc-jump").first().click();
});

test("the page is keyboard operable: Tab reaches examples, paste area, verified field and findings", async () => {
  await paste(page, LARAVEL_465);
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  const visited = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    visited.push(
      await page.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a ? `${a.tagName.toLowerCase()}.${a.className}` : "";
      }),
    );
  }
  for (const want of ["button.sc-example", "textarea.sc-text", "input.sc-verified", "button.sc-jump", "button.sc-copy"]) {
    assert.ok(visited.includes(want), `${want} is reachable with Tab: ${visited.join(", ")}`);
  }
  // Every control has an accessible name.
  const unnamed = await page.locator("smtp-check").evaluate((h) =>
    [...h.shadowRoot.querySelectorAll("textarea, input")].filter((e) => !e.labels?.length).map((e) => e.className),
  );
  assert.deepEqual(unnamed, []);
});

test("the verified senders field feeds from/not-verified", async () => {
  await paste(page, LARAVEL_465);
  await page.locator("smtp-check input.sc-verified").fill("other-domain.com");
  assert.ok((await shownFindings(page)).some((f) => f.id === "from/not-verified"));
  await page.locator("smtp-check input.sc-verified").fill("acme-widgets.io");
  assert.ok(!(await shownFindings(page)).some((f) => f.id === "from/not-verified"));
  await page.locator("smtp-check input.sc-verified").fill("");
});

test("an apply-fix button rewrites the paste and checks again", async () => {
  // The first of these whose report carries a machine-applicable fix (the port one does).
  const candidates = [LARAVEL_465, "MAIL_HOST= smtp.postmarkapp.com\nMAIL_PORT=587\n", "MAIL_HOST=smtp.postmarkapp.com:587\n"];
  for (const text of candidates) {
    const r = await validateIn(page, text);
    const i = r.findings.findIndex((f) => f.fixes?.length);
    if (i < 0) continue;
    await paste(page, text);
    await page.locator(`smtp-check button.sc-apply[data-fix="${i}:0"]`).click();
    const after = await page.locator("smtp-check textarea").inputValue();
    assert.notEqual(after, text);
    const again = await validateIn(page, after);
    assert.ok(!again.findings.some((f) => f.id === r.findings[i].id && f.span?.start === r.findings[i].span?.start));
    return;
  }
  assert.fail("none of the candidates got a machine-applicable fix");
});

test("a paste over 1 MiB is refused at once and the page stays usable", async () => {
  await page.locator("smtp-check").evaluate((host) => {
    const area = host.shadowRoot.querySelector("textarea");
    area.value = "MAIL_PORT=465\n" + "X_SETTING=some value that repeats\n".repeat(34000);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  // Large pastes are checked after a short pause in typing.
  await page.locator('smtp-check li.sc-finding[data-id="input/too-large"]').waitFor();
  assert.deepEqual((await shownFindings(page)).map((f) => f.id), ["input/too-large"]);
  await paste(page, LARAVEL_465);
  assert.ok((await shownFindings(page)).some((f) => f.id === "port/465-unsupported"));
});

test("typing in a large paste redraws only the blocks it touches, and the layer stays the text", async () => {
  const line = (i) => `X_SETTING_${i}=some value that repeats\n`;
  const big = LARAVEL_465 + Array.from({ length: 1200 }, (_, i) => line(i)).join("");
  await paste(page, big);
  const offsetOfLine = (n) => big.split("\n").slice(0, n).join("\n").length + 1;
  // One edit the way the browser makes it (the text, then an input event),
  // and the layer right after it: the input handler runs synchronously,
  // before the check that follows a pause.
  const edit = (at, remove, insert) =>
    page.locator("smtp-check").evaluate(
      (host, [at, remove, insert]) => {
        const root = host.shadowRoot;
        const area = root.querySelector("textarea");
        const blocksNow = () => [...root.querySelectorAll(".sc-backdrop > .sc-blk")];
        const last = blocksNow().at(-1);
        last.dataset.probe = "untouched";
        const count = blocksNow().length;
        if (remove || insert) {
          area.setRangeText(insert, at, at + remove, "end");
          area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: insert }));
        }
        const value = area.value;
        const blocks = blocksNow();
        // Where each block starts in the paste (the blocks hold the text in order).
        let offset = 0;
        const aligned = blocks.every((b) => {
          const text = b.textContent.replace("\u200B", "");
          const ok = value.startsWith(text, offset) && (offset === 0 || value[offset - 1] === "\n");
          offset += text.length;
          return ok;
        });
        return {
          same: root.querySelector(".sc-backdrop").textContent === value + "\u200B",
          // Each block starts at a line start of the paste, where its text is.
          aligned,
          before: count,
          blocks: blocks.length,
          untouched: last.isConnected,
        };
      },
      [at, remove, insert],
    );
  const start = await edit(0, 0, "");
  assert.ok(start.same && start.aligned && start.blocks > 10, JSON.stringify(start));
  for (const [at, remove, insert, far] of [
    [offsetOfLine(10), 0, "a", true], // inside the first block
    [offsetOfLine(64) - 1, 1, "", true], // joins two lines across a block boundary
    [offsetOfLine(200), 0, "NEW_LINE=1\nNEW_LINE=2\n", true], // adds lines
    [offsetOfLine(400), 40, "", true], // removes more than a line
    [0, 0, "# ", true],
  ]) {
    const now = await edit(at, remove, insert);
    assert.ok(now.same && now.aligned, `after editing at ${at}: ${JSON.stringify(now)}`);
    // The last block was not in the edit: the same element, not redrawn.
    assert.equal(now.untouched, far, `after editing at ${at}`);
  }
  // After the pause the findings come back and are placed on the new text.
  await page.locator("smtp-check .sc-backdrop [data-start]").first().waitFor();
  assert.ok((await edit(0, 0, "")).same);
});

test("a 1 MiB paste is checked and shown without the highlight layer", async () => {
  const block = LARAVEL_465 + "X_SETTING=some value that repeats\n".repeat(60);
  const big = block.repeat(Math.floor((1024 * 1024) / block.length));
  // How long it takes is measured by `./build.sh bench-web`, not here.
  await page.locator("smtp-check").evaluate((host, text) => {
    host.widget.set_text(text); // checks at once (no typing pause)
  }, big);
  assert.equal(await page.locator("smtp-check .sc-editor").getAttribute("data-plain"), "");
  assert.equal(await page.locator("smtp-check .sc-backdrop").textContent(), "");
  const ids = (await shownFindings(page)).map((f) => f.id);
  assert.ok(ids.includes("port/465-unsupported"), ids.slice(0, 5).join());
  // Clicking a finding still selects its span in the text area.
  await page.locator('smtp-check li.sc-finding[data-id="port/465-unsupported"] button.sc-jump').first().click();
  const selected = await page.locator("smtp-check textarea").evaluate((a) => a.value.slice(a.selectionStart, a.selectionEnd));
  assert.equal(selected, "465");
  await paste(page, LARAVEL_465);
  assert.equal(await page.locator("smtp-check .sc-editor").getAttribute("data-plain"), null, "small pastes are highlighted again");
});

test("dark theme and phone width", async () => {
  await page.emulateMedia({ colorScheme: "dark" });
  await paste(page, LARAVEL_465);
  await page.screenshot({ path: screenshotPath("page-findings-dark"), fullPage: true });
  const bg = await page.locator("smtp-check").evaluate((h) => getComputedStyle(h.shadowRoot.querySelector(".sc")).backgroundColor);
  assert.equal(bg, "rgb(13, 17, 23)");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath("phone-dark") });
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: screenshotPath("phone-light") });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at phone width (${overflow}px)`);
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(page.errors, []);
});
