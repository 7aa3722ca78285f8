//! Environment variables written as name/value objects in a list, in the
//! data formats deployment tools use: an AWS ECS task definition's
//! `"environment": [{"name": "SMTP_HOST", "value": "…"}]` and `"secrets":
//! [{"name": "SMTP_PASS", "valueFrom": "arn:aws:ssm:…"}]` (JSON, or HCL in
//! Terraform's `jsonencode`), CloudFormation's `Name`/`Value`, a CDK or
//! Pulumi object literal. Each pair becomes an entry named by the variable
//! in the list's scope (`environment.SMTP_HOST`), as a compose
//! `environment:` list gives it; a `valueFrom` (a secret store's ARN or
//! key) is a reference. (The YAML reader does the same for Kubernetes' and
//! CloudFormation's YAML as it reads.)
//!
//! One pass over the entries: the two halves of a pair are next to each
//! other (a scalar value adds no entry between them), in either order.

use super::{flag, Document, ScopeKind, SegKind, Syntax, ValKind};

/// What a key of a name/value object is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Half {
    Name,
    Value,
    /// `valueFrom`: the value lives in a secret store.
    From,
}

fn half(key: &str) -> Option<Half> {
    match key {
        "name" | "Name" => Some(Half::Name),
        "value" | "Value" => Some(Half::Value),
        "valueFrom" | "ValueFrom" => Some(Half::From),
        _ => None,
    }
}

/// Adds an entry per name/value object of a list read as code or data.
pub fn read(doc: &mut Document) {
    let input = doc.input;
    // Most pastes hold no such object: one look first.
    if !(input.contains("alue") && (input.contains("name") || input.contains("Name"))) {
        return;
    }
    let mut pairs = Vec::new();
    // The last name and the last value seen, not yet paired: the other
    // half pairs with it when it is in the same object (entries of nested
    // calls between them, `value = tostring(var.port)`, do not matter).
    let (mut name, mut value): (Option<usize>, Option<usize>) = (None, None);
    for (i, e) in doc.entries.iter().enumerate() {
        if !matches!(e.syntax, Syntax::Code(_)) || e.commented() {
            continue;
        }
        let h = match doc.own_segs(e.segs) {
            [s] if s.kind == SegKind::Key => half(s.text(input)),
            _ => None,
        };
        let other = match h {
            Some(Half::Name) => value.take(),
            Some(Half::Value | Half::From) => name.take(),
            None => continue,
        };
        let Some(j) = other.filter(|&j| doc.entries[j].scope == e.scope) else {
            match h {
                Some(Half::Name) => name = Some(i),
                _ => value = Some(i),
            }
            continue;
        };
        let (n, v) = match h {
            Some(Half::Name) => (e, &doc.entries[j]),
            _ => (&doc.entries[j], e),
        };
        let item = &doc.scopes[e.scope as usize];
        let parent = item.parent;
        let var = n.value.span();
        // A list's item, or a Terraform block repeated as one: a
        // `helm_release`'s `set { name = "smtp.host" value = … }`, a
        // `kubernetes_deployment` container's `env { name = … value = … }`.
        let repeated_block = e.syntax == Syntax::Code(crate::model::Lang::Hcl)
            && matches!(
                doc.own_segs(item.segs).last().map(|s| s.text(input)),
                Some("set" | "set_sensitive" | "env")
            );
        if e.scope != super::ROOT
            && item.kind == ScopeKind::Map
            && (doc.scopes[parent as usize].kind == ScopeKind::List || repeated_block)
            && n.value.kind == ValKind::Literal
            && super::env::is_key(&input[var.clone()])
        {
            let mut val = v.value.clone();
            let from = doc.own_segs(v.segs).first().map(|s| half(s.text(input)));
            if from == Some(Some(Half::From)) {
                val.kind = ValKind::Reference;
            }
            pairs.push((parent, var, val, e.syntax));
        }
    }
    for (scope, var, v, syntax) in pairs {
        // A dotted name is a path (a Helm value's `smtp.host`), split as
        // the properties reader splits its keys.
        let segs = super::keyvalue::key_segs(input, var.clone());
        doc.push(scope, segs, var, v, syntax, flag::LIST_ITEM);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Document;

    fn vars(src: &str) -> Vec<(String, String)> {
        let doc = Document::read(src);
        doc.entries
            .iter()
            .filter(|e| doc.path_string(e).contains("SMTP"))
            .map(|e| (doc.path_string(e), doc.text_of(&e.value).to_string()))
            .collect()
    }

    #[test]
    fn ecs_task_definition_environment_and_secrets() {
        let src = r#"{"containerDefinitions": [{"name": "web", "environment": [{"name": "PORT", "value": "3000"}, {"name": "SMTP_HOST", "value": "smtp.postmarkapp.com"}, {"value": "587", "name": "SMTP_PORT"}], "secrets": [{"name": "SMTP_PASS", "valueFrom": "arn:aws:ssm:us-east-1:1:parameter/p"}]}]}"#;
        let got = vars(src);
        let find = |p: &str| got.iter().find(|(k, _)| k.ends_with(p)).map(|x| &x.1);
        assert_eq!(
            find("environment.SMTP_HOST").map(String::as_str),
            Some("smtp.postmarkapp.com"),
            "{got:?}"
        );
        assert_eq!(
            find("environment.SMTP_PORT").map(String::as_str),
            Some("587")
        );
        let doc = Document::read(src);
        let pass = doc
            .entries
            .iter()
            .find(|e| doc.path_string(e).ends_with("secrets.SMTP_PASS"))
            .expect("secret");
        assert_eq!(pass.value.kind, super::ValKind::Reference);
        // The container's own `name` is no variable.
        assert!(!doc
            .entries
            .iter()
            .any(|e| doc.path_string(e).ends_with(".web")));
    }

    #[test]
    fn terraform_jsonencode_and_a_lone_name_key() {
        let got = vars("resource \"aws_ecs_task_definition\" \"app\" {\n  container_definitions = jsonencode([{\n    name = \"app\"\n    environment = [\n      { name = \"SMTP_HOST\", value = \"smtp.postmarkapp.com\" },\n    ]\n  }])\n}\n");
        assert!(
            got.iter()
                .any(|(k, v)| k.ends_with("environment.SMTP_HOST") && v == "smtp.postmarkapp.com"),
            "{got:?}"
        );
        // An object with a name and a value that is not in a list: as written.
        let got = vars("{\"smtp\": {\"name\": \"SMTP_HOST\", \"value\": \"x\"}}");
        assert!(got.is_empty(), "{got:?}");
    }
    /// Terraform's repeated blocks: `helm_release`'s `set { name value }`
    /// (a dotted chart value is a path) and a Kubernetes container's `env`.
    #[test]
    fn terraform_set_and_env_blocks() {
        let got = vars("resource \"helm_release\" \"mail\" {\n  set {\n    name  = \"config.general.SMTP_RELAYHOST\"\n    value = \"[smtp.postmarkapp.com]:587\"\n  }\n}\nresource \"kubernetes_deployment\" \"app\" {\n  spec {\n    container {\n      env {\n        name  = \"SMTP_PORT\"\n        value = \"2525\"\n      }\n    }\n  }\n}\n");
        assert!(
            got.iter()
                .any(|(k, v)| k.ends_with("mail.config.general.SMTP_RELAYHOST")
                    && v == "[smtp.postmarkapp.com]:587"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(k, v)| k.ends_with("container.SMTP_PORT") && v == "2525"),
            "{got:?}"
        );
    }
}
