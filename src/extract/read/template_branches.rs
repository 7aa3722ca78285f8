//! Template branches: a Helm/Go template's `{{ if … }} … {{ else }} … {{ end }}`
//! and a Jinja/Liquid `{% if %} … {% else %} … {% endif %}` around INI,
//! `.env` or YAML lines choose one of their branches when the file is
//! rendered, as an `if` does in code. Entries written inside such a branch
//! are marked [`flag::CONDITIONAL`] like code branches: two values of one
//! key in two branches are alternatives, not a duplicate setting.
//!
//! One pass over the paste (each tag's closing is looked for on its own
//! line only), then one binary search per entry.

use super::{flag, Document};

/// The tags that open a block closed by `end`/`end…`, and whether the
/// block is a branch.
fn opener(word: &str) -> Option<bool> {
    match word {
        "if" | "unless" => Some(true),
        "range" | "with" | "define" | "block" | "for" | "macro" | "call" | "filter" | "raw"
        | "capture" | "case" => Some(false),
        _ => None,
    }
}

/// The byte ranges of the branches of the outermost `if` blocks (sorted,
/// disjoint), each with its block's number: an `else`/`elif`/`elsif`/
/// `else if` tag of the outermost block ends one branch and starts the next.
fn branches(input: &str) -> Vec<(usize, usize, u32)> {
    let b = input.as_bytes();
    let mut out = Vec::new();
    // Open blocks: whether each is a branch; how many branches are open.
    let mut stack: Vec<bool> = Vec::new();
    let mut open_ifs = 0usize;
    let mut since = 0usize;
    let mut block = 0u32;
    // The end of the line being read, found once per line (a long line of
    // many tags is not rescanned for each).
    let mut line_end = 0usize;
    let mut i = 0;
    while i + 1 < b.len() {
        // The next `{` by a memchr search, not a test per byte (this runs
        // over the whole paste once it holds a `{{` or `{%` anywhere).
        let Some(at) = input[i..].find('{') else {
            break;
        };
        i += at;
        if i + 1 >= b.len() || !matches!(b[i + 1], b'{' | b'%') {
            i += 1;
            continue;
        }
        let close: &[u8] = if b[i + 1] == b'{' { b"}}" } else { b"%}" };
        if line_end <= i {
            line_end = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
        }
        let Some(end) = b[i + 2..line_end]
            .windows(2)
            .position(|w| w == close)
            .map(|p| i + 2 + p)
        else {
            i = line_end;
            continue;
        };
        let inner = input[i + 2..end]
            .trim_matches(|c: char| c == '-' || c == '~' || c == '+' || c.is_whitespace());
        let word = inner
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .next()
            .unwrap_or("");
        if let Some(branch) = opener(word) {
            if branch && open_ifs == 0 {
                since = end + 2;
            }
            open_ifs += usize::from(branch);
            stack.push(branch);
        } else if matches!(word, "else" | "elif" | "elsif" | "elseif")
            && stack.len() == 1
            && stack[0]
        {
            out.push((since, i, block));
            since = end + 2;
        } else if (word == "end" || word.starts_with("end")) && stack.pop() == Some(true) {
            open_ifs -= 1;
            if open_ifs == 0 {
                out.push((since, i, block));
                block += 1;
            }
        }
        i = end + 2;
    }
    if open_ifs > 0 {
        out.push((since, b.len(), block));
    }
    out
}

/// Marks the entries written inside a template's `if` block.
pub fn mark(doc: &mut Document) {
    // Most pastes hold no template tag at all: one look first.
    let input = doc.input;
    if !(input.contains("{{") || input.contains("{%")) {
        return;
    }
    let ranges = branches(input);
    if ranges.is_empty() {
        return;
    }
    for e in doc.entries.iter_mut() {
        let at = e.key.start as usize;
        let k = ranges.partition_point(|&(s, _, _)| s <= at);
        if k > 0 && at < ranges[k - 1].1 {
            e.flags |= flag::CONDITIONAL;
        }
    }
    doc.branches = ranges
        .into_iter()
        .map(|(s, e, block)| (s as u32..e as u32, block))
        .collect();
}

#[cfg(test)]
mod tests {
    use super::branches;

