//! CodeIgniter 4: the `Config\Email` class of `app/Config/Email.php`
//! (`public string $SMTPHost = '…';`, or the same names in a `$config`
//! array handed to `$email->initialize()`), and its `.env` overrides
//! (`email.SMTPHost = …`; BaseConfig also reads `Config\Email.SMTPHost`
//! and `email_SMTPHost`).
//!
//! Meaning (user guide "Email Class", the stock `app/Config/Email.php`,
//! `system/Email/Email.php` `SMTPConnect()`/`initialize()`, and
//! `system/Config/BaseConfig.php` `initEnvValue()`):
//!
//! * `protocol` is the mail switch: `mail` (the default: PHP's `mail()`),
//!   `sendmail`, or `smtp`; any other word falls back to `mail`.
//! * `SMTPCrypto`: `tls` sends `STARTTLS` after EHLO and fails when the
//!   server refuses (required); `ssl` opens the socket with `ssl://` (TLS
//!   from the first byte) on any port; empty is clear text with no
//!   opportunistic upgrade. The code compares the words exactly
//!   (lower case). The stock `app/Config/Email.php` sets `tls`, so a
//!   `.env` that does not name it means STARTTLS. (The `Email` class's own
//!   default is empty; the config file always hands its value over.)
//! * Port 465 (`SMTPPort`, default 25) opens the socket with `tls://` by
//!   itself since 4.0.5 (RFC 8314), whatever `SMTPCrypto` says; with
//!   `tls` there the library still sends `STARTTLS` inside the TLS session
//!   and fails: the guide says to set `SMTPCrypto` to `''` on 465.
//! * It logs in only when both `SMTPUser` and `SMTPPass` are non-empty
//!   (`SMTPAuthMethod` `login` by default, or `plain`).
//! * `fromEmail` / `fromName` are the default From (used when the code
//!   does not call `setFrom()`).
//! * `.env` values: `true`/`false` become booleans, quotes are trimmed,
//!   and a value for an `int` property (the port) is cast to int.
//! * The host is put after the stream prefix as written: `ssl://host` (or
//!   `tls://host`, the same in PHP streams) opens TLS from the first byte.
//!
//! CodeIgniter 3 (`application/config/email.php`, `$config['smtp_host']`;
//! `system/libraries/Email.php` `_smtp_connect()`): the same reading with
//! lower-case names (`protocol`, `smtp_host`, `smtp_user`, `smtp_pass`,
//! `smtp_port` default 25, `smtp_crypto`), except that `smtp_crypto`
//! defaults to empty (clear text) and no port turns TLS on by itself.
//! CodeIgniter 3 has no From preference (`$this->email->from()` in the
//! code).

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, set_if, syn, tls, words, Both, Fix, Hooks, Key, Marker, Pairs,
    Profile, Read, Sec, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

/// The property names: `$SMTPHost` in the class, `SMTPHost` in a
/// `$config` array or after `email.` in `.env`.
const KEYS: &[Key] = &[
    kr("$SMTPHost|SMTPHost|email_SMTPHost", Host, Read::HostList),
    k("$SMTPPort|SMTPPort|email_SMTPPort", Port),
    k("$SMTPUser|SMTPUser|email_SMTPUser", Username),
    k("$SMTPPass|SMTPPass|email_SMTPPass", Password),
    k("$SMTPCrypto|SMTPCrypto|email_SMTPCrypto", Encryption),
    k("$SMTPAuthMethod|SMTPAuthMethod", AuthMethod),
    k(
        "$protocol|email.protocol|Email.protocol|config.protocol|email_protocol",
        Transport,
    ),
    k(
        "$fromEmail|email.fromEmail|Email.fromEmail|config.fromEmail|email_fromEmail",
        From,
    ),
];

/// `SMTPHost`, `SMTPCrypto`… (this exact case) are CodeIgniter's; PHPMailer
/// says `Host` and `SMTPSecure`.
const MARKERS: &[Marker] = &[
    mark("$SMTPHost|SMTPHost|email_SMTPHost"),
    mark("$SMTPCrypto|SMTPCrypto|email_SMTPCrypto"),
    mark("$SMTPUser|SMTPUser"),
    mark("$SMTPPass|SMTPPass"),
    mark("$SMTPKeepAlive|SMTPKeepAlive"),
];

