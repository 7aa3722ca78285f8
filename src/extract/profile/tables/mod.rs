//! The client tables, one file per client or family of clients. Order
//! matters only for ties in scores: specific clients first, the generic
//! inference last.

use super::Profile;

mod alertmanager;
mod authelia;
mod chatwoot;
mod discourse;
mod django;
mod dotnet;
mod fastapi_mail;
mod flask;
mod generic;
mod github_actions;
mod gitlab;
mod grafana;
mod java_props;
mod javamail;
mod kit;
mod label_value;
mod laravel;
mod laravel_config;
mod mail_gem;
mod mastodon;
mod mastodon_chart;
mod msmtp;
mod msmtp_nixos;

// group langBA: mod lines
mod n8n;
mod nextcloud;
mod nodemailer;
mod perl_email_sender;
mod perl_net_smtp;
mod phpmailer;
mod postfix;
mod powershell;
mod rails;
mod rails_env;
mod relay_images;
mod smtplib;
mod spring_boot;
mod ssmtp;
mod url;
mod wp_mail_smtp;

// group A: mod lines
mod authentik;
mod gitea;
mod keycloak;
mod mattermost;
mod vaultwarden;
mod zitadel;

// group B: mod lines
mod ghost;
mod outline;
mod plausible;
mod rocketchat;
mod sentry;
mod synapse;

// group C: mod lines
mod listmonk;
mod matomo;
mod moodle;
mod odoo;
mod redmine;
mod zammad;

// group D: mod lines
mod bookstack;
mod firefly_iii;
mod invoiceninja;
mod mautic;
mod paperless;
mod supabase;
mod uptime_kuma;

// group E: mod lines
mod airflow;
mod appwrite;
mod directus;
mod jenkins;
mod metabase;
mod next_auth;
mod strapi;
mod superset;

// group F: mod lines
mod fluentemail;
mod go_mail;
mod go_smtp;
mod gomail;
mod mailkit;
mod ruby_mail;
mod symfony_mailer;

// group G: mod lines
mod bamboo;
mod easy_wp_smtp;
mod exim;
mod fluentsmtp;
mod lettre;
mod post_smtp;
mod swoosh;
mod yagmail;

// group H: mod lines
mod drupal;
mod immich;
mod joomla;
mod lemmy;
mod mediawiki;
mod netbox;
mod peertube;

// group I: mod lines
mod baserow;
mod bitwarden;
mod calcom;
mod formbricks;
mod joplin;
mod mealie;
mod penpot;

// group J: mod lines
mod gotosocial;
mod openproject;
mod weblate;

// group K: mod lines
mod ckan;
mod healthchecks;
mod home_assistant;
mod indico;
mod pretix;
mod taiga;
mod tandoor;
mod tutor;
mod zulip;

// group L: mod lines
mod appsmith;
mod diaspora;
mod docmost;
mod documenso;
mod fider;
mod gogs;
mod huginn;
mod kanboard;
mod kimai;
mod nocodb;
mod ntfy;
mod passbolt;
mod pixelfed;
mod snipe_it;
mod vikunja;
mod wallabag;

mod semaphore;
// group M: mod lines
mod cakephp;
mod codeigniter;
mod freshrss;
mod mantisbt;
mod roundcube;
mod typo3;
mod yii2;

// group N: mod lines
mod dj_email_url;
mod hoppscotch;
mod quarkus;
mod twenty;

// group O: mod lines
mod adonis;
mod bugsink;
mod craft;
mod espocrm;
mod grav;
mod kirby;
mod leantime;
mod limesurvey;
mod plane;

// group P: mod lines
mod canvas;
mod gerrit;
mod grails_mail;
mod graylog;
mod greenlight;
mod orchard_core;
mod play_mailer;
mod umbraco;

// group Q: mod lines
mod affine;
mod coder;
mod diun;
mod gatus;
mod hanko;
mod lldap;
mod ocis;
mod rallly;
mod supertokens;
mod watchtower;

// group R: mod lines
mod argocd;
mod elastic;
mod funkwhale;
mod mobilizon;
mod takahe;
mod wazuh;

// group S: mod lines
mod dma;
mod git_send_email;

