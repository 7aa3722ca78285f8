//! One SMTP configuration found in the paste: the client's table and the
//! fields its entries gave, each with its place in the text.

use std::ops::Range;

use super::profile::Profile;
use crate::model::{Field, KeyUse, Role};

/// One SMTP configuration found in the paste.
#[derive(Clone, Debug)]
pub struct Config {
    /// The client's table (its meaning of every setting).
    pub dialect: &'static Profile,
    /// Where it comes from when the paste holds several (`production`…).
    pub label: Option<String>,
    /// Whether the client would use this one (false for other environments,
    /// later-overridden blocks…).
    pub active: bool,
    /// The part of the input it covers.
    pub span: Range<usize>,
    /// Every recognised assignment, in text order, duplicates included.
    pub fields: Vec<Field>,
    /// Keys the client does not read, for `input/unknown-key`.
    pub unknown_keys: Vec<KeyUse>,
    /// The scope of the document it was read from (for grouping).
    pub root: u32,
    /// Values of settings the client ignores under its own switch (the
    /// URL when Hoppscotch's `MAILER_USE_CUSTOM_CONFIGS=true` picks the
    /// host keys): no rule judges text inside them.
    pub ignored: Vec<Range<usize>>,
    /// The value naming an environment file or store that the block
    /// holding this configuration loads and the paste does not hold
    /// (Compose `env_file:`, `EnvironmentFile`, `envFrom`): settings not
    /// written here, such as the app's mail switch, may be set there.
    pub env_source: Option<Range<usize>>,
}

impl Config {
    pub fn new(dialect: &'static Profile, span: Range<usize>) -> Self {
        Config {
            dialect,
            label: None,
            active: true,
            span,
            fields: Vec::new(),
            unknown_keys: Vec::new(),
            root: 0,
            ignored: Vec::new(),
            env_source: None,
        }
    }

    /// Takes in another block of the same configuration (the engine starts
    /// a block where a key is written again, and a client that reads its
    /// file or section as one joins them): its settings, unknown keys and
    /// ignored values in order after these, its span, and whether it is
    /// used.
    pub fn absorb(&mut self, other: Config) {
        self.span = self.span.start.min(other.span.start)..self.span.end.max(other.span.end);
        self.fields.extend(other.fields);
        self.unknown_keys.extend(other.unknown_keys);
        self.ignored.extend(other.ignored);
        self.active |= other.active;
    }

    /// Drops the fields the client ignores (`keep` false), remembering
    /// their values as [`Config::ignored`].
    pub fn ignore_fields(&mut self, mut keep: impl FnMut(&Field) -> bool) {
        let ignored = &mut self.ignored;
        self.fields.retain(|f| {
            let k = keep(f);
            if !k {
                ignored.push(f.value.span.clone());
            }
            k
        });
    }

    /// The store the credentials are read from (`smtp.existingSecret`,
    /// `passwordeval`, `smtp_sasl_password_maps`): the first
    /// `CredentialsFile` setting that names one. An empty one
    /// (`existingSecret: ""`, a chart's unset default) names no store.
    pub fn credentials_store(&self) -> Option<&Field> {
        self.all(Role::CredentialsFile)
            .find(|f| f.value.is_reference() || !f.value.text.trim().is_empty())
    }

    /// Drops the literal settings a named credentials store replaces
    /// (the table's `store_replaces`), remembering them as ignored.
    /// A Kubernetes container's `envFrom` Secret (read as `secretRef`)
    /// replaces nothing: a variable its `env` sets wins over the Secret's.
    pub fn apply_store(&mut self) {
        let replaced = self.dialect.store_replaces;
        let replacing = self
            .credentials_store()
            .is_some_and(|f| f.key != "secretRef");
        if !replaced.is_empty() && replacing {
            self.ignore_fields(|f| !replaced.contains(&f.role));
        }
    }

