//! Example configurations for the page's "try an example" buttons: each one
//! shows a different common mistake, in a different client's syntax. The
//! tokens are made up (valid shape, no account behind them).

/// One example to try.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Button text.
    pub title: &'static str,
    /// The rule id the example is about (it must fire on `text`).
    pub shows: &'static str,
    pub text: &'static str,
}

pub static EXAMPLES: &[Example] = &[
    Example {
        title: "Laravel on port 465",
        shows: "port/465-unsupported",
        text: "MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=465
MAIL_USERNAME=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948
MAIL_PASSWORD=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS=\"hello@acme-widgets.io\"
MAIL_FROM_NAME=\"${APP_NAME}\"
",
    },
    Example {
        title: "nodemailer with secure: true",
        shows: "tls/implicit-tls",
        text: "const transporter = nodemailer.createTransport({
  host: \"smtp.postmarkapp.com\",
  port: 587,
  secure: true,
  auth: {
    user: \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\",
    pass: \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\",
  },
});
",
    },
    Example {
        title: "Django with a host typo",
        shows: "host/typo",
        text: "EMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\"
EMAIL_HOST = \"smtp.postmark.com\"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"
EMAIL_HOST_PASSWORD = \"1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\"
DEFAULT_FROM_EMAIL = \"Acme <support@acme-widgets.io>\"
",
    },
    Example {
        title: "PHPMailer sending from Gmail",
        shows: "from/free-mail",
        text: "$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host       = 'smtp.postmarkapp.com';
$mail->SMTPAuth   = true;
$mail->Username   = '1f86a2b4-55c1-4a0e-9d1b-3c2d11115948';
$mail->Password   = '1f86a2b4-55c1-4a0e-9d1b-3c2d11115948';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port       = 587;
$mail->setFrom('acme.orders@gmail.com', 'Acme Orders');
",
    },
    Example {
        title: "Symfony DSN pointing at the API host",
        shows: "host/api-host",
        text: "MAILER_DSN=smtp://1f86a2b4-55c1-4a0e-9d1b-3c2d11115948:1f86a2b4-55c1-4a0e-9d1b-3c2d11115948@api.postmarkapp.com:587
",
    },
    Example {
        title: "Token copied with an invisible character",
        shows: "auth/whitespace",
        text: "Server: smtp.postmarkapp.com
Port: 2525
Username: 1f86a2b4-55c1-4a0e-9d1b-3c2d11115948
Password: 1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\u{200B}
Authentication: TLS (STARTTLS)
",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_few_and_show_different_mistakes() {
        assert!((4..=6).contains(&EXAMPLES.len()));
        let mut shows: Vec<&str> = EXAMPLES.iter().map(|e| e.shows).collect();
        shows.sort();
        shows.dedup();
        assert_eq!(shows.len(), EXAMPLES.len());
        for e in EXAMPLES {
            assert!(
                crate::registry::find(e.shows).is_some(),
                "{} names an unknown rule",
                e.shows
            );
        }
    }

    /// Each example must show its mistake. Needs the whole rules core.
    #[test]
    fn each_example_fires_the_rule_it_shows() {
        let mut missing = Vec::new();
        for e in EXAMPLES {
            let report = crate::lint(e.text, &crate::Options::default());
            if !report.findings.iter().any(|f| f.id == e.shows) {
                missing.push(format!(
                    "{:?} should fire {} (got {:?})",
                    e.title,
                    e.shows,
                    report.findings.iter().map(|f| &f.id).collect::<Vec<_>>()
                ));
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }
}
