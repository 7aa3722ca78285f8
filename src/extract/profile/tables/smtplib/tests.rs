use super::*;
use crate::extract::extract;

fn configs(input: &str) -> Vec<Config> {
    extract(input)
}

const SCRIPT: &str = "import smtplib, ssl\nfrom email.message import EmailMessage\n\nsmtp_server = \"smtp.postmarkapp.com\"\nport = 587\ntoken = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"\n\nmsg = EmailMessage()\nmsg[\"From\"] = \"alerts@acme-widgets.io\"\ncontext = ssl.create_default_context()\nwith smtplib.SMTP(smtp_server, port) as server:\n    server.starttls(context=context)\n    server.login(token, token)\n    server.send_message(msg)\n";

#[test]
fn variables_are_followed_to_their_values() {
    let cfgs = configs(SCRIPT);
    assert_eq!(cfgs.len(), 1);
    let cfg = &cfgs[0];
    assert_eq!(cfg.dialect.id(), "python-smtplib");
    assert_eq!(cfg.literal(Host), Some("smtp.postmarkapp.com"));
    assert_eq!(cfg.get(Host).map(|f| f.key.as_str()), Some("smtp_server"));
    assert_eq!(cfg.port_number(), Some(587));
    assert_eq!(cfg.literal(From), Some("alerts@acme-widgets.io"));
    assert_eq!(cfg.literal(Username), cfg.literal(Password));
    assert_eq!(cfg.dialect.tls(cfg).mode, Some(Security::StartTls));
}

#[test]
fn smtp_ssl_defaults_to_465_and_host_port_is_split() {
    let cfgs = configs("import smtplib\ns = smtplib.SMTP_SSL('smtp.postmarkapp.com')\ns.login(os.environ['T'], os.environ['T'])\n");
    let cfg = &cfgs[0];
    assert_eq!(cfg.effective_port(), Some(465));
    assert_eq!(cfg.dialect.tls(cfg).mode, Some(Security::Implicit));
    assert!(cfg.get(Username).is_some_and(|f| f.value.is_reference()));

    let cfgs = configs("import smtplib\ns = smtplib.SMTP('smtp.postmarkapp.com:2525')\n");
    assert_eq!(cfgs[0].literal(Host), Some("smtp.postmarkapp.com"));
    assert_eq!(cfgs[0].port_number(), Some(2525));
    assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::None));
}

#[test]
fn keywords_and_unverified_context() {
    let cfgs = configs("import smtplib, ssl\nctx = ssl._create_unverified_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1\nserver = smtplib.SMTP(host='smtp.postmarkapp.com', port=25)\nserver.starttls(context=ctx)\nserver.sendmail('a@acme.io', ['b@c.d'], body)\n");
    let cfg = &cfgs[0];
    assert_eq!(cfg.literal(Host), Some("smtp.postmarkapp.com"));
    assert_eq!(cfg.port_number(), Some(25));
    assert!(cfg.get(SkipVerify).is_some());
    assert_eq!(cfg.literal(TlsVersion), Some("ssl.TLSVersion.TLSv1"));
    assert_eq!(cfg.literal(From), Some("a@acme.io"));
}

#[test]
fn methods_count_only_on_the_bound_connection() {
    let cfgs = configs("import smtplib\nserver = smtplib.SMTP('smtp.postmarkapp.com', 587)\nother.starttls()\nother.login('x', 'y')\n");
    let cfg = &cfgs[0];
    assert!(cfg.get(StartTls).is_none());
    assert!(cfg.get(Username).is_none());
    assert_eq!(cfg.dialect.tls(cfg).mode, Some(Security::None));
}

