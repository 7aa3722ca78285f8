// axe-core: 0 violations on the page and on the embed example, empty and
// with findings, in the light and the dark theme, desktop and phone width.
//
// axe is injected with page.evaluate (the DevTools protocol), which the
// page's CSP does not govern: the page's own policy stays on, no bypass.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, open, paste, axe } from "./lib/harness.mjs";

const EXAMPLE = `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmark.com
MAIL_PORT=465
MAIL_USERNAME=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948
MAIL_PASSWORD=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\u200B
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="orders@gmail.com"
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

for (const path of ["/", "/examples/help-article.html"]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe: 0 violations on ${path} (${scheme}), empty and with findings, desktop and phone`, async () => {
      const page = await open(browser.context, `${server.origin}${path}`);
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axe(page), [], "empty");
      await paste(page, EXAMPLE);
      assert.ok((await page.locator("smtp-check li.sc-finding").count()) > 0);
      assert.deepEqual(await axe(page), [], "with findings");
      await page.setViewportSize({ width: 390, height: 844 });
      assert.deepEqual(await axe(page), [], "phone width");
      await page.close();
    });
  }
}

test("the axe check sees inside the checker's shadow root (it can fail)", async () => {
  const page = await open(browser.context, `${server.origin}/`);
  await page.locator("smtp-check").evaluate((h) => {
    const bad = document.createElement("input"); // no label
    h.shadowRoot.querySelector(".sc-results").append(bad);
  });
  const ids = (await axe(page)).map((v) => v.id);
  assert.ok(ids.includes("label"), `axe found: ${ids}`);
  await page.close();
});
