//! The whole reading: sniffing, readers, in-paste resolution.

use super::*;

fn read(src: &str) -> Vec<(String, String, bool)> {
    let doc = Document::read(src);
    doc.entries
        .iter()
        .filter(|e| e.value.kind != ValKind::Presence)
        .map(|e| {
            (
                doc.path_string(e),
                doc.text_of(&e.value).to_string(),
                e.flags & flag::RESOLVED != 0,
            )
        })
        .collect()
}

#[test]
fn env_references_defined_above_are_resolved() {
    let got = read("POSTMARK_TOKEN=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\nMAIL_USERNAME=${POSTMARK_TOKEN}\nMAIL_PASSWORD=\"${POSTMARK_TOKEN}\"\nMAIL_HOST=${UNDEFINED}\n");
    assert_eq!(
        got[1],
        (
            "MAIL_USERNAME".into(),
            "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948".into(),
            true
        )
    );
    assert!(got[2].2);
    assert_eq!(got[3].1, "${UNDEFINED}");
    assert!(!got[3].2);
}

#[test]
fn a_use_above_its_definition_takes_the_first_one_below() {
    let got = read("framework:\n    mailer:\n        dsn: '%env(MAILER_DSN)%'\n\nMAILER_DSN=smtp://a:b@smtp.postmarkapp.com:587\nMAILER_DSN=smtp://c:d@smtp.example.net:25\n");
    assert_eq!(
        got[0],
        (
            "framework.mailer.dsn".into(),
            "smtp://a:b@smtp.postmarkapp.com:587".into(),
            true
        )
    );
    // Defined above and below: the one above wins, as before.
    let got = read("A=one\nB=${A}\nA=two\n");
    assert_eq!(got[1].1, "one");
}

/// `this.host` in a method is the class's member, also when the use sits
/// in an object literal or a call's argument (whose scopes are maps too):
/// a class field, and TypeScript's constructor parameter property.
#[test]
fn this_member_in_an_object_literal_of_a_method() {
    for src in [
        "class Mail {\n  host = 'smtp.postmarkapp.com';\n  send() {\n    this.t = nodemailer.createTransport({ host: this.host });\n  }\n}\n",
        "class Mail {\n  constructor(private readonly host: string = 'smtp.postmarkapp.com') {\n    this.t = nodemailer.createTransport({ host: this.host });\n  }\n}\n",
    ] {
        let got = read(src);
        assert!(
            got.iter().any(|g| g.0.ends_with("createTransport(#0).host")
                && g.1 == "smtp.postmarkapp.com"
                && g.2),
            "{src}: {got:?}"
        );
    }
}

#[test]
fn code_variables_and_constants_are_resolved() {
    let got = read("<?php\ndefine('SMTP_HOST', 'smtp.postmarkapp.com');\nclass M {\n  const PORT = 587;\n  function f($mail) {\n    $mail->Host = SMTP_HOST;\n    $mail->Port = self::PORT;\n  }\n}\n");
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("Host") && g.1 == "smtp.postmarkapp.com" && g.2),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("Port") && g.1 == "587" && g.2),
        "{got:?}"
    );
    let got = read("const host = 'smtp.postmarkapp.com';\nconst t = nodemailer.createTransport({ host, port: 587 });\n");
    assert!(
        got.iter().any(|g| g.0.ends_with("createTransport(#0).host")
            && g.1 == "smtp.postmarkapp.com"
            && g.2),
        "{got:?}"
    );
    let got =
        read("import smtplib\nSERVER = 'smtp.postmarkapp.com'\ns = smtplib.SMTP(SERVER, 587)\n");
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("SMTP(#0)") && g.1 == "smtp.postmarkapp.com"),
        "{got:?}"
    );
}

#[test]
fn fences_pick_their_syntax() {
    let got = read("My config:\n\n```yaml\nsmtp:\n  host: smtp.postmarkapp.com\n```\n\nand\n\n```php\n$mail->Port = 465;\n```\n");
    assert!(got.iter().any(|g| g.0 == "smtp.host"), "{got:?}");
    assert!(
        got.iter().any(|g| g.0 == "$mail.Port" && g.1 == "465"),
        "{got:?}"
    );
}

