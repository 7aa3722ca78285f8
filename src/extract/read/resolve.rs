//! References whose definition is in the same paste: a `.env` `${VAR}`
//! defined above, a Python/JS/Go/Ruby variable or constant assigned a
//! literal, a PHP `define()` or class constant (`self::HOST`,
//! `Mailer::HOST`), a JavaScript shorthand `{ host }`, a Nix `let`
//! binding or attribute of an enclosing `rec { … }` set used by its bare
//! name (`from = user;`). The entry then carries the literal's value and
//! span, so it is judged as that value and a finding points at the place
//! the value is written.
//!
//! One pass in text order: a definition made of a reference that was
//! itself resolved counts as a literal for the uses after it. Names are
//! borrowed from the paste: nothing is allocated per entry.
//!
//! A code variable assigned an expression the paste does not define
//! (`const host = process.env.SMTP_HOST`) is followed too: its use then
//! reads as that expression, written where the variable is assigned, and
//! the pair (use, definition) is kept in [`Document::uses`] so that one
//! setting is not read twice (the variable and the option naming it).

mod defs;

use rustc_hash::FxHashMap as HashMap;

use super::expr::{self, Operand};
use super::refs::{env_var_name, jinja_var_name};
use super::{flag, Document, ScopeKind, SegKind, Syntax, Val, ValKind};
use defs::Defs;

/// Whether a setting and the definition it reads are one setting, read
/// where it is used (see [`Document::uses`]): a code variable, or a
/// `.env` line a compose `environment:` passes on under the same kind of
/// name (`SMTP_HOST: ${SMTP_HOST}` above the pasted `.env`): the service
/// is configured once, not once more by its `.env`.
fn read_at_use(doc: &Document, input: &str, use_: usize, def: usize) -> bool {
    let (u, d) = (&doc.entries[use_], &doc.entries[def]);
    match (u.syntax, d.syntax) {
        (_, Syntax::Code(_)) => true,
        // `createTransport(process.env.SMTP_URL)` above the pasted `.env`:
        // the program reads the line, one setting.
        (Syntax::Code(_), Syntax::Env) => true,
        (Syntax::Yaml, Syntax::Env) => {
            let key = doc.own_segs(u.segs).last().map_or("", |s| s.text(input));
            !key.is_empty()
                && key
                    .bytes()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')
        }
        _ => false,
    }
}

/// Whether a resolved entry's value came from a definition elsewhere.
pub const RESOLVED: u8 = flag::RESOLVED;

