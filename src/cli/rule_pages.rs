//! `smtp-probe rules --format html --out DIR`: one help page per rule,
//! `DIR/<family>/<slug>.html`, and `DIR/index.html` listing them (like
//! ShellCheck's and ruff's rule pages). The page's findings link here.
//!
//! Static HTML under the same Content-Security-Policy as the page (no
//! script, no inline style): the pages use the site's `page.css`, two
//! folders up. Every text is HTML-escaped.

use std::fs;
use std::io;
use std::path::Path;

use crate::registry::Rule;

/// The page's policy (www/index.html), minus what a static page never needs.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// Writes every page; returns how many rule pages were written.
pub fn write(rules: &[&'static Rule], out: &Path) -> io::Result<usize> {
    fs::create_dir_all(out)?;
    for r in rules {
        let (family, slug) = split(r.id);
        let dir = out.join(family);
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(format!("{slug}.html")), page(r))?;
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

fn page(r: &Rule) -> String {
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
        assert_eq!(write(&rules, &dir).unwrap(), rules.len());
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
