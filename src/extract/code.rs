//! The code scanner: settings written in program text (JavaScript/TypeScript
//! objects and JSON, PHP, Python, Ruby, C#, Java). A small tokenizer that
//! knows strings, comments and brackets, then recognises assignments:
//!
//! * `key: value`, `"key": value`, `key = value`, `:key => value`, `'key' => value`
//! * `$mail->Host = value;`, `client.Port = 587;`, `app.config['MAIL_SERVER'] = value`
//! * `gitlab_rails['smtp_address'] = value`, `define('WPMS_SMTP_HOST', value)`,
//!   `props.put("mail.smtp.host", value)` / `setProperty`
//!
//! Each assignment carries the names of the objects/calls it sits in
//! (`createTransport` › `auth`), so dialects can tell `auth.user` from `user`.
//! Values that are not plain literals become references.

use std::ops::Range;

use super::value::{read_quoted, reference_in};
use crate::model::{Quote, Value};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// Identifier or dotted/arrow path (`$mail->Host`, `config.action_mailer`, `:address`, `587`).
    Word(String),
    Str(Value),
    /// Punctuation: `=`, `:`, `=>`, `,`, `;`, `{`, `}`, `(`, `)`, `[`, `]`, operators.
    Punct(&'static str),
    Newline,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub span: Range<usize>,
}

/// One recognised assignment in code.
#[derive(Clone, Debug)]
pub struct Assign {
    /// The key as written (`$mail->Host`, `smtp_address`, `host`).
    pub key: String,
    /// The key's last segment, without sigils (`Host`, `smtp_address`).
    pub name: String,
    pub key_span: Range<usize>,
    pub value: Value,
    /// Names of the enclosing objects, calls and indexes, outermost first.
    pub path: Vec<String>,
    /// For `x['key'] = v` and `define('key', v)`: the `x` / `define`.
    pub container: Option<String>,
}

/// A call `name(args)`, for dialects that read positional arguments
/// (`smtplib.SMTP("host", 587)`, `new SmtpClient("host", 587)`).
#[derive(Clone, Debug)]
pub struct Call {
    pub name: String,
    pub name_span: Range<usize>,
    /// Each argument as a value (literal, or a reference for expressions).
    pub args: Vec<Value>,
    pub span: Range<usize>,
}