// group accG: mod lines
mod trac;
mod ttrss;
// group accS: mod lines
mod tooljet;
mod zabbix;
// group T: mod lines
mod mailx;
mod mutt;
mod nullmailer;
mod opensmtpd;
// group accR: mod lines
mod emailjs;
mod pony;
mod swiftmailer;
// group U: mod lines
mod bookwyrm;
mod frappe;
mod librenms;
mod sendmail;
// group V: mod lines
mod dolibarr;
mod friendica;
mod harbor;
mod keila;
mod nodebb;
mod phpbb;
mod sonarqube;
// group W: mod lines
mod activepieces;
mod bugzilla;
mod docuseal;
mod infisical;
mod meteor;
mod owncloud;
mod posthog;
mod redash;
mod smtp_env;
mod trigger_dev;
mod typebot;
// group X: mod lines
mod chamilo;
mod dokuwiki;
mod gocd;
mod magento;
mod mailman;
mod phplist;
mod sogo;
mod tomcat_mail;
mod znuny;
// group Y: mod lines
mod inventree;
mod kobotoolbox;
mod lightdash;
mod lychee;
mod pterodactyl;
mod vendure;
// group AB: mod lines
mod log4j;
mod log4net;
mod logback;
mod mail_cli;
mod nlog;
mod php_ini;
mod py_logging;
mod serilog_email;

// group Z: mod lines
mod ente;
mod overseerr;
mod proxmox;

// group AE: mod lines
mod concrete_cms;
mod fusionauth;
mod opencti;
mod sourcehut;
mod thehive;
mod tryton;
// group accAF: mod lines
mod apprise;
// group AD: mod lines
mod aiosmtplib;
mod commons_email;
mod go_simple_mail;
mod jordan_wright_email;
mod laminas_mail;
mod nette_mail;
mod py_emails;
mod redmail;
mod simple_java_mail;
mod vertx_mail;
// group AH: mod lines
mod backstage;
mod crowdsec;
mod homebox;
mod kutt;
mod maybe_finance;
mod planka;
mod pocket_id;
mod teedy;
// group AJ: mod lines
mod cachet;
mod drupal_config;
mod phorge;
mod pimcore;
// group AI: mod lines
mod dify;
mod huly;
mod librechat;
mod mailu;
mod revolt;
mod signoz;
mod windmill;
// group appsAK: mod lines
mod buildbot;
mod cronicle;
mod elastalert;
mod foreman;
mod grafana_oncall;
mod kallithea;
mod node_red_email;
mod openhab_mail;
mod pagure;
mod postal;
// group appsAM: mod lines
mod castopod;
mod defectdojo;
mod errbit;
mod fittrackee;
mod misago;
mod plume;
mod wger;
// group appsAN: mod lines
mod exceptionless;
mod opennms;
// group appsAP: mod lines
mod awx;
mod haraka;
mod humhub;
mod stackstorm_email;
mod uptrace;
// group appsAO: mod lines
mod ansible_mail;
mod luigi;
mod pfsense;
// group appsAQ: mod lines
mod aerc;
// group appsAR: mod lines
mod monit;
// group appsAS: mod lines
mod claws_mail;
mod himalaya;
mod home_manager_email;
mod mail_send;
// group appsAT: mod lines
mod appflowy;
mod itop;
mod mahara;
// group accAW: mod lines
mod postfix_ansible;
mod postfix_data;
mod postfix_nixos;
mod ssmtp_nixos;
// group appsAV: mod lines
mod micronaut_email;
mod oro;
mod pyramid_mailer;
mod stalwart;
mod vanilla;
// group appsAU: mod lines
mod flowise;
mod openobserve;
mod postiz;
mod sourcegraph;
mod teable;
// group appsAW: mod lines
mod consul;
mod loomio;
mod maddy;
// group appsAX: mod lines
mod bitnami;
mod bitnami_discourse;
mod bitnami_mediawiki;
mod bitnami_orangehrm;
mod traccar;
// group appsBB: mod lines
mod automatisch;
mod gitness;
mod observium;
mod odk_central;
mod openreplay;
mod pocketbase;
mod sftpgo;

pub use generic::GENERIC;