/// What a definition defines: an environment variable, a code variable or
/// constant, or a class constant (class, name).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Name<'a> {
    Env(&'a str),
    /// Symfony's `parameters: env(X): value`: what `%env(X)%` reads when
    /// the environment does not set `X` (a `.env` line of `X` wins).
    EnvDefault(&'a str),
    Var(&'a str),
    Member(&'a str, &'a str),
    /// An attribute of a Nix `rec { … }` set (its scope, its name): a
    /// bare name inside that set reads it (see [`nix_rec_set`]).
    RecAttr(u32, &'a str),
}

/// Resolves what can be resolved; leaves everything else as it is.
pub fn resolve(doc: &mut Document) {
    // Nothing refers to a name the paste could define (`new SmtpClient(…)`,
    // `gomail.NewDialer(…)` name none): no definitions to gather, no order.
    let input = doc.input;
    let from_env = destructured_env(doc, input);
    if !doc.entries.iter().enumerate().any(|(i, e)| {
        e.value.kind == ValKind::Reference
            && !e.commented()
            && (reference_name(doc, input, i, &from_env).is_some()
                || comparison(doc, input, i)
                || interpolated(e, input).is_some())
    }) {
        return;
    }
    // Entries in text order (readers mostly push in order; copies from YAML
    // anchors and setters do not).
    let seq = text_order(doc);
    // Every definition, per name: those above the walk's place, and those
    // below it for a use written before its definition (a YAML
    // `%env(MAILER_DSN)%` above the pasted `.env` line).
    let mut defs = Defs::of(doc, input, &seq);
    for &i in &seq {
        let i = i as usize;
        let e = &doc.entries[i];
        if e.commented() {
            continue;
        }
        if e.value.kind == ValKind::Reference {
            if let Some((v, def)) = lookup(doc, input, (&defs, &from_env), i) {
                if read_at_use(doc, input, i, def as usize) {
                    doc.uses.push((i as u32, def));
                }
                let e = &mut doc.entries[i];
                e.value = v;
                e.flags |= RESOLVED;
            } else if let Some(v) = evaluate(doc, input, (&defs, &from_env), i)
                .or_else(|| interpolate(doc, input, &defs, i))
            {
                let e = &mut doc.entries[i];
                e.value = v;
                e.flags |= RESOLVED;
            }
        }
        defs.walked(doc, i);
    }
}

/// The interpolation a value mixes into its text, when [`interpolate`]
/// may read it: a `.env` value's `${VAR}` (an environment variable), a
/// Python f-string's `{name}` or a JavaScript template's `${name}` (a code
/// variable).
fn interpolated(e: &super::Entry, input: &str) -> Option<(&'static str, bool)> {
    use crate::model::{Lang, Quote};
    if e.value.text != Val::VERBATIM {
        return None;
    }
    let t = input.get(e.value.span())?;
    let (opener, env) = match (e.syntax, e.value.quote) {
        (_, Quote::None) => return None,
        (Syntax::Env, Quote::Single) => return None,
        (Syntax::Env, _) if !t.contains("://") => ("${", true),
        (Syntax::Code(Lang::Python), Quote::Double | Quote::Single | Quote::Other) => ("{", false),
        (Syntax::Code(Lang::JavaScript), Quote::Backtick) => ("${", false),
        _ => return None,
    };
    t.contains(opener).then_some((opener, env))
}

/// A value that mixes text with variables, read as the text with each
/// variable's literal value: a `.env` value's `${VAR}`, which phpdotenv
/// (Laravel, Symfony) and python-dotenv expand outside single quotes
/// (`MAIL_FROM_ADDRESS="noreply@${APP_DOMAIN}"`), and a code string's
/// variables (`f"smtp://{user}:{pw}@smtp.postmarkapp.com:587"`,
/// `` `smtp://${user}:${pass}@host` ``). Only definitions above count
/// (phpdotenv reads the file top down; code runs its assignments first);
/// none when a variable is not defined above as a literal, or has a
/// default, a format or another operator (`${A:-x}`, `{port:d}`), whose
/// reading is left as is; so is a `.env` URL (`MAILER_DSN=smtp://${USER}:…`),
/// whose parts are read at their places in the paste.
fn interpolate(doc: &mut Document, input: &str, defs: &Defs, i: usize) -> Option<Val> {
    let e = &doc.entries[i];
    let (opener, env) = interpolated(e, input)?;
    let (span, quote) = (e.value.span(), e.value.quote);
    let text = input.get(span.clone())?;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(opener) {
        let after = &rest[at + opener.len()..];
        // Python's `{{` is a brace written as is.
        if opener == "{" && after.starts_with('{') {
            out.push_str(&rest[..=at]);
            rest = &after[1..];
            continue;
        }
        out.push_str(&rest[..at]);
        let end = after.find('}')?;
        let name = &after[..end];
        if !is_var_name(name) {
            return None;
        }
        let key = if env {
            Name::Env(name)
        } else {
            Name::Var(name)
        };
        let v = &doc.entries[defs.last_above(&key)? as usize].value;
        if v.kind != ValKind::Literal {
            return None;
        }
        out.push_str(doc.text_of(v));
        rest = &after[end + 1..];
    }
    if opener == "{" {
        out.push_str(&rest.replace("}}", "}"));
    } else {
        out.push_str(rest);
    }
    Some(doc.val(span, Some(out), quote, ValKind::Literal))
}

/// Whether a code entry's value is a comparison (see [`evaluate`]).
fn comparison(doc: &Document, input: &str, i: usize) -> bool {
    let e = &doc.entries[i];
    matches!(e.syntax, Syntax::Code(_))
        && e.value.text == Val::VERBATIM
        && input.get(e.value.span()).is_some_and(expr::has_comparison)
}

/// Whether an entry's value can stand for a use of its name: a literal,
/// or in code an expression (followed so that the use names what the
/// variable is read from, `process.env.SMTP_HOST`, not the variable).
fn definable(e: &super::Entry) -> bool {
    match e.value.kind {
        ValKind::Literal => true,
        ValKind::Reference => matches!(e.syntax, Syntax::Code(_)),
        _ => false,
    }
}

/// The name an entry defines, when it is a definition: an environment
/// variable, a top-level or class-level variable/constant in code.
fn definition_name<'a>(doc: &Document, input: &'a str, i: usize) -> Option<Name<'a>> {
    let e = &doc.entries[i];
    let own = doc.own_segs(e.segs);
    let last = own.last()?;
    if last.kind != SegKind::Key {
        return None;
    }
    let name = last.text(input);
    if name.is_empty() || name.len() > 128 {
        return None;
    }
    if let Some(var) = symfony_env_default(doc, input, e) {
        return Some(Name::EnvDefault(var));
    }
    match e.syntax {
        Syntax::Env => Some(Name::Env(name)),
        Syntax::Code(_) => {
            // `self.host = host` / `this.host = host` in a constructor:
            // the class's member, as `self.host` is read at its uses.
            if let [obj, _] = own {
                if obj.kind == SegKind::Key && matches!(obj.text(input), "self" | "this") {
                    return Some(Name::Member(enclosing_class(doc, input, i)?, name));
                }
            }
            if own.len() != 1 {
                return None;
            }
            if e.syntax == Syntax::Code(super::code::Lang::Nix) && nix_rec_set(doc, input, e.scope)
            {
                return Some(Name::RecAttr(e.scope, name));
            }
            let scope = &doc.scopes[e.scope as usize];
            match scope.kind {
                // `HOST = 'x'` at the top or in a function; `const HOST` in a class.
                ScopeKind::Region | ScopeKind::Block => Some(Name::Var(name)),
                ScopeKind::Map if scope.segs.len == 1 => {
                    let class = doc.own_segs(scope.segs)[0].text(input);
                    Some(Name::Member(class, name))
                }
                _ => None,
            }
        }
        // Other formats: a flat key can stand for a variable (`.env`-like
        // INI without sections, compose `environment:`).
        Syntax::Ini | Syntax::Yaml | Syntax::Conf | Syntax::Properties | Syntax::Commands => {
            (own.len() == 1 && is_var_name(name)).then_some(Name::Env(name))
        }
        _ => None,
    }
}

/// Whether a scope is a Nix recursive set, `rec { … }`, whose attributes
/// bind their names inside it. The Nix manual, "Language Constructs",
/// Recursive sets (nixos.org/manual/nix/stable/language/constructs): "in a
/// normal (non-recursive) set, attributes are not added to the lexical
/// scope; in a recursive set, they are". Read from the word before the
/// set's `{` (a look back over at most 64 bytes of blanks).
fn nix_rec_set(doc: &Document, input: &str, scope: u32) -> bool {
    let Some(sc) = doc.scopes.get(scope as usize) else {
        return false;
    };
    let bytes = input.as_bytes();
    let open = sc.span.start as usize;
    if sc.kind != ScopeKind::Map || bytes.get(open) != Some(&b'{') {
        return false;
    }
    let mut end = open;
    while end > 0 && open - end < 64 && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    let word = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'\'' | b'.');
    end >= 3 && &bytes[end - 3..end] == b"rec" && !bytes[..end - 3].last().is_some_and(word)
}

/// For a bare name used in Nix, the attribute of that name of the nearest
/// enclosing `rec { … }` set that has one (a nearer set shadows an outer
/// one and a `let` binding); `None` when none has. The walk up is bounded
/// by the scopes' depth.
fn nix_rec_def<'a>(
    doc: &Document,
    input: &'a str,
    ctx: Ctx<'_, 'a>,
    i: usize,
    name: Name<'a>,
    at: (u32, bool),
) -> Option<(Val, u32)> {
    let e = &doc.entries[i];
    let (Syntax::Code(super::code::Lang::Nix), Name::Var(n)) = (e.syntax, name) else {
        return None;
    };
    let mut scope = e.scope;
    for _ in 0..=super::MAX_DEPTH {
        if nix_rec_set(doc, input, scope) {
            if let Some(found) = find_def(doc, input, ctx, Name::RecAttr(scope, n), None, at) {
                return Some(found);
            }
        }
        let parent = doc.scopes.get(scope as usize)?.parent;
        if parent == scope {
            break;
        }
        scope = parent;
    }
    None
}

/// The variable a Symfony `env(X)` parameter gives a fallback for: a key
/// `env(X)` right under the top-level `parameters:` of a YAML file (Oro
/// 4.2's `parameters.yml.dist`). Symfony's docs (since 3.2,
/// symfony.com/doc/3.2/configuration/external_parameters.html): "the
/// default value will be used whenever the corresponding environment
/// variable is not found"; the container reads it for `%env(X)%`, with or
/// without processors (`%env(int:X)%`).
fn symfony_env_default<'a>(doc: &Document, input: &'a str, e: &super::Entry) -> Option<&'a str> {
    if e.syntax != Syntax::Yaml {
        return None;
    }
    let mut path = doc.path_rev(e);
    let var = path.next()?.text(input);
    let var = var.strip_prefix("env(")?.strip_suffix(')')?;
    let parent = path.next()?;
    (parent.kind == SegKind::Key
        && parent.text(input) == "parameters"
        && path.next().is_none()
        && is_var_name(var))
    .then_some(var)
}