/// A `bash` fence holding an msmtprc (READMEs show the file's lines in
/// the shell they are typed in) is read as the msmtp file; a shell fence
/// of commands stays shell.
#[test]
fn a_shell_fence_holding_a_relay_file_is_read_as_that_file() {
    let got = read("Email:\n\n```bash\n# ~/.msmtprc\naccount default\nhost smtp.postmarkapp.com\nport 587\nauth on\nuser tok\ntls on\n```\n\n```bash\nexport SMTP_PORT=2525\n```\n");
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("host") && g.1 == "smtp.postmarkapp.com"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.0 == "SMTP_PORT" && g.1 == "2525"),
        "{got:?}"
    );
}

/// A fence labelled with the other family of config syntax than its lines
/// (```` ```yml ```` around `.properties` lines, as joaobotoni/EmailService's
/// README shows them; ```` ```ini ```` around nested YAML) is read as its
/// lines are; a label of the same family keeps choosing the dialect.
#[test]
fn a_mislabelled_config_fence_is_read_as_its_lines() {
    let got = read("```yml\nspring.mail.host=smtp.postmarkapp.com\nspring.mail.port=587\n```\n");
    assert!(
        got.iter()
            .any(|g| g.0 == "spring.mail.host" && g.1 == "smtp.postmarkapp.com"),
        "{got:?}"
    );
    let got = read("```ini\nspring:\n  mail:\n    host: smtp.postmarkapp.com\n```\n");
    assert!(
        got.iter()
            .any(|g| g.0 == "spring.mail.host" && g.1 == "smtp.postmarkapp.com"),
        "{got:?}"
    );
    // `key = value` under `[section]` labelled TOML stays TOML: a quoted
    // string is read without its quotes, as TOML means it.
    let got = read("```toml\n[smtp]\nhost = \"smtp.postmarkapp.com\"\n```\n");
    assert!(
        got.iter()
            .any(|g| g.0 == "smtp.host" && g.1 == "smtp.postmarkapp.com"),
        "{got:?}"
    );
}

/// A shell variable whose double-quoted value goes on over several lines
/// holds a file (PGeorgiev/VVV keeps main.cf's lines in `RELAYHOST="…"`):
/// its lines are read as that file, `$NAME` in them a reference; a value
/// closed on its own line stays one `KEY=value`, and a quote never closed
/// leaves the lines below read as before.
#[test]
fn a_multi_line_quoted_shell_value_is_read_as_the_file_it_holds() {
    let got = read("RELAYHOST=\"relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_tls_security_level = $LEVEL\"\nA=\"one\"\n");
    assert!(
        got.iter()
            .any(|g| g.0 == "relayhost" && g.1 == "[smtp.postmarkapp.com]:587"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "smtp_tls_security_level" && g.1 == "$LEVEL"),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.0 == "RELAYHOST"), "{got:?}");
    assert!(got.iter().any(|g| g.0 == "A" && g.1 == "one"), "{got:?}");
    let got = read("MAIL_FROM_NAME=\"Acme\nMAIL_HOST=smtp.postmarkapp.com\n");
    assert!(
        got.iter()
            .any(|g| g.0 == "MAIL_HOST" && g.1 == "smtp.postmarkapp.com"),
        "{got:?}"
    );
}

/// Prose's inline code spans holding a PHPMailer statement are read
/// (beeeblebrox/SMTP-Form's README lists `$mail->Host = '…';` lines so);
/// other code spans are not settings.
#[test]
fn inline_code_spans_holding_a_phpmailer_line_are_read() {
    let got = read("Then set `$mail->Username = 'tok';` and `$mail->setFrom('a@acme.io');` in send.php; `$x = 1;` and `npm install` are not.\n");
    assert!(
        got.iter().any(|g| g.0 == "$mail.Username" && g.1 == "tok"),
        "{got:?}"
    );
    assert!(got.iter().any(|g| g.1 == "a@acme.io"), "{got:?}");
    assert!(!got.iter().any(|g| g.1 == "1"), "{got:?}");
}

/// A script that echoes a relay's lines into its files is shell, and the
/// echoed nullmailer line is read as the remotes file it writes; an echoed
/// message is not read.
#[test]
fn a_line_echoed_into_a_relay_file_is_that_file() {
    let got = read("apt-get install -y nullmailer\necho \"smtp.postmarkapp.com smtp --port=587 --starttls --user=tok --pass=tok\" > /etc/nullmailer/remotes\necho \"Hello: world.example\" > /tmp/greeting\nchmod 600 /etc/nullmailer/remotes\n");
    assert!(got.iter().any(|g| g.1 == "smtp.postmarkapp.com"), "{got:?}");
    assert!(!got.iter().any(|g| g.1.contains("world")), "{got:?}");
}

