//! Flask-Mail (and Flask-Mailman, which kept its names): `MAIL_*` keys in
//! the Flask config (`app.config['MAIL_SERVER'] = …`,
//! `app.config.update(MAIL_SERVER=…)`, a config class) or in the
//! environment (`.env`, compose, Kubernetes) that such a config reads.
//!
//! Meaning (Flask-Mail docs, "Configuring Flask-Mail"): `MAIL_SERVER`
//! defaults to `localhost`, `MAIL_PORT` to 25, `MAIL_USE_TLS` (STARTTLS)
//! and `MAIL_USE_SSL` (implicit TLS, `smtplib.SMTP_SSL`) to `False`: with
//! neither the mail goes out in clear. With both, Flask-Mail opens
//! `SMTP_SSL` and then calls `starttls()`, which fails (Flask-Mailman raises
//! `ValueError` like Django). It logs in when `MAIL_USERNAME` and
//! `MAIL_PASSWORD` are set. `MAIL_DEFAULT_SENDER` is an address or a
//! `(name, address)` tuple: the tuple's second item is the From address.
//! The switches are read with Python truthiness (`'False'` is true); in an
//! environment file a bare `true`/`false` is a boolean (Flask's
//! `from_prefixed_env` parses JSON), a quoted value a string.
//!
//! Laravel also writes `MAIL_*`, but in a `.env` with `MAIL_MAILER`,
//! `MAIL_HOST` and `MAIL_ENCRYPTION`; `MAIL_SERVER`, `MAIL_USE_TLS`,
//! `MAIL_USE_SSL` and `MAIL_DEFAULT_SENDER` are Flask's alone, so the table
//! needs one of them.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_if, set_near, syn, words, Fix, Hooks, Key, Marker,
    Pairs, Profile, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Field, Role::*};