/// Whether a reference is Symfony's `%env(…)%`, which falls back to the
/// paste's `env(X)` parameter (see [`symfony_env_default`]).
fn symfony_env_use(doc: &Document, input: &str, i: usize) -> bool {
    let v = &doc.entries[i].value;
    v.text == Val::VERBATIM
        && input
            .get(v.span())
            .is_some_and(|t| t.trim_start().starts_with("%env("))
}

/// The entries' indices in text order (by key start, equal starts in
/// reading order). Readers push nearly in order (an outer entry after the
/// ones inside its value, `t = createTransport({…})`; a setter's entry
/// after its arguments): only the few out of order are sorted (see
/// [`crate::sort::nearly_sorted_values`]).
fn text_order(doc: &Document) -> Vec<u32> {
    let mut keyed: Vec<(u32, u32)> = doc
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.key.start, i as u32))
        .collect();
    crate::sort::nearly_sorted_values(&mut keyed);
    keyed.into_iter().map(|(_, i)| i).collect()
}

fn is_var_name(s: &str) -> bool {
    s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
        && s.as_bytes()
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
}

/// What a reference entry names: the name, the environment variable a
/// code string's `${VAR}` names, the read at the expression's core (see
/// [`expr::operand`]: `Number(process.env.SMTP_PORT) || 587` names
/// `SMTP_PORT`), and whether it is an environment read (see
/// [`env_read`]). `None` when it names nothing the paste could define.
fn reference_name<'a>(
    doc: &Document,
    input: &'a str,
    i: usize,
    from_env: &FromEnv<'a>,
) -> Option<(Name<'a>, Option<Name<'a>>, Operand<'a>, bool)> {
    let e = &doc.entries[i];
    // The reference's text: the input itself for code expressions and
    // templates written verbatim (decoded texts are rare here).
    let text = if e.value.text == Val::VERBATIM {
        input.get(e.value.span())?.trim()
    } else {
        return None;
    };
    let op = match e.syntax {
        Syntax::Code(_) => expr::operand(text),
        _ => Operand {
            core: text,
            numeric: false,
            fallback: None,
            lower: None,
        },
    };
    let (name, code_env, env_call) = name_of(doc, input, i, op.core, e.syntax, from_env)?;
    Some((name, code_env, op, env_call))
}

/// What a reference's text names (see [`reference_name`]), read in the
/// entry `i`'s place (its class, for `self::HOST`).
fn name_of<'a>(
    doc: &Document,
    input: &'a str,
    i: usize,
    text: &'a str,
    syntax: Syntax,
    from_env: &FromEnv<'a>,
) -> Option<(Name<'a>, Option<Name<'a>>, bool)> {
    let env_call = match syntax {
        // `const { SMTP_HOST } = process.env` makes `SMTP_HOST` a read too.
        // `text` is an operand's core already (see `reference_name`).
        Syntax::Code(_) => env_read_core(text).or_else(|| from_env.get(text).copied()),
        _ => None,
    };
    let name = match (syntax, env_call) {
        (_, Some(var)) => Name::Env(var),
        (Syntax::Code(lang), None) => code_name(doc, input, i, text, lang)?,
        // (A `.env`-read line whose value is code reading the
        // environment, `EMAIL_HOST=os.environ.get("EMAIL_HOST")`: that
        // variable.)
        // (An Ansible `{{ smtp_user }}` names a variable its play's
        // `vars:` or a role's defaults define as a flat key.)
        _ => Name::Env(
            env_var_name(text)
                .or_else(|| env_read(text))
                .or_else(|| jinja_var_name(text))?,
        ),
    };
    let code_env = match syntax {
        // `${VAR}` inside a code string: an environment variable of the paste.
        Syntax::Code(_) => env_var_name(text).map(Name::Env),
        _ => None,
    };
    Some((name, code_env, env_call.is_some()))
}

/// The definitions searched for a use, and the names bound from the
/// environment.
type Ctx<'c, 'a> = (&'c Defs<'a>, &'c FromEnv<'a>);

/// Names a JavaScript destructuring binds from the environment: the
/// variable → the environment variable it holds.
type FromEnv<'a> = HashMap<&'a str, &'a str>;

/// `const { SMTP_HOST, SMTP_PORT } = process.env`: the names bound (the
/// reader writes each as a shorthand entry whose value is its own name),
/// and `const { SMTP_HOST: host } = process.env`, renamed (written as an
/// entry `SMTP_HOST` whose value is `host`: the variable `host` holds
/// `SMTP_HOST`). One pass over the entries; for each such entry, a look
/// past the names after it to the pattern's `}` (bounded) and what it is
/// assigned from.
fn destructured_env<'a>(doc: &Document, input: &'a str) -> FromEnv<'a> {
    let mut out = FromEnv::default();
    let mut pattern_end = 0usize;
    let mut from_env = false;
    for e in &doc.entries {
        if e.syntax != Syntax::Code(super::code::Lang::JavaScript)
            || e.value.kind != ValKind::Reference
            || e.value.text != Val::VERBATIM
            || e.commented()
        {
            continue;
        }
        let span = e.value.span();
        let Some(name) = input.get(span.clone()) else {
            continue;
        };
        let Some(var) = input.get(e.key_span()) else {
            continue;
        };
        if !is_var_name(name) || !is_var_name(var) || doc.own_segs(e.segs).len() != 1 {
            continue;
        }
        // The same pattern as the entry before: its answer stands.
        if span.end > pattern_end {
            let mut end = (span.end + 1024).min(input.len());
            while !input.is_char_boundary(end) {
                end -= 1;
            }
            let rest = &input[span.end..end];
            let Some(close) = rest.find('}') else {
                continue;
            };
            pattern_end = span.end + close;
            let after = rest[close + 1..].trim_start();
            from_env = after
                .strip_prefix('=')
                .map(str::trim_start)
                .and_then(|a| a.strip_prefix("process.env"))
                .is_some_and(|a| {
                    !a.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.')
                });
        }
        if from_env {
            out.insert(name, var);
        }
    }
    out
}

