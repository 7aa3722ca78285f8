//! `Dockerfile` `ENV` instructions: `ENV KEY=value KEY2="value 2"`, the
//! legacy `ENV KEY value`, and `\` line continuations. The variables are
//! the application's, read with the generic aliases (see `env_blocks`);
//! each build stage (`FROM … AS name`) is its own block.

use super::env_blocks::{self, Var};
use super::generic::alias_role;
use crate::extract::lines::line_ranges;
use crate::extract::value::{read_quoted, reference_in};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Quote, Tls, Value};

pub struct Dockerfile;
pub static DOCKERFILE: Dockerfile = Dockerfile;

/// The instruction word of a line (`FROM`, `ENV`…), uppercase.
fn instruction(line: &str) -> Option<String> {
    let w = line.split_whitespace().next()?;
    w.bytes()
        .all(|b| b.is_ascii_alphabetic())
        .then(|| w.to_ascii_uppercase())
}

/// Every `ENV` variable, with its stage.
fn vars(input: &str) -> Vec<Var> {
    let lines: Vec<_> = line_ranges(input).collect();
    let mut out = Vec::new();
    let mut stages = 0;
    let mut stage = String::new();
    let mut i = 0;
    while i < lines.len() {
        let r = lines[i].clone();
        let text = input[r.clone()].trim_start();
        let start = r.end - text.len();
        i += 1;
        if text.starts_with('#') {
            continue;
        }
        match instruction(text).as_deref() {
            Some("FROM") => {
                stages += 1;
                let words: Vec<&str> = text.split_whitespace().collect();
                stage = match words.iter().position(|w| w.eq_ignore_ascii_case("as")) {
                    Some(p) if p + 1 < words.len() => words[p + 1].to_string(),
                    _ => format!("stage {stages}"),
                };
            }
            Some("ENV") => {
                // The logical line: continuation lines end with `\`.
                let mut end = r.end;
                while input[..end].trim_end().ends_with('\\') && i < lines.len() {
                    end = lines[i].end;
                    i += 1;
                }
                read_env(input, start + 3, end, &stage, &mut out);
            }
            _ => {}
        }
    }
    if stages <= 1 {
        for v in &mut out {
            v.scope.clear();
        }
    }
    out
}

/// Reads the pairs of one `ENV` instruction between `pos` and `end`.
fn read_env(input: &str, mut pos: usize, end: usize, stage: &str, out: &mut Vec<Var>) {
    let bytes = input.as_bytes();
    let skip_blank = |mut p: usize| {
        while p < end {
            match bytes[p] {
                b' ' | b'\t' | b'\r' | b'\n' => p += 1,
                b'\\' if matches!(bytes.get(p + 1), Some(b'\n' | b'\r')) => p += 1,
                _ => break,
            }
        }
        p
    };
    let mut legacy_checked = false;
    loop {
        pos = skip_blank(pos);
        if pos >= end {
            return;
        }
        let key_start = pos;
        while pos < end
            && (bytes[pos].is_ascii_alphanumeric() || bytes[pos] == b'_' || bytes[pos] == b'.')
        {
            pos += 1;
        }
        if pos == key_start {
            return;
        }
        let key = input[key_start..pos].to_string();
        let key_span = key_start..pos;
        let value = if bytes.get(pos) == Some(&b'=') {
            pos += 1;
            if pos < end && matches!(bytes[pos], b'"' | b'\'') {
                match read_quoted(input, pos) {
                    Some((mut v, after)) => {
                        pos = after;
                        if v.quote != Quote::Single {
                            v.reference = reference_in(&v.text);
                        }
                        v
                    }
                    None => return,
                }
            } else {
                let s = pos;
                while pos < end && !matches!(bytes[pos], b' ' | b'\t' | b'\r' | b'\n') {
                    pos += 1;
                }
                let mut v = Value::verbatim(input, s..pos, Quote::None);
                v.reference = reference_in(&v.text);
                v
            }
        } else if !legacy_checked {
            // `ENV KEY value with spaces`: the rest of the line is the value.
            let s = skip_blank(pos);
            let e = input[s..end]
                .trim_end_matches([' ', '\t', '\r', '\\'])
                .len()
                + s;
            let mut v = Value::verbatim(input, s..e.max(s), Quote::None);
            v.reference = reference_in(&v.text);
            out.push(Var {
                key,
                key_span,
                value: v,
                scope: stage.to_string(),
            });
            return;
        } else {
            return;
        };
        legacy_checked = true;
        out.push(Var {
            key,
            key_span,
            value,
            scope: stage.to_string(),
        });
    }
}

impl Dialect for Dockerfile {
    fn id(&self) -> &'static str {
        "dockerfile"
    }
    fn name(&self) -> &'static str {
        "Dockerfile ENV"
    }
    fn detect(&self, doc: &Document) -> u32 {
        // Most pastes are no Dockerfile: look for `FROM` before reading `ENV`s.
        let from = line_ranges(doc.input).any(|r| {
            let first = doc.input[r].split_whitespace().next();
            first.is_some_and(|w| w.eq_ignore_ascii_case("FROM"))
        });
        if !from {
            return 0;
        }
        let n = vars(doc.input)
            .iter()
            .filter(|v| alias_role(&v.key).is_some())
            .count() as u32;
        if n > 0 {
            n.min(9) + 1
        } else {
            0
        }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        env_blocks::configs(self, vars(doc.input), alias_role)
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        None
    }
    fn tls(&self, cfg: &Config) -> Tls {
        env_blocks::tls(cfg)
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let w = env_blocks::write(cfg, what, "=");
        match what {
            Write::Port(_)
            | Write::Host(_)
            | Write::Username(_)
            | Write::Password(_)
            | Write::From(_) => format!("ENV {w}"),
            _ => w,
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        env_blocks::settings(cfg, what)
    }
    fn sender_hint(&self) -> &'static str {
        "the sender variable the application reads (often an ENV SMTP_FROM or MAIL_FROM)"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Role;

    #[test]
    fn env_forms() {
        let input = "FROM node:20-alpine\nENV SMTP_HOST=smtp.postmarkapp.com SMTP_PORT=587 \\\n    SMTP_FROM=\"App <app@example.org>\"\nENV SMTP_USER 0b7e6a52-3c1d-4f8e-9a2b-5c6d7e8f9a0b\nCMD [\"node\", \"server.js\"]\n";
        let c = extract(input);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].dialect.id(), "dockerfile");
        assert_eq!(c[0].literal(Role::Port), Some("587"));
        assert_eq!(c[0].literal(Role::From), Some("App <app@example.org>"));
        let user = c[0].get(Role::Username).unwrap();
        assert_eq!(
            &input[user.value.span.clone()],
            "0b7e6a52-3c1d-4f8e-9a2b-5c6d7e8f9a0b"
        );
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(2525)),
            "ENV SMTP_PORT=2525"
        );
    }

    #[test]
    fn stages_are_blocks() {
        let input = "FROM node:20 AS build\nENV SMTP_HOST=localhost\nFROM node:20-slim AS runtime\nENV SMTP_HOST=smtp.postmarkapp.com\n";
        let c = extract(input);
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].label.as_deref(), Some("runtime"));
    }
}