/// An Ansible play's `{{ var }}` reads the variable its `vars:` define
/// (rootritesh/Ansible_playbooks' mail task); a Helm `{{ .Values.x }}` or
/// a filtered expression is not a variable of the paste.
#[test]
fn ansible_variables_defined_in_the_play_are_resolved() {
    let got = read("- hosts: localhost\n  vars:\n    - user: USERNAME\n    - pass: P4SSW0Rd\n  tasks:\n    - mail:\n        host: smtp.gmail.com\n        username: \"{{ user }}\"\n        password: \"{{ pass | default('x') }}\"\n");
    let get = |k: &str| got.iter().find(|g| g.0.ends_with(k)).cloned();
    assert!(
        get("username").is_some_and(|g| g.1 == "USERNAME" && g.2),
        "{got:?}"
    );
    assert!(get("password").is_some_and(|g| !g.2), "{got:?}");
}

/// A Makefile recipe that writes an env file line by line (`@echo
/// "K=V" >> .env`, the `@` silencing the line) writes those variables.
#[test]
fn a_makefile_recipe_echoing_into_an_env_file() {
    let got = read(".PHONY: env\nenv:\n\t@echo \"SMTP_HOST=smtp.postmarkapp.com\" >> .env\n\t@echo \"SMTP_PORT=587\" >> .env\n\t-echo SMTP_FROM=hello@acme.io >> .env\n\t@echo \"Created .env\"\n");
    for (k, v) in [
        ("SMTP_HOST", "smtp.postmarkapp.com"),
        ("SMTP_PORT", "587"),
        ("SMTP_FROM", "hello@acme.io"),
    ] {
        assert!(got.iter().any(|g| g.0 == k && g.1 == v), "{k}: {got:?}");
    }
    assert!(!got.iter().any(|g| g.1.contains("Created")), "{got:?}");
}

/// A `{ echo …; } > file` group writes the file its echo lines hold: an
/// msmtprc there; lines echoed in the group's `if … fi` are alternatives.
#[test]
fn an_echo_group_redirected_to_a_file_is_that_file() {
    let src = "#!/bin/sh\nset -eu\nPORT=\"${SMTP_PORT:-587}\"\n{\n  echo \"account default\"\n  if [ \"$PORT\" = \"465\" ]; then\n    echo \"tls_starttls off\"\n  else\n    echo \"tls_starttls on\"\n  fi\n  echo \"host ${SMTP_HOST}\"\n} > /etc/msmtprc\nchmod 600 /etc/msmtprc\n";
    let doc = Document::read(src);
    let got: Vec<(String, String, bool)> = doc
        .entries
        .iter()
        .map(|e| {
            (
                doc.path_string(e),
                doc.text_of(&e.value).to_string(),
                e.flags & flag::CONDITIONAL != 0,
            )
        })
        .collect();
    assert!(
        got.contains(&("account".into(), "default".into(), false)),
        "{got:?}"
    );
    assert!(
        got.contains(&("tls_starttls".into(), "off".into(), true)),
        "{got:?}"
    );
    assert!(
        got.contains(&("host".into(), "${SMTP_HOST}".into(), false)),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.0 == "echo"), "{got:?}");
}

#[test]
fn bare_urls_are_entries() {
    let got = read("smtp://user:pass@smtp.postmarkapp.com:587\n");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "smtp://user:pass@smtp.postmarkapp.com:587");
}

#[test]
fn a_url_among_a_command_lines_words_is_bare() {
    // Read as a `key value` line, the command's words are one value; the
    // URL among them is an entry of its own.
    let got = read("apprise -vv -t title 'mailtos://user:pass@smtp.postmarkapp.com:587'\n");
    assert!(
        got.iter()
            .any(|g| g.0.is_empty() && g.1 == "mailtos://user:pass@smtp.postmarkapp.com:587"),
        "{got:?}"
    );
}

#[test]
fn a_mail_command_in_inline_code_is_read() {
    let got = read("Run the image `docker run --rm -it acme/swaks -s smtp.example.com:587 -tls --from a@acme.io`, or `ls -la` first.\n");
    assert!(
        got.iter()
            .any(|g| g.0 == "swaks().s" && g.1 == "smtp.example.com:587"),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.0.starts_with("ls")), "{got:?}");
}