/// The value a reference entry stands for, when the paste defines it, and
/// the defining entry.
fn lookup<'a>(
    doc: &mut Document,
    input: &'a str,
    ctx: Ctx<'_, 'a>,
    i: usize,
) -> Option<(Val, u32)> {
    let (name, code_env, op, env_call) = reference_name(doc, input, i, ctx.1)?;
    let at = doc.entries[i].key.start;
    // What code reads from the environment is a string (`process.env.X`,
    // `os.environ['X']`, `getenv`…): `SMTP_SECURE=false` gives the string
    // "false", which JavaScript and Python take as true. Laravel's `env()`
    // alone turns `true`/`false`/`null` into their values; a conversion
    // (`Number(…)`, `(int)`) makes a number of it.
    let as_string = env_call && !op.numeric && !op.core.starts_with("env(");
    let use_cond = doc.entries[i].flags & flag::CONDITIONAL != 0;
    let found = nix_rec_def(doc, input, ctx, i, name, (at, use_cond))
        .or_else(|| find_def(doc, input, ctx, name, code_env, (at, use_cond)))
        .or_else(|| match name {
            // Unset in the paste's environment: Symfony's own fallback.
            Name::Env(var) if symfony_env_use(doc, input, i) => {
                find_def(doc, input, ctx, Name::EnvDefault(var), None, (at, use_cond))
            }
            _ => None,
        });
    // Java, C#, Kotlin: a bare name in a method is also the class's
    // constant (`props.put("mail.smtp.port", PORT)` beside `static final
    // String PORT = "465"`). Constants only, by their upper-case name: a
    // field's initial value (`string _sender = ""`) is what a constructor
    // replaces.
    let java_like = matches!(
        doc.entries[i].syntax,
        Syntax::Code(
            super::code::Lang::Java | super::code::Lang::CSharp | super::code::Lang::Kotlin
        )
    );
    let (mut v, def) = match (found, name) {
        (Some(f), _) => f,
        (None, Name::Var(n)) if java_like && !n.bytes().any(|b| b.is_ascii_lowercase()) => {
            let class = enclosing_class(doc, input, i)?;
            find_def(
                doc,
                input,
                ctx,
                Name::Member(class, n),
                None,
                (at, use_cond),
            )?
        }
        _ => return None,
    };
    if as_string && v.quote == crate::model::Quote::None {
        v.quote = crate::model::Quote::Double;
    }
    // An empty value falls back where the operator tests truth
    // (`process.env.SMTP_SECURE || true` with `SMTP_SECURE=`): the
    // fallback's literal, where it is written.
    if let Some((fop, fb)) = op.fallback {
        if fop != "??" && v.kind == ValKind::Literal && doc.text_of(&v).is_empty() {
            if let Some(lit) = literal_val(doc, input, fb) {
                v = lit;
            }
        }
    }
    Some((v, def))
}

/// The definition that stands for `name` used at `at`: the last one above
/// the use, else the first after it. A use outside every branch (`use_cond`
/// false) reads the last definition outside them too, when there is one:
/// `host = os.getenv('X')` then `if not host: host = 'default'` is the
/// environment's value, which the default stands in for only when unset
/// (as a setting written in a branch after the same setting written
/// outside does not override it).
fn find_def<'a>(
    doc: &Document,
    input: &'a str,
    (defs, _): Ctx<'_, 'a>,
    name: Name<'a>,
    code_env: Option<Name<'a>>,
    (at, use_cond): (u32, bool),
) -> Option<(Val, u32)> {
    let above = |name: &Name<'a>| {
        defs.above(name)
            .or_else(|| code_env.and_then(|n| defs.above(&n)))
    };
    // `settings.MAIL_SERVER` where `settings = Settings()`: the class's
    // attribute (a pydantic or dataclass settings object, a config class).
    let name = match name {
        Name::Member(inst, attr) if defs.above(&name).is_none() => {
            instance_class(doc, input, defs, inst)
                .map(|class| Name::Member(class, attr))
                .unwrap_or(name)
        }
        _ => name,
    };
    let start = |d: u32| doc.entries[d as usize].key.start;
    let found = |d: u32| Some((doc.entries[d as usize].value.clone(), d));
    let Some(list) = above(&name) else {
        // Defined only further down: the first definition after the use.
        let below = defs
            .below(doc, &name, at)
            .or_else(|| code_env.and_then(|n| defs.below(doc, &n, at)))?;
        return found(below?);
    };
    // The last definition before the use, else the first after it (the
    // list is in text order).
    let k = list.partition_point(|&d| start(d) < at);
    let branched = |d: u32| {
        doc.entries
            .get(d as usize)
            .is_some_and(|e| e.flags & flag::CONDITIONAL != 0)
    };
    let before = &list[..k];
    let outside = || before.iter().rev().take(16).find(|&&d| !branched(d));
    // Set only in branches, more than once (`if … { port = 25 } else {
    // port = 465 }`), and used after them: which one runs is unknown.
    if !use_cond
        && before.len() > 1
        && before.last().is_some_and(|&d| branched(d))
        && outside().is_none()
    {
        return None;
    }
    let chosen = before
        .last()
        .filter(|&&d| use_cond || !branched(d))
        .or_else(outside)
        .or(before.last())
        .or_else(|| list.iter().find(|&&d| start(d) > at))?;
    found(*chosen)
}

/// A literal written in the paste at `t` (a slice of `input`) as a value:
/// its content span and quoting.
fn literal_val(doc: &mut Document, input: &str, t: &str) -> Option<Val> {
    let t = t.trim();
    let start = (t.as_ptr() as usize).checked_sub(input.as_ptr() as usize)?;
    if start + t.len() > input.len() {
        return None;
    }
    let (span, quote) = match expr::Lit::parse(t)? {
        expr::Lit::Str(_) => {
            let q = if t.starts_with('\'') {
                crate::model::Quote::Single
            } else {
                crate::model::Quote::Double
            };
            (start + 1..start + t.len() - 1, q)
        }
        _ => (start..start + t.len(), crate::model::Quote::None),
    };
    Some(doc.val(span, None, quote, ValKind::Literal))
}

