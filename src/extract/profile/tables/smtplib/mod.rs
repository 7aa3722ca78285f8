//! Python's standard `smtplib`, written as code: the settings are call
//! arguments (`smtplib.SMTP(host, port)`, `server.login(user, password)`),
//! so the table's rows only recognise the client and [`calls::finish`]
//! builds one configuration per connection from the calls of the paste.
//!
//! Meaning (Python docs, `smtplib`): `SMTP(host, port)` connects in clear
//! (port 0 means 25, and `"host:587"` given alone also sets the port);
//! `server.starttls()` upgrades with STARTTLS; without it everything,
//! `AUTH` included, crosses the network in clear. `SMTP_SSL(host, port)`
//! starts TLS on the first byte (port 0 means 465). `connect(host, port)`
//! dials later. `login(user, password)` authenticates. The From header is
//! `msg['From']` (also through `formataddr((name, addr))`); the envelope
//! sender is the first argument of `sendmail` (or `from_addr` of
//! `send_message`). `ssl._create_unverified_context()`,
//! `verify_mode = ssl.CERT_NONE` and `check_hostname = False` turn
//! certificate checks off; `minimum_version`/`maximum_version` and
//! `SSLContext(ssl.PROTOCOL_TLSv1)` pin TLS versions. aiosmtplib has other
//! names and defaults (`hostname=`, `start_tls=`): a paste using it is not
//! read here.
//!
//! Methods count only on the object bound to the connection (`x =
//! smtplib.SMTP(…)`, `with smtplib.SMTP(…) as x`). A variable passed as an
//! argument is read where it is assigned: a literal is its value, an
//! expression (`os.environ['X']`) stays a reference, so a finding points at
//! the place where the value is written.

mod calls;

use crate::extract::profile::{
    fix, kr, mark, set_if, syn, words, Hooks, Key, Marker, Profile, Read, SetVal, Words, Write,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

/// Rows that recognise a connection; its settings are read by the hook.
const KEYS: &[Key] = &[
    kr(
        "SMTP(#0)|SMTP_SSL(#0)|SMTP(host)|SMTP_SSL(host)|connect(#0)|connect(host)",
        Host,
        Read::Preset,
    ),
    kr(
        "SMTP(#1)|SMTP_SSL(#1)|SMTP(port)|SMTP_SSL(port)",
        Port,
        Read::Preset,
    ),
];

const MARKERS: &[Marker] = &[mark("SMTP()|SMTP_SSL()")];

/// The keyword arguments of `SMTP`/`SMTP_SSL` besides host and port.
const OTHER_KEYS: Words = words![
    "host",
    "port",
    "local_hostname",
    "timeout",
    "source_address",
    "context",
    "keyfile",
    "certfile",
];

/// `ssl` module constants, read as the words they are.
const CONSTANTS: Words = words![
    "CERT_NONE",
    "CERT_OPTIONAL",
    "CERT_REQUIRED",
    "SSLv3",
    "TLSv1",
    "TLSv1_1",
    "TLSv1_2",
    "TLSv1_3",
    "MINIMUM_SUPPORTED",
    "MAXIMUM_SUPPORTED",
];

pub static SMTPLIB: Profile = Profile {
    id: "python-smtplib",
    name: "Python smtplib",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.python.org/3/library/smtplib.html https://docs.python.org/3/library/ssl.html#ssl.SSLContext",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    implicit_port: Some(465),
    // Only the port is a value; STARTTLS is a call (`server.starttls()`)
    // and implicit TLS a class (`SMTP_SSL`): rewriting code is the user's.
    fixes: &[fix(W::Port, &[set_if(Port, "", SetVal::Port)])],
    sender_hint: "msg['From'] (and the from_addr of sendmail/send_message)",
    constants: CONSTANTS,
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        finish: Some(calls::finish),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

/// `SMTP_SSL` dials 465 by default, `SMTP` 25.
fn default_port(cfg: &Config) -> Option<u16> {
    Some(if cfg.get(ImplicitTls).is_some() {
        465
    } else {
        25
    })
}

/// TLS is what the code calls: `SMTP_SSL(…)`, `.starttls()`, or nothing.
fn tls(cfg: &Config) -> Tls {
    let shown = |f: &Field, what: &str| Evidence {
        what: what.replace("{}", &f.key),
        span: Some(f.whole_span()),
        note: None,
    };
    let mut tls = Tls {
        implicit: cfg.get(ImplicitTls).map(|f| shown(f, "{}(…)")),
        starttls: cfg.get(StartTls).map(|f| shown(f, "{}()")),
        ..Tls::default()
    };
    tls.conflicting = tls.implicit.is_some() && tls.starttls.is_some();
    tls.mode = Some(if tls.implicit.is_some() {
        Security::Implicit
    } else if tls.starttls.is_some() {
        Security::StartTls
    } else {
        tls.disabled = Some(Evidence::absent(
            "no server.starttls() after smtplib.SMTP(…)",
        ));
        Security::None
    });
    tls
}

/// A value passed as an argument is fixed in the call; one held in a
/// variable is fixed where the variable is set.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let is_arg = |f: &Field| f.key.contains(' ');
    let host = cfg.get(Host).map_or("host".to_string(), |f| {
        match (is_arg(f), f.value.literal()) {
            (true, Some(h)) => format!("\"{h}\""),
            (true, None) => f.value.text.clone(),
            (false, _) => f.key.clone(),
        }
    });
    let starttls = "server.starttls(context=ssl.create_default_context())";
    Some(match what {
        Write::Port(p) => match cfg.get(Port).filter(|f| !is_arg(f)) {
            Some(var) => format!("{} = {p}", var.key),
            None => format!("smtplib.SMTP({host}, {p})"),
        },
        Write::Host(h) => match cfg.get(Host).filter(|f| !is_arg(f)) {
            Some(var) => format!("{} = \"{h}\"", var.key),
            None => format!("smtplib.SMTP(\"{h}\", 587)"),
        },
        Write::StartTls if cfg.get(ImplicitTls).is_some() => {
            format!("use smtplib.SMTP instead of smtplib.SMTP_SSL, then {starttls}")
        }
        Write::StartTls => format!("{starttls} before server.login(…)"),
        Write::VerifyOn => format!(
            "use {starttls} and drop _create_unverified_context(), CERT_NONE and check_hostname = False"
        ),
        Write::AuthOn => "add server.login(username, password) before sending".into(),
        Write::TlsModern => "context.minimum_version = ssl.TLSVersion.TLSv1_2".into(),
        Write::Username(v) => format!("server.login(\"{v}\", password)"),
        Write::Password(v) => format!("server.login(username, \"{v}\")"),
        Write::From(v) => format!("msg[\"From\"] = \"{v}\""),
        Write::Stream(v) => format!("msg[\"X-PM-Message-Stream\"] = \"{v}\""),
    })
}

#[cfg(test)]
mod tests;
