//! The README's generated tables: each sits between `<!-- generated: NAME -->` and
//! `<!-- end -->` and is rewritten whole from [`mq::reference`].

use mq::cli::FAMILIES;
use mq::reference::{ENV_VARS, EXIT_CODES, default_columns};

/// The README, relative to the project root.
pub const README: &str = "README.md";

const END: &str = "<!-- end -->";

/// Every generated section: its name (as in the opening marker) and its text.
pub fn sections() -> Vec<(&'static str, String)> {
    vec![
        ("commands", commands()),
        ("default-columns", columns()),
        ("environment", environment()),
        ("exit-codes", exit_codes()),
    ]
}

fn opening(name: &str) -> String {
    format!("<!-- generated: {name} -->")
}

/// The README with every generated section replaced by what the tables say, and the names of
/// the sections whose text changed. A missing or unclosed marker is an error naming it.
pub fn update(readme: &str) -> Result<(String, Vec<&'static str>), String> {
    let mut text = readme.to_owned();
    let mut changed = Vec::new();
    for (name, body) in sections() {
        let open = opening(name);
        let start = text
            .find(&open)
            .ok_or_else(|| format!("{README}: no {open} marker"))?
            + open.len();
        let end = text[start..]
            .find(END)
            .ok_or_else(|| format!("{README}: {open} has no {END} after it"))?
            + start;
        let wanted = format!("\n{body}");
        if text[start..end] != wanted {
            text.replace_range(start..end, &wanted);
            changed.push(name);
        }
    }
    Ok((text, changed))
}

/// A table cell: code spans stay as they are, a `|` is escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn environment() -> String {
    let mut table =
        String::from("| environment | meaning | overridden by | default |\n|---|---|---|---|\n");
    for var in ENV_VARS {
        table.push_str(&format!(
            "| `{}` | {} | `{}` | {} |\n",
            var.name,
            cell(var.meaning),
            cell(var.option),
            cell(var.default)
        ));
    }
    table
}

fn exit_codes() -> String {
    let mut table = String::from("| code | meaning |\n|---|---|\n");
    for code in EXIT_CODES {
        table.push_str(&format!("| {} | {} |\n", code.code, cell(code.meaning)));
    }
    table
}

fn commands() -> String {
    let mut table = String::from("| family | commands |\n|---|---|\n");
    for (family, names) in FAMILIES {
        let names: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
        table.push_str(&format!("| {family} | {} |\n", names.join(", ")));
    }
    table
}

/// Each list command, its rabbitmqctl alias (the spelling clap also accepts), and its default columns.
fn columns() -> String {
    let cli = mq::cli::command();
    let mut table = String::from("| command (rabbitmqctl alias) | default columns |\n|---|---|\n");
    for (name, columns) in default_columns() {
        let aliases: Vec<String> = cli
            .find_subcommand(name)
            .map(|c| c.get_all_aliases().map(|a| format!("`{a}`")).collect())
            .unwrap_or_default();
        let alias = if aliases.is_empty() {
            String::new()
        } else {
            format!(" ({})", aliases.join(", "))
        };
        table.push_str(&format!("| `{name}`{alias} | `{}` |\n", columns.join(" ")));
    }
    table
}
