//! Database blocks: a block of settings that names a database (`dbname`,
//! `database`, or a driver, adapter or engine that is a database's:
//! `mysqli`, `pdo_pgsql`, `postgresql`, `django.db.backends.mysql`) is a
//! database connection, whatever else its keys look like. TYPO3's
//! `'DB' => ['Connections' => ['Default' => ['driver' => 'mysqli', 'host' =>
//! …]]]`, Laravel's `config/database.php`, Django's `DATABASES`, Rails'
//! `database.yml`: their `host`, `port`, `user` and `password` are the
//! database's, so a table's key patterns (or the generic inference) must not
//! read them as mail, unless the key or its path names mail itself
//! (`smtp_host` next to a `database` key of an app's one flat block).

use rustc_hash::FxHashSet;

use crate::extract::read::{Document, Entry, ValKind};

/// The scopes that hold a key naming a database. One pass over the entries.
pub fn scopes(doc: &Document) -> FxHashSet<u32> {
    let mut out = FxHashSet::default();
    for e in &doc.entries {
        if e.commented() || e.value.kind == ValKind::Presence {
            continue;
        }
        let Some(last) = doc.path_rev(e).next() else {
            continue;
        };
        let key = last.text(doc.input);
        // The key's cheap look first: the set is asked only for the few
        // keys that may name a database (a hash per entry was most of
        // this pass).
        if may_name_database(key)
            && !out.contains(&e.scope)
            && names_database(key, doc.text_of(&e.value))
        {
            out.insert(e.scope);
        }
    }
    out
}

/// The key words [`names_database`] compares with (its length and first
/// letter are looked at first: most keys of a paste are none of them).
const DB_KEYS: [&str; 9] = [
    "dbname",
    "db_name",
    "database",
    "database_name",
    "driver",
    "adapter",
    "engine",
    "dialect",
    "db_connection",
];

/// Whether `key`, its quotes aside, may be one of [`DB_KEYS`]: by its
/// length and its first letter, without a trim or a comparison. This runs
/// for every entry of a paste (`MAIL_HOST`, `mail.smtp.host` are answered
/// here).
fn may_name_database(key: &str) -> bool {
    let b = key.as_bytes();
    let quote = |c: &&u8| matches!(**c, b'"' | b'\'');
    let lead = b.iter().take_while(quote).count();
    let trail = b[lead..].iter().rev().take_while(quote).count();
    let len = b.len() - lead - trail;
    let first = b.get(lead).map_or(0, |c| c.to_ascii_lowercase());
    DB_KEYS
        .iter()
        .any(|w| w.len() == len && w.as_bytes()[0] == first)
}

/// Whether `key = value` says its block is a database connection.
fn names_database(key: &str, value: &str) -> bool {
    let key = key.trim_matches(['"', '\'']);
    if key.len() > 16 {
        return false;
    }
    let is = |w: &str| key.eq_ignore_ascii_case(w);
    let [dbname, db_name, database, database_name, driver, adapter, engine, dialect, db_connection] =
        DB_KEYS;
    if is(dbname) || is(db_name) || is(database) || is(database_name) {
        return !value.trim().is_empty();
    }
    if !(is(driver) || is(adapter) || is(engine) || is(dialect) || is(db_connection)) {
        return false;
    }
    // The value's words (a reference's text too: `env('DB_CONNECTION', 'mysql')`).
    const DATABASES: [&str; 12] = [
        "mysql",
        "pgsql",
        "postgres",
        "sqlite",
        "sqlsrv",
        "mssql",
        "mariadb",
        "oci8",
        "oracle",
        "db.backends",
        "trilogy",
        "ibm_db",
    ];
    let v = value.get(..value.len().min(80)).unwrap_or(value);
    let lower = v.to_ascii_lowercase();
    DATABASES.iter().any(|d| lower.contains(d))
}

