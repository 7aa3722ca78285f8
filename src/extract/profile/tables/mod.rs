//! The client tables, one file per client or family of clients. Order
//! matters only for ties in scores: specific clients first, the generic
//! inference last.

use super::Profile;

mod discourse;
mod django;
mod dotnet;
mod generic;
mod github_actions;
mod gitlab;
mod label_value;
mod laravel;
mod mail_gem;
mod mastodon;
mod nodemailer;
mod phpmailer;
mod rails;
mod url;
mod wp_mail_smtp;

pub use generic::GENERIC;

/// Every table.
pub static ALL: &[&Profile] = &[
    &laravel::LARAVEL,
    &django::DJANGO_SETTINGS,
    &django::DJANGO_ENV,
    &nodemailer::NODEMAILER,
    &nodemailer::NODEMAILER_JSON,
    &phpmailer::PHPMAILER,
    &wp_mail_smtp::WP_MAIL_SMTP,
    &dotnet::DOTNET,
    &dotnet::DOTNET_JSON,
    &mastodon::MASTODON,
    &rails::RAILS,
    &gitlab::GITLAB_RB,
    &gitlab::GITLAB_HELM,
    &discourse::DISCOURSE_ENV,
    &discourse::DISCOURSE_CONF,
    &github_actions::SEND_MAIL_ACTION,
    &url::SYMFONY_DSN,
    &url::DJANGO_ENVIRON,
    &url::KRATOS_COURIER,
    &url::SMTP_URL,
    // Inference, when no client is recognised.
    &generic::DOCKER_COMPOSE,
    &generic::DOCKERFILE,
    &generic::GITHUB_ACTIONS_ENV,
    &label_value::LABEL_VALUE,
    &generic::GENERIC,
];
