//! `smtp-probe rules`: the rule catalogue with its documentation.

use std::fmt::Write as _;

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::exit;
use crate::registry;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum RulesFormat {
    #[default]
    Text,
    Json,
    /// One help page per rule and an index, written under --out.
    Html,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// Output format (`html` writes the rule help pages under --out).
    #[arg(long, value_enum, default_value_t)]
    pub format: RulesFormat,
    /// The folder for `--format html` (e.g. dist/rules).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// With `--format html`: folders of sample configurations (the test
    /// fixtures, the real-world corpus); each rule page then shows what
    /// the checker says about them, client by client.
    #[arg(long, value_name = "DIR")]
    pub samples: Vec<PathBuf>,
    /// Show only this rule (an id such as `port/465-unsupported`).
    #[arg(conflicts_with = "clients")]
    pub id: Option<String>,
    /// List the clients and apps whose settings are read, with the
    /// documentation each profile was written from, instead of the rules.
    #[arg(long)]
    pub clients: bool,
}

pub fn run(args: RulesArgs) -> u8 {
    if args.clients {
        return clients(args.format);
    }
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
        RulesFormat::Html => {
            let Some(out) = args.out else {
                eprintln!("smtp-probe: --format html needs --out DIR");
                return exit::USAGE;
            };
            let notes = super::rule_pages::client_notes(&args.samples);
            match super::rule_pages::write(&rules, &out, &notes) {
                Ok(n) => eprintln!("wrote {n} rule pages and an index to {}", out.display()),
                Err(e) => {
                    eprintln!("smtp-probe: cannot write {}: {e}", out.display());
                    return exit::USAGE;
                }
            }
        }
        RulesFormat::Json => {
            let text = serde_json::to_string_pretty(&rules).expect("rules serialise");
            return print(&format!("{text}\n"));
        }
        RulesFormat::Text => {
            let mut out = String::new();
            for r in rules {
                let scope = if r.network { " (probe only)" } else { "" };
                let _ = writeln!(
                    out,
                    "{} [{}]{scope}\n  checks:  {}\n  why:     {}\n  example: {}\n  fix:     {}\n",
                    r.id,
                    r.severity.as_str(),
                    r.checks,
                    r.why,
                    r.example,
                    r.fix
                );
            }
            return print(&out);
        }
    }
    exit::OK
}

/// Writes `text` to standard output. A reader that stops early (`| head`)
/// is not an error; any other failure to write is.
fn print(text: &str) -> u8 {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => exit::OK,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            eprintln!("smtp-probe: cannot write the output: {e}");
            exit::USAGE
        }
    }
}

fn clients(format: RulesFormat) -> u8 {
    let clients = registry::clients();
    match format {
        RulesFormat::Html => {
            eprintln!("smtp-probe: --clients is listed as text or json");
            exit::USAGE
        }
        RulesFormat::Json => {
            let text = serde_json::to_string_pretty(&clients).expect("clients serialise");
            print(&format!("{text}\n"))
        }
        RulesFormat::Text => {
            let mut out = String::new();
            for c in clients {
                let how = if c.inferred {
                    " (inferred from key names)"
                } else {
                    ""
                };
                let _ = writeln!(out, "{} — {}{how}", c.id, c.name);
                for d in c.docs {
                    let _ = writeln!(out, "  {d}");
                }
            }
            print(&out)
        }
    }
}
