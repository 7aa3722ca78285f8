//! XML configuration: elements nest as path segments, attributes are
//! entries below their element (`<network host="…" port="587"/>` in .NET's
//! `system.net/mailSettings`), text content is the element's value
//! (`<smtpHost>…</smtpHost>` in Jenkins), and name/value elements are read
//! by their name (`<property name="host" value="…"/>` in Spring beans,
//! `<add key="SmtpHost" value="…"/>` in appSettings, `<entry key="…">…</entry>`);
//! an element with a `value` and no name is read by its own name as well
//! (`<smtpHost value="…"/>` in log4net's appenders).
//! Comments are read again as commented-out settings; entities are decoded.

use std::ops::Range;

use super::refs::has_template;
use super::{flag, Document, ScopeKind, Seg, Syntax, Val, ValKind};
use crate::model::Quote;

struct Open {
    scope: u32,
    parent: u32,
    name: Range<usize>,
    /// `name=`/`key=` attribute value and `value=` attribute value.
    named: Option<Range<usize>>,
    value_attr: Option<Val>,
    /// Any attribute at all: an element without one, without text and
    /// without children is a flag that is set by being there.
    has_attrs: bool,
    has_children: bool,
    text_start: usize,
}

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    read_flags(doc, region, scope, 0, 0);
}

fn read_flags(doc: &mut Document, region: Range<usize>, scope: u32, flags: u8, depth: u8) {
    let input = doc.input;
    let bytes = input.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut i = region.start;
    let end = region.end.min(bytes.len());
    while i < end {
        let Some(lt) = input[i..end].find('<').map(|p| i + p) else {
            break;
        };
        i = lt;
        let rest = &input[i..end];
        if rest.starts_with("<!--") {
            let close = rest.find("-->").map_or(end, |p| i + p);
            if depth == 0 {
                let cur = stack.last().map_or(scope, |o| o.scope);
                read_flags(doc, i + 4..close, cur, flags | flag::COMMENTED, depth + 1);
            }
            i = (close + 3).min(end);
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            i = rest.find("]]>").map_or(end, |p| i + p + 3);
            continue;
        }
        if rest.starts_with("<?") || rest.starts_with("<!") {
            i = rest.find('>').map_or(end, |p| i + p + 1);
            continue;
        }
        if rest.starts_with("</") {
            let close = rest.find('>').map_or(end, |p| i + p);
            if let Some(o) = stack.pop() {
                finish(doc, o, i, flags);
            }
            i = (close + 1).min(end);
            continue;
        }
        // An opening tag: name, attributes, `/>`.
        let name_start = i + 1;
        let mut j = name_start;
        while j < end && !matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>') {
            j += 1;
        }
        if j == name_start
            || !(bytes[name_start].is_ascii_alphabetic() || bytes[name_start] == b'_')
        {
            i += 1;
            continue;
        }
        let name = name_start..j;
        let parent = stack.last().map_or(scope, |o| o.scope);
        if let Some(o) = stack.last_mut() {
            o.has_children = true;
        }
        let segs = super::keyvalue::key_segs(input, name.clone());
        let el = doc.open(parent, segs, i, ScopeKind::Map);
        let mut named = None;
        let mut value_attr = None;
        let mut has_attrs = false;
        // Attributes.
        let mut self_closing = false;
        let mut guard = 0;
        loop {
            guard += 1;
            if guard > 4096 {
                break;
            }
            while j < end && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r') {
                j += 1;
            }
            if j >= end {
                break;
            }
            if bytes[j] == b'>' {
                j += 1;
                break;
            }
            if input[j..end].starts_with("/>") {
                j += 2;
                self_closing = true;
                break;
            }
            let a = j;
            while j < end && !matches!(bytes[j], b'=' | b' ' | b'\t' | b'\n' | b'>' | b'/') {
                j += 1;
            }
            let attr = a..j;
            if attr.is_empty() {
                j += 1;
                continue;
            }
            while j < end && matches!(bytes[j], b' ' | b'\t') {
                j += 1;
            }
            if j < end && bytes[j] == b'=' {
                j += 1;
                while j < end && matches!(bytes[j], b' ' | b'\t') {
                    j += 1;
                }
                if j < end && matches!(bytes[j], b'"' | b'\'') {
                    let q = bytes[j];
                    let vs = j + 1;
                    let ve = input[vs..end].find(q as char).map_or(end, |p| vs + p);
                    let v = value(
                        doc,
                        vs..ve,
                        if q == b'"' {
                            Quote::Double
                        } else {
                            Quote::Single
                        },
                    );
                    let aname = &input[attr.clone()];
                    if matches!(aname, "name" | "key" | "id" | "property") && named.is_none() {
                        named = Some(vs..ve);
                    } else if aname == "value" {
                        value_attr = Some(v.clone());
                    } else if aname == "eval" && value_attr.is_none() {
                        // Odoo data files: `<field name="smtp_port" eval="587"/>`
                        // (a Python expression; a literal in mail settings).
                        value_attr = Some(v.clone());
                    }
                    doc.push(el, [Seg::key(attr.clone())], attr, v, Syntax::Xml, flags);
                    has_attrs = true;
                    j = (ve + 1).min(end);
                }
            }
        }
        let open = Open {
            scope: el,
            parent,
            name,
            named,
            value_attr,
            has_attrs,
            has_children: false,
            text_start: j,
        };
        if self_closing {
            finish(doc, open, j, flags);
        } else {
            stack.push(open);
        }
        i = j;
    }
    while let Some(o) = stack.pop() {
        finish(doc, o, end, flags);
    }
}