#[test]
fn one_configuration_per_connection() {
    let src = "import smtplib\na = smtplib.SMTP('smtp.postmarkapp.com', 587)\na.starttls()\na.login('ta', 'ta')\nwith smtplib.SMTP_SSL('smtp.example.net', 465) as b:\n    b.login('tb', 'tb')\n";
    let cfgs = configs(src);
    assert_eq!(cfgs.len(), 2);
    assert_eq!(cfgs[0].label.as_deref(), Some("connection 1 of 2"));
    assert_eq!(cfgs[1].label.as_deref(), Some("connection 2 of 2"));
    assert_eq!(cfgs[0].literal(Username), Some("ta"));
    assert_eq!(cfgs[1].literal(Username), Some("tb"));
    assert_eq!(cfgs[0].dialect.tls(&cfgs[0]).mode, Some(Security::StartTls));
    assert_eq!(cfgs[1].dialect.tls(&cfgs[1]).mode, Some(Security::Implicit));
}

#[test]
fn a_variable_holding_an_expression_stays_a_reference() {
    let src = "import os, smtplib\nTOKEN = os.environ['POSTMARK_TOKEN']\ns = smtplib.SMTP('smtp.postmarkapp.com', 587)\ns.login(TOKEN, TOKEN)\n";
    let cfg = &configs(src)[0];
    let u = cfg.get(Username).expect("username");
    assert_eq!(u.key, "TOKEN");
    assert_eq!(
        u.value.reference.as_deref(),
        Some("os.environ['POSTMARK_TOKEN']")
    );
    assert_eq!(&src[u.value.span.clone()], "os.environ['POSTMARK_TOKEN']");
}

#[test]
fn headers_formataddr_stream_and_old_protocols() {
    let src = "import smtplib, ssl\nfrom email.utils import formataddr\nmsg['From'] = formataddr(('Acme', 'hello@acme-widgets.io'))\nmsg['X-PM-Message-Stream'] = 'broadcast'\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\ns = smtplib.SMTP('smtp.postmarkapp.com', 587)\ns.sendmail('envelope@acme-widgets.io', to, body)\n";
    let cfg = &configs(src)[0];
    assert_eq!(cfg.literal(From), Some("hello@acme-widgets.io"));
    assert_eq!(cfg.literal(Stream), Some("broadcast"));
    assert_eq!(cfg.literal(TlsVersion), Some("ssl.PROTOCOL_TLSv1"));
    assert_eq!(cfg.literal(VerifyPeer), Some("False"));
    assert_eq!(cfg.literal(VerifyMode), Some("ssl.CERT_NONE"));
}

#[test]
fn aiosmtplib_is_another_client() {
    let src =
        "import aiosmtplib\nsmtp = aiosmtplib.SMTP(hostname='smtp.postmarkapp.com', port=587)\n";
    assert!(configs(src)
        .iter()
        .all(|c| c.dialect.id() != "python-smtplib"));
}

#[test]
fn fix_texts_name_the_variable_or_the_call() {
    let cfg = &configs(SCRIPT)[0];
    assert_eq!(cfg.dialect.write(cfg, &Write::Port(2525)), "port = 2525");
    let cfg = &configs("import smtplib\ns = smtplib.SMTP_SSL('smtp.postmarkapp.com', 465)\n")[0];
    assert_eq!(
        cfg.dialect.write(cfg, &Write::Port(587)),
        "smtplib.SMTP(\"smtp.postmarkapp.com\", 587)"
    );
    assert!(cfg
        .dialect
        .write(cfg, &Write::StartTls)
        .starts_with("use smtplib.SMTP instead"));
}