/// Splits code into tokens. Comments are dropped; unterminated strings end
/// at the line end. Bounded: at most one token per input byte.
pub fn tokenize(input: &str) -> Vec<Token> {
    let bytes = input.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\n' => {
                out.push(Token {
                    tok: Tok::Newline,
                    span: i..i + 1,
                });
                i += 1;
            }
            b' ' | b'\t' | b'\r' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => i = line_end(input, i),
            b'#' if bytes.get(i + 1) != Some(&b'{') => i = line_end(input, i),
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = input[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |e| i + 2 + e + 2);
            }
            // A Markdown code fence (```php) is not a template literal:
            // skip the fence line, read the code inside.
            b'`' if input[i..].starts_with("```") => i = line_end(input, i),
            b'\'' | b'"' | b'`' => match read_quoted(input, i) {
                Some((mut v, after)) => {
                    if v.quote != Quote::Single || v.text.contains("#{") {
                        v.reference = reference_in(&v.text)
                            .or_else(|| v.text.contains("#{").then(|| v.text.clone()));
                    }
                    out.push(Token {
                        tok: Tok::Str(v),
                        span: i..after,
                    });
                    i = after;
                }
                None => i = line_end(input, i),
            },
            _ if is_word_byte(c) || c >= 0x80 => {
                let start = i;
                while i < bytes.len() {
                    let b = bytes[i];
                    if is_word_byte(b) || b >= 0x80 {
                        i += 1;
                    } else if (b == b'-' || b == b':' || b == b'?') && joins_word(bytes, i) {
                        // `$mail->Host`, `PHPMailer::ENCRYPTION_SMTPS`, `a?.b`.
                        i += 2;
                    } else if b == b'\\'
                        && bytes.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic())
                    {
                        // PHP namespaces: `PHPMailer\PHPMailer\PHPMailer::ENCRYPTION_SMTPS`.
                        i += 1;
                    } else {
                        break;
                    }
                }
                // String prefixes: r"", f"", b"", @"" (C#), $"" (C#).
                let word = &input[start..i];
                if i < bytes.len()
                    && matches!(bytes[i], b'"' | b'\'')
                    && matches!(
                        word,
                        "r" | "f" | "b" | "u" | "rb" | "br" | "fr" | "rf" | "@" | "$" | "R" | "F"
                    )
                {
                    continue;
                }
                out.push(Token {
                    tok: Tok::Word(word.to_string()),
                    span: start..i,
                });
            }
            b':' if bytes
                .get(i + 1)
                .is_some_and(|&n| n.is_ascii_alphabetic() || n == b'_')
                && !matches!(
                    out.last(),
                    Some(Token {
                        tok: Tok::Word(_) | Tok::Str(_),
                        ..
                    })
                ) =>
            {
                // Ruby symbol `:address`.
                let start = i;
                i += 1;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                out.push(Token {
                    tok: Tok::Word(input[start..i].to_string()),
                    span: start..i,
                });
            }
            _ => {
                const PUNCT: [&str; 22] = [
                    "=>", "==", "!=", ":=", "||", "&&", "??", "::", "=", ":", ",", ";", "{", "}",
                    "(", ")", "[", "]", "+", "?", ".", "|",
                ];
                let p = PUNCT
                    .iter()
                    .find(|p| input[i..].starts_with(**p))
                    .copied()
                    // Any other character: punctuation that continues nothing.
                    .unwrap_or("~");
                let len = if input[i..].starts_with(p) {
                    p.len()
                } else {
                    1
                };
                out.push(Token {
                    tok: Tok::Punct(p),
                    span: i..i + len,
                });
                i += len;
            }
        }
    }
    out
}

