//! The code reader on each language's usual ways of writing settings.

use super::*;
use crate::extract::read::{Document, Entry, ROOT};

/// (path, value text, kind) of every non-presence entry.
fn read_code(src: &str, lang: Lang) -> Vec<(String, String, ValKind)> {
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, lang);
    doc.entries
        .iter()
        .filter(|e| e.value.kind != ValKind::Presence)
        .map(|e| {
            (
                doc.path_string(e),
                doc.text_of(&e.value).to_string(),
                e.value.kind,
            )
        })
        .collect()
}

fn has(got: &[(String, String, ValKind)], path: &str, value: &str) -> bool {
    got.iter().any(|(p, v, _)| p == path && v == value)
}

fn paths(src: &str, lang: Lang) -> Vec<String> {
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, lang);
    doc.entries.iter().map(|e| doc.path_string(e)).collect()
}

#[test]
fn javascript_nodemailer() {
    let src = "const nodemailer = require('nodemailer');\nconst transporter = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  secure: false, // STARTTLS\n  auth: {\n    user: process.env.POSTMARK_TOKEN,\n    pass: `${token}`,\n  },\n  // port: 465,\n});\n";
    let got = read_code(src, Lang::JavaScript);
    assert!(
        has(
            &got,
            "transporter.nodemailer.createTransport(#0).host",
            "smtp.postmarkapp.com"
        ),
        "{got:?}"
    );
    assert!(has(
        &got,
        "transporter.nodemailer.createTransport(#0).port",
        "587"
    ));
    assert!(has(
        &got,
        "transporter.nodemailer.createTransport(#0).secure",
        "false"
    ));
    let user = got.iter().find(|g| g.0.ends_with("auth.user")).unwrap();
    assert_eq!(
        (user.1.as_str(), user.2),
        ("process.env.POSTMARK_TOKEN", ValKind::Reference)
    );
    let pass = got.iter().find(|g| g.0.ends_with("auth.pass")).unwrap();
    assert_eq!(pass.2, ValKind::Reference);
    // The commented-out port is read as such.
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, Lang::JavaScript);
    assert!(doc
        .entries
        .iter()
        .any(|e| e.commented() && doc.text_of(&e.value) == "465"));
}

#[test]
fn json_objects() {
    let got = read_code("{\"mail\": {\"transport\": \"SMTP\", \"options\": {\"host\": \"h\", \"port\": 2525, \"secure\": false}}}", Lang::Json);
    assert!(has(&got, "mail.options.port", "2525"), "{got:?}");
    assert!(has(&got, "mail.transport", "SMTP"));
}

