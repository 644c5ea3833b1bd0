//! `mq config`: the settings in effect — broker URLs without passwords, the management API,
//! vhost, user, timeout, TLS files, the config file and profile — each with where it came from
//! (an option, a variable, the profile, the URL, the default), and the config file's profiles.
//! Asks no broker and never shows a password: only where it came from.

use std::io::Write;

use clap::Args;

use crate::commands::list::FormatArg;
use crate::context::Context;
use crate::error::Result;
use crate::listing::{Cell, Listing};
use crate::output::{ListFormat, TableLayout, write_listing};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Output format [default: table on a terminal, else tsv: setting, value, source]
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
}

pub async fn run(args: &ConfigArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let format = match args.format {
        Some(format) => format.with_layout(TableLayout::default()),
        None => ListFormat::or_default(None),
    };
    write_listing(out, &settings_listing(&cx.settings), format, None)
}

/// One row a setting: its name, its value as mq uses it, where it came from.
fn settings_listing(settings: &Settings) -> Listing {
    let origins = &settings.origins;
    let mut listing = Listing::new(&["setting", "value", "from"]);
    let mut row = |setting: &str, value: String, from: &str| {
        listing.rows.push(vec![
            Cell::Text(setting.to_owned()),
            Cell::Text(value),
            Cell::Text(from.to_owned()),
        ]);
    };
    let nodes: Vec<String> = settings.nodes.iter().map(ToString::to_string).collect();
    row("url", nodes.join(" "), &origins.url);
    let apis: Vec<String> = settings
        .api_urls()
        .iter()
        .map(ToString::to_string)
        .collect();
    row("api_url", apis.join(" "), &origins.api_url);
    row("vhost", settings.vhost.clone(), &origins.vhost);
    row("user", settings.user.clone(), &origins.user);
    // Never the password, not even its length: only where it comes from.
    row("password", "(not shown)".to_owned(), &origins.password);
    row(
        "timeout",
        humantime::format_duration(settings.timeout).to_string(),
        &origins.timeout,
    );
    let tls = &settings.tls;
    for (name, file) in [
        ("ca_cert", &tls.ca_cert),
        ("client_cert", &tls.client_cert),
        ("client_key", &tls.client_key),
    ] {
        if let Some(path) = file {
            row(
                name,
                path.display().to_string(),
                "--ca-cert, --client-cert or the profile",
            );
        }
    }
    if tls.insecure {
        row("insecure", "true".to_owned(), "--insecure or the profile");
    }
    match &origins.config {
        Some(config) => {
            row(
                "config",
                config.path.display().to_string(),
                &config.path_from,
            );
            let profile = config
                .profile
                .clone()
                .unwrap_or_else(|| "(none)".to_owned());
            row("profile", profile, &config.profile_from);
            row("profiles", config.profiles.join(", "), "the config file");
        }
        None => row("config", "(no config file)".to_owned(), "default"),
    }
    listing
}
