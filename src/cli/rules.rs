//! `smtp-probe rules`: the rule catalogue with its documentation.

use clap::Args;

use super::{exit, Format};
use crate::registry;

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Show only this rule (an id such as `port/465-unsupported`).
    pub id: Option<String>,
}

pub fn run(args: RulesArgs) -> u8 {
    let rules: Vec<_> = registry::all()
        .into_iter()
        .filter(|r| args.id.as_deref().is_none_or(|id| r.id == id))
        .collect();
    if rules.is_empty() {
        eprintln!(
            "smtp-probe: no rule with id {:?} (try `smtp-probe rules`)",
            args.id.unwrap_or_default()
        );
        return exit::USAGE;
    }
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&rules).expect("rules serialise")
        ),
        Format::Text => {
            for r in rules {
                let scope = if r.network { " (probe only)" } else { "" };
                println!(
                    "{} [{}]{scope}\n  checks:  {}\n  why:     {}\n  example: {}\n  fix:     {}\n",
                    r.id,
                    r.severity.as_str(),
                    r.checks,
                    r.why,
                    r.example,
                    r.fix
                );
            }
        }
    }
    exit::OK
}