    /// All assignments of a role, in text order.
    pub fn all(&self, role: Role) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(move |f| f.role == role)
    }

    /// The assignment the client actually uses: the last one, or the first
    /// where the client says the first wins (PHP constants).
    pub fn get(&self, role: Role) -> Option<&Field> {
        if self.dialect.first_wins {
            self.all(role).next()
        } else {
            self.all(role).last()
        }
    }

    /// The assignment the client uses of each key of a role, in the order
    /// the keys first appear: a role that several switches share (PHP's
    /// `verify_peer` and `verify_peer_name`) has one per key, each picked
    /// as [`Config::get`] picks among a key's repeats.
    pub fn each_key(&self, role: Role) -> Vec<&Field> {
        let mut out: Vec<&Field> = Vec::new();
        for f in self.all(role) {
            match out.iter_mut().find(|g| g.key == f.key) {
                Some(g) if !self.dialect.first_wins => *g = f,
                Some(_) => {}
                None => out.push(f),
            }
        }
        out
    }

    /// Whether an SMTP connection setting is written (host, port,
    /// credentials or a URL): Postmark's API driver named with its token
    /// alone (`MAIL_MAILER=postmark`, `POSTMARK_TOKEN=…`) has none, and
    /// nothing SMTP is then missing.
    pub fn smtp_written(&self) -> bool {
        [
            Role::Host,
            Role::Port,
            Role::Username,
            Role::Password,
            Role::Url,
        ]
        .iter()
        .any(|r| self.get(*r).is_some())
    }

    /// The literal text of a role's value (`None` if absent or a reference).
    pub fn literal(&self, role: Role) -> Option<&str> {
        self.get(role).and_then(|f| f.value.literal())
    }

    /// The port as a number, when it is written as one.
    pub fn port_number(&self) -> Option<u16> {
        self.literal(Role::Port)?.trim().parse().ok()
    }

    /// The port the client will dial: the written one or the client default.
    pub fn effective_port(&self) -> Option<u16> {
        match self.get(Role::Port) {
            Some(f) if f.value.is_reference() => None,
            Some(_) => self.port_number(),
            None => self.dialect.default_port(self),
        }
    }

    pub fn push(&mut self, field: Field) {
        self.fields.push(field);
    }

    /// A table's name for a statement on its client object (`$mail->isSMTP()`,
    /// `$mail->SMTPAuth = true;`), said on the object this configuration's
    /// statements are made on (`$mail2->`, `$this->mailer->`): a paste with
    /// two objects gets each one's own name. Other names as they are.
    pub fn on_own_object(&self, name: &str) -> String {
        let Some(at) = name.strip_prefix('$').and_then(|n| n.find("->")) else {
            return name.to_string();
        };
        let member = &name[at + 3..];
        let own = self.fields.iter().find_map(|f| {
            let i = f.key.rfind("->")?;
            f.key.starts_with('$').then(|| &f.key[..i + 2])
        });
        match own {
            Some(object) => format!("{object}{member}"),
            None => name.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::profile::{Profile, BASE};
    use crate::model::{Quote, Syntax, Value};

    static TABLE: Profile = Profile { ..BASE };

    fn with_key(key: &str) -> Config {
        let mut c = Config::new(&TABLE, 0..0);
        c.push(Field {
            role: Role::Host,
            key: key.to_string(),
            key_span: 0..0,
            value: Value::verbatim("h", 0..1, Quote::None),
            syntax: Syntax::Env,
        });
        c
    }

    #[test]
    fn a_statement_is_named_on_the_configurations_own_object() {
        let c = with_key("$mail2->Host");
        assert_eq!(c.on_own_object("$mail->isSMTP()"), "$mail2->isSMTP()");
        assert_eq!(
            with_key("$this->mailer->Host").on_own_object("$mail->SMTPAuth = true;"),
            "$this->mailer->SMTPAuth = true;"
        );
        // Names that are no object's statement, and configurations without one.
        assert_eq!(c.on_own_object("MAIL_MAILER"), "MAIL_MAILER");
        assert_eq!(
            with_key("MAIL_HOST").on_own_object("$mail->isSMTP()"),
            "$mail->isSMTP()"
        );
    }
}