/// A comparison, or a choice made on one, whose operands the paste
/// defines (`secure: Number(process.env.SMTP_PORT) === 465` beside
/// `SMTP_PORT=587`, `$port == 465 ? 'ssl' : 'tls'` beside `$port = 587`):
/// its outcome, as the language's boolean word or the literal branch taken.
fn evaluate<'a>(doc: &mut Document, input: &'a str, ctx: Ctx<'_, 'a>, i: usize) -> Option<Val> {
    let e = &doc.entries[i];
    let Syntax::Code(lang) = e.syntax else {
        return None;
    };
    if e.value.text != Val::VERBATIM {
        return None;
    }
    let text = input.get(e.value.span())?.trim();
    if !expr::has_comparison(text) {
        return None;
    }
    let (at, syntax) = (e.key.start, e.syntax);
    let from_env = ctx.1;
    let choice = {
        let doc = &*doc;
        let mut operand = |op: Operand<'a>| -> Option<expr::Lit<'a>> {
            let (name, code_env, env_call) = name_of(doc, input, i, op.core, syntax, from_env)?;
            let env_string = env_call && !op.core.starts_with("env(");
            let Some((v, _)) = find_def(
                doc,
                input,
                ctx,
                name,
                code_env,
                (at, e.flags & flag::CONDITIONAL != 0),
            ) else {
                // Not in the paste, but a string (or nothing) all the same.
                return env_string.then_some(expr::Lit::AnyStr);
            };
            if v.kind != ValKind::Literal || v.text != Val::VERBATIM {
                return None;
            }
            let t = input.get(v.span())?;
            // `String(x).toLowerCase() === 'true'` with x = `TRUE`: not the
            // text as written; unknown here.
            if !op.keeps(t) {
                return Some(expr::Lit::AnyStr);
            }
            Some(if env_string || v.quote != crate::model::Quote::None {
                expr::Lit::Str(t)
            } else {
                expr::Lit::parse(t).unwrap_or(expr::Lit::Str(t))
            })
        };
        expr::Expr {
            lang,
            operand: &mut operand,
        }
        .choice(text)?
    };
    match choice {
        expr::Choice::Branch(b) => literal_val(doc, input, b).or_else(|| {
            // A constant's name: read as the reference it is.
            let start = (b.as_ptr() as usize).checked_sub(input.as_ptr() as usize)?;
            let span = start..start + b.len();
            Some(doc.val(span, None, crate::model::Quote::None, ValKind::Reference))
        }),
        expr::Choice::Truth(t) => {
            let word = match (lang, t) {
                (crate::model::Lang::Python, true) => "True",
                (crate::model::Lang::Python, false) => "False",
                (_, true) => "true",
                (_, false) => "false",
            };
            let span = doc.entries[i].value.span();
            Some(doc.val(
                span,
                Some(word.to_string()),
                crate::model::Quote::None,
                ValKind::Literal,
            ))
        }
    }
}

/// The class a variable holds an instance of: `settings = Settings()`,
/// `cfg = new MailConfig()` (its last definition above).
fn instance_class<'a>(
    doc: &Document,
    input: &'a str,
    defs: &Defs<'a>,
    var: &'a str,
) -> Option<&'a str> {
    let v = &doc.entries[defs.last_above(&Name::Var(var))? as usize].value;
    if v.kind != ValKind::Reference || v.text != Val::VERBATIM {
        return None;
    }
    let text = input.get(v.span())?.trim();
    let text = text.strip_prefix("new ").unwrap_or(text).trim_start();
    let (class, rest) = text.split_at(text.find('(')?);
    (is_var_name(class) && rest.trim_end().ends_with(')')).then_some(class)
}

/// The definition a code reference names: `HOST`, `self::HOST`,
/// `Mailer::HOST`, `static::HOST`.
fn code_name<'a>(
    doc: &Document,
    input: &'a str,
    i: usize,
    text: &'a str,
    lang: super::code::Lang,
) -> Option<Name<'a>> {
    use super::code::Lang;
    let ident = |s: &str| is_var_name(s.trim_start_matches('$'));
    // Terraform's `var.smtp_host`: the variable's default (see
    // `terraform`), also through a type conversion (`tostring(var.port)`).
    if lang == Lang::Hcl {
        let inner = ["tostring(", "tonumber(", "tobool("]
            .iter()
            .find_map(|f| text.strip_prefix(f)?.strip_suffix(')'))
            .unwrap_or(text);
        if let Some(var) = inner.trim().strip_prefix("var.") {
            return ident(var).then_some(Name::Var(var));
        }
    }
    // A FusionAuth kickstart file's `#{name}`: the key `name` of its
    // top-level `"variables": {…}` object (a member of `variables`, as
    // `definition_name` names it); `#{ENV.NAME}`: an environment variable.
    if lang == Lang::Json {
        if let Some(inner) = text.strip_prefix("#{").and_then(|r| r.strip_suffix('}')) {
            return match inner.strip_prefix("ENV.") {
                Some(var) => is_var_name(var).then_some(Name::Env(var)),
                None => is_var_name(inner).then_some(Name::Member("variables", inner)),
            };
        }
    }
    if !text.is_empty() && ident(text) {
        // PHP constants (`SMTP_HOST`) and variables (`$host`) both.
        return Some(Name::Var(text));
    }
    // Every form below is names joined by `::` or `.`: a text with any other
    // byte (a call, an object, any expression) names none, said before the
    // searches for the separators.
    if !text
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b':' | b'.'))
    {
        return None;
    }
    // (A byte search: `rsplit_once("::")` sets up a substring searcher per value.)
    let double_colon = text.as_bytes().windows(2).rposition(|w| w == b"::");
    let split = double_colon
        .map(|i| (&text[..i], &text[i + 2..]))
        .or_else(|| {
            // `Mailer.HOST` (Python/JS/Java class constant).
            if matches!(lang, Lang::Php) {
                None
            } else {
                text.rsplit_once('.')
            }
        });
    let (class, name) = split?;
    if !ident(name) {
        return None;
    }
    let class = match class {
        "self" | "static" | "this" | "cls" => enclosing_class(doc, input, i)?,
        c if ident(c) => c,
        _ => return None,
    };
    Some(Name::Member(class, name))
}

/// The variable a code expression reads from the environment:
/// `env('MAIL_HOST', 'default')` (Laravel), `getenv("X")`, `$_ENV['X']`,
/// `os.environ['X']`, `os.getenv("X")`, `ENV['X']`, `ENV.fetch('X')`,
/// `System.getenv("X")`, `os.Getenv("X")`, `System.get_env("X")`,
/// `process.env.X`, `process.env['X']`. Its value is the `.env` line of the
/// paste, when there is one (else it stays a reference: the default is
/// what runs without that line, which the paste does not show).
pub(crate) fn env_read(text: &str) -> Option<&str> {
    read_env(text, false)
}

/// [`env_read`] of a text that is the core of an operand already
/// ([`expr::operand`] of it gives it back as it is).
fn env_read_core(core: &str) -> Option<&str> {
    read_env(core, true)
}

/// [`env_read`], peeling the operand or not.
fn read_env(text: &str, is_core: bool) -> Option<&str> {
    const CALLS: [&str; 19] = [
        "env(",
        // django-environ's typed reads (`env.int("EMAIL_PORT")`) and
        // python-decouple's `config("EMAIL_HOST", cast=int)`: both read the
        // `.env` file or the environment.
        "env.str(",
        "env.int(",
        "env.bool(",
        "env.float(",
        "config(",
        "getenv(",
        "$_ENV[",
        "$_SERVER[",
        "os.environ[",
        "os.environ.get(",
        "os.getenv(",
        "ENV[",
        "ENV.fetch(",
        "System.getenv(",
        "os.Getenv(",
        "System.get_env(",
        "Environment.GetEnvironmentVariable(",
        "process.env[",
    ];
    if let Some(rest) = text.strip_prefix("process.env.") {
        // `process.env.X`, also with a fallback: `process.env.X || 'd'`,
        // `process.env.X ?? 'd'` (one setting, read from `X` when set).
        let end = rest
            .bytes()
            .position(|c| !(c.is_ascii_alphanumeric() || c == b'_'))
            .unwrap_or(rest.len());
        let (name, tail) = rest.split_at(end);
        let tail = tail.trim_start();
        let fallback = tail.is_empty() || tail.starts_with("||") || tail.starts_with("??");
        return (fallback && is_var_name(name)).then_some(name);
    }
    // The read alone: `getenv('X') . '.x'` or `$_ENV['X'] === 'true' ? …`
    // is an expression around it, not the variable.
    let text = if is_core {
        text
    } else {
        expr::operand(text).core
    };
    let call = CALLS.iter().find(|c| text.starts_with(**c))?;
    if !expr::closes_at_end(text, call.len() - 1) {
        return None;
    }
    let rest = text[call.len()..].trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let body = &rest[1..];
    let name = &body[..body.find(quote)?];
    is_var_name(name).then_some(name)
}

