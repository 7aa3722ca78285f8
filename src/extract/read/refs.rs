//! References inside literal text: the templates and interpolations that a
//! tool substitutes before the client reads the value (`${VAR}`,
//! `{{ .Values.smtp.host }}`, `${{ secrets.X }}`, `%env(X)%`, `<%= ENV['X'] %>`,
//! `#{ENV['X']}`, `$__env{X}`, `op://vault/item`, CapRover's `$$cap_x`). Such a value is never
//! judged as if it were the text the client will see.
//!
//! Code expressions (a variable, `env('X')`, `process.env.X`) are recognised
//! by the code reader from their tokens, not here.

/// Openers of a substitution anywhere in a value (`$$cap_`: CapRover's
/// one-click app variables, `$$cap_smtp_host`, filled in when the app is
/// deployed).
const OPENERS: [&str; 11] = [
    "$$cap_",
    "${",
    "{{",
    "%env(",
    "<%",
    "#{",
    "$__env{",
    "$__file{",
    "$__vault{",
    "%(",
    "ENC[",
];

/// The first bytes of [`OPENERS`].
const OPENER_START: [bool; 256] = super::ascii::first_bytes(&OPENERS);

/// The first byte at or after `from` that may start an opener: eight bytes
/// per step (branch-free inside a step), then one by one.
#[inline]
fn next_opener(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut skip = 0;
    for chunk in rest.chunks_exact(8) {
        if chunk
            .iter()
            .fold(false, |any, &b| any | OPENER_START[usize::from(b)])
        {
            break;
        }
        skip += 8;
    }
    rest[skip..]
        .iter()
        .position(|&b| OPENER_START[usize::from(b)])
        .map(|p| from + skip + p)
}

/// Whether the text holds a substitution a tool replaces before the client
/// reads it. `shell`: the syntax also expands `$NAME` (shell, compose,
/// unquoted and double-quoted `.env` values): then a value that is exactly
/// `$NAME` is a reference (a `$` inside a token, `pa$$word` or `$2y$10$…`,
/// is not).
#[inline]
pub fn has_template(text: &str, shell: bool) -> bool {
    // Every form is at least two bytes long: a one-byte value (most of a
    // paste of short lines) is answered here, without the call below.
    text.len() >= 2 && template_in(text, shell)
}

fn template_in(text: &str, shell: bool) -> bool {
    let t = super::strings::trim_str(text);
    // Every form below is at least two bytes long (`$X`, `${…}`, `%x%`…).
    if t.len() < 2 {
        return false;
    }
    let bytes = t.as_bytes();
    // One pass, trying only the openers that start with the byte at hand
    // (a table look-up per byte: this runs on every quoted value).
    let mut from = 0;
    while let Some(i) = next_opener(bytes, from) {
        let b = bytes[i];
        let hit = OPENERS.iter().any(|o| {
            let o = o.as_bytes();
            o[0] == b && bytes[i..].starts_with(o) && closes(&t[i + o.len()..], o)
        });
        if hit {
            return true;
        }
        from = i + 1;
    }
    // A sender whose address is a variable: `'Support' <$email>`,
    // `Support <$EMAIL>` (compose files and `.env` lines expand it). One
    // compare for most values, which do not end with `>`.
    if shell
        && bytes[bytes.len() - 1] == b'>'
        && t.rfind('<')
            .is_some_and(|i| is_dollar_var(&t[i + 1..t.len() - 1]))
    {
        return true;
    }
    // The whole-value forms, by their first byte (one compare for most
    // values, which start with none of these).
    match bytes[0] {
        b'o' => t.starts_with("op://"),
        b'v' => t.starts_with("vault:"),
        b'a' => t.starts_with("arn:aws:secretsmanager:"),
        // Encrypted in place and decrypted before the client reads it: Salt's
        // `#!yaml|gpg` renderer (an armored PGP message), Ansible Vault.
        b'-' => t.starts_with("-----BEGIN PGP MESSAGE-----"),
        b'$' => t.starts_with("$ANSIBLE_VAULT;") || (shell && is_dollar_var(t)),
        // Symfony parameters: `%mailer_password%`.
        b'%' => {
            t.len() > 2
                && t.ends_with('%')
                && t[1..t.len() - 1]
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.'))
        }
        _ => false,
    }
}

/// A substitution must close for the text to be one (`${` alone in a
/// password is just characters); `%(` must be configparser's `%(name)s`.
fn closes(rest: &str, opener: &[u8]) -> bool {
    match opener {
        b"{{" => rest.contains("}}"),
        b"<%" => rest.contains("%>"),
        b"%(" => rest.find(")s").is_some_and(|i| {
            i > 0
                && rest[..i]
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'_')
        }),
        b"ENC[" => rest.contains(']'),
        b"%env(" => rest.contains(")%"),
        b"$$cap_" => rest
            .bytes()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_'),
        _ => rest.contains('}'),
    }
}