/// Closes an element: its text (when it has no child elements) becomes its
/// value; a name/value element becomes an entry by its name.
fn finish(doc: &mut Document, o: Open, text_end: usize, flags: u8) {
    doc.close(o.scope, text_end);
    let text = if !o.has_children && text_end > o.text_start {
        let r = super::strings::trim(doc.input, o.text_start..text_end);
        let r = trim_newlines(doc.input, r);
        // An HTML `<pre>`/`<code>`/`<textarea>` block shows a file (a
        // page's `.env` example): its lines are read in their own syntax.
        // Never as XML again, so a block inside a block is not reread.
        let name = &doc.input[o.name.clone()];
        let block = ["pre", "code", "textarea"]
            .iter()
            .any(|n| name.eq_ignore_ascii_case(n));
        if block && doc.input[r.clone()].contains('\n') && flags & flag::COMMENTED == 0 {
            let choice = super::sniff::choose(doc.input, r.clone());
            if !matches!(
                choice,
                super::sniff::Choice::Xml | super::sniff::Choice::Prose
            ) {
                let inner = doc.open(o.parent, [], r.start, ScopeKind::Region);
                super::sniff::read_region(doc, r.clone(), inner, 1);
                doc.close(inner, r.end);
            }
        }
        (r.start < r.end).then(|| value(doc, r, Quote::None))
    } else {
        None
    };
    // `<ssl/>`, `<disable></disable>` (pfSense's and OPNsense's
    // `config.xml`): a switch that is on by being written. It becomes an
    // empty value, which a table can read as present.
    let flag_element = text.is_none() && !o.has_children && !o.has_attrs;
    let text = if flag_element {
        let at = o.text_start.min(text_end);
        Some(doc.val(at..at, None, Quote::None, ValKind::Literal))
    } else {
        text
    };
    if let Some(t) = text.clone() {
        doc.push(
            o.parent,
            [Seg::key(o.name.clone())],
            o.name.clone(),
            t,
            Syntax::Xml,
            flags,
        );
    }
    // `<port value="587" />` (log4net's appenders, Ant and NAnt
    // properties): an element with a `value` and no name of its own is
    // a setting named by the element, beside the one it holds; its entry
    // goes in the enclosing element, as a text value's does.
    if let (None, Some(v), None, false) = (&o.named, &o.value_attr, &text, o.has_children) {
        doc.push(
            o.parent,
            [Seg::key(o.name.clone())],
            o.name.clone(),
            v.clone(),
            Syntax::Xml,
            flags,
        );
    }
    if let (Some(name), Some(v)) = (o.named, o.value_attr.or(text)) {
        if !name.is_empty() {
            let segs = super::keyvalue::key_segs(doc.input, name.clone());
            doc.push(
                o.parent,
                segs,
                name,
                v,
                Syntax::Xml,
                flags | flag::QUOTED_KEY,
            );
        }
    }
}

fn trim_newlines(input: &str, r: Range<usize>) -> Range<usize> {
    let s = &input[r.clone()];
    let t = s.trim();
    let start = r.start + (s.len() - s.trim_start().len());
    start..start + t.len()
}