    #[test]
    fn if_blocks_and_their_ends() {
        let t =
            "a: 1\n{{- if .Values.tls }}\nport: 465\n{{- else }}\nport: 587\n{{- end }}\nb: 2\n";
        let r = branches(t);
        // One block of two branches.
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].2, r[1].2), (0, 0));
        let text = |k: usize| &t[r[k].0..r[k].1];
        assert!(text(0).contains("port: 465") && !text(0).contains("port: 587"));
        assert!(text(1).contains("port: 587") && !text(1).contains("port: 465"));
        assert!(!text(1).contains("b: 2") && !text(0).contains("a: 1"));
        // A `range` inside, Jinja's tags, an unclosed tag, text braces.
        let t = "{% if tls %}\n{% for x in y %}k={{ x }}\n{% endfor %}\nport=465\n{% else %}\nport=587\n{% endif %}\nhost=h\n";
        let r = branches(t);
        assert_eq!(r.len(), 2);
        assert!(!t[r[1].0..r[1].1].contains("host=h"));
        // `elif` and a nested `if` (its `else` is no branch of the outer
        // block); a second block is numbered on.
        let t = "{% if a %}\nx=1\n{% if b %}y=1{% else %}y=2{% endif %}\n{% elif c %}\nx=2\n{% endif %}\n{% if d %}\nz=1\n{% endif %}\n";
        let r = branches(t);
        let blocks: Vec<u32> = r.iter().map(|b| b.2).collect();
        assert_eq!(blocks, [0, 0, 1], "{r:?}");
        assert!(t[r[0].0..r[0].1].contains("y=2") && t[r[1].0..r[1].1].contains("x=2"));
        assert!(branches("a={{ .Values.x }}\nb={{ oops\nc={ x }\n").is_empty());
        // `range` alone is no branch.
        assert!(branches("{{ range .Values.x }}\nk: v\n{{ end }}\n").is_empty());
        // Lone braces and non-ASCII text before and between the tags (the
        // scan jumps from one `{` to the next).
        let t = "é={ x }\n{é}{{ if .tls }}\nport: 465 # ü{\n{{ end }}\nb: {2}{";
        let r = branches(t);
        assert_eq!(r.len(), 1);
        assert_eq!(&t[r[0].0..r[0].1], "\nport: 465 # ü{\n");
    }

    #[test]
    fn an_else_branch_host_is_the_alternative_not_a_second_configuration() {
        let tok = "1f86c8a2-3b4d-4e5f-8a9b-0c1d2e3f5948";
        for (open, other, close) in [
            (
                "  {{- if .Values.smtp.postmark }}",
                "  {{- else }}",
                "  {{- end }}",
            ),
            ("{% if postmark %}", "{% elif relay %}", "{% endif %}"),
        ] {
            let text = format!("smtp:\n{open}\n  host: smtp.postmarkapp.com\n  port: 587\n{other}\n  host: mail.relay.acme.io\n  port: 25\n{close}\n  user: {tok}\n  password: {tok}\n  from: noreply@acme.io\n");
            let r = crate::lint(&text, &crate::Options::default());
            assert_eq!(r.configs.len(), 1, "{text}\n{:?}", r.configs);
            let s = &r.configs[0].settings;
            assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
            assert_eq!(s.port, Some(587));
            assert!(s.password_present && s.username.is_some());
            assert!(
                !r.findings.iter().any(|f| f.id == "input/duplicate-setting"
                    || f.id == "port/25-blocked"
                    || f.id.starts_with("auth/missing")),
                "{:?}",
                r.findings.iter().map(|f| &f.id).collect::<Vec<_>>()
            );
        }
        // Two blocks one after the other are no alternatives: the later is read.
        let text = format!("smtp:\n{{% if a %}}\n  host: smtp.postmarkapp.com\n{{% endif %}}\n{{% if b %}}\n  host: mail.relay.acme.io\n{{% endif %}}\n  user: {tok}\n  password: {tok}\n");
        let r = crate::lint(&text, &crate::Options::default());
        assert_eq!(r.configs.len(), 2, "{:?}", r.configs);
    }

    #[test]
    fn branches_are_alternatives_not_duplicates() {
        let text = "[smtp]\nenabled = true\nhost = smtp.postmarkapp.com:587\nuser = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\npassword = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n{{- if .Values.smtp.startTLS }}\nstartTLS_policy = MandatoryStartTLS\n{{- else }}\nstartTLS_policy = NoStartTLS\n{{- end }}\nfrom_address = grafana@acme.io\n";
        let r = crate::lint(text, &crate::Options::default());
        assert!(
            !r.findings.iter().any(|f| f.id == "input/duplicate-setting"),
            "{:?}",
            r.findings.iter().map(|f| &f.id).collect::<Vec<_>>()
        );
        // Without the branch tags the same two lines are a duplicate.
        let plain: String = text
            .lines()
            .filter(|l| !l.starts_with("{{"))
            .map(|l| format!("{l}\n"))
            .collect();
        let r = crate::lint(&plain, &crate::Options::default());
        assert!(
            r.findings.iter().any(|f| f.id == "input/duplicate-setting"),
            "{:?}",
            r.findings.iter().map(|f| &f.id).collect::<Vec<_>>()
        );
    }
}