const KEYS: &[Key] = &[
    k("MAIL_SERVER", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_USE_TLS", StartTls),
    k("MAIL_USE_SSL", ImplicitTls),
    // `('Acme', 'hello@acme.io')`: the address item (see `finish`).
    k("MAIL_DEFAULT_SENDER.#1", From),
    k("MAIL_DEFAULT_SENDER", From),
    k("POSTMARK_SERVER_TOKEN", ServerToken),
    k("POSTMARK_ACCOUNT_TOKEN", AccountToken),
];

/// Keys only Flask-Mail writes.
const MARKERS: &[Marker] = &[
    mark("MAIL_SERVER"),
    mark("MAIL_USE_TLS"),
    mark("MAIL_USE_SSL"),
    mark("MAIL_DEFAULT_SENDER"),
];

/// Keys Flask-Mail / Flask-Mailman read that carry nothing we check.
const OTHER_KEYS: Words = words![
    "MAIL_DEBUG",
    "MAIL_MAX_EMAILS",
    "MAIL_SUPPRESS_SEND",
    "MAIL_ASCII_ATTACHMENTS",
    "MAIL_TIMEOUT",
    "MAIL_SSL_KEYFILE",
    "MAIL_SSL_CERTFILE",
    "MAIL_USE_LOCALTIME",
    "MAIL_BACKEND",
    "MAIL_FILE_PATH",
    "MAIL_DEFAULT_CHARSET",
];

/// Names from other libraries (Laravel, Django, memory) that Flask-Mail ignores.
const LEFTOVERS: Pairs = pairs![
    ("MAIL_HOST", "MAIL_SERVER"),
    ("MAIL_SMTP_SERVER", "MAIL_SERVER"),
    ("MAIL_USER", "MAIL_USERNAME"),
    ("MAIL_PASS", "MAIL_PASSWORD"),
    ("MAIL_PASSWD", "MAIL_PASSWORD"),
    ("MAIL_USE_STARTTLS", "MAIL_USE_TLS"),
    ("MAIL_STARTTLS", "MAIL_USE_TLS"),
    ("MAIL_TLS", "MAIL_USE_TLS"),
    ("MAIL_SSL", "MAIL_USE_SSL"),
    ("MAIL_ENCRYPTION", "MAIL_USE_TLS"),
    ("MAIL_FROM", "MAIL_DEFAULT_SENDER"),
    ("MAIL_FROM_ADDRESS", "MAIL_DEFAULT_SENDER"),
    ("MAIL_SENDER", "MAIL_DEFAULT_SENDER"),
    ("MAIL_DEFAULT_FROM", "MAIL_DEFAULT_SENDER"),
    ("EMAIL_HOST", "MAIL_SERVER"),
    ("EMAIL_PORT", "MAIL_PORT"),
    ("EMAIL_HOST_USER", "MAIL_USERNAME"),
    ("EMAIL_HOST_PASSWORD", "MAIL_PASSWORD"),
    ("EMAIL_USE_TLS", "MAIL_USE_TLS"),
    ("EMAIL_USE_SSL", "MAIL_USE_SSL"),
    ("DEFAULT_FROM_EMAIL", "MAIL_DEFAULT_SENDER"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAIL_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "MAIL_USE_SSL", SetVal::Bool(false)),
            set_near(StartTls, "MAIL_USE_TLS", SetVal::Bool(true), ImplicitTls),
        ],
        "MAIL_USE_TLS = True and MAIL_USE_SSL = False",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate checks off",
    ),
    fix_text(W::AuthOn, &[], "both MAIL_USERNAME and MAIL_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a Python built with an OpenSSL that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "MAIL_USERNAME = '{value}'"),
    fix_text(W::Password, &[], "MAIL_PASSWORD = '{value}'"),
    fix_text(W::From, &[], "MAIL_DEFAULT_SENDER = '{value}'"),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` on each message (`Message(..., extra_headers={'X-PM-Message-Stream': '{value}'})`)",
    ),
];

pub static FLASK_MAIL: Profile = Profile {
    id: "flask-mail",
    name: "Flask-Mail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://flask-mail.readthedocs.io/en/latest/#configuring-flask-mail https://github.com/waynerv/flask-mailman/blob/master/docs/index.rst",
    syntaxes: syn::PYTHON | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Python,
    tls: TlsModel {
        absent: "no MAIL_USE_TLS = True",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "MAIL_DEFAULT_SENDER in the Flask config (or `sender=` on each Message)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// Keys read by their names (`MAIL_PORT` for `app.config['MAIL_PORT']`,
/// which stays underlined whole), and a `(name, address)` sender read as
/// its address.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        for f in cfg.fields.iter_mut() {
            if let Some(name) = subscript(&f.key) {
                f.key = name.to_string();
            }
        }
        // The address item comes right after its tuple (its key is empty
        // and lies inside the tuple): the item is what Flask-Mail sends
        // from, named and underlined as the tuple's key.
        let fields = std::mem::take(&mut cfg.fields);
        let mut kept: Vec<Field> = Vec::with_capacity(fields.len());
        let mut tuple: Option<usize> = None;
        for mut f in fields {
            if f.role != From {
                kept.push(f);
                continue;
            }
            let item_of = tuple.filter(|&t| {
                f.key_span.is_empty() && kept[t].value.span.contains(&f.key_span.start)
            });
            if let Some(t) = item_of {
                let t = &mut kept[t];
                f.key = std::mem::take(&mut t.key);
                f.key_span = t.key_span.clone();
                *t = f;
                tuple = None;
                continue;
            }
            let is_tuple =
                f.value.is_reference() && f.value.text.trim_start().starts_with(['(', '[']);
            tuple = is_tuple.then_some(kept.len());
            kept.push(f);
        }
        cfg.fields = kept;
    }
}

/// `NAME` of `x['NAME']` / `x["NAME"]`.
fn subscript(key: &str) -> Option<&str> {
    let inner = key.strip_suffix("']").or_else(|| key.strip_suffix("\"]"))?;
    let open = inner.rfind(['\'', '"'])?;
    let name = &inner[open + 1..];
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Security;

    fn first(input: &str) -> Config {
        extract(input)
            .into_iter()
            .find(|c| c.active)
            .expect("a config")
    }

    #[test]
    fn app_config_index_form() {
        let src = "app.config['MAIL_SERVER'] = 'smtp.postmarkapp.com'\napp.config['MAIL_PORT'] = 587\napp.config['MAIL_USE_TLS'] = True\napp.config['MAIL_DEFAULT_SENDER'] = ('Acme', 'hello@acme.io')\nmail = Mail(app)\n";
        let cfg = first(src);
        assert_eq!(cfg.dialect.id(), "flask-mail");
        assert_eq!(cfg.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfg.literal(From), Some("hello@acme.io"));
        assert_eq!(cfg.all(From).count(), 1);
        assert_eq!(
            cfg.get(From).map(|f| f.key.as_str()),
            Some("MAIL_DEFAULT_SENDER")
        );
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::StartTls));
        // Named as Flask names it, underlined as written.
        let port = cfg.get(Port).expect("port");
        assert_eq!(port.key, "MAIL_PORT");
        assert_eq!(&src[port.key_span.clone()], "app.config['MAIL_PORT']");
    }

    #[test]
    fn update_call_and_leftovers() {
        let cfg = first("app.config.update(\n    MAIL_SERVER='smtp.postmarkapp.com',\n    MAIL_PORT=465,\n    MAIL_USE_SSL=True,\n    MAIL_USER=os.environ['POSTMARK_TOKEN'],\n)\n");
        assert_eq!(cfg.dialect.id(), "flask-mail");
        assert_eq!(cfg.port_number(), Some(465));
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::Implicit));
        assert_eq!(cfg.unknown_keys[0].key, "MAIL_USER");
    }

    #[test]
    fn a_misspelled_family_prefix_is_an_unknown_key() {
        // `MAL_USE_TLS` is Flask-Mail's `MAIL_USE_TLS` mistyped: ignored,
        // so the mail goes out without STARTTLS; the rule names it.
        let src = "app.config['MAIL_SERVER'] = 'smtp.googlemail.com'\napp.config['MAIL_PORT'] = 587\napp.config['MAL_USE_TLS'] = True\napp.config['MAX_CONTENT_LENGTH'] = 16\n";
        let cfg = first(src);
        let keys: Vec<&str> = cfg.unknown_keys.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(keys, ["MAL_USE_TLS"]);
        let r = crate::lint(src, &crate::Options::default());
        let f = r
            .findings
            .iter()
            .find(|f| f.id == "input/unknown-key")
            .expect("unknown-key");
        assert!(f.message.contains("`MAIL_USE_TLS`"), "{}", f.message);
        // Swapped letters too; an added letter is another namespace.
        let cfg = first("MAIL_SERVER=smtp.acme.io\nMIAL_USE_TLS=true\nMAILS_USE_TLS=true\n");
        let keys: Vec<&str> = cfg.unknown_keys.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(keys, ["MIAL_USE_TLS"]);
    }

    #[test]
    fn laravel_env_is_not_flask() {
        let cfg = first("MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=abc\nMAIL_PASSWORD=abc\n");
        assert_eq!(cfg.dialect.id(), "laravel-env");
    }

    #[test]
    fn switches_in_an_env_file() {
        let env = "MAIL_SERVER=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USE_TLS=true\n";
        let cfg = first(env);
        assert_eq!(cfg.dialect.id(), "flask-mail");
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::StartTls));
        // A quoted word is a string, and a non-empty string is true.
        let cfg = first(&format!("{env}MAIL_USE_SSL='false'\n"));
        assert!(cfg.dialect.tls(&cfg).conflicting);
        let cfg = first(&format!("{env}MAIL_USE_SSL=false\n"));
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::StartTls));
        // Python truthiness in code: `'False'` turns SSL on.
        let cfg = first("MAIL_SERVER = 'smtp.postmarkapp.com'\nMAIL_USE_SSL = 'False'\n");
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::Implicit));
        // Neither switch: clear text.
        let cfg = first("MAIL_SERVER = 'smtp.postmarkapp.com'\nMAIL_PORT = 587\n");
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::None));
        assert_eq!(cfg.effective_port(), Some(587));
    }

    #[test]
    fn a_sender_tuple_of_references_stays_a_reference() {
        let cfg = first("MAIL_SERVER = 'smtp.postmarkapp.com'\nMAIL_DEFAULT_SENDER = (NAME, os.environ['SENDER'])\n");
        let from = cfg.get(From).expect("from");
        assert!(from.value.is_reference());
        assert_eq!(from.key, "MAIL_DEFAULT_SENDER");
        assert_eq!(cfg.all(From).count(), 1);
    }

    #[test]
    fn subscripts() {
        assert_eq!(subscript("app.config['MAIL_PORT']"), Some("MAIL_PORT"));
        assert_eq!(subscript("config[\"MAIL_PORT\"]"), Some("MAIL_PORT"));
        assert_eq!(subscript("MAIL_PORT"), None);
        assert_eq!(subscript("x['']"), None);
    }
}