#[test]
fn bare_urls_on_comment_lines_are_commented() {
    let src = "# use: \"smtp://localhost:25?encryption=&auth_mode=\"\n// smtp://a.example:25\nsmtp://smtp.postmarkapp.com:587\n";
    let doc = Document::read(src);
    let flags: Vec<bool> = doc.entries.iter().map(|e| e.commented()).collect();
    assert_eq!(flags, [true, true, false]);
}

#[test]
fn lone_cr_ends_lines() {
    let got = read("MAIL_HOST=smtp.postmarkapp.com\rMAIL_PORT=587\r");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].1, "587");
}

#[test]
fn nix_rec_set_attributes_bind_bare_names_inside_the_set() {
    let got = read("{ config, ... }:\n{\n  accounts.default = rec {\n    user = \"me@example.org\";\n    from = user;\n    nested = { sender = user; };\n  };\n  other.from = user;\n}\n");
    let find = |path: &str| got.iter().find(|g| g.0 == path).cloned();
    assert_eq!(
        find("accounts.default.from"),
        Some((
            "accounts.default.from".into(),
            "me@example.org".into(),
            true
        )),
        "{got:?}"
    );
    assert_eq!(
        find("accounts.default.nested.sender").map(|g| (g.1, g.2)),
        Some(("me@example.org".into(), true)),
        "{got:?}"
    );
    // Outside the set the name is not bound.
    assert_eq!(
        find("other.from").map(|g| (g.1, g.2)),
        Some(("user".into(), false)),
        "{got:?}"
    );
}

#[test]
fn nix_plain_set_attributes_do_not_bind_bare_names() {
    // The same set read as `rec { … }` and as a plain set: only the first
    // binds `user`.
    let paste = |set: &str| {
        format!("{{ config, ... }}:\n{{\n  accounts.default = {set}{{\n    user = \"me@example.org\";\n    from = user;\n  }};\n}}\n")
    };
    let from = |got: Vec<(String, String, bool)>| {
        got.into_iter()
            .find(|g| g.0 == "accounts.default.from")
            .map(|g| (g.1, g.2))
    };
    assert_eq!(
        from(read(&paste("rec "))),
        Some(("me@example.org".into(), true))
    );
    assert_eq!(from(read(&paste(""))), Some(("user".into(), false)));
}

#[test]
fn nix_let_bindings_resolve_and_the_nearer_rec_set_shadows_them() {
    let got = read("let\n  user = \"outer@example.org\";\nin {\n  a.from = user;\n  b = rec {\n    user = \"inner@example.org\";\n    from = user;\n  };\n}\n");
    let find = |path: &str| got.iter().find(|g| g.0 == path).map(|g| (g.1.clone(), g.2));
    assert_eq!(
        find("a.from"),
        Some(("outer@example.org".into(), true)),
        "{got:?}"
    );
    assert_eq!(
        find("b.from"),
        Some(("inner@example.org".into(), true)),
        "{got:?}"
    );
}

#[test]
fn nix_let_as_a_value_gives_its_body_to_the_key_and_binds_its_names() {
    // `x = let … in BODY`: BODY's keys are under `x`, the bindings are
    // variables (no entry `let`, no binding under `x`), and a bare name in
    // BODY reads them, also when nested.
    let got = read("{ config, ... }:\n{\n  services.postfix = let\n    relay = \"smtp.postmarkapp.com\";\n    port = let p = 587; in p;\n  in {\n    relayHost = relay;\n    relayPort = port;\n  };\n  other = 1;\n}\n");
    let paths: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        paths,
        [
            "relay",
            "p",
            "port",
            "services.postfix.relayHost",
            "services.postfix.relayPort",
            "other"
        ],
        "{got:?}"
    );
    let find = |path: &str| got.iter().find(|g| g.0 == path).map(|g| (g.1.clone(), g.2));
    assert_eq!(
        find("services.postfix.relayHost"),
        Some(("smtp.postmarkapp.com".into(), true))
    );
    assert_eq!(
        find("services.postfix.relayPort"),
        Some(("587".into(), true))
    );
}

#[test]
fn nix_let_value_cut_before_in_reads_what_is_there() {
    let got = read("{ config, ... }:\n{\n  x = let a = \"v\";\n}\n");
    let paths: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(!paths.iter().any(|p| p.contains("let")), "{got:?}");
    assert!(paths.contains(&"a"), "{got:?}");
}
