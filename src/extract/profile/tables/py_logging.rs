//! Python's `logging.handlers.SMTPHandler`: in code
//! (`SMTPHandler(mailhost, fromaddr, toaddrs, subject, credentials=…,
//! secure=…)`, positional or by keyword, Flask's error-mail recipe), and in
//! `dictConfig` dictionaries and files (Django's `LOGGING` setting, a
//! `logging.yaml`): a handler with `class: logging.handlers.SMTPHandler`
//! and the same names as keys.
//!
//! Meaning (Python docs "logging.handlers → SMTPHandler",
//! <https://docs.python.org/3/library/logging.handlers.html#smtphandler>;
//! the code: `Lib/logging/handlers.py`, `SMTPHandler.emit`):
//!
//! * `mailhost` is a host, or a `(host, port)` tuple; without a port
//!   `smtplib.SMTP_PORT`, 25. The handler always uses `smtplib.SMTP`:
//!   there is no TLS from the first byte.
//! * `credentials=(username, password)` logs in; without it, no login.
//! * `secure` is used only with credentials: `None` (the default) sends in
//!   clear text; a tuple, even the empty `()`, calls `starttls()` first,
//!   which raises when the server does not offer STARTTLS (required).
//! * `fromaddr` is the From.
//!
//! Left out: `logging.conf` files (`fileConfig`), whose `args=(…)` is one
//! Python expression in an INI value.

use super::mailx::standing_for;
use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Fix, Hooks, Key, Marker, Profile, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Field, Lang, Role, Role::*, Syntax};

const KEYS: &[Key] = &[
    // A host alone, or the first item of a `(host, port)` tuple (the
    // tuple itself is dropped in `finish`).
    k("SMTPHandler(#0)|SMTPHandler().mailhost|mailhost", Host),
    k(
        "SMTPHandler(#0).#0|SMTPHandler().mailhost.#0|mailhost.#0",
        Host,
    ),
    k(
        "SMTPHandler(#0).#1|SMTPHandler().mailhost.#1|mailhost.#1",
        Port,
    ),
    k("SMTPHandler(#1)|SMTPHandler().fromaddr|fromaddr", From),
    k(
        "SMTPHandler(#4).#0|SMTPHandler().credentials.#0|credentials.#0",
        Username,
    ),
    // `credentials=auth`, a variable holding the tuple: split in `finish`.
    k("SMTPHandler(#4)|SMTPHandler().credentials", Username),
    k(
        "SMTPHandler(#4).#1|SMTPHandler().credentials.#1|credentials.#1",
        Password,
    ),
    k("SMTPHandler(#5)|SMTPHandler().secure|secure", StartTls),
];

const MARKERS: &[Marker] = &[
    weighs(mark("SMTPHandler()"), 3),
    weighs(mark_value("class", "logging.handlers.SMTPHandler"), 3),
    mark("toaddrs"),
    mark("fromaddr"),
];

/// A tuple or list expression: `("smtp.example.com", 587)`, `()`.
fn is_tuple(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']'))
}

/// The items of a tuple expression's text, split at its top-level commas:
/// each one's offset in `text` and its text, trimmed.
fn tuple_items(text: &str) -> Vec<(usize, &str)> {
    let open = text.len() - text.trim_start().len();
    let body_end = text.trim_end().len().saturating_sub(1);
    let mut items = Vec::new();
    let (mut depth, mut quote, mut from) = (0i32, None::<u8>, open + 1);
    for (i, b) in text.bytes().enumerate().take(body_end).skip(open + 1) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'\'' | b'"') => quote = Some(b),
            (None, b'(' | b'[' | b'{') => depth += 1,
            (None, b')' | b']' | b'}') => depth -= 1,
            (None, b',') if depth == 0 => {
                items.push(from);
                from = i + 1;
            }
            _ => {}
        }
    }
    items.push(from);
    let mut out = Vec::new();
    for (n, &start) in items.iter().enumerate() {
        let end = items.get(n + 1).map_or(body_end, |next| next - 1);
        let raw = &text[start..end.max(start)];
        let lead = raw.len() - raw.trim_start().len();
        let item = raw.trim();
        if !item.is_empty() {
            out.push((start + lead, item));
        }
    }
    out
}