#[test]
fn a_default_set_in_a_branch_stands_in_only_when_unset() {
    // `if not host: host = "…"` after reading the environment: the
    // argument is the environment's value, as in JavaScript and Go.
    let src = "import os, smtplib\nhost = os.environ.get(\"SMTP_HOST\")\nif not host:\n    host = \"smtp.postmarkapp.com\"\nport = 587\nif os.environ.get(\"SMTP_SSL\"):\n    port = 465\ns = smtplib.SMTP(host, port)\n";
    let cfgs = configs(src);
    assert_eq!(cfgs.len(), 1, "{cfgs:?}");
    let host = cfgs[0].get(Host).expect("host");
    assert!(host.value.is_reference(), "{host:?}");
    assert_eq!(cfgs[0].port_number(), Some(587));
    // Set only in the branch the use is in, or only once in a branch
    // before it: that value.
    let src = "import smtplib\nif True:\n    host = \"smtp.postmarkapp.com\"\n    s = smtplib.SMTP(host, 587)\n";
    assert_eq!(configs(src)[0].literal(Host), Some("smtp.postmarkapp.com"));
    let src = "import smtplib\nif ready:\n    host = \"smtp.postmarkapp.com\"\ns = smtplib.SMTP(host, 587)\n";
    assert_eq!(configs(src)[0].literal(Host), Some("smtp.postmarkapp.com"));
}

/// A connection made in each branch of an if/else: alternatives labelled
/// by branch, the production one in use.
#[test]
fn connections_in_branches_are_alternatives() {
    let src = "import smtplib\nif os.environ.get('ENV') == 'production':\n    s = smtplib.SMTP('smtp.postmarkapp.com', 587)\n    s.starttls()\nelse:\n    s = smtplib.SMTP('localhost', 1025)\n";
    let cfgs = configs(src);
    assert_eq!(cfgs.len(), 2);
    assert!(cfgs[0].active && !cfgs[1].active);
    assert_eq!(cfgs[1].label.as_deref(), Some("connection 2 of 2, else"));
    // Debug first: the else is the one in use.
    let src = "import smtplib\nif DEBUG:\n    s = smtplib.SMTP('localhost', 1025)\nelse:\n    s = smtplib.SMTP('smtp.postmarkapp.com', 587)\n";
    let cfgs = configs(src);
    assert!(!cfgs[0].active && cfgs[1].active);
}

/// A connection bound to one name in each branch of an if/else: the login
/// and send after the if/else are every branch's, a method inside a branch
/// only that branch's.
#[test]
fn calls_after_branches_join_every_branchs_connection() {
    let src = "import smtplib, os\nif os.environ.get('ENV') == 'production':\n    server = smtplib.SMTP('smtp.postmarkapp.com', 587)\n    server.starttls()\nelse:\n    server = smtplib.SMTP('localhost', 1025)\nserver.login(os.environ['T'], os.environ['T'])\nserver.sendmail('hello@acme.io', ['a@b.c'], 'm')\n";
    let cfgs = configs(src);
    assert_eq!(cfgs.len(), 2, "{cfgs:?}");
    for c in &cfgs {
        assert!(
            c.get(Username).is_some() && c.get(Password).is_some(),
            "{c:?}"
        );
        assert_eq!(c.literal(From), Some("hello@acme.io"));
    }
    assert!(cfgs[0].get(StartTls).is_some());
    assert!(cfgs[1].get(StartTls).is_none());
    // Bound again after the if/else: the new connection alone.
    let again = src.replace(
        "server.login",
        "server = smtplib.SMTP('smtp.postmarkapp.com', 2525)\nserver.login",
    );
    let cfgs = configs(&again);
    assert_eq!(cfgs.len(), 3);
    assert!(cfgs[0].get(Username).is_none() && cfgs[2].get(Username).is_some());
}

/// Connections made in the branches of an if/else inside a function whose
/// port is a parameter's default (above the if): still alternatives.
#[test]
fn branch_connections_with_values_from_above_are_alternatives() {
    let src = "import smtplib\ndef send(msg, host, port=465, user=None, pw=None):\n  if settings.EMAIL_USE_SSL == True:\n    server = smtplib.SMTP_SSL(host, port)\n  else:\n    server = smtplib.SMTP(host, port)\n  server.login(user, pw)\n";
    let cfgs = configs(src);
    assert_eq!(cfgs.len(), 2, "{cfgs:?}");
    assert_eq!(cfgs.iter().filter(|c| c.active).count(), 1, "{cfgs:?}");
    assert!(cfgs[1]
        .label
        .as_deref()
        .is_some_and(|l| l.ends_with("else")));
}