/// `$NAME` or `$NAME_2` alone: a shell variable; also `$email-username`,
/// Argo CD notifications' reference to a key of its Secret (Kubernetes
/// Secret keys hold `-` and `.`; a shell would expand `$email` there, a
/// reference either way).
pub fn is_dollar_var(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('$') else {
        return false;
    };
    // A script's positional parameter, `MAIL_HOST="$1"`.
    if rest.len() == 1 && rest.as_bytes()[0].is_ascii_digit() {
        return true;
    }
    let mut chars = rest.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A whole value that is an upper-case `$NAME` (`host $MSMTP_HOST`,
/// `relayhost = $RELAY_HOST`): in a file that does not expand variables
/// itself, the placeholder `envsubst` or a container's entrypoint fills in
/// before the program reads the file (lower or mixed case, `$ecret`, may
/// be a password).
pub fn is_filled_in_var(t: &str) -> bool {
    let Some(rest) = t.trim().strip_prefix('$') else {
        return false;
    };
    let b = rest.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_uppercase()
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
}

/// The variable a pure reference names, when it is one: `${VAR}`, `$VAR`,
/// `${VAR:-default}` → `VAR` (for resolution in the paste).
pub fn env_var_name(t: &str) -> Option<&str> {
    let t = t.trim();
    let inner = if let Some(r) = t.strip_prefix("%env(") {
        // Symfony's container: `%env(MAILER_DSN)%`, with processors
        // (`%env(resolve:MAILER_DSN)%`) before the name.
        let r = r.strip_suffix(")%")?;
        r.rsplit(':').next().unwrap_or(r)
    } else if let Some(r) = t.strip_prefix("${") {
        let r = r.strip_suffix('}')?;
        let end = r.find([':', '-', '?', '+', '=']).unwrap_or(r.len());
        &r[..end]
    } else {
        t.strip_prefix('$')?
    };
    plain_name(inner)
}

/// `name` when it is a plain variable name (a letter or `_`, then
/// letters, digits and `_`).
fn plain_name(name: &str) -> Option<&str> {
    let ok = name
        .bytes()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
        && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
    ok.then_some(name)
}

/// The variable a Jinja expression names when it is that variable alone
/// (`{{ smtp_password }}`, an Ansible play's or role's variable): no
/// filter, attribute or call (`{{ x | default('y') }}`, `{{ .Values.x }}`).
pub fn jinja_var_name(t: &str) -> Option<&str> {
    plain_name(t.trim().strip_prefix("{{")?.strip_suffix("}}")?.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jinja_variables() {
        assert_eq!(jinja_var_name("{{ smtp_user }}"), Some("smtp_user"));
        assert_eq!(jinja_var_name("{{pass}}"), Some("pass"));
        for t in [
            "{{ .Values.smtp.host }}",
            "{{ x | default('y') }}",
            "{{ vault.x }}",
            "{{ }}",
            "x {{ y }}",
        ] {
            assert_eq!(jinja_var_name(t), None, "{t}");
        }
    }

    #[test]
    fn templates() {
        for t in [
            "${SMTP_PASS}",
            "x${A}y",
            "{{ .Values.smtp.password }}",
            "${{ secrets.POSTMARK }}",
            "%env(MAILER_DSN)%",
            "<%= ENV['X'] %>",
            "#{ENV['X']}",
            "$__env{SMTP_PASSWORD}",
            "%(smtp_password)s",
            "op://Private/Postmark/token",
            "%mailer_password%",
            "ENC[AES256_GCM,data:abc]",
            "-----BEGIN PGP MESSAGE-----\n\nhQEMA7ArHXoBMYR3AQgA\n=bI22\n-----END PGP MESSAGE-----\n",
            "$ANSIBLE_VAULT;1.1;AES256\n6638643965\n",
            "$$cap_smtp_host",
            "noreply@$$cap_root_domain",
        ] {
            assert!(has_template(t, false), "{t}");
        }
        assert!(has_template("$SMTP_PASS", true));
        assert!(has_template("$email-username", true));
        assert!(!has_template("$email-username", false));
        assert!(!has_template("$2y$10$abc", true));
        // An angle address that is a variable, after a display name.
        assert!(has_template("'Suporte Typebot' <$email>", true));
        assert!(has_template("Support <$SMTP_FROM>", true));
        assert!(!has_template("Support <$email>", false));
        assert!(!has_template("Support <a$b@acme.io>", true));
        assert!(!has_template("p<$>", true));
        assert!(!has_template("$SMTP_PASS", false));
        assert!(has_template("$X", true));
        assert!(!has_template(" $ ", true));
        // A script's positional parameter (`MAIL_HOST="$1"`), in shell only.
        assert!(has_template("$1", true));
        assert!(!has_template("$1", false));
        assert!(!has_template("$12", true));
        for l in [
            "smtp.postmarkapp.com",
            "587",
            "$2y$10$abc",
            "pa$$word",
            "abc${def",
            "a{b}c",
            "100%",
            "x%(y",
            "pa$$cap_",
        ] {
            assert!(!has_template(l, true), "{l}");
        }
    }

    #[test]
    fn filled_in_variables() {
        assert!(is_filled_in_var("$MSMTP_HOST"));
        assert!(is_filled_in_var(" $SMTP_PORT2 "));
        for not in ["$ecret", "$Abc", "$A", "pa$WORD", "$MAIL_HOST.x", "MAIL"] {
            assert!(!is_filled_in_var(not), "{not}");
        }
    }

    #[test]
    fn brace_templates_in_code_strings() {
        // Code strings are read with `shell = false`.
        assert!(has_template("${SMTP_USER}", false));
        assert!(has_template("smtp-{{ .Values.env }}.x", false));
        assert!(!has_template("abc${def", false));
        assert!(!has_template("{x}", false));
        assert!(!has_template("pa$$word{{", false));
    }

    #[test]
    fn variable_names() {
        assert_eq!(env_var_name("${MAIL_HOST}"), Some("MAIL_HOST"));
        assert_eq!(env_var_name("${MAIL_HOST:-smtp.x}"), Some("MAIL_HOST"));
        assert_eq!(env_var_name("$MAIL_HOST"), Some("MAIL_HOST"));
        assert_eq!(env_var_name("x${A}"), None);
        assert_eq!(env_var_name("%env(MAILER_DSN)%"), Some("MAILER_DSN"));
        assert_eq!(
            env_var_name("%env(resolve:MAILER_DSN)%"),
            Some("MAILER_DSN")
        );
        assert_eq!(env_var_name("%env(MAILER_DSN)%/x"), None);
    }
}
