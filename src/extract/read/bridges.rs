//! Symfony Mailer's provider bridges whose DSN scheme names an SMTP
//! connection (`brevo+smtp://USER:KEY@default`): the host, port and TLS
//! each bridge dials and the credentials it logs in with, whatever the
//! DSN's host (`default`) and port say. One row per bridge, read from
//! `symfony/symfony` (7.2-dev, commit 5feb7493c372,
//! `src/Symfony/Component/Mailer/Bridge/*/Transport/*SmtpTransport.php` for
//! the connection, `*TransportFactory.php` for the schemes; Sendinblue from
//! v6.4.12, removed in 7.0):
//!
//! | bridge | SMTP schemes | host | port, TLS | login |
//! |---|---|---|---|---|
//! | Amazon SES | `ses+smtp(s)` | `email-smtp.REGION.amazonaws.com` (`?region=`, default `eu-west-1`; a host other than `default` is used as is) | 465 implicit | user, password |
//! | Brevo | `brevo(+smtp)` | `smtp-relay.brevo.com` | 465 implicit | user, password |
//! | Gmail | `gmail(+smtp/+smtps)` | `smtp.gmail.com` | 465 implicit | user, password |
//! | Infobip | `infobip(+smtp/+smtps)` | `smtp-api.infobip.com` | 587 STARTTLS | `App`, the DSN's user as password |
//! | MailPace | `mailpace(+smtp/+smtps)` | `smtp.mailpace.com` | 587 STARTTLS | the DSN's user as both |
//! | Mandrill | `mandrill+smtp(s)` | `smtp.mandrillapp.com` | 587 STARTTLS | user, password |
//! | MailerSend | `mailersend(+smtp)` | `smtp.mailersend.net` | 587 implicit (as written in the bridge) | user, password |
//! | Mailgun | `mailgun+smtp(s)` | `smtp.mailgun.org`, `smtp.REGION.mailgun.org` for a `?region=` other than `us` | 587 STARTTLS | user, password |
//! | Mailjet | `mailjet(+smtp/+smtps)` | `in-v3.mailjet.com` | 587 STARTTLS | user, password |
//! | Mailomat | `mailomat(+smtp/+smtps)` | `smtp.mailomat.cloud` | 587 STARTTLS | user, password |
//! | Mailtrap | `mailtrap(+smtp/+smtps)` | `live.smtp.mailtrap.io` | 587 STARTTLS | `api`, the DSN's user as password |
//! | Postmark | `postmark(+smtp/+smtps)` | `smtp.postmarkapp.com` | 587 STARTTLS | the DSN's user (the token) as both |
//! | Resend | `resend(+smtp)` | `smtp.resend.com` | 465 implicit | `resend`, the DSN's password |
//! | Scaleway | `scaleway+smtp(s)` | `smtp.tem.scw.cloud` | 465 implicit | user (project id), password |
//! | SendGrid | `sendgrid(+smtp/+smtps)` | `smtp.sendgrid.net`, `smtp.REGION.sendgrid.net` with `?region=` | 465 implicit | `apikey`, the DSN's user (the key) as password |
//! | Sendinblue | `sendinblue(+smtp)` | `smtp-relay.brevo.com` | 465 implicit | user, password |
//! | Sweego | `sweego(+smtp)` | the DSN's host and port | implicit | user, password |
//!
//! Every other scheme of these bridges (`+api`, `+https`, and the bare
//! `mailgun://`, `mandrill://`, `ses://`, `scaleway://`, Azure's and Postal's
//! only schemes) sends over the provider's HTTP API: no SMTP at all, read
//! as another transport (`fields::url_fields`, the Symfony switch).

/// What the bridge logs in with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Login {
    /// The DSN's user and password.
    UserPassword,
    /// The DSN's user is both username and password (Postmark's token).
    UserAsBoth,
    /// This fixed username, the DSN's user as password (SendGrid's key).
    FixedUserKey(&'static str),
    /// This fixed username, the DSN's password as password (Resend).
    FixedUserPassword(&'static str),
}

/// Where the bridge connects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Host {
    /// Always this host.
    Fixed(&'static str),
    /// `plain` without a `?region=` (or with the region `plain_region`),
    /// else `prefix` + region + `suffix`.
    Regional {
        plain: &'static str,
        plain_region: Option<&'static str>,
        prefix: &'static str,
        suffix: &'static str,
    },
    /// The DSN's own host (Sweego).
    Dsn,
}

/// One Symfony Mailer bridge's SMTP transport.
#[derive(Debug, PartialEq, Eq)]
pub struct Bridge {
    /// The provider, as people name it.
    pub provider: &'static str,
    /// The schemes that select the SMTP transport (lowercase).
    pub schemes: &'static [&'static str],
    pub host: Host,
    /// The port dialled, or `None` for the DSN's own (Sweego).
    pub port: Option<u16>,
    /// TLS from the first byte (`true`) or STARTTLS when offered.
    pub implicit: bool,
    pub login: Login,
    /// Query options the bridge reads (beyond Symfony's SMTP ones).
    pub options: &'static [&'static str],
    /// SES: a host other than `default` replaces the regional one.
    pub dsn_host_wins: bool,
}

