//! The catalogue of dialects, one per file. Order matters only for ties in
//! detection scores: specific clients before the generic fallbacks.

mod common;
pub use common::*;

mod django;
mod generic;
mod laravel;
mod python;
mod flask;
mod smtplib;
mod rails;
mod gitlab;
mod index_key;
mod code_util;
mod dotnet;
mod nodemailer;
mod phpmailer;
mod wp_mail_smtp;
mod url_dsn;
mod javamail;
mod kit;
mod label_value;
mod msmtp;
mod postfix;
mod spring_boot;
mod ssmtp;
mod mastodon;
mod discourse;
mod env_blocks;
mod docker_compose;
mod dockerfile;
mod github_actions;

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