/// The class (named map scope) an entry sits in.
fn enclosing_class<'a>(doc: &Document, input: &'a str, i: usize) -> Option<&'a str> {
    // A use in a method (`this.host` in an object literal of a method's
    // body): the class is the named map around the method's block, not an
    // object literal or call argument on the way there. Without a block
    // (a class constant made of another), the nearest named map.
    let mut nearest = None;
    let mut in_block = false;
    for s in doc.scope_chain(doc.entries[i].scope) {
        let Some(scope) = doc.scopes.get(s as usize) else {
            continue;
        };
        if scope.kind == ScopeKind::Block {
            in_block = true;
            continue;
        }
        let named = scope.kind == ScopeKind::Map
            && scope.segs.len == 1
            && doc.own_segs(scope.segs)[0].kind == SegKind::Key;
        if !named {
            continue;
        }
        let name = doc.own_segs(scope.segs)[0].text(input);
        if in_block {
            return Some(name);
        }
        nearest.get_or_insert(name);
    }
    nearest
}

#[cfg(test)]
mod env_read_tests {
    #[test]
    fn env_reading_calls_name_their_variable() {
        for (text, var) in [
            ("env('MAIL_HOST', 'smtp.mailgun.org')", Some("MAIL_HOST")),
            ("getenv(\"SMTP_PASS\")", Some("SMTP_PASS")),
            ("os.environ['EMAIL_HOST']", Some("EMAIL_HOST")),
            ("process.env.SMTP_HOST", Some("SMTP_HOST")),
            ("ENV.fetch('SMTP_PORT', 587)", Some("SMTP_PORT")),
            ("env(HOST)", None),
            ("process.env.SMTP_HOST || 'smtp.x'", Some("SMTP_HOST")),
            ("process.env.SMTP_PORT ?? 587", Some("SMTP_PORT")),
            ("process.env.SMTP_HOST + '.x'", None),
            ("getenv('SMTP_HOST') ?: 'smtp.x'", Some("SMTP_HOST")),
            ("os.getenv('EMAIL_HOST') or 'smtp.x'", Some("EMAIL_HOST")),
            (
                "System.get_env(\"SMTP_HOST\") || \"smtp.x\"",
                Some("SMTP_HOST"),
            ),
            ("environment('X')", None),
            // An expression around the read is not the read.
            ("getenv('SMTP_HOST') . '.x'", None),
            ("$_ENV['SMTP_SECURE'] === 'true' ? 'ssl' : false", None),
            ("(int) $_ENV['SMTP_PORT']", Some("SMTP_PORT")),
            ("ENV.fetch('SMTP_PORT', 587).to_i", Some("SMTP_PORT")),
            ("ENV['SMTP_HOST'].to_s.strip", Some("SMTP_HOST")),
            ("env.int(\"EMAIL_PORT\")", Some("EMAIL_PORT")),
            (
                "env.bool('EMAIL_USE_TLS', default=True)",
                Some("EMAIL_USE_TLS"),
            ),
            ("env.str(\"EMAIL_HOST_USER\")", Some("EMAIL_HOST_USER")),
            (
                "config('EMAIL_PORT', default=587, cast=int)",
                Some("EMAIL_PORT"),
            ),
            ("config('mail.host')", None),
        ] {
            assert_eq!(super::env_read(text), var, "{text}");
            // Read from the operand's core, as `name_of` does.
            let core = super::expr::operand(text).core;
            assert_eq!(super::env_read_core(core), super::env_read(core), "{text}");
            assert_eq!(super::expr::operand(core).core, core, "{text}");
        }
    }
}

#[cfg(test)]
mod order_tests {
    use super::super::{sniff, Document};

    #[test]
    fn text_order_is_the_sorted_order() {
        // Entries pushed out of order: the transport after its options, a
        // setter's key after its arguments.
        let input = "const t = nodemailer.createTransport({\n  host: 'a',\n  port: 465,\n});\nprops.put(\"mail.smtp.host\", \"x\");\nconst u = f(g(1), h(2));\n";
        let mut doc = Document::empty(input);
        sniff::read_all(&mut doc);
        let mut want: Vec<u32> = (0..doc.entries.len() as u32).collect();
        assert!(!want.is_sorted_by_key(|&i| doc.entries[i as usize].key.start));
        want.sort_by_key(|&i| doc.entries[i as usize].key.start);
        assert_eq!(super::text_order(&doc), want);
    }
}

#[cfg(test)]
mod python_env_tests {
    #[test]
    fn typed_environ_and_decouple_reads_take_the_env_lines_of_the_paste() {
        let env = "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=2525\nEMAIL_HOST_USER=2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\nEMAIL_HOST_PASSWORD=2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\nEMAIL_USE_TLS=True\n";
        for py in [
            "EMAIL_HOST = env(\"EMAIL_HOST\")\nEMAIL_PORT = env.int(\"EMAIL_PORT\")\nEMAIL_HOST_USER = env.str(\"EMAIL_HOST_USER\")\nEMAIL_HOST_PASSWORD = env(\"EMAIL_HOST_PASSWORD\")\nEMAIL_USE_TLS = env.bool(\"EMAIL_USE_TLS\")\n",
            "EMAIL_HOST = config(\"EMAIL_HOST\")\nEMAIL_PORT = config(\"EMAIL_PORT\", cast=int)\nEMAIL_HOST_USER = config(\"EMAIL_HOST_USER\")\nEMAIL_HOST_PASSWORD = config(\"EMAIL_HOST_PASSWORD\")\nEMAIL_USE_TLS = config(\"EMAIL_USE_TLS\", cast=bool)\n",
        ] {
            let r = crate::lint(
                &format!("settings.py\n{py}\n.env\n{env}"),
                &crate::Options::default(),
            );
            let c = r.configs.iter().find(|c| c.active).expect("a configuration");
            assert_eq!(c.client, "django-settings", "{py}");
            assert_eq!(c.settings.port, Some(2525), "{py}");
            assert_eq!(c.settings.security.as_deref(), Some("starttls"), "{py}");
        }
    }
}