const fn bridge(
    provider: &'static str,
    schemes: &'static [&'static str],
    host: Host,
    port: u16,
    implicit: bool,
    login: Login,
) -> Bridge {
    Bridge {
        provider,
        schemes,
        host,
        port: Some(port),
        implicit,
        login,
        options: &[],
        dsn_host_wins: false,
    }
}

use Host::Fixed;
use Login::*;

/// Postmark's row: [`crate::extract::read::url::Scheme::is_postmark`].
pub static POSTMARK: Bridge = Bridge {
    options: &["message_stream"],
    ..bridge(
        "Postmark",
        &["postmark", "postmark+smtp", "postmark+smtps"],
        Fixed("smtp.postmarkapp.com"),
        587,
        false,
        UserAsBoth,
    )
};

pub static BRIDGES: [&Bridge; 17] = [
    &POSTMARK,
    &Bridge {
        options: &["region", "session_token"],
        dsn_host_wins: true,
        ..bridge(
            "Amazon SES",
            &["ses+smtp", "ses+smtps"],
            Host::Regional {
                plain: "email-smtp.eu-west-1.amazonaws.com",
                plain_region: None,
                prefix: "email-smtp.",
                suffix: ".amazonaws.com",
            },
            465,
            true,
            UserPassword,
        )
    },
    &bridge(
        "Brevo",
        &["brevo", "brevo+smtp"],
        Fixed("smtp-relay.brevo.com"),
        465,
        true,
        UserPassword,
    ),
    &bridge(
        "Sendinblue",
        &["sendinblue", "sendinblue+smtp"],
        Fixed("smtp-relay.brevo.com"),
        465,
        true,
        UserPassword,
    ),
    &bridge(
        "Gmail",
        &["gmail", "gmail+smtp", "gmail+smtps"],
        Fixed("smtp.gmail.com"),
        465,
        true,
        UserPassword,
    ),
    &bridge(
        "Infobip",
        &["infobip", "infobip+smtp", "infobip+smtps"],
        Fixed("smtp-api.infobip.com"),
        587,
        false,
        FixedUserKey("App"),
    ),
    &bridge(
        "MailPace",
        &["mailpace", "mailpace+smtp", "mailpace+smtps"],
        Fixed("smtp.mailpace.com"),
        587,
        false,
        UserAsBoth,
    ),
    &bridge(
        "Mandrill",
        &["mandrill+smtp", "mandrill+smtps"],
        Fixed("smtp.mandrillapp.com"),
        587,
        false,
        UserPassword,
    ),
    // `new EsmtpTransport('smtp.mailersend.net', 587, true)`: TLS from the
    // first byte on 587, as the bridge writes it.
    &bridge(
        "MailerSend",
        &["mailersend", "mailersend+smtp"],
        Fixed("smtp.mailersend.net"),
        587,
        true,
        UserPassword,
    ),
    &Bridge {
        options: &["region"],
        ..bridge(
            "Mailgun",
            &["mailgun+smtp", "mailgun+smtps"],
            Host::Regional {
                plain: "smtp.mailgun.org",
                plain_region: Some("us"),
                prefix: "smtp.",
                suffix: ".mailgun.org",
            },
            587,
            false,
            UserPassword,
        )
    },
    &Bridge {
        options: &["sandbox"],
        ..bridge(
            "Mailjet",
            &["mailjet", "mailjet+smtp", "mailjet+smtps"],
            Fixed("in-v3.mailjet.com"),
            587,
            false,
            UserPassword,
        )
    },
    &bridge(
        "Mailomat",
        &["mailomat", "mailomat+smtp", "mailomat+smtps"],
        Fixed("smtp.mailomat.cloud"),
        587,
        false,
        UserPassword,
    ),
    &bridge(
        "Mailtrap",
        &["mailtrap", "mailtrap+smtp", "mailtrap+smtps"],
        Fixed("live.smtp.mailtrap.io"),
        587,
        false,
        FixedUserKey("api"),
    ),
    &bridge(
        "Resend",
        &["resend", "resend+smtp"],
        Fixed("smtp.resend.com"),
        465,
        true,
        FixedUserPassword("resend"),
    ),
    &bridge(
        "Scaleway",
        &["scaleway+smtp", "scaleway+smtps"],
        Fixed("smtp.tem.scw.cloud"),
        465,
        true,
        UserPassword,
    ),
    &Bridge {
        options: &["region"],
        ..bridge(
            "SendGrid",
            &["sendgrid", "sendgrid+smtp", "sendgrid+smtps"],
            Host::Regional {
                plain: "smtp.sendgrid.net",
                plain_region: None,
                prefix: "smtp.",
                suffix: ".sendgrid.net",
            },
            465,
            true,
            FixedUserKey("apikey"),
        )
    },
    &Bridge {
        port: None,
        ..bridge(
            "Sweego",
            &["sweego", "sweego+smtp"],
            Host::Dsn,
            0,
            true,
            UserPassword,
        )
    },
];

