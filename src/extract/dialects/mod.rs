//! The catalogue of dialects, one per file. Order matters only for ties in
//! detection scores: specific clients before the generic fallbacks.

mod common;
pub use common::*;

mod code_util;
mod discourse;
mod django;
mod docker_compose;
mod dockerfile;
mod dotnet;
mod env_blocks;
mod flask;
mod generic;
pub use generic::words;
mod github_actions;
mod gitlab;
mod index_key;
mod javamail;
mod kit;
mod label_value;
mod laravel;
mod mastodon;
mod msmtp;
mod nodemailer;
mod phpmailer;
mod postfix;
mod python;
mod rails;
mod smtplib;
mod spring_boot;
mod ssmtp;
mod url_dsn;
mod wp_mail_smtp;

use super::Dialect;

/// Every dialect, most specific first.
pub static ALL: &[&'static dyn Dialect] = &[
    &laravel::LARAVEL,
    &django::DJANGO_SETTINGS,
    &django::DJANGO_ENV,
    &flask::FLASK_MAIL,
    &smtplib::SMTPLIB,
    &rails::RAILS,
    &gitlab::GITLAB,
    &nodemailer::NODEMAILER,
    &dotnet::DOTNET,
    &wp_mail_smtp::WP_MAIL_SMTP,
    &phpmailer::PHPMAILER,
    &mastodon::MASTODON,
    &discourse::DISCOURSE,
    &url_dsn::SYMFONY_DSN,
    &url_dsn::DJANGO_ENVIRON,
    &url_dsn::KRATOS_COURIER,
    &url_dsn::SMTP_URL,
    &spring_boot::SPRING_BOOT,
    &javamail::JAVAMAIL,
    &msmtp::MSMTP,
    &ssmtp::SSMTP,
    &postfix::POSTFIX,
    // Container formats read generic keys: an app's own keys win over them.
    &docker_compose::DOCKER_COMPOSE,
    &dockerfile::DOCKERFILE,
    &github_actions::GITHUB_ACTIONS,
    &label_value::LABEL_VALUE,
    &generic::GENERIC,
];