const OTHER_KEYS: Words = words![
    "$fromName",
    "fromName",
    "$recipients",
    "recipients",
    "$userAgent",
    "userAgent",
    "$mailPath",
    "mailPath",
    "$SMTPTimeout",
    "SMTPTimeout",
    "$SMTPKeepAlive",
    "SMTPKeepAlive",
    "$wordWrap",
    "wordWrap",
    "$wrapChars",
    "wrapChars",
    "$mailType",
    "mailType",
    "$charset",
    "charset",
    "$validate",
    "validate",
    "$priority",
    "priority",
    "$CRLF",
    "CRLF",
    "$newline",
    "newline",
    "$BCCBatchMode",
    "BCCBatchMode",
    "$BCCBatchSize",
    "BCCBatchSize",
    "$DSN",
    "DSN",
];

/// CodeIgniter 3's names (lower case) and PHPMailer's, which version 4
/// ignores.
const LEFTOVERS: Pairs = pairs![
    ("$SMTPSecure", "$SMTPCrypto"),
    ("SMTPSecure", "SMTPCrypto"),
    ("$SMTPPassword", "$SMTPPass"),
    ("SMTPPassword", "SMTPPass"),
    ("$SMTPUsername", "$SMTPUser"),
    ("SMTPUsername", "SMTPUser"),
    ("$SMTPServer", "$SMTPHost"),
    ("SMTPServer", "SMTPHost"),
    ("$SMTPEncryption", "$SMTPCrypto"),
    ("SMTPEncryption", "SMTPCrypto"),
    ("smtp_host", "SMTPHost"),
    ("smtp_user", "SMTPUser"),
    ("smtp_pass", "SMTPPass"),
    ("smtp_port", "SMTPPort"),
    ("smtp_crypto", "SMTPCrypto"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("tls", Sec::StartTls),
        ("ssl", Sec::Implicit),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[465],
    // The stock app/Config/Email.php: `$SMTPCrypto = 'tls'`.
    default: Sec::StartTls,
    both: Both::Implicit,
    absent: "",
};

const PHP_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "", SetVal::Port)],
        "public int $SMTPPort = {port}; in app/Config/Email.php",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "", SetVal::Given)],
        "public string $SMTPHost = '{value}';",
    ),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "", SetVal::Word("tls"))],
        "public string $SMTPCrypto = 'tls'; with $SMTPPort = 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both $SMTPUser and $SMTPPass (CodeIgniter logs in only when both are set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "public string $SMTPUser = '{value}';"),
    fix_text(W::Password, &[], "public string $SMTPPass = '{value}';"),
    fix_text(W::From, &[], "public string $fromEmail = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "CodeIgniter has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words![],
    local: words!["mail", "sendmail"],
    missing: Some(
        "PHP's mail() function (`protocol` defaults to `mail` in the stock app/Config/Email.php)",
    ),
    off: None,
    name: "protocol",
};

pub static CODEIGNITER4: Profile = Profile {
    id: "codeigniter4",
    name: "CodeIgniter 4 app/Config/Email.php",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://codeigniter.com/user_guide/libraries/email.html https://github.com/codeigniter4/CodeIgniter4/blob/develop/app/Config/Email.php https://github.com/codeigniter4/CodeIgniter4/blob/develop/system/Email/Email.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["$SMTP", "SMTP"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: PHP_FIXES,
    sender_hint: "public string $fromEmail in app/Config/Email.php (or setFrom() in the code)",
    hooks: Hooks {
        tls: Some(exact_words),
        ..Hooks::NONE
    },
    ..BASE
};

const ENV_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "", SetVal::Port)],
        "email.SMTPPort = {port}",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "", SetVal::Given)],
        "email.SMTPHost = {value}",
    ),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "", SetVal::Word("tls"))],
        "email.SMTPCrypto = tls with email.SMTPPort = 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both email.SMTPUser and email.SMTPPass (CodeIgniter logs in only when both are set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "email.SMTPUser = {value}"),
    fix_text(W::Password, &[], "email.SMTPPass = {value}"),
    fix_text(W::From, &[], "email.fromEmail = {value}"),
    fix_text(
        W::Stream,
        &[],
        "CodeIgniter has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CODEIGNITER4_ENV: Profile = Profile {
    id: "codeigniter4-env",
    name: "CodeIgniter 4 .env (email.*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://codeigniter.com/user_guide/general/configuration.html#environment-variables-as-replacements-for-data https://codeigniter.com/user_guide/libraries/email.html https://github.com/codeigniter4/CodeIgniter4/blob/develop/system/Email/Email.php",
    // `email.SMTPHost = …` lines often sniff as Java properties.
    syntaxes: syn::ENV_LIKE | syn::PROPERTIES | syn::CONF,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP", "email_SMTP"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: ENV_FIXES,
    sender_hint: "email.fromEmail in .env (or $fromEmail in app/Config/Email.php)",
    hooks: Hooks {
        tls: Some(exact_words),
        ..Hooks::NONE
    },
    ..BASE
};