/// `->`, `::` (followed by a word) and `?.` continue a word.
fn joins_word(bytes: &[u8], i: usize) -> bool {
    let next = bytes.get(i + 1).copied();
    let after_is_word = bytes.get(i + 2).is_some_and(|&n| is_word_byte(n));
    match bytes[i] {
        b'-' => next == Some(b'>') && after_is_word,
        b':' => next == Some(b':') && after_is_word,
        b'?' => next == Some(b'.'),
        _ => false,
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.' | b'@')
}

fn line_end(input: &str, from: usize) -> usize {
    input[from..].find('\n').map_or(input.len(), |e| from + e)
}

/// The last segment of a key path, without sigils.
pub fn last_segment(key: &str) -> &str {
    // Byte searches (every word of every paste comes through here): after
    // the last `.` or `>`, then after the last `::`.
    let b = key.as_bytes();
    let from = b
        .iter()
        .rposition(|&c| c == b'.' || c == b'>')
        .map_or(0, |i| i + 1);
    let k = &key[from..];
    let b = k.as_bytes();
    let from = (1..b.len())
        .rev()
        .find(|&i| b[i] == b':' && b[i - 1] == b':')
        .map_or(0, |i| i + 1);
    k[from..].trim_start_matches([':', '$', '@'])
}

/// Finds every assignment.
pub fn assignments(input: &str, toks: &[Token]) -> Vec<Assign> {
    let mut out = Vec::new();
    // Open containers: (closing punct, name).
    let mut stack: Vec<(&'static str, String)> = Vec::new();
    let mut pending_name: Option<String> = None;
    // Depth of the open TypeScript `interface`/`type` body, if any: its
    // members (`host: string;`) are types, not values.
    let mut type_body: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        match &t.tok {
            Tok::Punct(p @ ("{" | "[" | "(")) => {
                if *p == "{" && type_body.is_none() && opens_type_body(toks, i) {
                    type_body = Some(stack.len());
                }
                let close = match *p {
                    "{" => "}",
                    "[" => "]",
                    _ => ")",
                };
                let name =
                    pending_name
                        .take()
                        .or_else(|| match i.checked_sub(1).map(|j| &toks[j].tok) {
                            Some(Tok::Word(w)) if *p == "(" => Some(last_segment(w).to_string()),
                            _ => None,
                        });
                // Calls with a string key first: define('K', v), props.put("k", v).
                if *p == "(" {
                    if let Some(a) = keyed_call(input, toks, i) {
                        out.push(a);
                    }
                }
                stack.push((close, name.unwrap_or_default()));
                i += 1;
                continue;
            }
            Tok::Punct(")" | "}" | "]") => {
                stack.pop();
                if type_body.is_some_and(|d| stack.len() <= d) {
                    type_body = None;
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        if let Some((assign, next, opens)) = assignment_at(input, toks, i, &stack) {
            if let Some(name) = opens {
                pending_name = Some(name);
            } else if let Some(a) = assign.filter(|_| type_body.is_none()) {
                out.push(a);
            }
            i = next;
            continue;
        }
        i += 1;
    }
    out
}

/// Whether the `{` at `toks[open]` opens a TypeScript `interface X {…}`
/// or `type X = {…}` body (after `export`/`declare`, on the same line or
/// the one before).
fn opens_type_body(toks: &[Token], open: usize) -> bool {
    let mut end = open;
    while end > 0 && toks[end - 1].tok == Tok::Newline {
        end -= 1;
    }
    let mut start = end;
    while start > 0
        && !matches!(
            toks[start - 1].tok,
            Tok::Newline | Tok::Punct(";" | "{" | "}")
        )
    {
        start -= 1;
    }
    let head = &toks[start..end];
    let words: Vec<&str> = head
        .iter()
        .map_while(|t| match &t.tok {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .skip_while(|w| matches!(*w, "export" | "declare" | "default"))
        .collect();
    match words.as_slice() {
        ["interface", _, ..] => true,
        ["type", _, ..] => head.iter().any(|t| t.tok == Tok::Punct("=")),
        _ => false,
    }
}

/// Tries `KEY SEP VALUE` at token `i`. Returns the assignment (if the value
/// is a scalar), the next token index, and the container name when the
/// value opens an object/array.
fn assignment_at(
    input: &str,
    toks: &[Token],
    i: usize,
    stack: &[(&'static str, String)],
) -> Option<(Option<Assign>, usize, Option<String>)> {
    let prev_ok = i == 0
        || matches!(
            toks[i - 1].tok,
            Tok::Newline | Tok::Punct("," | ";" | "{" | "(" | "[" | "|")
        );
    if !prev_ok {
        return None;
    }
    // Key: Word, Str, or Word [ Str ] (index form).
    let (key, name, key_span, container, mut j) = match &toks[i].tok {
        Tok::Word(w) => {
            if let (Some(Tok::Punct("[")), Some(Tok::Str(s)), Some(Tok::Punct("]"))) = (
                toks.get(i + 1).map(|t| &t.tok),
                toks.get(i + 2).map(|t| &t.tok),
                toks.get(i + 3).map(|t| &t.tok),
            ) {
                (
                    s.text.clone(),
                    s.text.clone(),
                    s.span.clone(),
                    Some(last_segment(w).to_string()),
                    i + 4,
                )
            } else {
                (
                    w.clone(),
                    last_segment(w).to_string(),
                    toks[i].span.clone(),
                    None,
                    i + 1,
                )
            }
        }
        Tok::Str(s) => (s.text.clone(), s.text.clone(), s.span.clone(), None, i + 1),
        _ => return None,
    };
    let sep = match toks.get(j).map(|t| &t.tok) {
        Some(Tok::Punct(p @ ("=" | ":" | "=>" | ":="))) => *p,
        _ => return None,
    };
    // `a ? b : c` and labels are not assignments; a `:` key must be inside an object or at line start.
    if sep == ":" && !matches!(toks[i].tok, Tok::Word(_) | Tok::Str(_)) {
        return None;
    }
    j += 1;
    // Skip newlines right after the separator (YAML-ish or wrapped code).
    while matches!(toks.get(j).map(|t| &t.tok), Some(Tok::Newline)) && sep != "=" {
        j += 1;
    }
    let value_start = j;
    if let Some(Tok::Punct("{" | "[")) = toks.get(j).map(|t| &t.tok) {
        return Some((None, j, Some(name)));
    }
    // new Foo({ … }) / Foo.create({ … }) / PHP array( … ): the container is
    // named by the key. Resume at the `(` so that it is pushed (and popped) too.
    if let (Some(Tok::Word(w)), Some(Tok::Punct("("))) =
        (toks.get(j).map(|t| &t.tok), toks.get(j + 1).map(|t| &t.tok))
    {
        if matches!(toks.get(j + 2).map(|t| &t.tok), Some(Tok::Punct("{" | "[")))
            || w.eq_ignore_ascii_case("array")
        {
            return Some((None, j + 1, Some(name)));
        }
    }
    let mut depth = 0i32;
    let mut end = j;
    while end < toks.len() {
        match &toks[end].tok {
            Tok::Punct("(" | "[" | "{") => depth += 1,
            Tok::Punct(")" | "]" | "}") => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Punct("," | ";") if depth == 0 => break,
            // `key =` and nothing else on the line: an empty value, not the
            // next line's text.
            Tok::Newline if depth == 0 && end == value_start && sep == "=" => break,
            Tok::Newline if depth == 0 => {
                let continues = matches!(
                    toks.get(end.wrapping_sub(1)).map(|t| &t.tok),
                    Some(Tok::Punct("+" | "||" | "??" | "?" | ":" | "." | "&&"))
                ) || matches!(
                    toks.get(end + 1).map(|t| &t.tok),
                    Some(Tok::Punct("+" | "||" | "??" | "?" | ":" | "." | "&&"))
                );
                if !continues && end > value_start {
                    break;
                }
            }
            _ => {}
        }
        end += 1;
    }
    let Some((first, last)) = ends(&toks[value_start..end]) else {
        return Some((None, end, None));
    };
    let value = expr_value(input, first, last);
    let mut path: Vec<String> = stack
        .iter()
        .map(|(_, n)| n.clone())
        .filter(|n| !n.is_empty())
        .collect();
    if let Some(c) = &container {
        path.push(c.clone());
    }
    let key_name = if container.is_some() {
        key.clone()
    } else {
        name
    };
    let assign = Assign {
        key,
        name: key_name,
        key_span,
        value,
        path,
        container,
    };
    Some((Some(assign), end, None))
}

/// A bare word value is a literal when it is a number, a boolean/null word,
/// a class constant (`PHPMailer::ENCRYPTION_STARTTLS`) or an enum member
/// (`SecureSocketOptions.StartTls`); otherwise it names a variable.
fn looks_like_variable(w: &str) -> bool {
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    const WORDS: [&str; 10] = [
        "true",
        "false",
        "null",
        "nil",
        "none",
        "undefined",
        "yes",
        "no",
        "on",
        "off",
    ];
    if WORDS.iter().any(|k| k.eq_ignore_ascii_case(w)) {
        return false;
    }
    if w.contains("::") || w.starts_with(':') {
        return false;
    }
    // Enum-like `Type.Member` with capitals (C#/Java) is a literal.
    if let Some((a, b)) = w.rsplit_once('.') {
        if a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && b.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && !a.starts_with("ENV")
        {
            return false;
        }
    }
    true
}

/// `define('K', v)`, `props.put("k", v)`, `setProperty`, `setdefault`, `Add`,
/// with `toks[open]` the `(`.
fn keyed_call(input: &str, toks: &[Token], open: usize) -> Option<Assign> {
    let Tok::Word(callee) = &toks.get(open.checked_sub(1)?)?.tok else {
        return None;
    };
    let seg = last_segment(callee);
    if !matches!(
        seg,
        "define"
            | "put"
            | "setProperty"
            | "set"
            | "setdefault"
            | "Add"
            | "setenv"
            | "putenv"
            | "setConfig"
    ) {
        return None;
    }
    let call = call_at(input, toks, open - 1)?;
    let [Value {
        text: key,
        span: key_span,
        reference: None,
        ..
    }, value] = call.args.get(..2)?
    else {
        return None;
    };
    Some(Assign {
        key: key.clone(),
        name: key.clone(),
        key_span: key_span.clone(),
        value: value.clone(),
        path: Vec::new(),
        container: Some(seg.to_string()),
    })
}

/// Reads the call whose callee word is `toks[at]` (followed by `(`).
pub fn call_at(input: &str, toks: &[Token], at: usize) -> Option<Call> {
    let Tok::Word(name) = &toks.get(at)?.tok else {
        return None;
    };
    if toks.get(at + 1)?.tok != Tok::Punct("(") {
        return None;
    }
    let mut args = Vec::new();
    let mut depth = 0;
    let mut arg_start = at + 2;
    let mut k = at + 2;
    while k < toks.len() {
        match &toks[k].tok {
            Tok::Punct("(" | "[" | "{") => depth += 1,
            Tok::Punct(p @ (")" | "]" | "}")) => {
                if depth == 0 && *p == ")" {
                    push_arg(input, &toks[arg_start..k], &mut args);
                    return Some(Call {
                        name: name.clone(),
                        name_span: toks[at].span.clone(),
                        args,
                        span: toks[at].span.start..toks[k].span.end,
                    });
                }
                depth -= 1;
            }
            Tok::Punct(",") if depth == 0 => {
                push_arg(input, &toks[arg_start..k], &mut args);
                arg_start = k + 1;
            }
            _ => {}
        }
        k += 1;
    }
    None
}

/// The first token of an expression that is not a line break, and the
/// last one when there are more than one.
fn ends(toks: &[Token]) -> Option<(&Token, Option<&Token>)> {
    let mut expr = toks.iter().filter(|t| !matches!(t.tok, Tok::Newline));
    let first = expr.next()?;
    Some((first, expr.next_back()))
}

/// The value of an expression from its first and last token: a lone string
/// or literal word is taken as written; a variable or any longer
/// expression becomes a reference (never judged as literal text).
fn expr_value(input: &str, first: &Token, last: Option<&Token>) -> Value {
    let span = first.span.start..last.unwrap_or(first).span.end;
    match (&first.tok, last) {
        (Tok::Str(v), None) => v.clone(),
        (Tok::Word(w), None) => {
            let mut v = Value::verbatim(input, span, Quote::None);
            if looks_like_variable(w) {
                v.reference = Some(w.clone());
            }
            v
        }
        _ => {
            let mut v = Value::verbatim(input, span.clone(), Quote::None);
            v.reference = Some(input[span].to_string());
            v
        }
    }
}

fn push_arg(input: &str, toks: &[Token], args: &mut Vec<Value>) {
    let Some((first, last)) = ends(toks) else {
        return;
    };
    let value = expr_value(input, first, last);
    args.push(value);
}

/// Every call whose callee's last segment is one of `names`.
pub fn calls(input: &str, toks: &[Token], names: &[&str]) -> Vec<Call> {
    (0..toks.len())
        .filter(|&i| matches!(&toks[i].tok, Tok::Word(w) if names.contains(&last_segment(w))))
        .filter_map(|i| call_at(input, toks, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(src: &str) -> Vec<(String, String, Vec<String>)> {
        let toks = tokenize(src);
        assignments(src, &toks)
            .into_iter()
            .map(|a| (a.name, a.value.text, a.path))
            .collect()
    }

    #[test]
    fn js_object_with_nesting() {
        let src = "const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com', // c\n  port: 587,\n  auth: { user: process.env.U, pass: \"x y\" },\n});";
        let p = pairs(src);
        assert!(p.contains(&(
            "host".into(),
            "smtp.postmarkapp.com".into(),
            vec!["createTransport".into()]
        )));
        assert!(p.contains(&("port".into(), "587".into(), vec!["createTransport".into()])));
        assert!(p.contains(&(
            "user".into(),
            "process.env.U".into(),
            vec!["createTransport".into(), "auth".into()]
        )));
        assert!(p.contains(&(
            "pass".into(),
            "x y".into(),
            vec!["createTransport".into(), "auth".into()]
        )));
    }

    #[test]
    fn php_ruby_python_forms() {
        let p = pairs("$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;\ndefine('WPMS_SSL', 'tls');\n");
        assert_eq!(p[0].0, "Host");
        assert_eq!(p[1].1, "PHPMailer::ENCRYPTION_STARTTLS");
        assert_eq!((p[2].0.as_str(), p[2].1.as_str()), ("WPMS_SSL", "tls"));
        let p = pairs("config.action_mailer.smtp_settings = {\n  :address => 'smtp.postmarkapp.com',\n  port: 587,\n  user_name: ENV['X']\n}\ngitlab_rails['smtp_port'] = 2525\n");
        assert_eq!(
            p[0],
            (
                "address".into(),
                "smtp.postmarkapp.com".into(),
                vec!["smtp_settings".into()]
            )
        );
        assert_eq!(p[2].1, "ENV['X']");
        assert_eq!(p[3].0, "smtp_port");
        let p = pairs("EMAIL_PORT = int(os.environ.get('P', 587))\nEMAIL_USE_TLS = True\n");
        assert_eq!(p[0].1, "int(os.environ.get('P', 587))");
        assert_eq!(p[1].1, "True");
    }

    #[test]
    fn php_arrays_and_namespaces() {
        let p = pairs("$m->SMTPOptions = array('ssl' => array('verify_peer' => false));\n$m->SMTPSecure = PHPMailer\\PHPMailer\\PHPMailer::ENCRYPTION_SMTPS;\nx = foo.bar({ host: 'h' });\ny = 1;");
        assert_eq!(
            p[0],
            (
                "verify_peer".into(),
                "false".into(),
                vec!["SMTPOptions".into(), "ssl".into()]
            )
        );
        assert_eq!(p[1].1, "PHPMailer\\PHPMailer\\PHPMailer::ENCRYPTION_SMTPS");
        assert_eq!(p[2], ("host".into(), "h".into(), vec!["x".into()]));
        assert_eq!(p[3], ("y".into(), "1".into(), vec![]));
    }

    #[test]
    fn markdown_fences_are_not_strings() {
        let p = pairs("```php\ndefine( 'WPMS_SMTP_PORT', 465 );\n```\n");
        assert_eq!(p[0].0, "WPMS_SMTP_PORT");
        assert_eq!(p[0].1, "465");
    }

    #[test]
    fn typescript_type_bodies_are_not_values() {
        let src = "export interface SmtpConfig {\n  host: string;\n  port?: number;\n  auth: { user: string; pass: string | undefined };\n}\ntype Opts = {\n  secure: boolean;\n};\nconst cfg: SmtpConfig = { host: 'smtp.postmarkapp.com', port: 587 };\n";
        let got = pairs(src);
        let keys: Vec<&str> = got.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(keys, ["host", "port"], "{got:?}");
        assert_eq!(got[0].1, "smtp.postmarkapp.com");
    }

    #[test]
    fn positional_calls() {
        let src = "s = smtplib.SMTP('smtp.postmarkapp.com', 587)\ns.login(TOKEN, \"abc\")";
        let toks = tokenize(src);
        let c = calls(src, &toks, &["SMTP", "login"]);
        assert_eq!(c[0].args[0].text, "smtp.postmarkapp.com");
        assert_eq!(c[0].args[1].text, "587");
        assert!(c[1].args[0].is_reference());
        assert_eq!(c[1].args[1].text, "abc");
    }
}