#[cfg(test)]
mod env_line_read_by_code_tests {
    #[test]
    fn a_url_read_from_the_pasted_env_is_one_configuration() {
        let t = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
        let src = format!("const transporter = nodemailer.createTransport(process.env.SMTP_URL);\n\n# .env\nSMTP_URL=smtps://{t}:{t}@smtp.postmarkapp.com:587\n");
        let r = crate::lint(&src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert!(r.findings.iter().all(|f| f.id != "input/multiple-configs"));
        assert_eq!(
            r.findings
                .iter()
                .filter(|f| f.id == "tls/implicit-tls")
                .count(),
            1
        );
    }
}

/// The settings of the configuration in use that a paste gives.
#[cfg(test)]
fn active_settings(src: &str) -> crate::report::Settings {
    let r = crate::lint(src, &crate::Options::default());
    r.configs
        .into_iter()
        .find(|c| c.active)
        .expect("a configuration")
        .settings
}

/// The value of the first entry whose path ends with `key`, and its kind.
#[cfg(test)]
fn value_of(src: &str, key: &str) -> (String, ValKind) {
    let doc = Document::read(src);
    let e = doc
        .entries
        .iter()
        .find(|e| doc.path_string(e).ends_with(key))
        .expect("entry");
    (doc.text_of(&e.value).to_string(), e.value.kind)
}

#[cfg(test)]
mod code_interpolation_tests {
    use super::active_settings as settings;

    #[test]
    fn a_python_f_string_url_reads_the_literals_it_interpolates() {
        let src = "user = \"0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\"\npw = \"0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\"\nEMAIL_URL = f\"smtp://{user}:{pw}@smtp.postmarkapp.com:587\"\n";
        let s = settings(src);
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert_eq!(s.username.as_deref(), Some("0b1c…3d4e"));
        // A variable the paste does not define leaves the reference.
        let src = "import os\nuser = os.environ['U']\nEMAIL_URL = f\"smtp://{user}:x@smtp.postmarkapp.com:587\"\n";
        assert_eq!(settings(src).username, None);
    }

    #[test]
    fn a_javascript_template_reads_the_literals_it_interpolates() {
        let src = "const user = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';\nconst transport = nodemailer.createTransport(`smtp://${user}:${user}@smtp.postmarkapp.com:2525`);\n";
        let s = settings(src);
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(2525));
        assert_eq!(s.username.as_deref(), Some("0b1c…3d4e"));
    }
}

#[cfg(test)]
mod kickstart_tests {
    #[test]
    fn kickstart_variables_are_read_where_they_are_used() {
        // FusionAuth's kickstart.json: `#{name}` is a key of `variables`,
        // `#{ENV.NAME}` an environment variable (a `.env` line pasted above).
        let src = "SMTP_TOKEN=0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\n\n{\n  \"variables\": {\n    \"smtpHost\": \"smtp.postmarkapp.com\",\n    \"fromEmail\": \"auth@example.com\"\n  },\n  \"requests\": [{\n    \"method\": \"PATCH\",\n    \"url\": \"/api/tenant/#{defaultTenantId}\",\n    \"body\": {\"tenant\": {\"emailConfiguration\": {\n      \"defaultFromEmail\": \"#{fromEmail}\",\n      \"host\": \"#{smtpHost}\",\n      \"port\": 587,\n      \"security\": \"TLS\",\n      \"username\": \"#{ENV.SMTP_TOKEN}\",\n      \"password\": \"#{ENV.SMTP_TOKEN}\",\n      \"verifyEmail\": true\n    }}}\n  }]\n}\n";
        let r = crate::lint(src, &crate::Options::default());
        let c = r
            .configs
            .iter()
            .find(|c| c.active)
            .expect("a configuration");
        assert_eq!(c.client, "fusionauth");
        assert_eq!(c.settings.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(c.settings.from.as_deref(), Some("auth@example.com"));
        assert_eq!(c.settings.username.as_deref(), Some("0b1c…3d4e"));
    }
}

#[cfg(test)]
mod js_env_tests {
    const ENV: &str = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=true\nSMTP_USER=0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\nSMTP_PASS=0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\n";

    fn settings(src: &str) -> crate::report::Settings {
        super::active_settings(&format!("{ENV}{src}"))
    }

    #[test]
    fn a_case_changed_env_read_compared_to_a_word() {
        // nodemailer's `secure` from `SMTP_SECURE=true`, lower-cased first.
        let src = "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: Number(process.env.SMTP_PORT),\n  secure: String(process.env.SMTP_SECURE).toLowerCase() === 'true',\n});\n";
        assert_eq!(settings(src).security.as_deref(), Some("implicit"));
        // `TRUE` lower-cased is `true`, but not as written: unknown.
        let r = crate::lint(
            &format!(
                "{}{src}",
                ENV.replace("SMTP_SECURE=true", "SMTP_SECURE=TRUE")
            ),
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].settings.security, None);
    }

    #[test]
    fn a_member_set_in_the_constructor_is_read_at_its_uses() {
        use super::super::ValKind;
        let src = "class Mailer:\n    def __init__(self, host=\"smtp.postmarkapp.com\", user=None):\n        self.host = host\n        self.user = user\n\n    def send(self):\n        server = smtplib.SMTP(self.host, 587)\n        server.login(self.user, 'x')\n";
        let of = |suffix: &str| super::value_of(src, suffix);
        assert_eq!(
            of("SMTP(#0)"),
            ("smtp.postmarkapp.com".to_string(), ValKind::Literal)
        );
        // `user=None`: the caller's value, not a null username.
        assert_eq!(of("login(#0)").1, ValKind::Reference);
    }

    #[test]
    fn a_java_constant_is_read_by_its_bare_name_in_a_method() {
        use super::super::{Document, ValKind};
        let src = "public class MailUtil {\n    private static final String PORT = \"465\";\n    private String host = \"\";\n    public void send() {\n        props.put(\"mail.smtp.port\", PORT);\n        props.put(\"mail.smtp.host\", host);\n    }\n}\n";
        let doc = Document::read(src);
        let of = |key: &str| {
            let e = doc
                .entries
                .iter()
                .find(|e| doc.path_string(e).ends_with(key) && e.value.kind != ValKind::Presence)
                .expect("entry");
            (doc.text_of(&e.value).to_string(), e.value.kind)
        };
        assert_eq!(of("mail.smtp.port"), ("465".to_string(), ValKind::Literal));
        // A field (not a constant): its initial value is no setting.
        assert_eq!(of("mail.smtp.host").1, ValKind::Reference);
    }