#[test]
fn php_properties_arrays_and_defines() {
    let src = "<?php\ndefine('WPMS_SMTP_HOST', 'smtp.postmarkapp.com');\n$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;\n$mail->SMTPOptions = array('ssl' => array('verify_peer' => false));\nreturn ['mailers' => ['smtp' => ['host' => env('MAIL_HOST', 'smtp.mailgun.org'), 'port' => 587]]];\n";
    let got = read_code(src, Lang::Php);
    assert!(
        has(&got, "WPMS_SMTP_HOST", "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, "$mail.Host", "smtp.postmarkapp.com"));
    assert!(has(
        &got,
        "$mail.SMTPSecure",
        "PHPMailer::ENCRYPTION_STARTTLS"
    ));
    assert!(has(&got, "$mail.SMTPOptions.ssl.verify_peer", "false"));
    assert!(has(&got, "mailers.smtp.port", "587"));
    let p = paths(src, Lang::Php);
    assert!(p.contains(&"$mail.isSMTP()".to_string()), "{p:?}");
}

#[test]
fn a_string_in_braces_after_an_arrow_is_a_key() {
    // PHP's `$obj->{'prop'}`, and Perl's hash element as OTRS/Znuny's
    // Kernel/Config.pm writes its settings.
    let src = "$Self->{'SendmailModule::Host'} = 'smtp.acme.io';\n$cfg->{\"mail\"}->port = 587;\n";
    let got = read_code(src, Lang::Php);
    assert!(
        has(&got, "$Self.SendmailModule::Host", "smtp.acme.io"),
        "{got:?}"
    );
    assert!(has(&got, "$cfg.mail.port", "587"), "{got:?}");
}

#[test]
fn php_putenv_with_one_string_is_a_name_and_a_value() {
    // Tiny Tiny RSS's config.php: `putenv('NAME=value')`.
    let src = "<?php\n\tputenv('TTRSS_SMTP_SERVER=smtp.postmarkapp.com:587');\n\tputenv(\"TTRSS_SMTP_SECURE=tls\");\nputenv('TTRSS_SMTP_LOGIN=');\nputenv('not a name=x');\n";
    let got = read_code(src, Lang::Php);
    assert!(
        has(&got, "TTRSS_SMTP_SERVER", "smtp.postmarkapp.com:587"),
        "{got:?}"
    );
    assert!(has(&got, "TTRSS_SMTP_SECURE", "tls"), "{got:?}");
    assert!(has(&got, "TTRSS_SMTP_LOGIN", ""), "{got:?}");
    assert!(
        !got.iter().any(|(p, _, _)| p.starts_with("not a name")),
        "{got:?}"
    );
}

#[test]
fn dolibarr_set_const_takes_its_name_and_value_after_the_handle() {
    let src = "<?php\ndolibarr_set_const($db, 'MAIN_MAIL_SMTP_SERVER', 'smtp.postmarkapp.com', 'chaine', 0, '', $conf->entity);\ndolibarr_set_const($db, \"MAIN_MAIL_SMTP_PORT\", '587', 'chaine', 0, '', 1);\n";
    let got = read_code(src, Lang::Php);
    assert!(
        has(&got, "MAIN_MAIL_SMTP_SERVER", "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, "MAIN_MAIL_SMTP_PORT", "587"), "{got:?}");
    // The handle is no name: nothing is read as `$db`.
    assert!(!got.iter().any(|(p, _, _)| p.contains("db")), "{got:?}");
}

#[test]
fn a_setter_whose_value_is_a_call_keeps_the_call_as_its_value() {
    let src = "<?php\ndefine( 'WPMS_SMTP_HOST', getenv('SMTP_HOST') );\n";
    let got = read_code(src, Lang::Php);
    assert!(
        got.iter().any(|(p, v, k)| p == "WPMS_SMTP_HOST"
            && v == "getenv('SMTP_HOST')"
            && *k == ValKind::Reference),
        "{got:?}"
    );
    let java = "props.put(\"mail.smtp.host\", System.getenv(\"SMTP_HOST\"));\n";
    let got = read_code(java, Lang::Java);
    assert!(
        got.iter()
            .any(|(p, _, k)| p.ends_with("mail.smtp.host") && *k == ValKind::Reference),
        "{got:?}"
    );
}

#[test]
fn php_with_shell_escaped_dollars() {
    // A heredoc body in a shell script: `\$` keeps the shell off `$`.
    let src = "function mail_smtp( \\$phpmailer ) {\n  \\$phpmailer->isSMTP();\n  \\$phpmailer->Host = getenv('SMTP_HOST');\n  \\$phpmailer->Port = 587;\n}\n";
    let got = read_code(src, Lang::Php);
    assert!(has(&got, "$phpmailer.Port", "587"), "{got:?}");
    assert!(
        has(&got, "$phpmailer.Host", "getenv('SMTP_HOST')"),
        "{got:?}"
    );
}

#[test]
fn python_settings_calls_and_classes() {
    let src = "import os\nEMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = int(os.environ.get('EMAIL_PORT', 587))\nEMAIL_USE_TLS = True\nA = B = 'v'\napp.config['MAIL_SERVER'] = 'x'\napp.config.update(MAIL_PORT=2525)\nclass Config:\n    MAIL_USE_SSL = False\n\nwith smtplib.SMTP('smtp.postmarkapp.com', 587) as server:\n    server.starttls()\n    server.login(user, 'pw')\n";
    let got = read_code(src, Lang::Python);
    assert!(has(&got, "EMAIL_HOST", "smtp.postmarkapp.com"), "{got:?}");
    assert!(has(&got, "EMAIL_USE_TLS", "True"));
    assert!(has(&got, "A", "v") && has(&got, "B", "v"));
    assert!(has(&got, "app.config.MAIL_SERVER", "x"));
    assert!(
        has(&got, "app.config.update(MAIL_PORT)", "2525")
            || has(&got, "app.config.update().MAIL_PORT", "2525"),
        "{got:?}"
    );
    assert!(has(&got, "Config.MAIL_USE_SSL", "False"), "{got:?}");
    assert!(
        got.iter()
            .any(|g| g.0 == "smtplib.SMTP(#1)" && g.1 == "587"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("login(#1)") && g.1 == "pw"),
        "{got:?}"
    );
    let p = paths(src, Lang::Python);
    assert!(p.iter().any(|p| p.ends_with("server.starttls()")), "{p:?}");
}

#[test]
fn ruby_hashes_and_blocks() {
    let src = "Rails.application.configure do\n  config.action_mailer.smtp_settings = {\n    address: 'smtp.postmarkapp.com',\n    :port => 587,\n    user_name: ENV['POSTMARK_TOKEN'],\n    authentication: :plain,\n    enable_starttls_auto: true\n  }\nend\n";
    let got = read_code(src, Lang::Ruby);
    assert!(
        has(
            &got,
            "config.action_mailer.smtp_settings.address",
            "smtp.postmarkapp.com"
        ),
        "{got:?}"
    );
    assert!(has(&got, "config.action_mailer.smtp_settings.port", "587"));
    assert!(has(
        &got,
        "config.action_mailer.smtp_settings.authentication",
        "plain"
    ));
}

#[test]
fn elixir_config_calls() {
    let src = "import Config\nconfig :my_app, MyApp.Mailer,\n  adapter: Swoosh.Adapters.SMTP,\n  relay: \"smtp.postmarkapp.com\",\n  port: 587,\n  tls: :always\n";
    let got = read_code(src, Lang::Elixir);
    assert!(
        has(&got, "config(relay)", "smtp.postmarkapp.com")
            || has(&got, "config().relay", "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(got.iter().any(|g| g.0.ends_with("tls") && g.1 == "always"));
}

#[test]
fn go_calls_and_literals() {
    let src = "package main\nfunc main() {\n\td := gomail.NewDialer(\"smtp.postmarkapp.com\", 587, \"user\", \"pass\")\n\td.TLSConfig = &tls.Config{InsecureSkipVerify: true}\n}\n";
    let got = read_code(src, Lang::Go);
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("NewDialer(#1)") && g.1 == "587"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("InsecureSkipVerify") && g.1 == "true"),
        "{got:?}"
    );
}

#[test]
fn csharp_initializers_and_verbatim_strings() {
    let src = "var client = new SmtpClient(\"smtp.postmarkapp.com\", 587) {\n    EnableSsl = true,\n    Credentials = new NetworkCredential(\"u\", @\"p\"\"w\")\n};\nclient.Port = 2525;\n";
    let got = read_code(src, Lang::CSharp);
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("SmtpClient().EnableSsl") && g.1 == "true"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("NetworkCredential(#1)") && g.1 == "p\"w"),
        "{got:?}"
    );
    assert!(has(&got, "client.Port", "2525"));
}

#[test]
fn csharp_initializer_brace_on_its_own_line() {
    // The usual C# layout: the initializer's brace on the next line, and an
    // object without constructor arguments.
    let src = "using var client = new SmtpClient(\"smtp.postmarkapp.com\", 587)\n{\n    EnableSsl = true, // STARTTLS\n};\nvar smtp = new SmtpClient\n{\n    Host = \"smtp.postmarkapp.com\"\n};\nif (ready)\n{\n    Port = 25;\n}\n";
    let got = read_code(src, Lang::CSharp);
    assert!(
        has(&got, "client.SmtpClient().EnableSsl", "true"),
        "{got:?}"
    );
    assert!(has(&got, "smtp.Host", "smtp.postmarkapp.com"), "{got:?}");
    // A block after a statement is not an initializer.
    assert!(has(&got, "Port", "25"), "{got:?}");
}

#[test]
fn java_properties_and_setters() {
    let src = "Properties props = new Properties();\nprops.put(\"mail.smtp.host\", \"smtp.postmarkapp.com\");\nprops.setProperty(\"mail.smtp.starttls.enable\", \"true\");\nsender.setPort(587);\n";
    let got = read_code(src, Lang::Java);
    assert!(
        has(&got, "props.mail.smtp.host", "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, "props.mail.smtp.starttls.enable", "true"));
    assert!(has(&got, "sender.setPort(#0)", "587"));
}

#[test]
fn hcl_and_nix() {
    let got = read_code("variable \"smtp_host\" {\n  default = \"smtp.postmarkapp.com\"\n}\nresource \"k\" \"s\" {\n  data = {\n    SMTP_PORT = \"587\"\n    SMTP_PASS = var.pass\n  }\n}\n", Lang::Hcl);
    assert!(
        has(&got, "variable.smtp_host.default", "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, "resource.k.s.data.SMTP_PORT", "587"));
    let pass = got.iter().find(|g| g.0.ends_with("SMTP_PASS")).unwrap();
    assert_eq!(pass.2, ValKind::Reference);
    let got = read_code("{ config, pkgs, ... }:\n{\n  services.gitea.settings.mailer = {\n    SMTP_ADDR = \"smtp.postmarkapp.com\";\n    SMTP_PORT = 587;\n  };\n}\n", Lang::Nix);
    assert!(
        has(
            &got,
            "services.gitea.settings.mailer.SMTP_ADDR",
            "smtp.postmarkapp.com"
        ),
        "{got:?}"
    );
}

#[test]
fn nix_sets_under_module_functions_keep_their_path() {
    // `lib.mkIf`, `lib.mkDefault`, `lib.mkMerge`: the attribute sets they
    // take are the value of the attribute they are assigned to.
    let src = "{ config, lib, ... }:\n{\n  services.postfix = lib.mkIf (config.x != null) {\n    relayHost = \"smtp.postmarkapp.com\";\n    config = { smtp_tls_security_level = \"encrypt\"; };\n  };\n  services.a = mkIf cfg.enable { port = 1; };\n  services.b = lib.mkDefault { port = 2; };\n  services.c = lib.mkMerge [\n    { port = 3; }\n    (lib.mkIf (cfg.tls) { tls = true; })\n  ];\n  config = lib.mkIf cfg.enable (lib.mkMerge [ { services.d.port = 4; } ]);\n  services.e.list = [ { port = 5; } ];\n}\n";
    let got = read_code(src, Lang::Nix);
    for (path, value) in [
        ("services.postfix.relayHost", "smtp.postmarkapp.com"),
        ("services.postfix.config.smtp_tls_security_level", "encrypt"),
        ("services.a.port", "1"),
        ("services.b.port", "2"),
        ("services.c.port", "3"),
        ("services.c.tls", "true"),
        ("config.services.d.port", "4"),
        // Another list is a list.
        ("services.e.list.#0.port", "5"),
    ] {
        assert!(has(&got, path, value), "{path} in {got:?}");
    }
    // No function's name or argument in a path.
    assert!(!got.iter().any(|g| g.0.contains("mk")), "{got:?}");
}

#[test]
fn nix_priority_wrappers_hand_over_their_value() {
    // `lib.mkDefault "v"`, `mkForce 587`, `lib.mkOverride 50 "v"`: the
    // setting is the argument (it was read as a reference before).
    let src = "{\n  services.postfix = {\n    relayHost = lib.mkDefault \"smtp.postmarkapp.com\";\n    relayPort = mkForce 587;\n    config.smtp_tls_security_level = lib.mkOverride 50 \"encrypt\";\n    config.smtp_use_tls = lib.mkOptionDefault true;\n    domain = lib.mkDefault config.networking.domain;\n  };\n}\n";
    let got = read_code(src, Lang::Nix);
    for (path, value) in [
        ("services.postfix.relayHost", "smtp.postmarkapp.com"),
        ("services.postfix.relayPort", "587"),
        ("services.postfix.config.smtp_tls_security_level", "encrypt"),
        ("services.postfix.config.smtp_use_tls", "true"),
    ] {
        let e = got.iter().find(|g| g.0 == path);
        assert!(
            e.is_some_and(|e| e.1 == value && e.2 == ValKind::Literal),
            "{path} in {got:?}"
        );
    }
    // A wrapped expression stays a reference.
    let domain = got.iter().find(|g| g.0 == "services.postfix.domain");
    assert!(domain.is_some_and(|d| d.2 == ValKind::Reference), "{got:?}");
}

#[test]
fn nix_attribute_names_hold_dashes_and_quotes() {
    // Home Manager's himalaya settings: `smtp-host`, quoted or bare.
    let got = read_code("{\n  accounts.email.accounts.work.himalaya.settings = {\n    smtp-host = \"smtp.postmarkapp.com\";\n    \"smtp-port\" = 587;\n    it's = 1-2;\n    x = a-b;\n  };\n}\n", Lang::Nix);
    let at = "accounts.email.accounts.work.himalaya.settings.";
    assert!(
        has(&got, &format!("{at}smtp-host"), "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, &format!("{at}smtp-port"), "587"), "{got:?}");
    assert!(got.iter().any(|g| g.0 == format!("{at}it's")), "{got:?}");
    // `a-b` is one name (a reference), not `a` minus `b`.
    let x = got.iter().find(|g| g.0.ends_with(".x")).unwrap();
    assert_eq!(x.1, "a-b");
    // Elsewhere `-` still ends a name (JavaScript's `a-b` is a subtraction).
    let got = read_code("const o = { host: a-b, port: 587 };\n", Lang::JavaScript);
    assert!(has(&got, "o.port", "587"), "{got:?}");
}

#[test]
fn deep_nesting_is_bounded() {
    let src = "{".repeat(100_000);
    let mut doc = Document::empty(&src);
    read(&mut doc, 0..src.len(), ROOT, Lang::JavaScript);
    assert!(doc.scopes.len() < 1000);
}

#[test]
fn templates_in_strings_are_references() {
    let got = read_code(
        "s = smtplib.SMTP(\"{{ smtp_host }}\", 587)\ns.login(\"${SMTP_USER}\", \"pa$$word\")\n",
        Lang::Python,
    );
    let kind = |suffix: &str| got.iter().find(|g| g.0.ends_with(suffix)).map(|g| g.2);
    assert_eq!(kind("SMTP(#0)"), Some(ValKind::Reference), "{got:?}");
    assert_eq!(kind("login(#0)"), Some(ValKind::Reference));
    // A `$` inside a password is just a character.
    assert_eq!(kind("login(#1)"), Some(ValKind::Literal));
}

#[test]
fn bare_template_slots_are_references() {
    // A Ruby or JS file that a tool fills in: `port: {{SMTP_PORT}},`.
    let src = "s = {\n  address: \"{{SMTP_HOST}}\",\n  port: {{SMTP_PORT}},\n  tls: {{ SMTP_TLS }}\n}\nx = { a: {b: 1} }\n";
    let got = read_code(src, Lang::Ruby);
    let find = |p: &str| got.iter().find(|g| g.0 == p).map(|g| (g.1.clone(), g.2));
    assert_eq!(
        find("s.port"),
        Some(("{{SMTP_PORT}}".into(), ValKind::Reference)),
        "{got:?}"
    );
    assert_eq!(find("s.tls").map(|g| g.1), Some(ValKind::Reference));
    // A map in a map is still read as one.
    assert!(has(&got, "x.a.b", "1"), "{got:?}");
}

#[test]
fn ruby_rocket_keys_and_templates() {
    let src = "x = { :port => 587, user_name: \"${SMTP_USER}\", password: \"#{ENV[\"KEY\"]}\", host: 'a{b}' }\nclass M < ActionMailer::Base\n  default from: 'a@b.c'\nend\n";
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, Lang::Ruby);
    let port = doc.entries.iter().find(|e| doc.path_string(e) == "x.port");
    // A symbol key keeps its colon: fixes write `:key =>` like the paste.
    assert_eq!(port.map(|e| doc.key_of(e)), Some(":port"));
    let got = read_code(src, Lang::Ruby);
    assert!(got.contains(&(
        "x.user_name".into(),
        "${SMTP_USER}".into(),
        ValKind::Reference
    )));
    assert!(got.contains(&(
        "x.password".into(),
        "#{ENV[\"KEY\"]}".into(),
        ValKind::Reference
    )));
    assert!(got.contains(&("x.host".into(), "a{b}".into(), ValKind::Literal)));
    // `default` is a call in Ruby (ActionMailer's `default from:`).
    assert!(has(&got, "M.default().from", "a@b.c"), "{got:?}");
}

#[test]
fn rust_builder_chains_raw_strings_typed_let_and_owned_literals() {
    let src = "use lettre::transport::smtp::authentication::Credentials;\nfn main() {\n    let creds = Credentials::new(\"user\".to_owned(), String::from(\"pass\"));\n    let mailer: SmtpTransport = SmtpTransport::starttls_relay(\"smtp.postmarkapp.com\")?\n        .port(2525) // submission\n        .credentials(creds)\n        .build();\n    let url = SmtpTransport::from_url(r#\"smtps://u:p@h:465\"#)?.build();\n    let a = AsyncSmtpTransport::<Tokio1Executor>::relay(\"smtp.acme.io\").unwrap().build();\n    let life: &'static str = \"x\";\n}\n";
    let got = read_code(src, Lang::Rust);
    assert!(has(&got, "creds.Credentials.new(#0)", "user"), "{got:?}");
    assert!(has(&got, "creds.Credentials.new(#1)", "pass"), "{got:?}");
    // A builder written one call a line, through `?`, under the typed binding.
    assert!(
        has(
            &got,
            "mailer.SmtpTransport.starttls_relay(#0)",
            "smtp.postmarkapp.com"
        ),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "mailer.SmtpTransport.starttls_relay().port(#0)",
            "2525"
        ),
        "{got:?}"
    );
    assert!(
        has(&got, "url.SmtpTransport.from_url(#0)", "smtps://u:p@h:465"),
        "{got:?}"
    );
    // The turbofish does not cut the path.
    assert!(
        has(&got, "a.AsyncSmtpTransport.relay(#0)", "smtp.acme.io"),
        "{got:?}"
    );
    // A lifetime is not a string.
    assert!(has(&got, "life", "x"), "{got:?}");
    let owned = got
        .iter()
        .find(|(p, _, _)| p == "creds.Credentials.new(#0)");
    assert_eq!(owned.map(|o| o.2), Some(ValKind::Literal));
}

#[test]
fn try_else_finally_blocks_name_no_key() {
    let src = "<?php\ntry {\n    $mail->Host = 'smtp.postmarkapp.com';\n} catch (Exception $e) {\n} finally {\n    $mail->Port = 587;\n}\nif ($x) {\n} else {\n    $mail->Username = 'u';\n}\n";
    let got = read_code(src, Lang::Php);
    assert!(has(&got, "$mail.Host", "smtp.postmarkapp.com"), "{got:?}");
    assert!(has(&got, "$mail.Port", "587"), "{got:?}");
    assert!(has(&got, "$mail.Username", "u"), "{got:?}");
    // HCL's named blocks keep their names.
    let got = read_code("smtp {\n  host = \"h\"\n}\n", Lang::Hcl);
    assert!(has(&got, "smtp.host", "h"), "{got:?}");
}

#[test]
fn php_setters_in_any_case() {
    let got = read_code("<?php\nDEFINE('WPMS_SMTP_HOST', 'smtp.postmarkapp.com');\nDefine('WPMS_SMTP_PORT', 587);\n", Lang::Php);
    assert!(
        has(&got, "WPMS_SMTP_HOST", "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, "WPMS_SMTP_PORT", "587"), "{got:?}");
    // Other languages keep their case: `Put` is no Java setter.
    let got = read_code("props.Put(\"mail.smtp.host\", \"h\");\n", Lang::Java);
    assert!(!has(&got, "mail.smtp.host", "h"), "{got:?}");
}

#[test]
fn python_statements_under_if_or_else_are_conditional() {
    let src = "EMAIL_HOST = 'a'\nif DEBUG:\n    EMAIL_BACKEND = 'x'\nelse:\n    EMAIL_PORT = 2\nEMAIL_USE_TLS = True\ndef f():\n    EMAIL_TIMEOUT = 5\n";
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, Lang::Python);
    let conditional: Vec<String> = doc
        .entries
        .iter()
        .filter(|e| e.flags & flag::CONDITIONAL != 0)
        .map(|e| doc.path_string(e))
        .collect();
    assert!(
        conditional.contains(&"EMAIL_BACKEND".to_string()),
        "{conditional:?}"
    );
    assert!(
        conditional.contains(&"EMAIL_PORT".to_string()),
        "{conditional:?}"
    );
    for plain in ["EMAIL_HOST", "EMAIL_USE_TLS", "EMAIL_TIMEOUT"] {
        assert!(
            !conditional.iter().any(|p| p.ends_with(plain)),
            "{plain}: {conditional:?}"
        );
    }
}

/// The paths of the entries flagged conditional, and of the others.
fn split_conditional(src: &str, lang: Lang) -> (Vec<String>, Vec<String>) {
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, lang);
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for e in doc
        .entries
        .iter()
        .filter(|e| e.value.kind != ValKind::Presence)
    {
        let p = doc.path_string(e);
        if e.flags & flag::CONDITIONAL != 0 {
            yes.push(p);
        } else {
            no.push(p);
        }
    }
    (yes, no)
}

#[test]
fn brace_language_branches_are_conditional() {
    let php = "$mail->Host = 'a';\nif ($ssl) {\n  $mail->Port = 465;\n} elseif ($x) {\n  $mail->SMTPAuth = false;\n} else {\n  $mail->SMTPSecure = 'tls';\n}\nif ($y) $mail->Username = 'u';\n$mail->Password = 'p';\n";
    let (yes, no) = split_conditional(php, Lang::Php);
    for p in ["Port", "SMTPAuth", "SMTPSecure", "Username"] {
        assert!(yes.iter().any(|y| y.ends_with(p)), "{p}: {yes:?}");
    }
    for p in ["Host", "Password"] {
        assert!(no.iter().any(|n| n.ends_with(p)), "{p}: {no:?}");
        assert!(!yes.iter().any(|y| y.ends_with(p)), "{p}: {yes:?}");
    }
    let js = "const o = { host: 'a' };\nif (process.env.SSL === 'true') {\n  o.port = 465;\n} else if (x) {\n  o.secure = false;\n} else {\n  o.port = 587;\n}\no.from = 'f@acme.io';\n";
    let (yes, no) = split_conditional(js, Lang::JavaScript);
    assert_eq!(
        yes.iter().filter(|y| y.ends_with("port")).count(),
        2,
        "{yes:?}"
    );
    assert!(yes.iter().any(|y| y.ends_with("secure")), "{yes:?}");
    assert!(no.iter().any(|n| n.ends_with("host")) && no.iter().any(|n| n.ends_with("from")));
    // The first condition is in no branch (`else if`'s is in the else);
    // a call's block is no branch.
    assert_eq!(
        yes.iter().filter(|y| y.starts_with("if")).count(),
        1,
        "{yes:?}"
    );
    let (yes, _) = split_conditional(
        "app.post('/x', (req, res) => {\n  cfg.host = 'a';\n});\n",
        Lang::JavaScript,
    );
    assert!(yes.is_empty(), "{yes:?}");
    // Go's `if x {` and Ruby's `if … end`.
    let (yes, no) = split_conditional(
        "cfg.Host = \"a\"\nif tls {\n\tcfg.Port = 465\n}\n",
        Lang::Go,
    );
    assert!(yes.iter().any(|y| y.ends_with("Port")), "{yes:?} {no:?}");
    assert!(no.iter().any(|n| n.ends_with("Host")), "{no:?}");
    let (yes, no) = split_conditional(
        "config.port = 587\nif ENV['SSL']\n  config.port = 465\nend\nconfig.address = 'a'\n",
        Lang::Ruby,
    );
    assert_eq!(yes.len(), 1, "{yes:?} {no:?}");
    assert!(no.iter().any(|n| n.ends_with("address")), "{no:?}");
}

#[test]
fn a_python_tuple_without_parentheses_is_the_same_list() {
    let bare = read_code(
        "SMTP_SERVER = 'smtp.acme.io', 587\nSMTP_LOGIN = 'u'\n",
        Lang::Python,
    );
    assert!(has(&bare, "SMTP_SERVER.#0", "smtp.acme.io"), "{bare:?}");
    assert!(has(&bare, "SMTP_SERVER.#1", "587"), "{bare:?}");
    assert!(has(&bare, "SMTP_LOGIN", "u"), "{bare:?}");
    let parens = read_code("SMTP_SERVER = ('smtp.acme.io', 587)\n", Lang::Python);
    assert!(has(&parens, "SMTP_SERVER.#1", "587"), "{parens:?}");
    // A comma inside brackets or a lambda's parameters make no tuple.
    let got = read_code(
        "EMAIL_HOST = f('a', 'b')\nkey = lambda a, b: a\nEMAIL_PORT = 587\n",
        Lang::Python,
    );
    assert!(
        !got.iter().any(|(p, _, _)| p.starts_with("EMAIL_HOST.#")),
        "{got:?}"
    );
    assert!(has(&got, "EMAIL_PORT", "587"), "{got:?}");
}

#[test]
fn a_fallback_to_the_assigned_key_is_not_a_second_assignment() {
    // CodeIgniter 4's `Config\Email` constructor: the property keeps its
    // class default unless the environment sets it.
    let src = "<?php\nclass Email extends BaseConfig\n{\n    public $SMTPHost = 'smtp.gmail.com';\n    public $SMTPPort = 587;\n    public function __construct()\n    {\n        $this->SMTPHost = getenv('email.SMTPHost') ?: $this->SMTPHost;\n        $this->SMTPPort = (int) (getenv('SMTP_PORT') ?: $this->SMTPPort);\n        $this->SMTPUser = getenv('SMTP_USER') ?: $this->smtpUser;\n        $this->SMTPPass = getenv('SMTP_PASS') ?: 'x';\n    }\n}\n";
    let got = paths(src, Lang::Php);
    assert!(!got.iter().any(|p| p.ends_with("this.SMTPHost")), "{got:?}");
    assert!(!got.iter().any(|p| p.ends_with("this.SMTPPort")), "{got:?}");
    // Another property, or a literal fallback: an assignment (a reference).
    assert!(got.iter().any(|p| p.ends_with("this.SMTPUser")), "{got:?}");
    assert!(got.iter().any(|p| p.ends_with("this.SMTPPass")), "{got:?}");
    for (src, lang, key) in [
        (
            "this.host = process.env.SMTP_HOST || this.host;\n",
            Lang::JavaScript,
            "this.host",
        ),
        (
            "this.host = process.env.SMTP_HOST ?? this.host;\n",
            Lang::JavaScript,
            "this.host",
        ),
        (
            "self.host = os.getenv('SMTP_HOST') or self.host\n",
            Lang::Python,
            "self.host",
        ),
        ("@host = ENV['SMTP_HOST'] || @host\n", Lang::Ruby, "@host"),
    ] {
        // The key's own entries (a call's arguments are entries of their own).
        let own = |got: &[(String, String, ValKind)]| {
            got.iter()
                .filter(|(p, _, _)| p.ends_with(key.trim_start_matches('@')))
                .map(|(_, _, k)| *k)
                .collect::<Vec<_>>()
        };
        assert!(own(&read_code(src, lang)).is_empty(), "{src}");
        let other = src
            .replacen(&format!("|| {key}"), "|| 'smtp.x'", 1)
            .replacen(&format!("?? {key}"), "?? 'smtp.x'", 1)
            .replacen(&format!("or {key}"), "or 'smtp.x'", 1);
        assert_ne!(other, src);
        assert_eq!(
            own(&read_code(&other, lang)),
            [ValKind::Reference],
            "{other}"
        );
    }
}

#[test]
fn a_ternary_on_lines_of_its_own_stays_under_its_key() {
    // `auth: user\n ? { … }\n : undefined` (AdonisJS, nodemailer): the
    // object is the `auth` option's, not options of the call around it.
    let src = "t = createTransport({\n  host: 'h',\n  auth: user\n    ? { user: 'u', pass: 'p' }\n    : undefined,\n  port: 587,\n})\n";
    let got = read_code(src, Lang::JavaScript);
    assert!(has(&got, "t.createTransport(#0).auth.user", "u"), "{got:?}");
    assert!(has(&got, "t.createTransport(#0).port", "587"), "{got:?}");
    assert!(!got
        .iter()
        .any(|(p, _, _)| p == "t.createTransport(#0).user"));
}

#[test]
fn a_csharp_auto_property_initial_value() {
    let src = "public class SmtpSettings\n{\n    public string Host { get; set; } = \"localhost\";\n    public int Port { get; private set; } = 25;\n    public string? UserName { get; set; }\n    public bool EnableSsl { get; init; } = false;\n}\n";
    let got = read_code(src, Lang::CSharp);
    assert!(has(&got, "SmtpSettings.Host", "localhost"), "{got:?}");
    assert!(has(&got, "SmtpSettings.Port", "25"), "{got:?}");
    assert!(has(&got, "SmtpSettings.EnableSsl", "false"), "{got:?}");
    assert!(
        !got.iter().any(|(p, _, _)| p.contains("UserName")),
        "{got:?}"
    );
}

#[test]
fn keyword_lists_answer_by_shape_then_word() {
    // Each list's own words, whatever list shares their shape.
    for (list, w) in [
        (&MODIFIERS, "const"),
        (&MODIFIERS, "data"),
        (&VALUE_WORDS, "return"),
        (&NAMED_SCOPES, "class"),
        (&FUNCTIONS, "def"),
        (&END_OPENERS, "if"),
        (&SETTERS, "setProperty"),
    ] {
        assert!(word_in(list, w), "{w}");
        assert!(list.has_len(w), "{w}");
    }
    // Another list's word, a word of a listed shape, no word.
    assert!(!word_in(&MODIFIERS, "return"));
    assert!(!word_in(&MODIFIERS, "dato"));
    assert!(!word_in(&SETTERS, "SMTP_HOST"));
    assert!(!word_in(&SETTERS, ""));
    assert!(!SETTERS.has_len("x"));
    assert!(!SETTERS.has_len(&"x".repeat(40)));
}

#[test]
fn php_setters_ignore_case() {
    let got = read_code("<?php DEFINE('SMTP_HOST', 'smtp.x');", Lang::Php);
    assert!(
        got.iter()
            .any(|(p, v, _)| p == "SMTP_HOST" && v == "smtp.x"),
        "{got:?}"
    );
}
/// Symfony's container parameters set in PHP (romainnorberg/construct-tim's
/// `app/config/parameters_dev.php`): each `setParameter('name', value)` is
/// that parameter, a `getenv()` value a reference.
#[test]
fn symfony_container_parameters_set_in_php() {
    let got = read_code("<?php\n$container->setParameter('mailer_transport', 'smtp');\n$container->setParameter('mailer_host', getenv('MAILER_HOST'));\n", Lang::Php);
    assert!(
        got.iter()
            .any(|(p, v, _)| p == "$container.mailer_transport" && v == "smtp"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(p, _, k)| p == "$container.mailer_host" && *k == ValKind::Reference),
        "{got:?}"
    );
}
/// A parameter's default value is the variable's value in the body
/// (`function send(host = 'smtp…')` then `{ host }`), in each language's
/// way of writing one; parameters without a default set nothing.
#[test]
fn parameter_defaults() {
    let cases: &[(&str, Lang)] = &[
        ("function send(to, host = 'smtp.postmarkapp.com', port = 2525) {\n  return nodemailer.createTransport({ host, port });\n}\n", Lang::JavaScript),
        ("class M {\n  constructor(host = 'smtp.postmarkapp.com', port = 2525) {\n    this.t = createTransport({ host: host });\n  }\n}\n", Lang::JavaScript),
        ("const make = ({ host = 'smtp.postmarkapp.com', port = 2525 } = {}) =>\n  createTransport({ host, port });\n", Lang::JavaScript),
        ("async function send(to: string, host: string = 'smtp.postmarkapp.com', port = 2525): Promise<void> {\n  await createTransport({ host, port });\n}\n", Lang::JavaScript),
        ("def send(to, host: str = \"smtp.postmarkapp.com\", port=2525):\n    s = smtplib.SMTP(host, port)\n", Lang::Python),
        ("<?php\nfunction send(string $to, string $host = 'smtp.postmarkapp.com', int $port = 2525) {\n  $mail->Host = $host;\n}\n", Lang::Php),
        ("def deliver(address = 'smtp.postmarkapp.com', port: 2525)\n  Mail.defaults do\n    delivery_method :smtp, address: address\n  end\nend\n", Lang::Ruby),
        ("public void Send(string to, string host = \"smtp.postmarkapp.com\", int port = 2525)\n{\n    var client = new SmtpClient(host, port);\n}\n", Lang::CSharp),
    ];
    for (src, lang) in cases {
        let got = read_code(src, *lang);
        // The class's name prefixes a constructor's (`M.host`).
        let last = |p: &str| p.rsplit('.').next().unwrap_or("").to_string();
        let host = got.iter().find(|(p, _, k)| {
            matches!(last(p).as_str(), "host" | "$host" | "address") && *k == ValKind::Literal
        });
        assert_eq!(
            host.map(|(_, v, _)| v.as_str()),
            Some("smtp.postmarkapp.com"),
            "{src}: {got:?}"
        );
        assert!(
            got.iter()
                .any(|(p, v, _)| matches!(last(p).as_str(), "port" | "$port") && v == "2525"),
            "{src}: {got:?}"
        );
        // A parameter without a default is no setting.
        assert!(
            !got.iter()
                .any(|(p, _, _)| last(p).trim_start_matches('$') == "to"),
            "{src}: {got:?}"
        );
    }
    // A call is no definition: its arguments stay arguments, and a
    // condition or a constructed object with a block is not read as one.
    let got = read_code("if (ok(host = 'a')) {\n  x = 1;\n}\n", Lang::JavaScript);
    assert!(!has(&got, "host", "a"), "{got:?}");
    let got = read_code(
        "var c = new SmtpClient(host = \"a\") { EnableSsl = true };\n",
        Lang::CSharp,
    );
    assert!(!has(&got, "host", "a"), "{got:?}");
    let got = read_code("send(host = 'a');\n", Lang::JavaScript);
    assert!(!has(&got, "host", "a"), "{got:?}");
}

/// A line that starts with `->method(` or `.method(` goes on with the
/// expression above, whatever it starts with (a parenthesised `new`).
#[test]
fn a_call_on_the_next_line_goes_on_with_a_parenthesised_expression() {
    let src = "<?php\n$transport = (new Swift_SmtpTransport('h', 587, 'tls'))\n  ->setUsername('u')\n  ->setPassword('p');\n";
    let got = read_code(src, Lang::Php);
    assert!(has(&got, "$transport.setUsername(#0)", "u"), "{got:?}");
    assert!(has(&got, "$transport.setPassword(#0)", "p"), "{got:?}");
    let src = "const t = (await makeTransport())\n  .use(plugin);\nconst x = 1;\n";
    let got = paths(src, Lang::JavaScript);
    assert!(got.iter().any(|p| p == "t.use(#0)"), "{got:?}");
    assert!(got.iter().any(|p| p == "x"), "{got:?}");
}

/// A `using (…)` / `try (…)` resource is a declaration of the scope
/// around, so the block's `client.EnableSsl = true` sets the same object.
#[test]
fn using_and_try_with_resources_declare_their_variable() {
    let src = "using (var client = new SmtpClient(\"smtp.postmarkapp.com\", 587))\n{\n    client.EnableSsl = true;\n}\n";
    let got = paths(src, Lang::CSharp);
    assert!(got.iter().any(|p| p == "client.SmtpClient(#0)"), "{got:?}");
    assert!(got.iter().any(|p| p == "client.EnableSsl"), "{got:?}");
    let src = "try (Transport t = session.getTransport(\"smtp\")) {\n  t.connect(\"smtp.postmarkapp.com\", 587, u, p);\n}\n";
    let got = paths(src, Lang::Java);
    assert!(
        got.iter().any(|p| p == "t.session.getTransport(#0)"),
        "{got:?}"
    );
    assert!(got.iter().any(|p| p == "t.connect(#0)"), "{got:?}");
}

/// A function whose body is one expression after `=` (Kotlin, Ruby 3):
/// the expression is read (a call's arguments included).
#[test]
fn an_expression_bodied_function_is_read() {
    let src = "val session = Session.getInstance(props, object : Authenticator() {\n    override fun getPasswordAuthentication() = PasswordAuthentication(\"u\", \"p\")\n})\nval x = 1\n";
    let got = read_code(src, Lang::Kotlin);
    assert!(
        got.iter()
            .any(|(p, v, _)| p.ends_with("PasswordAuthentication(#0)") && v == "u"),
        "{got:?}"
    );
    assert!(has(&got, "x", "1"), "{got:?}");
}

/// TypeScript's constructor parameter properties are the class's members
/// (entries of the class's map, as a field is), so `this.host` in the
/// constructor reads as their default; a plain parameter stays the
/// constructor's own (its block).
#[test]
fn typescript_parameter_properties_are_members() {
    let src = "class Mail {\n  constructor(private readonly host: string = 'smtp.postmarkapp.com', port = 2525) {\n    this.t = createTransport({ host: this.host, port });\n  }\n}\n";
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, Lang::JavaScript);
    let kind_of = |value: &str| {
        doc.entries
            .iter()
            .find(|e| doc.text_of(&e.value) == value)
            .map(|e| doc.scopes[e.scope as usize].kind)
    };
    assert_eq!(kind_of("smtp.postmarkapp.com"), Some(ScopeKind::Map));
    assert_eq!(kind_of("2525"), Some(ScopeKind::Block));
}

/// A subclass's call of its base class's constructor reads as a call of
/// the base class: PHP `parent::__construct`, `super(…)`, Python's
/// `super().__init__(…)`; a class without a base, or a method of another
/// name, keeps its own name.
#[test]
fn base_constructor_calls_read_as_the_base_class() {
    let php = "<?php\nclass PostmarkTransport extends \\Swift_SmtpTransport implements CallbackTransportInterface\n{\n    public function __construct($host = 'smtp.postmarkapp.com', $port = 587, $security = 'tls')\n    {\n        parent::__construct($host, $port, $security);\n        parent::setUsername('u');\n    }\n}\n";
    let got = read_code(php, Lang::Php);
    assert!(
        got.iter().any(
            |(p, v, _)| p.ends_with("PostmarkTransport.Swift_SmtpTransport(#0)") && v == "$host"
        ),
        "{got:?}"
    );
    assert!(got
        .iter()
        .any(|(p, _, _)| p.ends_with("Swift_SmtpTransport(#2)")));
    assert!(got
        .iter()
        .any(|(p, _, _)| p.ends_with("parent.setUsername(#0)")));

    let js = "class Mailer extends nodemailer.Transport {\n  constructor() {\n    super({ host: 'smtp.postmarkapp.com', port: 587 });\n  }\n}\n";
    let got = read_code(js, Lang::JavaScript);
    assert!(
        got.iter()
            .any(|(p, v, _)| p.ends_with("Transport(#0).host") && v == "smtp.postmarkapp.com"),
        "{got:?}"
    );

    let py = "class Mailer(smtplib.SMTP):\n    def __init__(self):\n        super().__init__('smtp.postmarkapp.com', 587)\n";
    let got = read_code(py, Lang::Python);
    assert!(
        got.iter()
            .any(|(p, v, _)| p.ends_with("SMTP(#0)") && v == "smtp.postmarkapp.com"),
        "{got:?}"
    );

    // No base class: `super` and `__construct` keep their names.
    let plain = "<?php\nclass A\n{\n    function f() { parent::__construct('h'); }\n}\n";
    let got = read_code(plain, Lang::Php);
    assert!(
        got.iter()
            .any(|(p, _, _)| p.ends_with("parent.__construct(#0)")),
        "{got:?}"
    );
}

/// A JavaScript object named above and handed whole to a call is copied
/// there with what is inside it (`auth: {…}`); the definition is marked
/// as handed on, so that only the copy is a setting.
#[test]
fn an_object_handed_to_a_call_is_copied_with_its_inner_objects() {
    let src = "const options = { host: 'smtp.postmarkapp.com', auth: { user: 'u', pass: 'p' } };\nconst t = nodemailer.createTransport(options);\n";
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, Lang::JavaScript);
    let find = |path: &str| {
        doc.entries
            .iter()
            .find(|e| doc.path_string(e) == path)
            .unwrap_or_else(|| panic!("{path}"))
    };
    let copy = find("t.nodemailer.createTransport(#0).auth.user");
    assert_eq!(doc.text_of(&copy.value), "u");
    assert_eq!(copy.flags & flag::HANDED, 0);
    assert_ne!(find("options.auth.user").flags & flag::HANDED, 0);
    assert_ne!(find("options.host").flags & flag::HANDED, 0);
    // Named as a value of a key (`auth: creds`), the definition stays.
    let src = "const creds = { user: 'u' };\nconst o = { auth: creds };\n";
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, Lang::JavaScript);
    assert!(doc.entries.iter().all(|e| e.flags & flag::HANDED == 0));
    assert!(doc
        .entries
        .iter()
        .any(|e| doc.path_string(e) == "o.auth.user"));
}

/// An if/else chain's branches are recorded as one block's
/// branches, read in the scope around them.
#[test]
fn if_else_branches_are_one_blocks_alternatives() {
    let src = "<?php\nif ($a) {\n  $mail->Host = 'a';\n} elseif ($b) {\n  $mail->Host = 'b';\n} else\n{\n  if ($c) { $mail->Host = 'c'; } else { $mail->Host = 'd'; }\n}\nif ($d) { $mail->Port = 1; }\n";
    let doc = Document::read(src);
    let blocks: Vec<u32> = doc.branches.iter().map(|b| b.1).collect();
    // (The `else` holding an inner if/else is recorded as its parts around it.)
    assert_eq!(blocks, [0, 0, 0, 1, 1, 0, 2], "{:?}", doc.branches);
    let hosts: Vec<u32> = doc
        .entries
        .iter()
        .filter(|e| doc.path_string(e) == "$mail.Host")
        .map(|e| e.scope)
        .collect();
    assert_eq!(hosts.len(), 4);
    assert!(hosts.iter().all(|s| *s == hosts[0]), "{hosts:?}");
    let at = |t: &str| src.find(t).unwrap();
    assert_eq!(doc.branch_at(at("'b'")).map(|b| b.0), Some(0));
    assert_ne!(doc.branch_at(at("'a'")), doc.branch_at(at("'b'")));
}

/// Go's `if` block is a block, not a composite literal: what it assigns
/// are variables; the statement before the test is read too.
#[test]
fn a_go_if_block_is_read_as_statements() {
    let src = "package m\nfunc f() {\n\thost := os.Getenv(\"SMTP_HOST\")\n\tif host == \"\" {\n\t\thost = \"smtp.postmarkapp.com\"\n\t}\n\tif err := m.From(\"a@acme.io\"); err != nil {\n\t\tpanic(err)\n\t}\n}\n";
    let doc = Document::read(src);
    let host: Vec<&Entry> = doc
        .entries
        .iter()
        .filter(|e| doc.path_string(e) == "host")
        .collect();
    assert_eq!(
        host.len(),
        2,
        "{:?}",
        doc.entries
            .iter()
            .map(|e| doc.path_string(e))
            .collect::<Vec<_>>()
    );
    assert_eq!(host[0].scope, host[1].scope);
    assert_ne!(host[1].flags & flag::CONDITIONAL, 0);
    assert!(doc.entries.iter().any(
        |e| doc.path_string(e) == "err.m.From(#0)" || doc.path_string(e).ends_with("From(#0)")
    ));
}

/// TypeScript's `const name: Type = value` names the value by the
/// variable, not by its type; the object is then copied where handed on.
#[test]
fn a_typescript_typed_declaration_is_named_by_its_variable() {
    let src = "const mailConfig: SMTPTransport.Options = {\n  host: 'smtp.postmarkapp.com',\n  auth: { user: 'u' },\n};\nconst byEnv: Record<string, Opts> = { prod: { port: 2525 } };\nexport const t = nodemailer.createTransport(mailConfig);\n";
    let got = read_code(src, Lang::JavaScript);
    assert!(
        has(&got, "mailConfig.host", "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, "byEnv.prod.port", "2525"), "{got:?}");
    assert!(
        has(&got, "t.nodemailer.createTransport(#0).auth.user", "u"),
        "{got:?}"
    );
}

/// A Terraform heredoc holding a file (an ECS task definition's JSON, a
/// Helm release's YAML values) is read as that file too.
#[test]
fn terraform_heredocs_holding_files_are_read() {
    let src = "resource \"aws_ecs_task_definition\" \"app\" {\n  container_definitions = <<JSON\n[{\"environment\": [{\"name\": \"SMTP_HOST\", \"value\": \"smtp.postmarkapp.com\"}]}]\nJSON\n  values = [<<-EOT\n    smtp:\n      port: 587\n      user: ${var.token}\n  EOT\n  ]\n}\n";
    let got = read_code(src, Lang::Hcl);
    assert!(
        got.iter()
            .any(|(p, v, _)| p.ends_with("environment.#0.value") && v == "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(has(&got, "smtp.port", "587"), "{got:?}");
    assert!(
        got.iter()
            .any(|(p, _, k)| p == "smtp.user" && *k == ValKind::Reference),
        "{got:?}"
    );
}

#[test]
fn nix_strings_holding_environment_lines_are_read() {
    // A NixOS module (sniffed as Nix, not JSON, for its `{ config, … }:`
    // header) writing an env file, one line added by `optionalString`.
    let src = "{ config, lib, pkgs, ... }:\nlet\n  cfg = config.services.myapp;\nin {\n  environment.etc.\"myapp/env\".text = ''\n    SMTP_HOST=smtp.postmarkapp.com\n    SMTP_PORT=587\n    SMTP_USER=${cfg.smtp.user}\n    ${lib.optionalString (cfg.smtp.password != null) \"SMTP_PASSWORD=${cfg.smtp.password}\"}\n  '';\n}\n";
    let r = crate::lint(src, &crate::Options::default());
    assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
    let s = &r.configs[0].settings;
    assert_eq!(s.host.as_deref(), Some("smtp.postmarkapp.com"));
    assert_eq!(s.port, Some(587));
    assert!(s.password_present);
    let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
    assert!(
        !ids.iter().any(|i| i.starts_with("auth/missing")),
        "{ids:?}"
    );
    // A systemd `Environment` list of `KEY=value` strings, one added by
    // `lib.optional`, under a module header alone.
    let src = "{ config, lib, pkgs, ... }:\n{\n  systemd.services.app.serviceConfig.Environment = [\n    \"SMTP_HOST=smtp.postmarkapp.com\"\n    \"SMTP_PORT=587\"\n    \"SMTP_USER=${cfg.user}\"\n  ] ++ lib.optional (cfg.password != null) \"SMTP_PASSWORD=${cfg.password}\";\n}\n";
    let r = crate::lint(src, &crate::Options::default());
    assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
    assert_eq!(r.configs[0].settings.port, Some(587));
    assert!(r.configs[0].settings.password_present);
    // Only `KEY=value` strings are lines: other interpolated strings are not.
    assert!(!super::env_line("a b=c"));
    assert!(!super::env_line("--flag=x"));
    assert!(super::env_line("export SMTP_HOST=h"));
}

/// Python: an if/elif/else chain's innermost branches are recorded by
/// indentation as one block's branches; an outer `else` starts a block of
/// its own, and `except` is no branch.
#[test]
fn python_if_elif_else_branches_are_one_blocks_alternatives() {
    let src = "import os\nif DEBUG:\n    EMAIL_HOST = 'a'\n    # note\nelif STAGING:\n    EMAIL_HOST = 'b'\nelse:\n    if X:\n        EMAIL_HOST = 'c'\n    else:\n        EMAIL_HOST = 'd'\nEMAIL_PORT = 587\ntry:\n    x = 1\nexcept E:\n    x = 2\nif Y: EMAIL_USE_TLS = True\n";
    let doc = Document::read(src);
    let blocks: Vec<u32> = doc.branches.iter().map(|b| b.1).collect();
    assert_eq!(blocks, [0, 0, 1, 1, 2], "{:?}", doc.branches);
    let at = |t: &str| src.find(t).unwrap();
    assert_eq!(doc.branch_at(at("'a'")).map(|b| b.0), Some(0));
    assert_eq!(doc.branch_at(at("'b'")).map(|b| b.0), Some(0));
    assert_ne!(doc.branch_at(at("'a'")), doc.branch_at(at("'b'")));
    assert_eq!(doc.branch_at(at("'d'")).map(|b| b.0), Some(1));
    assert_eq!(doc.branch_at(at("EMAIL_PORT")), None);
    assert_eq!(doc.branch_at(at("x = 2")), None);
    assert_eq!(doc.branch_at(at("EMAIL_USE_TLS")).map(|b| b.0), Some(2));
}

/// Ruby: an `if`/`unless`'s `elsif`/`else` branches and a `case`'s `when`
/// branches are recorded as one block's, read in the scope around; a
/// modifier (`x = 1 if y`) makes its statement conditional, is recorded
/// as a branch of its own outside other branches, and opens no block (the
/// `end` after it is the `do` block's).
#[test]
fn ruby_if_unless_case_and_modifier_branches() {
    let src = "if Rails.env.production?\n  s = { address: 'a' }\nelsif Rails.env.staging?\n  s = { address: 'b' }\nelse\n  if x then s = { address: 'c' } end\nend\nunless Rails.env.production?\n  s = { address: 'd' }\nelse\n  s = { address: 'e' }\nend\ncase Rails.env\nwhen 'production' then s = { address: 'f' }\nwhen 'test', 'development'\n  s = { address: 'g' }\nend\nRails.application.configure do\n  config.x = { address: 'h' } if Rails.env.development?\n  if y\n    config.z = 1 unless w\n  end\nend\nconfig.port = 2525\n";
    let doc = Document::read(src);
    let blocks: Vec<u32> = doc.branches.iter().map(|b| b.1).collect();
    // (The `else` holding an inner `if` is recorded as its parts around it.)
    assert_eq!(
        blocks,
        [0, 0, 0, 1, 0, 2, 2, 3, 3, 4, 5],
        "{:?}",
        doc.branches
    );
    let at = |t: &str| src.find(t).unwrap();
    let branch = |t: &str| doc.branch_at(at(t));
    assert_eq!(branch("'a'").map(|b| b.0), Some(0));
    assert_eq!(branch("'b'").map(|b| b.0), Some(0));
    assert_ne!(branch("'a'"), branch("'b'"));
    assert_eq!(branch("'c'").map(|b| b.0), Some(1));
    assert_eq!(branch("'d'").map(|b| b.0), Some(2));
    assert_eq!(branch("'e'").map(|b| b.0), Some(2));
    assert_eq!(branch("'f'").map(|b| b.0), Some(3));
    assert_eq!(branch("'g'").map(|b| b.0), Some(3));
    assert_eq!(branch("Rails.env\nwhen"), None);
    // The modifier's statement is its branch, its condition included.
    assert_eq!(branch("config.x").map(|b| b.0), Some(4));
    assert_eq!(branch("'h'").map(|b| b.0), Some(4));
    assert_eq!(branch("Rails.env.development?").map(|b| b.0), Some(4));
    // A modifier inside a branch is no branch of its own: `if y` is.
    assert_eq!(branch("config.z").map(|b| b.0), Some(5));
    let hosts = doc
        .entries
        .iter()
        .filter(|e| doc.path_string(e) == "s.address")
        .count();
    assert_eq!(hosts, 7);
    let (yes, no) = split_conditional(src, Lang::Ruby);
    assert!(yes.contains(&"config.x.address".to_string()), "{yes:?}");
    assert!(yes.contains(&"config.z".to_string()), "{yes:?}");
    // The modifier's `if` opened no block: the port after the `do`
    // block's `end` is unconditional, in no branch.
    assert!(no.contains(&"config.port".to_string()), "{no:?}");
    assert_eq!(branch("config.port"), None);
}

/// HCL: a bare host name (HOCON-like templates: `host = smtp.postmarkapp.com`
/// beside `"${SMTP_USER}"`) is that name; Terraform references stay
/// references.
#[test]
fn hcl_bare_host_names_are_literals() {
    let src = "mail {\n  host = smtp.postmarkapp.com\n  relay = mail-1.acme.io\n  a = var.smtp_host\n  b = module.ses.endpoint\n  c = aws_ses_domain_identity.main.domain\n  d = smtp.value.host\n  e = local.host\n  user = \"${SMTP_USER}\"\n}\n";
    let got = read_code(src, Lang::Hcl);
    let kind = |k: &str| {
        got.iter()
            .find(|(p, _, _)| p == &format!("mail.{k}"))
            .map(|(_, _, kind)| *kind)
    };
    assert_eq!(kind("host"), Some(ValKind::Literal), "{got:?}");
    assert_eq!(kind("relay"), Some(ValKind::Literal), "{got:?}");
    for k in ["a", "b", "c", "d", "e", "user"] {
        assert_eq!(kind(k), Some(ValKind::Reference), "{k}: {got:?}");
    }
}

/// JavaScript: an object spread into another (`{ ...base, port: 465 }`)
/// gives it the spread object's keys and inner objects, the keys it writes
/// itself winning; handed to a call, the definition is read for references
/// only.
#[test]
fn spread_objects_are_copied_under_their_own_keys() {
    let src = "const base = { host: 'smtp.postmarkapp.com', port: 587, auth: { user: 'u', pass: 'p' } };\nconst t = nodemailer.createTransport({ ...base, port: 465 });\nconst c = { smtp: { host: 'h2', auth: { user: 'x', pass: 'y' } } };\nconst d = nodemailer.createTransport({\n  ...c.smtp,\n  auth: { user: 'v' },\n});\n";
    let got = read_code(src, Lang::JavaScript);
    let at = |p: &str| {
        got.iter()
            .filter(|(k, _, _)| k == p)
            .map(|(_, v, _)| v.as_str())
            .collect::<Vec<_>>()
    };
    let t = "t.nodemailer.createTransport(#0)";
    assert_eq!(
        at(&format!("{t}.host")),
        ["smtp.postmarkapp.com"],
        "{got:?}"
    );
    assert_eq!(at(&format!("{t}.port")), ["465"], "{got:?}");
    assert_eq!(at(&format!("{t}.auth.user")), ["u"], "{got:?}");
    let d = "d.nodemailer.createTransport(#0)";
    assert_eq!(at(&format!("{d}.host")), ["h2"], "{got:?}");
    // Its own `auth` object replaces the spread one whole.
    assert_eq!(at(&format!("{d}.auth.user")), ["v"], "{got:?}");
    assert!(at(&format!("{d}.auth.pass")).is_empty(), "{got:?}");
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT, Lang::JavaScript);
    let handed = doc
        .entries
        .iter()
        .find(|e| doc.path_string(e) == "base.host")
        .is_some_and(|e| e.flags & flag::HANDED != 0);
    assert!(handed);
    // Copied twice (spread or handed by name): both copies are settings,
    // though the first marked the definition handed over.
    for two in [
        "const base = { host: 'h', port: 587 };
const a = createTransport({ ...base, secure: true });
const b = createTransport({ ...base, secure: false });
",
        "const base = { host: 'h', port: 587 };
const a = createTransport(base);
const b = createTransport(base);
",
    ] {
        let mut doc = Document::empty(two);
        read(&mut doc, 0..two.len(), ROOT, Lang::JavaScript);
        let copies = doc
            .entries
            .iter()
            .filter(|e| doc.path_string(e).ends_with("(#0).host"))
            .filter(|e| e.flags & flag::HANDED == 0)
            .count();
        assert_eq!(copies, 2, "{two}");
    }
}

/// A `switch`'s `case`/`default` labels split it into one block's
/// branches, read in the scope around; a `case` without statements (a
/// fall-through) is a branch of its own; an object's `default:` key is
/// no label.
#[test]
fn switch_cases_are_one_blocks_branches() {
    let src = "switch (process.env.NODE_ENV) {\n  case 'development':\n    t = createTransport({ host: 'a', default: 1 });\n    break;\n  case 'staging':\n  case 'production':\n    t = createTransport({ host: 'b' });\n    break;\n  default:\n    t = createTransport({ host: 'c' });\n}\nconst after = { host: 'd' };\n";
    let doc = Document::read(src);
    let blocks: Vec<u32> = doc.branches.iter().map(|b| b.1).collect();
    assert_eq!(blocks, [0, 0, 0, 0], "{:?}", doc.branches);
    let at = |t: &str| src.find(t).unwrap();
    let branch = |t: &str| doc.branch_at(at(t)).map(|b| b.1);
    assert_eq!(branch("'a'"), Some(0));
    assert_eq!(branch("'b'"), Some(2));
    assert_eq!(branch("'c'"), Some(3));
    assert_eq!(branch("'d'"), None);
    let (yes, no) = split_conditional(src, Lang::JavaScript);
    assert_eq!(
        yes.iter().filter(|p| p.ends_with(".host")).count(),
        3,
        "{yes:?}"
    );
    assert!(no.contains(&"after.host".to_string()), "{no:?}");
}

/// Ruby: an `if`/`case` written as a key's value is read to its `end`
/// (the `end` closes no `do` block around), each branch's literal the
/// key's value in that branch.
#[test]
fn ruby_if_as_a_value_sets_the_key_in_each_branch() {
    let src = "Rails.application.configure do\n  config.x = if Rails.env.production?\n    :smtp\n  elsif y\n    foo(1)\n  else\n    :letter_opener\n  end\n  config.port = 2525\nend\nconfig.after = 1\n";
    let doc = Document::read(src);
    assert_eq!(doc.branches.len(), 3, "{:?}", doc.branches);
    let xs: Vec<(&str, Option<usize>)> = doc
        .entries
        .iter()
        .filter(|e| doc.path_string(e) == "config.x")
        .map(|e| {
            (
                doc.text_of(&e.value),
                doc.branch_at(e.value.span().start).map(|b| b.1),
            )
        })
        .collect();
    assert_eq!(
        xs,
        [("smtp", Some(0)), ("letter_opener", Some(2))],
        "{xs:?}"
    );
    let (yes, no) = split_conditional(src, Lang::Ruby);
    assert!(no.contains(&"config.port".to_string()), "{no:?} {yes:?}");
    assert!(no.contains(&"config.after".to_string()), "{no:?}");
}

#[test]
fn a_definition_in_a_comment_after_one_outside_finds_its_own_closers() {
    // The outer definition's parameter list is long; the comment's opens
    // at the same token index with far fewer tokens after it. Its closer
    // must be found among the comment's tokens, not the outer ones (the
    // fuzzer found the index past the comment's end).
    let src = "function send(host = 'a', b, c, d, e, f, g, h, i, j, k) { go(host) }\n\
               // function other(port = 587) {\n";
    let got = read_code(src, Lang::JavaScript);
    assert!(has(&got, "host", "a"), "{got:?}");
    assert!(has(&got, "port", "587"), "{got:?}");
}

#[test]
fn hocon_triple_quoted_strings_are_one_value() {
    // TheHive's reference.conf: a `"""` template holding quotes, braces
    // and parentheses; the keys after it keep their block's path.
    let src = "notification {\n  mattermost {\n    template: \"\"\"\nAudit ({{audit.requestId}}): \"x\"\n  by {{a}}}\n----\"\"\"\n  }\n  emailer {\n    from: \"notification@thehive.local\"\n  }\n}\nplay.mailer.host: \"localhost\"\n";
    let got = read_code(src, Lang::Hcl);
    assert!(
        has(
            &got,
            "notification.emailer.from",
            "notification@thehive.local"
        ),
        "{got:?}"
    );
    assert!(has(&got, "play.mailer.host", "localhost"), "{got:?}");
    assert!(
        got.iter()
            .any(|(p, v, _)| p == "notification.mattermost.template" && v.starts_with("\nAudit (")),
        "{got:?}"
    );
}

#[test]
fn go_grouped_const_and_var_declarations_are_the_scope_s_names() {
    let src = "package mail\n\nconst (\n\tsmtpHost = \"smtp.postmarkapp.com\"\n\tsmtpPort = 587 // STARTTLS\n)\n\nvar (\n\tusername = \"u\"\n\tfrom     string = \"a@b.c\"\n)\n";
    let got = read_code(src, Lang::Go);
    assert!(has(&got, "smtpHost", "smtp.postmarkapp.com"), "{got:?}");
    assert!(has(&got, "smtpPort", "587"), "{got:?}");
    assert!(has(&got, "username", "u"), "{got:?}");
    assert!(has(&got, "from", "a@b.c"), "{got:?}");
    // Read where they are used: `gomail.NewDialer(smtpHost, smtpPort, …)`.
    let src = format!(
        "{src}func send() {{\n\td := gomail.NewDialer(smtpHost, smtpPort, username, \"p\")\n}}\n"
    );
    let doc = Document::read(&src);
    let host = doc
        .entries
        .iter()
        .find(|e| doc.path_string(e).ends_with("NewDialer(#0)"))
        .expect("the dialer's host");
    assert_eq!(doc.text_of(&host.value), "smtp.postmarkapp.com");
}

#[test]
fn an_outer_branch_around_a_nested_if_is_recorded_around_it() {
    // SUSE Portus's config/initializers/smtp.rb: the outer `if` sets
    // `:smtp`, holds an inner if/else, and its `else` sets `:sendmail`.
    let src = "if APP_CONFIG[\"email\"][\"smtp\"][\"enabled\"]\n  config.action_mailer.delivery_method = :smtp\n  if smtp[\"user_name\"].blank?\n    log \"none\"\n  else\n    auth = { user_name: smtp[\"user_name\"] }\n  end\n  ActionMailer::Base.smtp_settings = settings\nelse\n  config.action_mailer.delivery_method = :sendmail\nend\n";
    let doc = Document::read(src);
    let block_of = |needle: &str| doc.branch_at(src.find(needle).expect(needle)).map(|b| b.0);
    let outer = block_of(":smtp").expect("the outer if's first part is a branch");
    assert_eq!(block_of("ActionMailer"), Some(outer), "{:?}", doc.branches);
    assert_eq!(block_of(":sendmail"), Some(outer), "{:?}", doc.branches);
    let inner = block_of("log \"none\"").expect("the inner if");
    assert_ne!(inner, outer);
    assert_eq!(block_of("auth ="), Some(inner));
    // The part after the inner block has the outer if's header.
    let (_, k) = doc.branch_at(src.find("ActionMailer").unwrap()).unwrap();
    assert!(crate::extract::profile::engine::branch_head(&doc, k).starts_with("if APP_CONFIG"));
    // Braces alike: PHP's `if (…) { … if (…) {…} else {…} … } else { … }`.
    let src = "<?php\nif ($prod) {\n  $mail->Host = 'smtp.postmarkapp.com';\n  if ($auth) { $mail->SMTPAuth = true; } else { $mail->SMTPAuth = false; }\n  $mail->Port = 587;\n} else {\n  $mail->Host = 'localhost';\n}\n";
    let doc = Document::read(src);
    let block_of = |needle: &str| doc.branch_at(src.find(needle).expect(needle)).map(|b| b.0);
    let outer = block_of("smtp.postmarkapp.com").expect("outer");
    assert_eq!(block_of("587"), Some(outer), "{:?}", doc.branches);
    assert_eq!(block_of("'localhost'"), Some(outer), "{:?}", doc.branches);
    assert_ne!(block_of("= true"), Some(outer));
}

#[test]
fn a_star_import_line_ends_there() {
    // `from .base import *` right above a setting (production.py).
    let got = read_code(
        "from .base import *\nEMAIL_HOST = \"smtp.postmarkapp.com\"\n",
        Lang::Python,
    );
    assert!(has(&got, "EMAIL_HOST", "smtp.postmarkapp.com"), "{got:?}");
}

#[test]
fn parallel_assignments_pair_names_and_values() {
    let got = read_code(
        "host, port = \"smtp.postmarkapp.com\", 2525\nuser = pw = \"t\"\n",
        Lang::Python,
    );
    assert!(has(&got, "host", "smtp.postmarkapp.com"), "{got:?}");
    assert!(has(&got, "port", "2525"), "{got:?}");
    let src = "package main\n\nfunc main() {\n\thost, port := \"smtp.postmarkapp.com\", 2525\n\tfor k, v := range m {\n\t\tx := v\n\t}\n\tif v, ok := m[\"a\"]; ok {\n\t\ty := 1\n\t}\n}\n";
    let got = read_code(src, Lang::Go);
    assert!(has(&got, "host", "smtp.postmarkapp.com"), "{got:?}");
    assert!(has(&got, "port", "2525"), "{got:?}");
    assert!(has(&got, "y", "1"), "{got:?}");
    let got = read_code("host, port = 'smtp.postmarkapp.com', 587\n", Lang::Ruby);
    assert!(has(&got, "port", "587"), "{got:?}");
}

#[test]
fn a_php_match_expression_keeps_its_arms_inside() {
    // `'ssl' => …` and `default => …` are the match's arms: neither is a
    // key beside `host`; the whole `match` is the value of `encryption`.
    let src = "<?php\nreturn [\n    'host' => $_ENV['MAIL_HOST'],\n    'encryption' => match ($_ENV['MAIL_ENCRYPTION'] ?? 'tls') {\n        'ssl' => PHPMailer::ENCRYPTION_SMTPS,\n        default => PHPMailer::ENCRYPTION_STARTTLS\n    },\n    'username' => $_ENV['MAIL_USERNAME'],\n];\n";
    let got = read_code(src, Lang::Php);
    let keys: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
    assert_eq!(keys, ["host", "encryption", "username"], "{got:?}");
    assert!(
        got[1].1.starts_with("match (") && got[1].1.ends_with('}'),
        "{got:?}"
    );
    assert_eq!(got[1].2, ValKind::Reference);
    // A method named `match` is still a call whose arguments are read.
    let call = read_code("<?php\n$r->match(['host' => 'smtp.acme.io']);\n", Lang::Php);
    assert!(
        call.iter()
            .any(|(p, v, _)| p.ends_with("host") && v == "smtp.acme.io"),
        "{call:?}"
    );
}

#[test]
fn csharp_string_empty_is_the_empty_string() {
    let src = "public class EmailSettings\n{\n    public string SmtpServer { get; set; } = \"smtp.acme.io\";\n    public string Username { get; set; } = string.Empty;\n    public string Password { get; set; } = String.Empty;\n    public string Sender { get; set; } = string.Empty.Trim();\n}\n";
    let got = read_code(src, Lang::CSharp);
    let of = |key: &str| got.iter().find(|(p, _, _)| p.ends_with(key)).cloned();
    assert_eq!(
        of("Username").map(|e| (e.1, e.2)),
        Some((String::new(), ValKind::Literal)),
        "{got:?}"
    );
    assert_eq!(
        of("Password").map(|e| (e.1, e.2)),
        Some((String::new(), ValKind::Literal)),
        "{got:?}"
    );
    // An expression built on it is no literal.
    assert_ne!(of("Sender").map(|e| e.2), Some(ValKind::Literal), "{got:?}");
    // Elsewhere `string.Empty` is an ordinary member.
    let js = read_code("const o = { user: string.Empty };\n", Lang::JavaScript);
    assert!(js.iter().all(|(_, v, _)| !v.is_empty()), "{js:?}");
}
#[test]
fn ruby_subscript_assignments_at_chef_precedence_levels() {
    // `override` is a modifier word elsewhere (C#, Kotlin): in Ruby a
    // subscript (Chef attributes), read as a path like `default[…]`.
    let got = read_code("override['postfix']['main']['relayhost'] = '[smtp.postmarkapp.com]:587'\ndefault['postfix']['main']['smtp_use_tls'] = 'yes'\n", Lang::Ruby);
    assert!(
        has(
            &got,
            "override.postfix.main.relayhost",
            "[smtp.postmarkapp.com]:587"
        ),
        "{got:?}"
    );
    assert!(
        has(&got, "default.postfix.main.smtp_use_tls", "yes"),
        "{got:?}"
    );
}

/// Perl: hashes keyed by bare words in `{…}` and `(…)`, `$h{key}` and
/// `$h->{key}` subscripts, `q()`/`qq{}`, `$ENV{X}` as a reference; POD
/// and what follows `__END__` are no code.
#[test]
fn perl_hashes_subscripts_and_quote_operators() {
    let src = "use Net::SMTP;\n\n=pod\n\nhost => 'pod.example.com'\n\n=cut\n\nmy $t = Email::Sender::Transport::SMTP->new({\n    host => 'smtp.postmarkapp.com',\n    port => 587, # STARTTLS\n});\nmy $smtp = Net::SMTP->new($ENV{SMTP_HOST}, Port => 2525);\n$smtp->auth(q(tok-1), qq{tok-$n});\n$mailcfg{smtp} = ['smtp.postmarkapp.com'];\n$cfg->{from} = \"me\\@example.com\";\n$c{'port'} = 25;\n__END__\nport => 1\n";
    let got = read_code(src, Lang::Perl);
    let lit = |p: &str, v: &str| {
        got.iter()
            .any(|(gp, gv, k)| gp == p && gv == v && *k == ValKind::Literal)
    };
    assert!(
        lit(
            "$t.Email.Sender.Transport.SMTP.new(#0).host",
            "smtp.postmarkapp.com"
        ),
        "{got:#?}"
    );
    assert!(
        lit("$t.Email.Sender.Transport.SMTP.new(#0).port", "587"),
        "{got:#?}"
    );
    assert!(lit("$smtp.Net.SMTP.new().Port", "2525"), "{got:#?}");
    assert!(lit("$smtp.auth(#0)", "tok-1"), "{got:#?}");
    assert!(lit("$mailcfg.smtp.#0", "smtp.postmarkapp.com"), "{got:#?}");
    assert!(lit("$cfg.from", "me@example.com"), "{got:#?}");
    assert!(lit("$c.port", "25"), "{got:#?}");
    let kind = |p: &str| got.iter().find(|(gp, _, _)| gp == p).map(|g| g.2);
    assert_eq!(
        kind("$smtp.Net.SMTP.new(#0)"),
        Some(ValKind::Reference),
        "{got:#?}"
    );
    assert_eq!(kind("$smtp.auth(#1)"), Some(ValKind::Reference), "{got:#?}");
    assert!(
        !got.iter().any(|g| g.1 == "pod.example.com" || g.1 == "1"),
        "{got:#?}"
    );
}
