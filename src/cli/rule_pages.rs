//! `smtp-probe rules --format html --out DIR`: one help page per rule,
//! `DIR/<family>/<slug>.html`, and `DIR/index.html` listing them (like
//! ShellCheck's and ruff's rule pages). The page's findings link here.
//!
//! Static HTML under the same Content-Security-Policy as the page (no
//! script, no inline style): the pages use the site's `page.css`, two
//! folders up. Every text is HTML-escaped.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::registry::Rule;

/// Per rule id, per client name: what the checker said about one sample
/// configuration of that client (message and fix, as redacted as any report).
pub type ClientNotes = BTreeMap<String, BTreeMap<String, (String, String)>>;

/// Sample files read per folder (bounded: a wrong folder must not take long).
const MAX_SAMPLES: usize = 5000;

/// Lints every file under `dirs` (not the manifests and snapshots) and keeps,
/// for each rule and client, the first finding's message and fix.
pub fn client_notes(dirs: &[PathBuf]) -> ClientNotes {
    let mut notes = ClientNotes::new();
    for dir in dirs {
        let mut files = Vec::new();
        collect(dir, &mut files);
        files.sort();
        for path in files.into_iter().take(MAX_SAMPLES) {
            let Ok(text) = fs::read_to_string(&path) else {
                continue;
            };
            if text.len() > crate::MAX_INPUT_BYTES {
                continue;
            }
            let report = crate::lint(&text, &crate::Options::default());
            for f in &report.findings {
                let Some(c) = f.config.and_then(|i| report.configs.get(i)) else {
                    continue;
                };
                notes
                    .entry(f.id.clone())
                    .or_default()
                    .entry(c.client_name.clone())
                    .or_insert_with(|| (f.message.clone(), f.fix.clone()));
            }
        }
    }
    notes
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            collect(&path, out);
        } else if name != "manifest.json" && !name.ends_with(".snap") && out.len() < MAX_SAMPLES {
            out.push(path);
        }
    }
}

/// The page's policy (www/index.html), minus what a static page never needs.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// Writes every page; returns how many rule pages were written.
pub fn write(rules: &[&'static Rule], out: &Path, notes: &ClientNotes) -> io::Result<usize> {
    fs::create_dir_all(out)?;
    for r in rules {
        let (family, slug) = split(r.id);
        let dir = out.join(family);
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(format!("{slug}.html")), page(r, notes.get(r.id)))?;
    }
    fs::write(out.join("index.html"), index(rules))?;
    Ok(rules.len())
}

fn split(id: &str) -> (&str, &str) {
    id.split_once('/').unwrap_or(("other", id))
}

fn head(title: &str, css: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{}</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"stylesheet\" href=\"{css}\">\n</head>\n<body>\n",
        esc(title)
    )
}

fn page(r: &Rule, notes: Option<&BTreeMap<String, (String, String)>>) -> String {
    let mut s = head(&format!("{} · smtp-check rules", r.id), "../../page.css");
    s.push_str("<header class=\"page-header\">\n");
    s.push_str("<p><a href=\"../index.html\">All rules</a> · <a href=\"../../index.html\">The checker</a></p>\n");
    s.push_str(&format!(
        "<h1><code>{}</code></h1>\n<p class=\"lede\">Severity: <strong>{}</strong>{}</p>\n</header>\n<main>\n",
        esc(r.id),
        r.severity.as_str(),
        if r.network {
            " · checked by <code>smtp-probe probe</code> only (it needs the network)"
        } else {
            ""
        }
    ));
    for (h, body) in [("What it checks", r.checks), ("Why it fails", r.why)] {
        s.push_str(&format!("<h2>{h}</h2>\n<p>{}</p>\n", esc(body)));
    }
    if !r.example.trim().is_empty() {
        s.push_str(&format!(
            "<h2>Example</h2>\n<pre><code>{}</code></pre>\n",
            esc(r.example)
        ));
    }
    s.push_str(&format!("<h2>Fix</h2>\n<p>{}</p>\n", esc(r.fix)));
    if let Some(notes) = notes.filter(|n| !n.is_empty()) {
        s.push_str("<h2>Client by client</h2>\n<p>What the checker says about sample configurations of each client (its test fixtures and real-world corpus):</p>\n<dl class=\"client-notes\">\n");
        for (client, (message, fix)) in notes {
            s.push_str(&format!(
                "<dt>{}</dt>\n<dd><p>{}</p><p>Fix: {}</p></dd>\n",
                esc(client),
                esc(message),
                esc(fix)
            ));
        }
        s.push_str("</dl>\n");
    }
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

fn index(rules: &[&'static Rule]) -> String {
    let mut s = head("smtp-check rules", "../page.css");
    s.push_str("<header class=\"page-header\">\n<p><a href=\"../index.html\">The checker</a></p>\n<h1>Rules</h1>\n</header>\n<main>\n");
    let mut family = "";
    for r in rules {
        let (f, slug) = split(r.id);
        if f != family {
            if !family.is_empty() {
                s.push_str("</ul>\n");
            }
            s.push_str(&format!("<h2>{}</h2>\n<ul>\n", esc(f)));
            family = f;
        }
        s.push_str(&format!(
            "<li><a href=\"{0}/{1}.html\"><code>{2}</code></a> ({3}): {4}</li>\n",
            esc(f),
            esc(slug),
            esc(r.id),
            r.severity.as_str(),
            esc(r.checks)
        ));
    }
    if !family.is_empty() {
        s.push_str("</ul>\n");
    }
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_gets_a_page_and_an_index_entry() {
        let dir = std::env::temp_dir().join(format!("smtp-check-rules-{}", std::process::id()));
        let rules = crate::registry::all();
        let samples = dir.join("samples");
        fs::create_dir_all(&samples).unwrap();
        fs::write(
            samples.join("a.env"),
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\n",
        )
        .unwrap();
        fs::write(samples.join("b.js"), "nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 465, secure: true });\n").unwrap();
        let notes = client_notes(&[samples]);
        let on_465 = &notes["port/465-unsupported"];
        assert!(on_465.keys().any(|c| c.contains("Laravel")), "{on_465:?}");
        assert!(
            on_465.keys().any(|c| c.contains("nodemailer")),
            "{on_465:?}"
        );
        assert_eq!(write(&rules, &dir, &notes).unwrap(), rules.len());
        let page_465 = fs::read_to_string(dir.join("port/465-unsupported.html")).unwrap();
        assert!(page_465.contains("Client by client") && page_465.contains("MAIL_PORT"));
        let index = fs::read_to_string(dir.join("index.html")).unwrap();
        for r in &rules {
            let (f, slug) = split(r.id);
            let page = fs::read_to_string(dir.join(f).join(format!("{slug}.html"))).unwrap();
            assert!(page.contains(&esc(r.id)) && page.contains(CSP));
            assert!(!page.contains("<script"));
            assert!(index.contains(&format!("href=\"{f}/{slug}.html\"")));
        }
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