/// CodeIgniter's reading: a `ssl://`/`tls://` prefix on the host is TLS
/// from the first byte (a PHP stream); `SMTPConnect()` compares the crypto
/// word with `'tls'` and `'ssl'` exactly, so any other word (`TLS`,
/// `starttls`) is clear text, except on a port that opens TLS by itself
/// (465 in CodeIgniter 4).
fn exact_words(cfg: &Config) -> Tls {
    if let Some(f) = cfg.get(Scheme) {
        return Tls::chosen(Security::Implicit, Evidence::of(f));
    }
    let port_tls = cfg
        .effective_port()
        .is_some_and(|p| cfg.dialect.tls.implicit_ports.contains(&p));
    if let Some(f) = cfg.get(Encryption) {
        let t = f.value.text.trim();
        if !f.value.is_reference() && !matches!(t, "" | "tls" | "ssl") && !port_tls {
            return Tls::chosen(Security::None, Evidence::of(f));
        }
    }
    tls::evaluate(cfg, cfg.dialect)
}

const CI3_KEYS: &[Key] = &[
    kr("smtp_host", Host, Read::HostList),
    k("smtp_port", Port),
    k("smtp_user", Username),
    k("smtp_pass", Password),
    k("smtp_crypto", Encryption),
    k("protocol", Transport),
];

/// `smtp_crypto`, `mailtype`, `protocol` are CodeIgniter 3's preference
/// names (Drupal's SMTP module says `smtp_password`, `smtp_protocol`;
/// Roundcube shares `smtp_host`, `smtp_user`, `smtp_pass`).
const CI3_MARKERS: &[Marker] = &[
    mark("smtp_crypto"),
    mark("smtp_keepalive"),
    mark("mailtype"),
    mark("protocol"),
    mark("wordwrap"),
];

const CI3_OTHER_KEYS: Words = words![
    "useragent",
    "mailpath",
    "smtp_timeout",
    "smtp_keepalive",
    "wordwrap",
    "wrapchars",
    "mailtype",
    "charset",
    "validate",
    "priority",
    "crlf",
    "newline",
    "bcc_batch_mode",
    "bcc_batch_size",
    "dsn",
    "send_multipart",
];

const CI3_LEFTOVERS: Pairs = pairs![
    ("smtp_password", "smtp_pass"),
    ("smtp_username", "smtp_user"),
    ("smtp_server", "smtp_host"),
    ("smtp_secure", "smtp_crypto"),
    ("smtp_encryption", "smtp_crypto"),
    ("SMTPHost", "smtp_host"),
    ("SMTPUser", "smtp_user"),
    ("SMTPPass", "smtp_pass"),
    ("SMTPPort", "smtp_port"),
    ("SMTPCrypto", "smtp_crypto"),
];

