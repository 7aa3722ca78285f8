// The probe panel offers the download for the visitor's system first and
// the command for that system's shell (bash, zsh, PowerShell, cmd.exe),
// the token never on the command line; an embedder can say where the
// downloads are hosted.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, open, paste, axe } from "./lib/harness.mjs";

const TOKEN = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";
const CONFIG = `MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=587
MAIL_USERNAME=${TOKEN}
MAIL_PASSWORD=${TOKEN}
MAIL_FROM_ADDRESS="o'neil@acme-widgets.io"
`;

const AGENTS = {
  windows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
  macos: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
};

let server;
before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

/** The panel as the visitor sees it. */
async function panel(page, scope = "smtp-check") {
  return {
    shell: await page.locator(`${scope} select.sc-shell`).inputValue(),
    command: await page.locator(`${scope} code.sc-command`).textContent(),
    downloads: await page.locator(`${scope} a.sc-download`).evaluateAll((as) => as.map((a) => a.href)),
    mine: await page.locator(`${scope} .sc-download-how`).count(),
    note: (await page.locator(`${scope} .sc-download-note`).allTextContents()).join(""),
  };
}

async function withBrowser(userAgent, f) {
  const browser = await launch(userAgent ? { userAgent } : {});
  try {
    const page = await open(browser.context, `${server.origin}/`);
    await paste(page, CONFIG);
    await f(page);
  } finally {
    await browser.close();
  }
}

test("Linux: the Linux download first, bash, the token read without echo into a variable", async () => {
  await withBrowser(null, async (page) => {
    const p = await panel(page);
    assert.equal(p.shell, "bash");
    assert.equal(p.downloads[0], `${server.origin}/download/linux-x86_64/smtp-probe`);
    assert.ok(p.downloads.includes(`${server.origin}/download/windows-x86_64/smtp-probe.exe`));
    assert.equal(p.downloads.at(-1), `${server.origin}/download/SHA256SUMS`);
    assert.equal(p.mine, 1, "the visitor's download says how to start it");
    assert.match(p.command, /read -rs -p 'SMTP password or token: ' SMTP_PASSWORD/);
    assert.match(p.command, /smtp-probe probe --host smtp\.postmarkapp\.com --port 587 --port 2525 --from 'o'\\''neil@acme-widgets\.io' --password-env SMTP_PASSWORD/);
    assert.ok(!p.command.includes(TOKEN));
    assert.deepEqual(page.errors, []);
    // (axe's own probing trips the page's CSP: errors are checked before it.)
    assert.deepEqual(await axe(page), []);
  });
});

test("Windows: the .exe first and a PowerShell command; cmd.exe lets the probe ask", async () => {
  await withBrowser(AGENTS.windows, async (page) => {
    let p = await panel(page);
    assert.equal(p.shell, "powershell");
    assert.equal(p.downloads[0], `${server.origin}/download/windows-x86_64/smtp-probe.exe`);
    assert.match(p.command, /\$env:SMTP_PASSWORD = \[Net\.NetworkCredential\]::new\('', \(Read-Host 'SMTP password or token' -AsSecureString\)\)\.Password/);
    assert.match(p.command, /\.\\smtp-probe\.exe probe --host smtp\.postmarkapp\.com --port 587 --port 2525 --from 'o''neil@acme-widgets\.io' --password-env SMTP_PASSWORD\nRemove-Item Env:SMTP_PASSWORD$/);
    await page.locator("smtp-check select.sc-shell").selectOption("cmd");
    p = await panel(page);
    assert.match(p.command, /^rem /);
    assert.match(p.command, /smtp-probe\.exe probe --host smtp\.postmarkapp\.com --port 587 --port 2525 --from "o'neil@acme-widgets\.io" --password-stdin$/);
    // The menu's choice stays while the paste changes.
    await paste(page, CONFIG.replace("587", "25"));
    p = await panel(page);
    assert.equal(p.shell, "cmd");
    assert.match(p.command, /--port 25 --port 587 --port 2525/);
    assert.ok(!p.command.includes(TOKEN));
    assert.deepEqual(page.errors, []);
  });
});

test("macOS: zsh's own read, and how to build the probe (no macOS download yet)", async () => {
  await withBrowser(AGENTS.macos, async (page) => {
    const p = await panel(page);
    assert.equal(p.shell, "zsh");
    assert.match(p.command, /read -rs 'SMTP_PASSWORD\?SMTP password or token: '/);
    assert.ok(!/read -rs -p/.test(p.command), "zsh's read -p reads from a coprocess");
    assert.match(p.note, /cargo install --path \./);
    assert.equal(p.mine, 0, "no download is offered as the visitor's own");
    assert.deepEqual(page.errors, []);
  });
});

test("an embedder names where the downloads are hosted; other schemes are refused", async () => {
  const browser = await launch();
  try {
    const page = await open(browser.context, `${server.origin}/`);
    const hrefs = async (downloads) =>
      page.evaluate(async (downloads) => {
        const el = document.createElement("smtp-check");
        el.setAttribute("downloads", downloads);
        document.body.append(el);
        el.scrollIntoView();
        el.focus();
        const deadline = Date.now() + 10000;
        while (!el.shadowRoot?.querySelector(".sc[data-mounted] a.sc-download")) {
          if (Date.now() > deadline) throw new Error("the checker did not mount");
          await new Promise((ok) => setTimeout(ok, 50));
        }
        const links = [...el.shadowRoot.querySelectorAll("a.sc-download")].map((a) => a.href);
        el.remove();
        return links;
      }, downloads);
    assert.equal((await hrefs("https://downloads.example.com/probe"))[0].replace(/[^/]+\/[^/]+$/, ""), "https://downloads.example.com/probe/");
    assert.ok((await hrefs("javascript:alert(1)//")).every((h) => h.startsWith(`${server.origin}/download/`)));
  } finally {
    await browser.close();
  }
});