/// Every table.
pub static ALL: &[&Profile] = &[
    // Apps and libraries recognised by their own markers, before the
    // general clients they build on (Laravel, Rails, nodemailer…).
    // group A: tables
    &gitea::GITEA_INI,
    &gitea::GITEA_ENV,
    &vaultwarden::VAULTWARDEN,
    &mattermost::MATTERMOST_JSON,
    &mattermost::MATTERMOST_ENV,
    &keycloak::KEYCLOAK,
    &keycloak::KEYCLOAK_TERRAFORM,
    &authentik::AUTHENTIK_ENV,
    &authentik::AUTHENTIK_HELM,
    &zitadel::ZITADEL_YAML,
    &zitadel::ZITADEL_ENV,
    // group B: tables
    &synapse::SYNAPSE,
    &outline::OUTLINE,
    &plausible::PLAUSIBLE,
    &plausible::PLAUSIBLE_NIX,
    &rocketchat::ROCKETCHAT,
    &ghost::GHOST_ENV,
    &sentry::SENTRY_YML,
    &sentry::SENTRY_ENV,
    // group C: tables
    &listmonk::LISTMONK,
    &matomo::MATOMO,
    &moodle::MOODLE,
    &redmine::REDMINE,
    &odoo::ODOO_CONF,
    &odoo::ODOO_MAIL_SERVER,
    &zammad::ZAMMAD,
    // group D: tables
    &invoiceninja::INVOICENINJA,
    &firefly_iii::FIREFLY_III,
    &bookstack::BOOKSTACK,
    &paperless::PAPERLESS,
    &supabase::GOTRUE_ENV,
    &supabase::SUPABASE_DOCKER_ENV,
    &supabase::SUPABASE_CLI,
    &uptime_kuma::UPTIME_KUMA,
    &mautic::MAUTIC5,
    &mautic::MAUTIC4,
    // group E: tables
    &directus::DIRECTUS,
    &appwrite::APPWRITE,
    &metabase::METABASE,
    &airflow::AIRFLOW_CFG,
    &airflow::AIRFLOW_HELM,
    &airflow::AIRFLOW_ENV,
    &superset::SUPERSET,
    &jenkins::JENKINS,
    &strapi::STRAPI,
    &next_auth::NEXT_AUTH,
    // group F: tables
    &symfony_mailer::SYMFONY_MAILER,
    &fluentemail::FLUENTEMAIL,
    &fluentemail::FLUENTEMAIL_MAILKIT,
    &mailkit::MAILKIT,
    &go_mail::GO_MAIL,
    &gomail::GOMAIL,
    &go_smtp::GO_SMTP,
    &ruby_mail::RUBY_MAIL,
    // group accR: tables
    &pony::PONY,
    // group G: tables
    &swoosh::SWOOSH,
    &bamboo::BAMBOO,
    &yagmail::YAGMAIL,
    &exim::EXIM_DEBIAN,
    &lettre::LETTRE,
    &easy_wp_smtp::EASY_WP_SMTP,
    &fluentsmtp::FLUENTSMTP,
    &post_smtp::POST_SMTP,
    // group H: tables
    &joomla::JOOMLA,
    &mediawiki::MEDIAWIKI,
    &peertube::PEERTUBE,
    &peertube::PEERTUBE_ENV,
    &lemmy::LEMMY,
    &netbox::NETBOX,
    &netbox::NETBOX_ENV,
    &drupal::DRUPAL_SMTP,
    &immich::IMMICH,
    // group I: tables
    &bitwarden::BITWARDEN,
    &calcom::CALCOM,
    &joplin::JOPLIN,
    &mealie::MEALIE,
    &penpot::PENPOT,
    &baserow::BASEROW,
    &formbricks::FORMBRICKS,
    // group J: tables
    &openproject::OPENPROJECT,
    &weblate::WEBLATE,
    &gotosocial::GOTOSOCIAL,
    // group K: tables
    &zulip::ZULIP_SETTINGS,
    &zulip::ZULIP_DOCKER,
    &healthchecks::HEALTHCHECKS,
    &tandoor::TANDOOR,
    &pretix::PRETIX,
    &pretix::PRETALX,
    &indico::INDICO,
    &ckan::CKAN,
    &home_assistant::HOME_ASSISTANT,
    &taiga::TAIGA,
    &tutor::TUTOR,
    // group L: tables
    &vikunja::VIKUNJA,
    &vikunja::VIKUNJA_ENV,
    &gogs::GOGS,
    &ntfy::NTFY,
    &ntfy::NTFY_ENV,
    &passbolt::PASSBOLT_ENV,
    &passbolt::PASSBOLT_PHP,
    &kanboard::KANBOARD,
    &wallabag::WALLABAG,
    &kimai::KIMAI,
    &snipe_it::SNIPE_IT,
    &huginn::HUGINN,
    &nocodb::NOCODB,
    &appsmith::APPSMITH,
    &documenso::DOCUMENSO,
    &diaspora::DIASPORA,
    &fider::FIDER,
    &docmost::DOCMOST,
    &pixelfed::PIXELFED,
    &semaphore::SEMAPHORE,
    // group M: tables
    &typo3::TYPO3,
    &yii2::YII2,
    &codeigniter::CODEIGNITER4,
    &codeigniter::CODEIGNITER4_ENV,
    &codeigniter::CODEIGNITER3,
    &cakephp::CAKEPHP,
    &roundcube::ROUNDCUBE,
    &mantisbt::MANTISBT,
    &freshrss::FRESHRSS,
    // group N: tables
    &dj_email_url::DJ_EMAIL_URL,
    &quarkus::QUARKUS,
    &quarkus::QUARKUS_ENV,
    &twenty::TWENTY,
    &hoppscotch::HOPPSCOTCH,
    // group O: tables
    &limesurvey::LIMESURVEY,
    &limesurvey::LIMESURVEY_ENV,
    &espocrm::ESPOCRM,
    &leantime::LEANTIME_ENV,
    &leantime::LEANTIME_PHP,
    &kirby::KIRBY,
    &craft::CRAFT,
    &grav::GRAV,
    &adonis::ADONIS,
    &plane::PLANE,
    &bugsink::BUGSINK,
    // group P: tables
    &umbraco::UMBRACO_JSON,
    &umbraco::UMBRACO_ENV,
    &orchard_core::ORCHARD_CORE,
    &gerrit::GERRIT,
    &graylog::GRAYLOG,
    &play_mailer::PLAY_MAILER,
    &canvas::CANVAS,
    &grails_mail::GRAILS_MAIL,
    &greenlight::GREENLIGHT,
    // group Q: tables
    &watchtower::WATCHTOWER,
    &watchtower::WATCHTOWER_URL,
    &diun::DIUN,
    &diun::DIUN_ENV,
    &gatus::GATUS,
    &ocis::OCIS_ENV,
    &ocis::OCIS_YAML,
    &lldap::LLDAP,
    &lldap::LLDAP_ENV,
    &affine::AFFINE,
    &rallly::RALLLY,
    &rallly::RALLLY_HELM,
    &coder::CODER,
    &hanko::HANKO,
    &supertokens::SUPERTOKENS,
    // group R: tables
    &wazuh::OSSEC,
    &wazuh::WAZUH,
    &elastic::ELASTICSEARCH_WATCHER,
    &elastic::KIBANA_EMAIL,
    &argocd::ARGOCD_NOTIFICATIONS,
    &funkwhale::FUNKWHALE,
    &mobilizon::MOBILIZON_ENV,
    &takahe::TAKAHE,
    // group S: tables
    &git_send_email::GIT_SEND_EMAIL,
    &dma::DMA,
    // group accG: tables
    &ttrss::TTRSS,
    &trac::TRAC,
    // group accS: tables
    &tooljet::TOOLJET,
    &zabbix::ZABBIX,
    // group T: tables
    &mutt::MUTT,
    &nullmailer::NULLMAILER,
    &mailx::MAILX,
    &opensmtpd::OPENSMTPD,
    // group U: tables
    &sendmail::SENDMAIL,
    &frappe::FRAPPE,
    &librenms::LIBRENMS,
    &bookwyrm::BOOKWYRM,
    // group V: tables
    &phpbb::PHPBB,
    &phpbb::PHPBB_ENV,
    &keila::KEILA,
    &dolibarr::DOLIBARR,
    &sonarqube::SONARQUBE,
    &sonarqube::SONARQUBE_ENV,
    &harbor::HARBOR,
    &nodebb::NODEBB,
    &friendica::FRIENDICA_ENV,
    // group W: tables
    &redash::REDASH,
    &redash::REDASH_HELM,
    &typebot::TYPEBOT,
    &posthog::POSTHOG_ENV,
    &posthog::POSTHOG_HELM,
    &infisical::INFISICAL,
    &activepieces::ACTIVEPIECES,
    &trigger_dev::TRIGGER_DEV,
    &owncloud::OWNCLOUD_ENV,
    &bugzilla::BUGZILLA,
    &docuseal::DOCUSEAL,
    &meteor::METEOR_MAIL_URL,
    // group X: tables
    &magento::MAGENTO,
    &magento::MAGEPLAZA_SMTP,
    &mailman::MAILMAN_CFG,
    &mailman::MAILMAN_DOCKER,
    &sogo::SOGO,
    &znuny::ZNUNY,
    &phplist::PHPLIST,
    &dokuwiki::DOKUWIKI_SMTP,
    &tomcat_mail::TOMCAT_MAIL,
    &gocd::GOCD,
    &chamilo::CHAMILO,
    // group Y: tables
    &pterodactyl::PTERODACTYL,
    &lychee::LYCHEE,
    &lightdash::LIGHTDASH,
    &inventree::INVENTREE_ENV,
    &inventree::INVENTREE_FILE,
    &vendure::VENDURE,
    &kobotoolbox::KOBOTOOLBOX,
    &url::SWIFTMAILER_URL,
    // group AB: tables
    &logback::LOGBACK,
    &log4j::LOG4J_SMTP,
    &log4net::LOG4NET_SMTP,
    &nlog::NLOG_MAILKIT,
    &nlog::NLOG,
    &mail_cli::SWAKS,
    &mail_cli::SENDEMAIL,
    &mail_cli::CURL_SMTP,
    &mail_cli::MSMTP_CLI,
    &py_logging::PY_SMTP_HANDLER,
    &py_logging::PY_LOGGING_CONF,
    &php_ini::PHP_INI,
    &serilog_email::SERILOG_EMAIL,
    &laravel_config::LARAVEL_CONFIG,
    &laravel_config::LARAVEL_CONFIG_FLAT,
    &laravel::LARAVEL,
    &django::DJANGO_SETTINGS,
    &django::DJANGO_ENV,
    &fastapi_mail::FASTAPI_MAIL,
    &flask::FLASK_MAIL,
    &smtplib::SMTPLIB,
    // group Z: tables
    &overseerr::OVERSEERR,
    &proxmox::PROXMOX,
    &ente::ENTE,
    &ente::ENTE_ENV,
    // group AD: tables
    &simple_java_mail::SIMPLE_JAVA_MAIL,
    &commons_email::COMMONS_EMAIL,
    &aiosmtplib::AIOSMTPLIB,
    &redmail::REDMAIL,
    &py_emails::PY_EMAILS,
    &go_simple_mail::GO_SIMPLE_MAIL,
    &jordan_wright_email::JORDAN_WRIGHT_EMAIL,
    &laminas_mail::LAMINAS_MAIL,
    &nette_mail::NETTE_MAIL,
    &vertx_mail::VERTX_MAIL,
    // group accR: tables
    &emailjs::EMAILJS,
    &nodemailer::NODEMAILER,
    &nodemailer::NODEMAILER_JSON,
    &phpmailer::PHPMAILER,
    // group accR: tables
    &swiftmailer::SWIFTMAILER,
    &wp_mail_smtp::WP_MAIL_SMTP,
    &dotnet::DOTNET,
    &dotnet::DOTNET_JSON,
    &spring_boot::SPRING_BOOT,
    &javamail::JAVAMAIL,
    &mastodon::MASTODON,
    &mastodon_chart::MASTODON_CHART,
    &chatwoot::CHATWOOT,
    &rails::RAILS,
    &rails_env::RAILS_ENV,
    &gitlab::GITLAB_RB,
    &gitlab::GITLAB_HELM,
    &gitlab::GITLAB_DOCKER,
    &discourse::DISCOURSE_ENV,
    &discourse::DISCOURSE_CONF,
    &github_actions::SEND_MAIL_ACTION,
    &grafana::GRAFANA_INI,
    &grafana::GRAFANA_ENV,
    &grafana::GRAFANA_CHART,
    &n8n::N8N,
    &msmtp::MSMTP,
    &ssmtp::SSMTP,
    &postfix::POSTFIX,
    &postfix::POSTFIX_SASL,
    &relay_images::BOKY_POSTFIX,
    &relay_images::DOCKER_MAILSERVER,
    &relay_images::JUANLUISBAPTISTE_POSTFIX,
    &alertmanager::ALERTMANAGER,
    &authelia::AUTHELIA,
    &nextcloud::NEXTCLOUD,
    &nextcloud::NEXTCLOUD_ENV,
    &url::SYMFONY_DSN,
    &url::DJANGO_ENVIRON,
    &url::KRATOS_COURIER,
    &url::SMTP_URL,
    // group AE: tables
    &opencti::OPENCTI,
    &opencti::OPENCTI_ENV,
    &tryton::TRYTON,
    &concrete_cms::CONCRETE_CMS,
    &thehive::THEHIVE,
    &sourcehut::SOURCEHUT,
    &fusionauth::FUSIONAUTH,
    // group AH: tables
    &pocket_id::POCKET_ID,
    &planka::PLANKA,
    &crowdsec::CROWDSEC_EMAIL,
    &backstage::BACKSTAGE_EMAIL,
    &maybe_finance::MAYBE_FINANCE,
    &kutt::KUTT,
    &homebox::HOMEBOX,
    &teedy::TEEDY,
    // Inference, when no client is recognised.
    &generic::DOCKER_COMPOSE,
    &generic::DOCKERFILE,
    &generic::GITHUB_ACTIONS_ENV,
    &label_value::LABEL_VALUE,
    &generic::GENERIC,
    // group accAF: tables
    &apprise::APPRISE,
    // group AJ: tables
    &drupal_config::DRUPAL_SMTP_CONFIG,
    &drupal_config::DRUPAL_SYMFONY_MAILER,
    &phorge::PHORGE,
    &phorge::PHORGE_BITNAMI,
    &cachet::CACHET,
    &pimcore::PIMCORE,
    // group AI: tables
    &dify::DIFY,
    &dify::DIFY_HELM,
    &librechat::LIBRECHAT,
    &windmill::WINDMILL,
    &signoz::SIGNOZ,
    &signoz::SIGNOZ_ALERTMANAGER,
    &mailu::MAILU,
    &huly::HULY,
    &revolt::REVOLT,
    // group appsAK: tables
    &elastalert::ELASTALERT,
    &buildbot::BUILDBOT,
    &cronicle::CRONICLE,
    &grafana_oncall::GRAFANA_ONCALL_ENV,
    &grafana_oncall::GRAFANA_ONCALL_HELM,
    &pagure::PAGURE,
    &kallithea::KALLITHEA,
    &openhab_mail::OPENHAB_MAIL,
    &node_red_email::NODE_RED_EMAIL,
    &foreman::FOREMAN,
    &postal::POSTAL,
    // group appsAM: tables
    &errbit::ERRBIT,
    &fittrackee::FITTRACKEE,
    &wger::WGER,
    &defectdojo::DEFECTDOJO,
    &plume::PLUME,
    &castopod::CASTOPOD,
    &misago::MISAGO,
    // group appsAN: tables
    &opennms::OPENNMS,
    &exceptionless::EXCEPTIONLESS,
    // group appsAP: tables
    &stackstorm_email::STACKSTORM_EMAIL,
    &haraka::HARAKA,
    &awx::AWX,
    &humhub::HUMHUB_ENV,
    &uptrace::UPTRACE,
    // group appsAO: tables
    &ansible_mail::ANSIBLE_MAIL,
    &pfsense::PFSENSE,
    &luigi::LUIGI,
    // group appsAQ: tables
    &aerc::AERC,
    // group appsAR: tables
    &monit::MONIT,
    // group appsAS: tables
    &himalaya::HIMALAYA,
    &home_manager_email::HOME_MANAGER_EMAIL,
    &mail_send::MAIL_SEND,
    &claws_mail::CLAWS_MAIL,
    // group appsAT: tables
    &mahara::MAHARA,
    &mahara::MAHARA_ENV,
    &itop::ITOP,
    &appflowy::APPFLOWY_MAILER,
    // group accAW: tables
    &postfix_nixos::POSTFIX_NIXOS,
    &postfix_ansible::POSTFIX_ANSIBLE,
    &postfix_data::POSTFIX_DATA,
    &ssmtp_nixos::SSMTP_NIXOS,
    // group appsAV: tables
    &stalwart::STALWART,
    &vanilla::VANILLA,
    &pyramid_mailer::PYRAMID_MAILER,
    &oro::ORO,
    &micronaut_email::MICRONAUT_EMAIL,
    // group appsAU: tables
    &flowise::FLOWISE,
    &sourcegraph::SOURCEGRAPH,
    &openobserve::OPENOBSERVE,
    &teable::TEABLE,
    &postiz::POSTIZ,
    // group appsAW: tables
    &maddy::MADDY,
    // group appsAX: tables
    &bitnami::WORDPRESS,
    &bitnami::WORDPRESS_CHART,
    &bitnami::MOODLE,
    &bitnami::MOODLE_CHART,
    &bitnami::DRUPAL,
    &bitnami::DRUPAL_CHART,
    &bitnami::JOOMLA,
    &bitnami::JOOMLA_CHART,
    &bitnami::MATOMO,
    &bitnami::MATOMO_CHART,
    &bitnami::SUITECRM,
    &bitnami::SUITECRM_CHART,
    &bitnami::REDMINE,
    &bitnami::REDMINE_CHART,
    &bitnami::GHOST,
    &bitnami::GHOST_CHART,
    &bitnami::ODOO,
    &bitnami::ODOO_CHART,
    &bitnami::PRESTASHOP,
    &bitnami::PRESTASHOP_CHART,
    &bitnami::OPENCART,
    &bitnami::OPENCART_CHART,
    &bitnami_discourse::DISCOURSE,
    &bitnami_discourse::DISCOURSE_CHART,
    &bitnami_mediawiki::MEDIAWIKI,
    &bitnami_mediawiki::MEDIAWIKI_CHART,
    &bitnami_orangehrm::ORANGEHRM,
    // group appsAY: tables
    &traccar::TRACCAR,
    &loomio::LOOMIO,
    &consul::CONSUL,
    // group accBA: tables
    &msmtp_nixos::MSMTP_NIXOS,
    // group appsBB: tables
    &sftpgo::SFTPGO,
    &sftpgo::SFTPGO_ENV,
    &odk_central::ODK_CENTRAL_ENV,
    &odk_central::ODK_CENTRAL_CONFIG,
    &pocketbase::POCKETBASE,
    &openreplay::OPENREPLAY_ENV,
    &gitness::GITNESS_ENV,
    &automatisch::AUTOMATISCH_ENV,
    &observium::OBSERVIUM,
    // group langBA: tables
    &perl_email_sender::PERL_EMAIL_SENDER,
    &perl_net_smtp::PERL_NET_SMTP,
    &perl_net_smtp::PERL_MIME_LITE,
    &powershell::POWERSHELL_SEND_MAILMESSAGE,
];

