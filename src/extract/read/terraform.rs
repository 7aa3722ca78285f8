//! Terraform's input variables: `variable "smtp_host" { default =
//! "smtp.postmarkapp.com" }` declares `smtp_host` with the value it takes
//! when nothing sets it (a `.tfvars` file or `TF_VAR_smtp_host` that the
//! paste does not show), as `smtp_host = "…"` in a `.tfvars` file would.
//! Each default becomes an entry named by its variable at the paste's top,
//! so the variable is read by its name and `var.smtp_host` elsewhere in the
//! paste resolves to it (see [`super::resolve`]); a variable declared
//! without a default is set where the paste does not show: a reference.
//! An output (`output "smtp_endpoint" { value = "email-smtp…:587" }`, as
//! SES modules publish their SMTP settings) is read the same way, by its
//! name, from its `value`.
//!
//! One pass over the entries.

use super::{Document, Lang, Quote, SegKind, Syntax, ValKind, ROOT};

/// A variable's default: its value and the entry's flags.
type DefaultVal = (super::Val, u8);

/// Adds an entry per `variable "name" { default = … }`.
pub fn read(doc: &mut Document) {
    if !doc.syntaxes.contains(&Syntax::Code(Lang::Hcl)) {
        return;
    }
    let input = doc.input;
    // Per variable block (by scope, in text order): its name and default.
    let mut found: Vec<(std::ops::Range<usize>, Option<DefaultVal>)> = Vec::new();
    let mut block_of: rustc_hash::FxHashMap<u32, usize> = Default::default();
    for e in doc.entries.iter() {
        if e.syntax != Syntax::Code(Lang::Hcl) || e.commented() {
            continue;
        }
        let mut path = doc.path_rev(e);
        let (Some(default), Some(name), Some(block), None) =
            (path.next(), path.next(), path.next(), path.next())
        else {
            continue;
        };
        let key = |s: &super::Seg, w: &str| s.kind == SegKind::Key && s.text(input) == w;
        let output = key(block, "output");
        if !(output || key(block, "variable")) || name.kind != SegKind::Key {
            continue;
        }
        // An output is its value; it names nothing without one, and an SMTP
        // URL in it is read where it stands (by its shape: a copy would be
        // a second configuration).
        if output
            && (!key(default, "value")
                || crate::extract::profile::engine::is_smtp_url(doc.text_of(&e.value)))
        {
            continue;
        }
        let at = *block_of.entry(e.scope).or_insert_with(|| {
            found.push((name.span.start as usize..name.span.end as usize, None));
            found.len() - 1
        });
        if key(default, if output { "value" } else { "default" }) {
            found[at].1 = Some((e.value.clone(), e.flags));
        }
    }
    for (span, default) in found {
        // No default: set where the paste does not show (`var.name`).
        let (v, flags) = default.unwrap_or_else(|| {
            let text = format!("var.{}", &input[span.clone()]);
            let v = doc.val(span.clone(), Some(text), Quote::None, ValKind::Reference);
            (v, 0)
        });
        doc.push(
            ROOT,
            [super::Seg::key(span.clone())],
            span,
            v,
            Syntax::Code(Lang::Hcl),
            flags,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::Document;

    #[test]
    fn a_variables_default_is_its_value_and_var_reads_it() {
        let src = "variable \"smtp_host\" {\n  type    = string\n  default = \"smtp.postmarkapp.com\"\n}\n\nvariable \"smtp_user\" {\n  type = string\n}\n\nresource \"aws_ecs_task_definition\" \"app\" {\n  container_definitions = jsonencode([{\n    environment = [\n      { name = \"SMTP_HOST\", value = var.smtp_host },\n      { name = \"SMTP_USER\", value = var.smtp_user },\n    ]\n  }])\n}\n";
        let doc = Document::read(src);
        let get = |path: &str| {
            doc.entries
                .iter()
                .find(|e| doc.path_string(e) == path)
                .map(|e| (doc.text_of(&e.value).to_string(), e.value.kind))
        };
        use super::super::ValKind;
        assert_eq!(
            get("smtp_host"),
            Some(("smtp.postmarkapp.com".into(), ValKind::Literal))
        );
        // No default: set where the paste does not show.
        assert_eq!(
            get("smtp_user"),
            Some(("var.smtp_user".into(), ValKind::Reference))
        );
        let env = |var: &str| {
            doc.entries
                .iter()
                .find(|e| doc.path_string(e).ends_with(&format!("environment.{var}")))
                .map(|e| (doc.text_of(&e.value).to_string(), e.value.kind))
        };
        assert_eq!(
            env("SMTP_HOST"),
            Some(("smtp.postmarkapp.com".into(), ValKind::Literal))
        );
        assert_eq!(
            env("SMTP_USER"),
            Some(("var.smtp_user".into(), ValKind::Reference))
        );
    }

    #[test]
    fn an_output_is_read_by_its_name() {
        let src = "output \"smtp_endpoint\" {\n  value = \"email-smtp.us-east-1.amazonaws.com:465\"\n}\noutput \"smtp_password\" {\n  description = \"The SES SMTP password\"\n  value = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true\n}\n";
        let doc = Document::read(src);
        let top: Vec<_> = doc
            .entries
            .iter()
            .filter(|e| doc.path_rev(e).count() == 1)
            .map(|e| (doc.key_of(e).to_string(), doc.text_of(&e.value).to_string()))
            .collect();
        assert_eq!(top.len(), 2, "{top:?}");
        assert_eq!(top[0].0, "smtp_endpoint");
        assert_eq!(top[0].1, "email-smtp.us-east-1.amazonaws.com:465");
        assert_eq!(top[1].0, "smtp_password");
        // An SMTP URL is read where it stands, not copied.
        let doc = Document::read(
            "output \"smtp_url\" {\n  value = \"smtp://u:p@smtp.postmarkapp.com:587\"\n}\n",
        );
        assert_eq!(doc.entries.len(), 1);
    }
}