    #[test]
    fn a_use_after_branches_reads_the_definition_outside_them() {
        use super::super::ValKind;
        use super::value_of;
        // The default set in a branch stands in only when unset.
        let src = "let port = 587;\nif (process.env.SECURE) {\n  port = 465;\n}\nconst t = nodemailer.createTransport({ host: 'h', port: port });\n";
        assert_eq!(value_of(src, "createTransport(#0).port").0, "587");
        // Set only in branches: unknown.
        let src = "let port;\nif (a) {\n  port = 25;\n} else {\n  port = 465;\n}\nconst t = nodemailer.createTransport({ host: 'h', port: port });\n";
        assert_eq!(
            value_of(src, "createTransport(#0).port").1,
            ValKind::Reference
        );
    }

    #[test]
    fn renamed_destructuring_of_process_env() {
        let src = "const nodemailer = require('nodemailer');\nconst { SMTP_HOST: host, SMTP_PORT: port, SMTP_USER: user, SMTP_PASS: pass } = process.env;\nconst t = nodemailer.createTransport({ host, port: Number(port), secure: false, auth: { user, pass } });\n";
        let s = settings(src);
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(587));
        assert_eq!(s.username.as_deref(), Some("0b1c…3d4e"));
        // The same object literal not taken from the environment binds nothing.
        let s = settings(&src.replace("= process.env;", "= config;"));
        assert_eq!(s.host, None);
    }
}

#[cfg(test)]
mod use_tests {
    #[test]
    fn a_dotenv_value_expands_the_variables_defined_above_it() {
        let tok = "1f86c8a2-3b4d-4e5f-8a9b-0c1d2e3f5948";
        let env = |from: &str, first: &str| {
            format!("{first}MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME={tok}\nMAIL_PASSWORD={tok}\nMAIL_FROM_ADDRESS={from}\n")
        };
        let from = |src: &str| {
            let r = crate::lint(src, &crate::Options::default());
            r.configs[0].settings.from.clone()
        };
        let above = "APP_DOMAIN=acme.io\n";
        assert_eq!(
            from(&env("\"noreply@${APP_DOMAIN}\"", above)).as_deref(),
            Some("noreply@acme.io")
        );
        // Not expanded: single quotes (the text as written), a variable
        // defined below, a default.
        assert_eq!(
            from(&env("'noreply@${APP_DOMAIN}'", above)).as_deref(),
            Some("noreply@${APP_DOMAIN}")
        );
        assert_eq!(
            from(&format!("{}{above}", env("\"noreply@${APP_DOMAIN}\"", ""))),
            None
        );
        assert_eq!(from(&env("\"noreply@${APP_DOMAIN:-x.io}\"", above)), None);
        // A DSN with variables in it stays an unresolved reference.
        let r = crate::lint(
            &format!(
                "TOKEN={tok}\nMAILER_DSN=smtp://${{TOKEN}}:${{TOKEN}}@smtp.postmarkapp.com:587\n"
            ),
            &crate::Options::default(),
        );
        assert_ne!(r.configs[0].settings.host.as_deref(), Some("…"));
    }

    #[test]
    fn a_use_above_its_definition_reads_the_first_definition_below() {
        use super::super::{Document, ValKind};
        // Between the use and the `.env` line, a key of the same name whose
        // value is an unresolved `${…}`: no definition, passed over.
        let src = "framework:\n  mailer:\n    dsn: '%env(MAILER_DSN)%'\nMAILER_DSN: ${OTHER}\n# .env\nMAILER_DSN=smtp://u:p@smtp.postmarkapp.com:587\nMAILER_DSN=smtp://u:p@localhost:25\n";
        let doc = Document::read(src);
        let dsn = doc
            .entries
            .iter()
            .find(|e| doc.path_string(e).ends_with("mailer.dsn"))
            .expect("entry");
        assert_eq!(dsn.value.kind, ValKind::Literal);
        assert_eq!(
            doc.text_of(&dsn.value),
            "smtp://u:p@smtp.postmarkapp.com:587"
        );
    }

    #[test]
    fn a_compose_service_and_the_env_file_it_reads_are_one_configuration() {
        let tok = "1f86c8a2-3b4d-4e5f-8a9b-0c1d2e3f5948";
        let src = format!("services:\n  app:\n    image: acme/app\n    environment:\n      PORT: 3000\n      SMTP_HOST: ${{SMTP_HOST}}\n      SMTP_PORT: ${{SMTP_PORT:-587}}\n      SMTP_USER: ${{SMTP_USER}}\n      SMTP_PASS: ${{SMTP_PASS}}\n\n# .env\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=465\nSMTP_USER={tok}\nSMTP_PASS={tok}\n");
        let r = crate::lint(&src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        let s = &r.configs[0].settings;
        assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
        assert_eq!(s.port, Some(465));
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids.iter().filter(|i| **i == "port/465-unsupported").count(),
            1,
            "{ids:?}"
        );
        // A lower-case key reading the variable (Symfony's `dsn:
        // '%env(MAILER_DSN)%'`) is another setting: the `.env` line stays.
        let doc = super::super::Document::read(
            "framework:\n  mailer:\n    dsn: '%env(MAILER_DSN)%'\n# .env\nMAILER_DSN=smtp://u:p@smtp.postmarkapp.com:587\n",
        );
        assert!(doc.uses.is_empty());
    }

    #[test]
    fn symfony_env_parameters_are_the_fallback_of_env_reads() {
        use super::super::ValKind;
        let value = |src: &str, path: &str| {
            let (text, kind) = super::value_of(src, path);
            (kind == ValKind::Literal).then_some(text)
        };
        let yml = "parameters:\n    mailer_host: '%env(ORO_MAILER_HOST)%'\n    mailer_port: '%env(int:ORO_MAILER_PORT)%'\n    env(ORO_MAILER_HOST): smtp.postmarkapp.com\n    env(ORO_MAILER_PORT): 2525\n";
        // Below the use, with or without a processor.
        assert_eq!(
            value(yml, "parameters.mailer_host").as_deref(),
            Some("smtp.postmarkapp.com")
        );
        assert_eq!(
            value(yml, "parameters.mailer_port").as_deref(),
            Some("2525")
        );
        // The environment's own value wins, wherever it is written.
        let with_env = format!("{yml}# .env\nORO_MAILER_HOST=smtp.example.net\n");
        assert_eq!(
            value(&with_env, "parameters.mailer_host").as_deref(),
            Some("smtp.example.net")
        );
        // Only a top-level `parameters:` key defines a fallback, and only
        // `%env(…)%` reads it (a `${…}` is the shell's, not the container's).
        let nested = yml.replace("parameters:\n", "services:\n  parameters:\n");
        assert_eq!(value(&nested, "services.parameters.mailer_host"), None);
        let shell = yml.replace("'%env(ORO_MAILER_HOST)%'", "'${ORO_MAILER_HOST}'");
        assert_eq!(value(&shell, "parameters.mailer_host"), None);
    }
}
