//! A refused sender (or test recipient, or test message), explained by the
//! static findings about the From address when there are some.

use crate::model::Role;
use crate::probe::session::Failure;
use crate::report::Span;

use super::{quote, static_cause, Context, Item};

/// Static findings that explain a refused sender.
const FROM_CAUSES: [&str; 6] = [
    "from/not-verified",
    "from/placeholder",
    "from/free-mail",
    "from/local-domain",
    "from/whitespace",
    "from/invalid",
];

/// MAIL FROM, RCPT TO or DATA refused with `reply`.
pub(super) fn rejected(
    cx: &Context,
    item: &mut Item,
    failure: &Failure,
    reply: &str,
    field_span: &dyn Fn(Role) -> Option<Span>,
) {
    item.id = "from/rejected";
    let what = match failure {
        Failure::FromRejected { .. } => {
            format!("MAIL FROM:<{}>", cx.target.from.as_deref().unwrap_or(""))
        }
        Failure::RcptRejected { .. } => "the test recipient".into(),
        _ => "the test message".into(),
    };
    let cause = static_cause(cx, &FROM_CAUSES);
    item.body = format!("{{P}}: the server refused {what} with {}", quote(reply));
    if let Some(f) = cause {
        item.body
            .push_str(&format!(". The static check explains it: {}", f.message));
        item.span = f.span;
    } else {
        item.span = field_span(Role::From);
    }
    item.fix = "Send from an address of a verified Sender Signature or Domain (Postmark → Sender Signatures).".into();
}