/// A field for one item of a tuple held by `base` (the item at `at` in its
/// text): a quoted string or a number is literal text, anything else an
/// expression.
fn item_field(base: &Field, role: Role, at: usize, item: &str) -> Field {
    let b = item.as_bytes();
    let quoted = b.len() >= 2 && matches!(b[0], b'\'' | b'"') && b[b.len() - 1] == b[0];
    let (inner, inner_at) = if quoted {
        (&item[1..item.len() - 1], at + 1)
    } else {
        (item, at)
    };
    let mut f = standing_for(base, role, inner);
    if base.value.verbatim {
        let s = base.value.span.start + inner_at;
        f.value.span = s..s + inner.len();
        f.value.verbatim = true;
    }
    let number = !inner.is_empty() && inner.bytes().all(|c| c.is_ascii_digit());
    f.value.reference = (!quoted && !number).then(|| inner.to_string());
    f
}

/// `credentials=auth` where `auth = (user, password)` (the Flask tutorial's
/// shape): the tuple's text, split into the username and password fields.
fn split_credentials(cfg: &mut Config) {
    let Some(tuple) = cfg
        .fields
        .iter()
        .find(|f| f.role == Username && is_tuple(&f.value.text))
        .cloned()
    else {
        return;
    };
    cfg.fields
        .retain(|f| !(f.role == Username && is_tuple(&f.value.text)));
    if cfg.get(Username).is_some() || cfg.get(Password).is_some() {
        return;
    }
    let items = tuple_items(&tuple.value.text);
    for ((at, item), role) in items.into_iter().zip([Username, Password]) {
        let f = item_field(&tuple, role, at, item);
        cfg.push(f);
    }
}

/// The `(host, port)` tuple is no host; `secure` is on when it is a tuple
/// (even an empty one) and off when it is `None`; a credentials tuple held
/// by a variable is split.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        cfg.fields
            .retain(|f| !(f.role == Host && is_tuple(&f.value.text)));
        split_credentials(cfg);
        let secure = cfg.get(StartTls).map(|f| {
            let on = is_tuple(&f.value.text);
            let off = f.value.text.trim() == "None";
            (f.clone(), on, off)
        });
        if let Some((f, on, off)) = secure {
            if on || off {
                // In the words of the syntax it is written in (Python's
                // `True`; a dict read as JavaScript or a data file: `true`).
                let python = f.syntax == Syntax::Code(Lang::Python);
                let word = match (on, python) {
                    (true, true) => "True",
                    (true, false) => "true",
                    (false, true) => "False",
                    (false, false) => "false",
                };
                cfg.fields.retain(|g| g.role != StartTls);
                cfg.push(standing_for(&f, StartTls, word));
            }
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "mailhost=(\"smtp.postmarkapp.com\", {port})"),
    fix_text(W::Host, &[], "mailhost=(\"{value}\", 587)"),
    fix_text(
        W::StartTls,
        &[],
        "secure=() with credentials=(…) (the handler then calls starttls())",
    ),
    fix_text(W::AuthOn, &[], "credentials=(\"TOKEN\", \"TOKEN\")"),
    fix_text(W::Username, &[], "credentials=(\"{value}\", …)"),
    fix_text(W::Password, &[], "credentials=(…, \"{value}\")"),
    fix_text(W::From, &[], "fromaddr=\"{value}\""),
];

