// The embed in the containers help-center themes put it in: a block is easy,
// shrink-to-fit containers (absolute, inline-block, float, a flex row, a
// centred flex column, an auto grid column) are where a widget that ignores
// its content's width collapses to 0 px. Each must give the checker the
// whole width it has, keep the content inside, and pass axe, at phone and
// desktop width, light and dark, with and without a hostile theme.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, axe, screenshotPath } from "./lib/harness.mjs";

const CONFIG = `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmark.com
MAIL_PORT=465
MAIL_USERNAME=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948
MAIL_PASSWORD=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\u200B
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="orders@gmail.com"
`;

// Each case: a full-width <section> (what the theme has to offer) holding
// the container under test, which holds the checker. `!important` and ids
// so that the hostile theme's `* { all: unset !important }` does not undo
// the containers themselves.
const CASES = {
  absolute: "#c-absolute { position: relative !important; display: block !important } #c-absolute > .box { position: absolute !important; top: 0 !important; left: 0 !important; display: block !important }",
  "inline-block": "#c-inline-block > .box { display: inline-block !important }",
  float: "#c-float > .box { float: left !important; display: block !important } #c-float { display: flow-root !important }",
  "flex row": "#c-flex-row > .box { display: flex !important; flex-direction: row !important }",
  "centred flex column": "#c-centred-flex-column > .box { display: flex !important; flex-direction: column !important; align-items: center !important }",
  "auto grid": "#c-auto-grid > .box { display: grid !important; grid-template-columns: auto !important; justify-content: start !important }",
};
const id = (name) => `c-${name.replaceAll(" ", "-")}`;

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads `/`, swaps its body for one section per case, waits for every checker. */
async function casesPage(hostile) {
  const page = await browser.context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  await page.goto(`${server.origin}/`);
  await page.locator("smtp-check textarea.sc-text").waitFor();
  await page.evaluate(
    async ([cases, hostile]) => {
      for (const l of document.querySelectorAll('link[rel="stylesheet"]')) l.remove();
      if (hostile) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = "/examples/help-article.css";
        const loaded = new Promise((ok) => (link.onload = ok));
        document.head.append(link);
        await loaded;
      }
      // CSSOM, not a <style> element: the page's CSP allows no inline style.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        "section.case { display: block !important; margin: 0 0 24px !important; padding: 0 !important; border: 0 !important; }\n" +
          "section.case, section.case > .box { opacity: 1 !important }\n" +
          "section.case > .box { margin: 0 !important; padding: 0 !important; border: 0 !important; }\n" +
          Object.values(cases).join("\n"),
      );
      document.adoptedStyleSheets = [sheet];
      const main = document.createElement("main");
      const h1 = document.createElement("h1");
      h1.textContent = "The checker in shrink-to-fit containers";
      main.append(h1);
      document.body.replaceChildren(main);
      for (const name of Object.keys(cases)) {
        const section = document.createElement("section");
        section.className = "case";
        section.id = `c-${name.replaceAll(" ", "-")}`;
        const box = document.createElement("div");
        box.className = "box";
        const h2 = document.createElement("h2");
        h2.textContent = name;
        section.append(h2, box);
        box.append(document.createElement("smtp-check"));
        main.append(section);
      }
    },
    [CASES, hostile],
  );
  const areas = page.locator("smtp-check textarea.sc-text");
  await page.waitForFunction((n) => document.querySelectorAll("smtp-check").length === n, Object.keys(CASES).length);
  for (let i = 0; i < Object.keys(CASES).length; i++) {
    await areas.nth(i).waitFor();
    await areas.nth(i).fill(CONFIG);
  }
  return page;
}

/** The absolute case takes no room in its section: give it the checker's height. */
async function settle(page) {
  await page.evaluate(() => {
    const s = document.querySelector("#c-absolute");
    s.style.height = `${s.querySelector("smtp-check").getBoundingClientRect().height + 40}px`;
  });
}

/** Width the case offers, the checker's box and whether its content stays inside. */
function measure(page, name) {
  return page.locator(`#${id(name)}`).evaluate((section) => {
    const cs = getComputedStyle(section);
    const available = section.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const host = section.querySelector("smtp-check");
    const root = host.shadowRoot;
    const box = host.getBoundingClientRect();
    const sc = root.querySelector(".sc");
    const inner = sc.getBoundingClientRect();
    const area = root.querySelector("textarea").getBoundingClientRect();
    const spill = [...root.querySelectorAll(".sc *")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    });
    return {
      available,
      width: box.width,
      left: box.left - section.getBoundingClientRect().left,
      scInside: inner.left >= box.left - 1 && inner.right <= box.right + 1,
      textarea: area.width,
      spill: spill.slice(0, 3).map((e) => e.className || e.tagName),
      findings: root.querySelectorAll("li.sc-finding").length,
    };
  });
}

for (const hostile of [false, true]) {
  for (const width of [375, 1280]) {
    for (const scheme of ["light", "dark"]) {
      const label = `${hostile ? "hostile theme" : "plain page"}, ${width} px, ${scheme}`;
      test(`the checker takes the full width of every container (${label}), 0 axe violations`, async () => {
        const page = await casesPage(hostile);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await settle(page);
        for (const name of Object.keys(CASES)) {
          const m = await measure(page, name);
          const where = `${name}: ${JSON.stringify(m)}`;
          assert.ok(m.available > width * 0.7, `the case offers the page width (${where})`);
          assert.ok(m.width >= m.available - 1, `full width (${where})`);
          assert.ok(m.width <= m.available + 1 && m.left >= -1, `not wider than its container (${where})`);
          assert.ok(m.scInside, `the panel stays inside the element (${where})`);
          assert.deepEqual(m.spill, [], `no content spills out (${where})`);
          assert.ok(m.textarea > Math.min(m.available, 900) * 0.4, `a usable text area (${where})`);
          assert.ok(m.findings > 0, where);
        }
        if (width === 375) {
          await page.screenshot({ path: screenshotPath(`layout-${hostile ? "hostile" : "plain"}-${scheme}-phone`), fullPage: true });
        }
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(page.errors, []);
        await page.close();
      });
    }
  }
}

test("the measure can fail: a checker squeezed into a narrow box is not full width", async () => {
  const page = await casesPage(false);
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync("#c-inline-block > .box { width: 200px !important }");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const m = await measure(page, "inline-block");
  assert.ok(m.width < m.available - 1, JSON.stringify(m));
  await page.close();
});