const CI3_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "", SetVal::Port)],
        "$config['smtp_port'] = {port};",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "", SetVal::Given)],
        "$config['smtp_host'] = '{value}';",
    ),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "", SetVal::Word("tls"))],
        "$config['smtp_crypto'] = 'tls'; with $config['smtp_port'] = 587 (and no ssl:// before the host)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both $config['smtp_user'] and $config['smtp_pass'] (CodeIgniter logs in only when both are set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "PHP 5.6 or later (older PHP negotiates SSL/TLS 1.0 on STARTTLS)",
    ),
    fix_text(W::Username, &[], "$config['smtp_user'] = '{value}';"),
    fix_text(W::Password, &[], "$config['smtp_pass'] = '{value}';"),
    fix_text(W::From, &[], "$this->email->from('{value}');"),
    fix_text(
        W::Stream,
        &[],
        "CodeIgniter has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CODEIGNITER3: Profile = Profile {
    id: "codeigniter3",
    name: "CodeIgniter 3 email preferences ($config['smtp_host'])",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://codeigniter.com/userguide3/libraries/email.html https://github.com/bcit-ci/CodeIgniter/blob/develop/system/libraries/Email.php",
    syntaxes: syn::PHP,
    keys: CI3_KEYS,
    markers: CI3_MARKERS,
    needs_marker: true,
    family: &["smtp_"],
    other_keys: CI3_OTHER_KEYS,
    leftovers: CI3_LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        implicit_ports: &[],
        default: Sec::Plain,
        absent: "smtp_crypto is not set (CodeIgniter 3's default: no encryption)",
        ..TLS
    },
    port: Some(25),
    switch: Some(Switch {
        missing: Some("PHP's mail() function (CodeIgniter's default protocol is `mail`)"),
        ..SWITCH
    }),
    fixes: CI3_FIXES,
    sender_hint: "$this->email->from() in the code (CodeIgniter 3 has no From preference)",
    hooks: Hooks {
        tls: Some(exact_words),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PHP: &str = "<?php\n\nnamespace Config;\n\nuse CodeIgniter\\Config\\BaseConfig;\n\nclass Email extends BaseConfig\n{\n    public string $fromEmail  = 'app@acme.io';\n    public string $fromName   = 'Acme';\n    public string $protocol = 'smtp';\n    public string $SMTPHost = 'smtp.postmarkapp.com';\n    public string $SMTPUser = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n    public string $SMTPPass = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n    public int $SMTPPort = 587;\n    public int $SMTPTimeout = 5;\n    public string $SMTPCrypto = 'tls';\n    public string $mailType = 'html';\n}\n";

    const ENV: &str = "CI_ENVIRONMENT = production\napp.baseURL = 'https://acme.io/'\n\nemail.fromEmail = 'app@acme.io'\nemail.protocol = smtp\nemail.SMTPHost = smtp.postmarkapp.com\nemail.SMTPUser = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail.SMTPPass = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail.SMTPPort = 587\n";

    #[test]
    fn config_class_words() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "codeigniter4");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "app@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&PHP.replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Empty is clear text: no opportunistic upgrade.
        let (_, s, ids) = first(&PHP.replace("'tls'", "''"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Port 465 is TLS from the first byte whatever the word.
        let (_, s, ids) = first(&PHP.replace("'tls'", "''").replace("587", "465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // The words compare exactly: `TLS` sends no STARTTLS.
        let (_, s, ids) = first(&PHP.replace("'tls'", "'TLS'"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn mail_is_the_default_protocol() {
        let (_, _, ids) = first(&PHP.replace("    public string $protocol = 'smtp';\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&PHP.replace("= 'smtp'", "= 'sendmail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn dot_env_defaults_to_the_stock_config_tls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "codeigniter4-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "app@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) = first(&format!("{ENV}email.SMTPCrypto = ssl\n"));
        assert_eq!(s["security"], "implicit");
        // Quoted values and an upper-case word, as a README writes them.
        let (client, s, ids) = first(&format!(
            "{}email.SMTPKeepAlive = false\nemail.SMTPCrypto = TLS\nemail.newline = \\r\\n\n",
            ENV.replace(
                "email.fromEmail = 'app@acme.io'",
                "email.fromEmail = \"app@acme.io\""
            )
        ));
        assert_eq!(client, "codeigniter4-env");
        assert_eq!(s["from"], "app@acme.io");
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}email.SMTPPassword = x\n"));
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    const CI3: &str = "<?php defined('BASEPATH') OR exit('No direct script access allowed');\n$config['protocol'] = 'smtp';\n$config['smtp_host'] = 'smtp.postmarkapp.com';\n$config['smtp_port'] = '587';\n$config['smtp_user'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['smtp_pass'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['mailtype'] = 'html';\n";

    #[test]
    fn codeigniter3_defaults_to_clear_text() {
        let (client, s, ids) = first(CI3);
        assert_eq!(client, "codeigniter3");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&format!("{CI3}$config['smtp_crypto'] = 'tls';\n"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&format!("{CI3}$config['smtp_crypto'] = 'ssl';\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // No port turns TLS on in CodeIgniter 3.
        let (_, s, _) = first(&CI3.replace("'587'", "'465'"));
        assert_eq!(s["security"], "none");
        // The PHP stream prefix on the host: TLS from the first byte, not a URL.
        let (_, s, ids) = first(&CI3.replace("'smtp.postmarkapp", "'ssl://smtp.postmarkapp"));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "host/has-scheme"), "{ids:?}");
        // An array literal, and `mail` as the default protocol.
        let (client, _, ids) = first(
            "<?php\n$config = [\n    'smtp_host' => 'smtp.postmarkapp.com',\n    'smtp_port' => 587,\n    'smtp_user' => 'u',\n    'smtp_pass' => 'u',\n    'smtp_crypto' => 'tls',\n];\n",
        );
        assert_eq!(client, "codeigniter3");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn phpmailer_and_laravel_stay_theirs() {
        let (client, _, _) = first(
            "<?php\n$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPAuth = true;\n$mail->Username = 'u';\n$mail->Password = 'u';\n$mail->SMTPSecure = 'tls';\n$mail->Port = 587;\n",
        );
        assert_eq!(client, "phpmailer");
        let (client, _, _) = first(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_ENCRYPTION=tls\n",
        );
        assert!(!client.starts_with("codeigniter"), "{client}");
    }
}