pub static PY_SMTP_HANDLER: Profile = Profile {
    id: "python-smtphandler",
    name: "Python logging SMTPHandler",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.python.org/3/library/logging.handlers.html#smtphandler https://github.com/python/cpython/blob/main/Lib/logging/handlers.py",
    syntaxes: syn::CODE | syn::YAML | syn::JSON | syn::TOML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    tls: TlsModel::SWITCHES_PLAIN,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "fromaddr of the SMTPHandler",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// `args=(('smtp.example.com', 587), 'from@…', ['to@…'], 'Subject',
/// ('user', 'password'), ())` of a `logging.conf` handler section: the
/// constructor's positional arguments, as `fileConfig` evaluates them.
/// Only the sections whose `class` is an SMTPHandler are read (a
/// FileHandler's `args=('app.log', 'w')` is no mail host).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish_args(doc: &Document, configs: &mut Vec<Config>) {
    // The sections of SMTP handlers, and where each args value is: one pass.
    let mut smtp_scopes = Vec::new();
    let mut args_scope = Vec::new();
    for e in &doc.entries {
        match doc.key_of(e) {
            "class" if doc.text_of(&e.value).contains("SMTPHandler") => smtp_scopes.push(e.scope),
            "args" => args_scope.push((e.value.span(), e.scope)),
            _ => {}
        }
    }
    configs.retain(|cfg| {
        cfg.fields.iter().filter(|f| f.role == Host).all(|f| {
            args_scope
                .iter()
                .find(|(span, _)| *span == f.value.span)
                .is_none_or(|(_, scope)| smtp_scopes.contains(scope))
        })
    });
    for cfg in configs.iter_mut() {
        let Some(args) = cfg
            .fields
            .iter()
            .find(|f| f.role == Host && is_tuple(&f.value.text))
            .cloned()
        else {
            continue;
        };
        cfg.fields.retain(|f| f.role != Host);
        let text = args.value.text.clone();
        let items = tuple_items(&text);
        let sub = |n: usize| items.get(n).copied();
        // The mail host: a string, or a `(host, port)` tuple.
        if let Some((at, host)) = sub(0) {
            if is_tuple(host) {
                for ((i, item), role) in tuple_items(host).into_iter().zip([Host, Port]) {
                    let f = item_field(&args, role, at + i, item);
                    cfg.push(f);
                }
            } else {
                let f = item_field(&args, Host, at, host);
                cfg.push(f);
            }
        }
        if let Some((at, from)) = sub(1) {
            let f = item_field(&args, From, at, from);
            cfg.push(f);
        }
        if let Some((at, creds)) = sub(4).filter(|(_, c)| is_tuple(c)) {
            for ((i, item), role) in tuple_items(creds).into_iter().zip([Username, Password]) {
                let f = item_field(&args, role, at + i, item);
                cfg.push(f);
            }
        }
        // `secure`: a tuple (even `()`) is STARTTLS; `None` or nothing, not.
        let on = sub(5).is_some_and(|(_, s)| is_tuple(s));
        let at = sub(5).map_or(0, |(at, _)| at);
        let mut f = item_field(&args, StartTls, at, if on { "true" } else { "false" });
        f.value.reference = None;
        if sub(5).is_some() {
            cfg.push(f);
        }
    }
}