/// Whether the entry is a database block's own setting: in a scope that
/// names a database, with no mail word in its key or its path.
pub fn vetoes(doc: &Document, db: &FxHashSet<u32>, e: &Entry) -> bool {
    !db.is_empty()
        && db.contains(&e.scope)
        && !namespaced(doc, e)
        && !doc
            .path_rev(e)
            .take(12)
            .any(|s| super::engine::names_mail(s.text(doc.input)))
}

/// Whether the entry is a top-level name with a prefix of its own that is
/// no database's (`WPMS_SSL` beside `DB_NAME` in one `wp-config.php`,
/// `APP_SMTP_TLS` beside `DB_CONNECTION=mysql` in one `.env`): a flat file
/// is one scope for every app and library it configures, and such a name
/// is its prefix's setting, not the database connection's (`DB_HOST`,
/// `MYSQL_USER`, a bare `host` still are).
fn namespaced(doc: &Document, e: &Entry) -> bool {
    if e.segs.len != 1 {
        return false;
    }
    let Some(key) = doc.path_rev(e).next().map(|s| s.text(doc.input)) else {
        return false;
    };
    let key = key.trim_matches(['"', '\'']);
    let Some((first, _)) = key.split_once('_') else {
        return false;
    };
    const DB_WORDS: [&str; 11] = [
        "db",
        "database",
        "mysql",
        "postgres",
        "postgresql",
        "pg",
        "mariadb",
        "sql",
        "sqlite",
        "mongo",
        "mongodb",
    ];
    !first.is_empty() && !DB_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cheap_look_passes_every_database_key_and_rules_out_others() {
        for k in super::DB_KEYS {
            for key in [
                k.to_string(),
                k.to_ascii_uppercase(),
                format!("'{k}'"),
                format!("\"{}\"", k.to_ascii_uppercase()),
            ] {
                assert!(super::may_name_database(&key), "{key}");
            }
        }
        for key in [
            "MAIL_HOST",
            "mail.smtp.host",
            "host",
            "'port'",
            "",
            "\"\"",
            "DB",
        ] {
            assert!(!super::may_name_database(key), "{key}");
            assert!(!super::names_database(key, "mysql"), "{key}");
        }
        // Only a first look: a key of the same length and first letter
        // passes it, and the comparison refuses it.
        assert!(super::may_name_database("drivers"));
        assert!(!super::names_database("drivers", "mysql"));
        assert!(super::names_database("'driver'", "pdo_mysql"));
        assert!(super::names_database("DATABASE", "app"));
    }

    fn linted(text: &str) -> (String, serde_json::Value, Vec<String>) {
        let r = crate::lint(text, &crate::Options::default());
        let c = r.configs.first().expect("a configuration");
        let ids = r.findings.iter().map(|f| f.id.clone()).collect();
        (
            c.client.clone(),
            serde_json::to_value(&c.settings).expect("json"),
            ids,
        )
    }

    #[test]
    fn a_flat_settings_object_keeps_its_sender_beside_its_database() {
        // Moodle's `$CFG` names its database and its mail settings side by
        // side: the host is read for its `smtp` word, and the sender row
        // (no database has a From) is read too.
        let cfg = "<?php\n$CFG->dbtype = 'pgsql';\n$CFG->dbname = 'moodle';\n$CFG->dbuser = 'moodle';\n$CFG->smtphosts = 'smtp.postmarkapp.com:587';\n$CFG->noreplyaddress = 'lms@acme.io';\n";
        let (client, s, _) = linted(cfg);
        assert_eq!(client, "moodle");
        assert_eq!(s["from"], "lms@acme.io");
        assert_eq!(s["username"], serde_json::Value::Null);
    }

    #[test]
    fn database_blocks_are_not_mail() {
        for (what, text) in [
            (
                "TYPO3 DB connection",
                "<?php\nreturn [\n    'DB' => [\n        'Connections' => [\n            'Default' => [\n                'charset' => 'utf8mb4',\n                'dbname' => 'typo3',\n                'driver' => 'mysqli',\n                'host' => 'db',\n                'password' => 'pw1',\n                'port' => 3306,\n                'user' => 'typo3',\n            ],\n        ],\n    ],\n];\n",
            ),
            (
                "Laravel config/database.php",
                "<?php\nreturn [\n    'default' => env('DB_CONNECTION', 'mysql'),\n    'connections' => [\n        'mysql' => [\n            'driver' => 'mysql',\n            'host' => env('DB_HOST', '127.0.0.1'),\n            'port' => env('DB_PORT', '3306'),\n            'database' => env('DB_DATABASE', 'forge'),\n            'username' => env('DB_USERNAME', 'forge'),\n            'password' => env('DB_PASSWORD', ''),\n        ],\n    ],\n];\n",
            ),
            (
                "Django DATABASES",
                "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'app',\n        'USER': 'app',\n        'PASSWORD': 'pw1',\n        'HOST': 'db',\n        'PORT': '5432',\n    }\n}\n",
            ),
            (
                "Rails database.yml",
                "default: &default\n  adapter: postgresql\n  encoding: unicode\n  host: db\n  port: 5432\n  username: app\n  password: pw1\n\nproduction:\n  <<: *default\n  database: app_production\n",
            ),
        ] {
            let r = crate::lint(text, &crate::Options::default());
            assert!(
                r.configs.is_empty()
                    || r.configs
                        .iter()
                        .all(|c| c.settings.host.as_deref() != Some("db")
                            && c.settings.host.as_deref() != Some("127.0.0.1")),
                "{what}: {:?}",
                r.configs.iter().map(|c| (&c.client, &c.settings.host)).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_flat_files_prefixed_names_beside_a_database_name_are_read() {
        // A whole wp-config.php: `DB_NAME` makes its one scope a database
        // block, yet `WPMS_SSL` (no mail word in it) is WP Mail SMTP's.
        let text = "<?php\ndefine( 'WPMS_ON', true );\ndefine( 'WPMS_MAILER', 'smtp' );\ndefine( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' );\ndefine( 'WPMS_SMTP_PORT', 587 );\ndefine( 'WPMS_SSL', 'tls' );\ndefine( 'WPMS_SMTP_AUTH', true );\ndefine( 'WPMS_SMTP_USER', 'u1' );\ndefine( 'WPMS_SMTP_PASS', 'u1' );\n\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_HOST', 'localhost' );\n";
        let (client, s, _) = linted(text);
        assert_eq!(client, "wp-mail-smtp");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        // The database's own names stay the database's.
        let (_, s, _) = linted("DB_NAME=app\nDB_HOST=db.internal\nDB_USER=app\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }

    #[test]
    fn a_mail_block_beside_a_database_block_is_read() {
        let text = "<?php\nreturn [\n    'DB' => [\n        'Connections' => [\n            'Default' => [\n                'dbname' => 'typo3',\n                'driver' => 'mysqli',\n                'host' => 'db',\n                'port' => 3306,\n            ],\n        ],\n    ],\n    'MAIL' => [\n        'transport' => 'smtp',\n        'transport_smtp_server' => 'smtp.postmarkapp.com:587',\n        'transport_smtp_username' => 'u1',\n        'transport_smtp_password' => 'u1',\n        'defaultMailFromAddress' => 'app@acme.io',\n    ],\n];\n";
        let (client, s, ids) = linted(text);
        assert_eq!(client, "typo3");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(
            !ids.iter().any(|i| i == "input/multiple-configs"),
            "{ids:?}"
        );
        // Laravel 6's flat config/mail.php still is Laravel's (its `driver` is `smtp`).
        let (client, _, _) = linted("<?php\nreturn [\n    'driver' => env('MAIL_DRIVER', 'smtp'),\n    'host' => env('MAIL_HOST', 'smtp.mailgun.org'),\n    'port' => env('MAIL_PORT', 587),\n    'encryption' => env('MAIL_ENCRYPTION', 'tls'),\n    'sendmail' => '/usr/sbin/sendmail -bs',\n];\n");
        assert_eq!(client, "laravel-config");
        // An app's one flat block with a database name and SMTP keys.
        let (_, s, _) = linted("database: app\nsmtp_host: smtp.postmarkapp.com\nsmtp_port: 587\n");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }
}