/// An attribute or text value with entities decoded.
fn value(doc: &mut Document, span: Range<usize>, quote: Quote) -> Val {
    let raw = &doc.input[span.clone()];
    let decoded = raw.contains('&').then(|| decode_entities(raw));
    let text = decoded.as_deref().unwrap_or(raw);
    let kind = if has_template(text, false) {
        ValKind::Reference
    } else {
        ValKind::Literal
    };
    doc.val(span, decoded, quote, kind)
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let semi = after.bytes().take(12).position(|b| b == b';');
        let decoded = semi.and_then(|e| {
            let ent = &after[1..e];
            let ch = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => ent
                    .strip_prefix("#x")
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            ch.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::super::Document;
    use super::*;

    fn read_xml(input: &str) -> Vec<(String, String, bool)> {
        super::super::entries_read_by(input, read)
    }

    #[test]
    fn an_html_pre_block_is_read_as_the_file_it_shows() {
        let input = "<html><body><h1>Mail</h1>\n<pre>\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.mailtrap.io\nMAIL_PORT=2525\n</pre>\n<pre>one line</pre></body></html>\n";
        let mut doc = Document::empty(input);
        super::super::sniff::read_all(&mut doc);
        let got: Vec<(String, String)> = doc
            .entries
            .iter()
            .map(|e| (doc.path_string(e), doc.text_of(&e.value).to_string()))
            .collect();
        assert!(
            got.iter()
                .any(|(p, v)| p.ends_with("MAIL_HOST") && v == "smtp.mailtrap.io"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(p, v)| p.ends_with("MAIL_PORT") && v == "2525"),
            "{got:?}"
        );
    }

    #[test]
    fn an_empty_element_is_a_flag_with_an_empty_value() {
        // pfSense's `config.xml`: `<ssl/>` turns implicit TLS on.
        let got = read_xml(
            "<smtp><ipaddress>smtp.x</ipaddress><ssl/><disable></disable><tls>  </tls><network host=\"h\"/></smtp>",
        );
        for flag in ["smtp.ssl", "smtp.disable", "smtp.tls"] {
            assert!(
                got.contains(&(flag.into(), String::new(), false)),
                "{flag}: {got:?}"
            );
        }
        assert!(
            got.contains(&("smtp.ipaddress".into(), "smtp.x".into(), false)),
            "{got:?}"
        );
        // An element with attributes holds them, not a flag of its own.
        assert!(!got.iter().any(|(p, _, _)| p == "smtp.network"), "{got:?}");
        assert!(
            got.contains(&("smtp.network.host".into(), "h".into(), false)),
            "{got:?}"
        );
    }

    #[test]
    fn an_element_with_a_value_is_read_by_its_name() {
        let got = read_xml(
            "<appender name=\"m\" type=\"log4net.Appender.SmtpAppender\">\n  <port value=\"587\" />\n  <from value=\"a@acme.io\"/>\n  <layout type=\"x\"><conversionPattern value=\"%m\" /></layout>\n</appender>",
        );
        assert!(
            got.contains(&("appender.port".into(), "587".into(), false)),
            "{got:?}"
        );
        assert!(
            got.contains(&("appender.from".into(), "a@acme.io".into(), false)),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "appender.layout.conversionPattern".into(),
                "%m".into(),
                false
            )),
            "{got:?}"
        );
        // The attribute itself stays an entry too.
        assert!(
            got.contains(&("appender.port.value".into(), "587".into(), false)),
            "{got:?}"
        );
    }

    #[test]
    fn dotnet_mail_settings() {
        let got = read_xml(
            "<?xml version=\"1.0\"?>\n<configuration><system.net><mailSettings>\n<smtp from=\"a&amp;b@x.io\">\n<network host=\"smtp.postmarkapp.com\" port=\"587\" enableSsl=\"true\" />\n</smtp></mailSettings></system.net></configuration>",
        );
        assert!(got.contains(&(
            "configuration.system.net.mailSettings.smtp.from".into(),
            "a&b@x.io".into(),
            false
        )));
        assert!(got.contains(&(
            "configuration.system.net.mailSettings.smtp.network.port".into(),
            "587".into(),
            false
        )));
    }

    #[test]
    fn text_name_value_and_comments() {
        let got = read_xml(
            "<beans><bean id=\"mailSender\"><property name=\"host\" value=\"smtp.postmarkapp.com\"/>\n<!-- <property name=\"port\" value=\"465\"/> -->\n<props><prop key=\"mail.smtp.auth\">true</prop></props></bean><smtpHost>smtp.x</smtpHost></beans>",
        );
        assert!(
            got.contains(&(
                "beans.bean.host".into(),
                "smtp.postmarkapp.com".into(),
                false
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&("beans.bean.port".into(), "465".into(), true)),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "beans.bean.props.mail.smtp.auth".into(),
                "true".into(),
                false
            )),
            "{got:?}"
        );
        assert!(got.contains(&("beans.smtpHost".into(), "smtp.x".into(), false)));
    }

    #[test]
    fn odoo_eval_attribute_is_the_value() {
        let got = read_xml(
            "<odoo><record model=\"ir.mail_server\"><field name=\"smtp_host\">smtp.x</field><field name=\"smtp_port\" eval=\"587\"/></record></odoo>",
        );
        assert!(
            got.contains(&("odoo.record.smtp_port".into(), "587".into(), false)),
            "{got:?}"
        );
        assert!(got.contains(&("odoo.record.smtp_host".into(), "smtp.x".into(), false)));
    }
}
