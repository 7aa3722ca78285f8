//! Small helpers for the code dialects (nodemailer, PHPMailer, WP Mail SMTP,
//! .NET): turning scanner output into fields, and attaching fields that
//! come from calls or presets to the right configuration.

use std::ops::Range;

use crate::extract::code::{Assign, Call};
use crate::extract::group::Item;
use crate::model::{Config, Field, KeyUse, Quote, Role, Value};

/// A field from an assignment, keeping the key as written.
pub fn field_of(a: &Assign, role: Role) -> Field {
    Field {
        role,
        key: a.key.clone(),
        key_span: a.key_span.clone(),
        value: a.value.clone(),
    }
}

/// A grouping item from an assignment: a field when `role` is known, an
/// unknown key otherwise.
pub fn item_of(a: &Assign, role: Option<Role>) -> Item {
    Item {
        field: role.map(|r| field_of(a, r)),
        unknown: role.is_none().then(|| KeyUse {
            key: a.name.clone(),
            span: a.key_span.clone(),
        }),
        path: a.path.clone(),
        at: a.key_span.start,
    }
}

/// A field from a call argument (`new SmtpClient("host", 587)`): the key is
/// the callee as written, underlined at the callee's name.
pub fn field_of_arg(call: &Call, role: Role, arg: usize) -> Option<Field> {
    let value = call.args.get(arg)?.clone();
    Some(Field {
        role,
        key: call.name.clone(),
        key_span: call.name_span.clone(),
        value,
    })
}

/// A value the client derives from what is written (a preset, a constant):
/// `text` is what the client uses, `span` what the user wrote.
pub fn derived(text: &str, span: Range<usize>) -> Value {
    Value {
        text: text.to_string(),
        span,
        quote: Quote::None,
        verbatim: false,
        reference: None,
    }
}

/// A literal value read from the verbatim part `range` (relative to the
/// value's text) of another value, e.g. the host inside `ssl://host:465`.
pub fn part_of(value: &Value, range: Range<usize>) -> Option<Value> {
    if !value.verbatim || value.is_reference() {
        return None;
    }
    let text = value.text.get(range.clone())?;
    Some(Value {
        text: text.to_string(),
        span: value.sub_span(range),
        quote: value.quote,
        verbatim: true,
        reference: None,
    })
}

/// Whether the key at `span` is written in double quotes (JSON).
pub fn quoted_key(input: &str, span: &Range<usize>) -> bool {
    input.get(..span.start).is_some_and(|s| s.ends_with('"'))
        && input.get(span.end..).is_some_and(|s| s.starts_with('"'))
}

/// The configuration that `at` belongs to: the one whose span holds it,
/// else the nearest one before it, else the first.
pub fn config_at(configs: &mut [Config], at: usize) -> Option<&mut Config> {
    let idx = configs
        .iter()
        .position(|c| c.span.contains(&at))
        .or_else(|| {
            configs
                .iter()
                .enumerate()
                .filter(|(_, c)| c.span.start <= at)
                .max_by_key(|(_, c)| c.span.start)
                .map(|(i, _)| i)
        })
        .or(if configs.is_empty() { None } else { Some(0) })?;
    configs.get_mut(idx)
}

/// Adds a field to a configuration, widening its span. `last`: the field
/// overrides whatever is written (presets, host prefixes), so it goes after
/// the others; otherwise it is inserted in text order.
pub fn add_field(cfg: &mut Config, field: Field, last: bool) {
    let whole = field.whole_span();
    cfg.span = cfg.span.start.min(whole.start)..cfg.span.end.max(whole.end);
    if last {
        cfg.fields.push(field);
    } else {
        let pos = cfg
            .fields
            .iter()
            .position(|f| f.key_span.start > field.key_span.start)
            .unwrap_or(cfg.fields.len());
        cfg.fields.insert(pos, field);
    }
}

/// The variable a PHP/C# member assignment is made on (`$mail->Host` →
/// `$mail->`, `client.Port` → `client.`), for fixes written in kind.
pub fn receiver(key: &str, sep: &str) -> Option<String> {
    key.rfind(sep).map(|i| key[..i + sep.len()].to_string())
}