/// For the tables' tests: of a lint of `text`, the first configuration's
/// client id and report settings (as JSON), and every finding id.
#[cfg(test)]
fn linted(text: &str) -> (String, serde_json::Value, Vec<String>) {
    let r = crate::lint(text, &crate::Options::default());
    let c = r.configs.first().expect("a configuration");
    let ids = r.findings.iter().map(|f| f.id.clone()).collect();
    (
        c.client.clone(),
        serde_json::to_value(&c.settings).expect("settings serialise"),
        ids,
    )
}

/// For the tables' tests: `text` is read by `client` as Postmark's host
/// with STARTTLS, the From `hello@acme-widgets.io`, and nothing to report.
/// Returns the report settings for further checks.
#[cfg(test)]
fn clean_starttls(text: &str, client: &str) -> serde_json::Value {
    let (c, s, ids) = linted(text);
    assert_eq!(c, client);
    assert_eq!(s["host"], "smtp.postmarkapp.com");
    assert_eq!(s["security"], "starttls");
    assert_eq!(s["from"], "hello@acme-widgets.io");
    assert!(ids.is_empty(), "{ids:?}");
    s
}

/// For the tables' tests: whether the finding ids hold `id`.
#[cfg(test)]
fn has(ids: &[String], id: &str) -> bool {
    ids.iter().any(|i| i == id)
}