/// The longest bridge scheme (`sendinblue+smtp`, `mailersend+smtp`…).
pub const LONGEST_SCHEME: usize = 15;

/// The bridge whose SMTP transport this lowercase scheme selects.
pub fn by_scheme(lower: &[u8]) -> Option<&'static Bridge> {
    BRIDGES
        .iter()
        .copied()
        .find(|b| b.schemes.iter().any(|s| s.as_bytes() == lower))
}

impl Bridge {
    /// The host dialled, given the DSN's `?region=` and host.
    pub fn host_for(&self, region: Option<&str>, dsn_host: Option<&str>) -> Option<String> {
        if self.dsn_host_wins {
            if let Some(h) = dsn_host.filter(|h| !h.is_empty() && *h != "default") {
                return Some(h.to_string());
            }
        }
        match self.host {
            Host::Fixed(h) => Some(h.to_string()),
            Host::Regional {
                plain,
                plain_region,
                prefix,
                suffix,
            } => Some(match region.filter(|r| !r.is_empty()) {
                Some(r) if Some(r) != plain_region => format!("{prefix}{r}{suffix}"),
                _ => plain.to_string(),
            }),
            Host::Dsn => dsn_host.map(str::to_string),
        }
    }

    /// Whether this is Postmark's own bridge.
    pub fn is_postmark(&self) -> bool {
        std::ptr::eq(self, &POSTMARK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scheme_belongs_to_one_bridge_and_fits_the_longest() {
        for b in BRIDGES {
            for s in b.schemes {
                assert!(s.len() <= LONGEST_SCHEME, "{s}");
                assert!(std::ptr::eq(by_scheme(s.as_bytes()).unwrap(), b), "{s}");
                // The engine's pre-filter lets its first letter through.
                assert!(
                    crate::extract::read::url::Scheme::may_start_with(s.as_bytes()[0]),
                    "{s}"
                );
            }
        }
        assert!(BRIDGES
            .iter()
            .any(|b| b.schemes.iter().any(|s| s.len() == LONGEST_SCHEME)));
        // API and HTTP transports are no SMTP bridge.
        for api in [
            "mailgun",
            "mandrill",
            "ses",
            "scaleway",
            "sendgrid+api",
            "ses+https",
            "azure",
        ] {
            assert!(by_scheme(api.as_bytes()).is_none(), "{api}");
        }
    }

    #[test]
    fn regional_hosts() {
        let host =
            |scheme: &str, region, dsn| by_scheme(scheme.as_bytes()).unwrap().host_for(region, dsn);
        assert_eq!(
            host("mailgun+smtp", None, Some("default")).unwrap(),
            "smtp.mailgun.org"
        );
        assert_eq!(
            host("mailgun+smtp", Some("us"), None).unwrap(),
            "smtp.mailgun.org"
        );
        assert_eq!(
            host("mailgun+smtp", Some("eu"), None).unwrap(),
            "smtp.eu.mailgun.org"
        );
        assert_eq!(
            host("ses+smtp", None, Some("default")).unwrap(),
            "email-smtp.eu-west-1.amazonaws.com"
        );
        assert_eq!(
            host("ses+smtp", Some("us-east-1"), Some("default")).unwrap(),
            "email-smtp.us-east-1.amazonaws.com"
        );
        assert_eq!(
            host("ses+smtp", Some("us-east-1"), Some("vpce.example")).unwrap(),
            "vpce.example"
        );
        assert_eq!(
            host("sendgrid", Some("eu"), None).unwrap(),
            "smtp.eu.sendgrid.net"
        );
        assert_eq!(
            host("brevo", Some("eu"), Some("x.example")).unwrap(),
            "smtp-relay.brevo.com"
        );
        assert_eq!(
            host("sweego", None, Some("smtp.sweego.io")).unwrap(),
            "smtp.sweego.io"
        );
        assert!(by_scheme(b"postmark+smtp").unwrap().is_postmark());
        assert!(!by_scheme(b"brevo+smtp").unwrap().is_postmark());
    }
}