/// `logging.conf` (`logging.config.fileConfig`): a `[handler_NAME]` section
/// with `class=handlers.SMTPHandler` and the constructor's arguments as one
/// Python tuple in `args=`. Same meaning as [`PY_SMTP_HANDLER`].
pub static PY_LOGGING_CONF: Profile = Profile {
    id: "python-logging-conf",
    name: "Python logging.conf SMTPHandler",
    syntaxes: syn::INI | syn::CONF,
    keys: &[k("handler_*.args", Host)],
    other_keys: words![
        "class",
        "level",
        "formatter",
        "kwargs",
        "keys",
        "handlers",
        "qualname",
        "propagate",
        "format",
        "datefmt",
        "style"
    ],
    markers: &[weighs(mark_value("handler_*.class", "SMTPHandler"), 3)],
    sender_hint: "the second item of args= (fromaddr) in the handler section",
    hooks: Hooks {
        finish: Some(finish_args),
        ..Hooks::NONE
    },
    ..PY_SMTP_HANDLER
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d13";

    #[test]
    fn code_positional_and_keywords() {
        let code = format!("from logging.handlers import SMTPHandler\nmail_handler = SMTPHandler(\n    mailhost=(\"smtp.postmarkapp.com\", 587),\n    fromaddr=\"alerts@acme.io\",\n    toaddrs=[\"ops@acme.io\"],\n    subject=\"Application Error\",\n    credentials=(\"{TOKEN}\", \"{TOKEN}\"),\n    secure=(),\n)\n");
        let (client, s, ids) = first(&code);
        assert_eq!(client, "python-smtphandler");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // Without `secure`: clear text.
        let (_, s, ids) = first(&code.replace("    secure=(),\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let positional = format!("import logging.handlers\nh = logging.handlers.SMTPHandler((\"smtp.postmarkapp.com\", 2525), \"alerts@acme.io\", [\"ops@acme.io\"], \"Error\", (\"{TOKEN}\", \"{TOKEN}\"), ())\n");
        let (_, s, _) = first(&positional);
        assert_eq!(s["port"], 2525);
        assert_eq!(s["from"], "alerts@acme.io");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn credentials_and_secure_held_by_variables() {
        let code = "if app.config['MAIL_SERVER']:\n    auth = None\n    if app.config['MAIL_USERNAME'] or app.config['MAIL_PASSWORD']:\n        auth = (app.config['MAIL_USERNAME'], app.config['MAIL_PASSWORD'])\n    secure = None\n    if app.config['MAIL_USE_TLS']:\n        secure = ()\n    mail_handler = SMTPHandler(\n        mailhost=(app.config['MAIL_SERVER'], app.config['MAIL_PORT']),\n        fromaddr='no-reply@' + app.config['MAIL_SERVER'],\n        toaddrs=app.config['ADMINS'], subject='Microblog Failure',\n        credentials=auth, secure=secure)\n";
        let (client, s, ids) = first(code);
        assert_eq!(client, "python-smtphandler");
        assert_eq!(s["username"], "app.config['MAIL_USERNAME']");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert_eq!(
            super::tuple_items("(a, (b, c), 'd,e')"),
            vec![(1, "a"), (4, "(b, c)"), (12, "'d,e'")]
        );
    }

    #[test]
    fn logging_conf_args_tuple() {
        let conf = format!("[handlers]\nkeys=console,email\n\n[handler_email]\nclass=handlers.SMTPHandler\nlevel=ERROR\nformatter=simple\nargs=(('smtp.postmarkapp.com', 587), 'alerts@acme.io', ['ops@acme.io'], 'Error', ('{TOKEN}', '{TOKEN}'), ())\n");
        let (client, s, ids) = first(&conf);
        assert_eq!(client, "python-logging-conf");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // Another handler's args are no mail host.
        let (_, s, _) = first(&format!(
            "[handler_alerts]\nclass=FileHandler\nargs=('../app.log', 'w')\n\n{}",
            conf.replace("[handlers]\nkeys=console,email\n\n", "")
        ));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        // A host alone, no credentials, no secure: port 25, clear text.
        let (_, s, ids) = first("[handler_mail]\nclass=logging.handlers.SMTPHandler\nargs=('smtp.postmarkapp.com', 'alerts@acme.io', ['ops@acme.io'], 'Error')\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
    }

    #[test]
    fn a_host_alone_dials_25_and_dict_config() {
        let (_, s, ids) = first("from logging.handlers import SMTPHandler\napp.logger.addHandler(SMTPHandler(mailhost='smtp.postmarkapp.com', fromaddr='a@acme.io', toaddrs=ADMINS, subject='x'))\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
        let yaml = format!("handlers:\n  email:\n    class: logging.handlers.SMTPHandler\n    level: ERROR\n    mailhost: [smtp.postmarkapp.com, 587]\n    fromaddr: alerts@acme.io\n    toaddrs: [ops@acme.io]\n    subject: Error\n    credentials: [{TOKEN}, {TOKEN}]\n");
        let (client, s, _) = first(&yaml);
        assert_eq!(client, "python-smtphandler");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
    }
}
