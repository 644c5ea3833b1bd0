//! Shell completion scripts and man pages, generated from the command line `mq` parses
//! ([`crate::cli()`]) and the tables of [`mq::reference`].

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use clap_complete::{Generator, Shell};
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use mq::reference::{ENV_VARS, EXIT_CODES, PRECEDENCE};

use crate::cli;

/// The folder of completion scripts, relative to the project root.
pub const COMPLETIONS_DIR: &str = "completions";
/// The folder of man pages, relative to the project root.
pub const MAN_DIR: &str = "man";
const BIN: &str = "mq";

/// The completion script for `shell`, as `mq completions SHELL` prints it.
pub fn completion(shell: Shell) -> Vec<u8> {
    mq::cli::completion_script(shell)
}

/// Every shell clap_complete knows, with the file name its script is installed under.
pub fn completions() -> Vec<(String, Vec<u8>)> {
    Shell::value_variants()
        .iter()
        .map(|shell| (shell.file_name(BIN), completion(*shell)))
        .collect()
}

/// `mq.1` and one page per (visible) subcommand, at any depth: `mq-declare-queue.1`, …
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut root = cli().disable_help_subcommand(true);
    // Builds the whole tree once, which gives subcommands their `mq-NAME` page names and
    // `mq NAME` synopses.
    root.build();
    let mut pages = vec![(page_name(&root), root_page(&root))];
    let mut pending: Vec<&clap::Command> = root.get_subcommands().collect();
    while let Some(command) = pending.pop() {
        if command.is_hide_set() {
            continue;
        }
        pages.push((page_name(command), command_page(command)));
        pending.extend(command.get_subcommands());
    }
    pages.sort();
    pages
}

/// Everything both folders should hold, keyed by the path relative to the project root.
pub fn expected_files() -> BTreeMap<PathBuf, Vec<u8>> {
    let completions = completions()
        .into_iter()
        .map(|(name, text)| (Path::new(COMPLETIONS_DIR).join(name), text));
    let man = man_pages()
        .into_iter()
        .map(|(name, text)| (Path::new(MAN_DIR).join(name), text));
    completions.chain(man).collect()
}

/// The footer names the program and its version, whatever the page. The synopsis is clap's
/// usage line (`mq produce [OPTIONS] [MESSAGES]...`): clap_mangen's own lists every global
/// flag, without its value, on every page.
fn man(mut command: clap::Command) -> Man {
    let usage = command.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage:")
        .unwrap_or(&usage)
        .trim()
        .to_owned();
    // mq's version, not this crate's.
    let version = cli().get_version().unwrap_or_default().to_owned();
    // `-h` leaves the global options out; a page describes every option.
    let command = command.mut_args(|arg| arg.hide_short_help(false));
    Man::new(command.override_usage(usage)).source(format!("{BIN} {version}"))
}

fn page_name(command: &clap::Command) -> String {
    format!(
        "{}.1",
        command.get_display_name().unwrap_or(command.get_name())
    )
}

/// `mq.1`: clap_mangen's sections, then what a newcomer needs beyond the flags.
fn root_page(root: &clap::Command) -> Vec<u8> {
    // The after-help text is a summary of ENVIRONMENT and EXIT STATUS, which this page spells out.
    let man = man(root
        .clone()
        .after_help(None::<&str>)
        .subcommand_help_heading("COMMANDS"));
    let mut page = Page::default();
    page.add(|w| man.render_title(w));
    page.add(|w| man.render_name_section(w));
    page.add(|w| man.render_synopsis_section(w));
    page.add(|w| man.render_description_section(w));
    page.roff(description_footer());
    page.add(|w| man.render_options_section(w));
    page.add(|w| man.render_subcommands_section(w));
    page.roff(environment());
    page.roff(exit_status());
    page.roff(files());
    page.roff(examples());
    page.roff(see_also(&["rabbitmqctl(8)", "rabbitmq-plugins(8)"]));
    page.finish()
}

/// `mq-NAME.1`: clap_mangen's sections, the rabbitmqctl alias, and a way back to `mq(1)`.
fn command_page(command: &clap::Command) -> Vec<u8> {
    let man = man(command.clone());
    let mut page = Page::default();
    page.add(|w| man.render_title(w));
    page.add(|w| man.render_name_section(w));
    page.add(|w| man.render_synopsis_section(w));
    page.add(|w| man.render_description_section(w));
    let aliases: Vec<&str> = command.get_all_aliases().collect();
    if !aliases.is_empty() {
        let mut roff = Roff::new();
        roff.control("PP", []);
        roff.text([roman(format!(
            "Also answers to {}, its rabbitmqctl name.",
            aliases
                .iter()
                .map(|alias| format!("{BIN} {alias}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))]);
        page.roff(roff);
    }
    if command.get_arguments().any(|arg| !arg.is_hide_set()) {
        page.add(|w| man.render_options_section(w));
    }
    if command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        page.add(|w| man.render_subcommands_section(w));
    }
    // `--help` shows the examples after the options; the page has them as its EXAMPLES, from
    // the same table.
    if let Some(examples) = mq::reference::examples::of(command.get_name()) {
        let mut roff = Roff::new();
        roff.control("SH", ["EXAMPLES"]);
        for (line, what) in examples {
            paragraph(&mut roff, &sentence(what));
            literal(&mut roff, &[line]);
        }
        page.roff(roff);
    }
    page.roff(see_also(&["mq(1)"]));
    page.finish()
}

/// Concatenates sections rendered one at a time; each rendering repeats roff's preamble, which
/// the page needs only once.
#[derive(Default)]
struct Page {
    text: Vec<u8>,
}

const ROFF_PREAMBLE: &[u8] = b".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

impl Page {
    fn add(&mut self, render: impl FnOnce(&mut dyn io::Write) -> io::Result<()>) {
        let mut section = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = render(&mut section);
        let body = if self.text.is_empty() {
            &section[..]
        } else {
            section.strip_prefix(ROFF_PREAMBLE).unwrap_or(&section)
        };
        self.text.extend_from_slice(body);
    }

    fn roff(&mut self, roff: Roff) {
        self.add(|w| roff.to_writer(w));
    }

    /// Help texts may hold any character; groff reads ASCII unless told otherwise, so the
    /// rest goes in as `\[uXXXX]` escapes, which groff and mandoc both understand.
    fn finish(self) -> Vec<u8> {
        let text = String::from_utf8_lossy(&self.text);
        let mut ascii = String::with_capacity(text.len());
        for c in text.chars() {
            if c.is_ascii() {
                ascii.push(c);
            } else {
                ascii.push_str(&format!("\\[u{:04X}]", u32::from(c)));
            }
        }
        ascii.into_bytes()
    }
}

/// A term and its description, as a `.TP` paragraph.
fn entry(roff: &mut Roff, term: &str, text: &str) {
    roff.control("TP", []);
    roff.text([bold(term)]);
    roff.text([roman(text)]);
}

/// Lines shown as typed, indented.
fn literal(roff: &mut Roff, lines: &[&str]) {
    roff.control("RS", ["4"]);
    roff.control("nf", []);
    for line in lines {
        roff.text([roman(*line)]);
    }
    roff.control("fi", []);
    roff.control("RE", []);
}

fn paragraph(roff: &mut Roff, text: &str) {
    roff.control("PP", []);
    roff.text([roman(text)]);
}

fn description_footer() -> Roff {
    let mut roff = Roff::new();
    roff.control("PP", []);
    roff.text([
        roman("Each command has a page of its own, "),
        bold("mq-COMMAND"),
        roman("(1) (for example "),
        bold("man mq-produce"),
        roman("), and "),
        bold("mq COMMAND --help"),
        roman(" shows the same. "),
        roman("EXAMPLES below walks through the classic RabbitMQ tutorial."),
    ]);
    roff
}

fn environment() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["ENVIRONMENT"]);
    roff.text([roman(PRECEDENCE)]);
    for var in ENV_VARS {
        let text = format!(
            "{}. Overridden by {}. Default: {}.",
            sentence(var.meaning),
            var.option,
            var.default
        );
        entry(&mut roff, var.name, &text);
    }
    roff
}

fn exit_status() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for code in EXIT_CODES {
        entry(
            &mut roff,
            code.code,
            &format!("{}.", sentence(code.meaning)),
        );
    }
    paragraph(
        &mut roff,
        "Errors are one or two lines on standard error, starting with \"mq: \": what failed, \
         and what to do next where there is an obvious next step.",
    );
    roff
}

/// A table's lower-case phrase as the start of a sentence; a command name keeps its case.
fn sentence(phrase: &str) -> String {
    if phrase.starts_with("mq ") {
        return phrase.to_owned();
    }
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn files() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["FILES"]);
    roff.control("TP", []);
    roff.text([bold("$XDG_CONFIG_HOME/mq/config.toml")]);
    roff.text([roman(
        "The config file (~/.config/mq/config.toml when XDG_CONFIG_HOME is unset), unless \
         --config or MQ_CONFIG names another; it is optional. It holds named profiles, TOML \
         tables [profiles.NAME] with these keys, each optional: url (a URI, or a list of URIs \
         for the nodes of a cluster), api_url, vhost, user, password, ca_cert, client_cert, \
         client_key, insecure (true to skip TLS certificate verification, warned about). A file \
         holding a password should be readable by its owner only (chmod 600): mq warns otherwise. \
         The profile named by --profile or MQ_PROFILE is used, else the one named \
         default. An unknown key is an error (exit 78).",
    )]);
    roff.control("PP", []);
    literal(
        &mut roff,
        &[
            "[profiles.default]",
            "url = \"amqp://guest:guest@localhost:5672/%2f\"",
            "",
            "[profiles.prod]",
            "url = [\"amqps://rabbit1.example.com\", \"amqps://rabbit2.example.com\"]",
            "api_url = \"https://rabbit.example.com:15671\"",
            "vhost = \"orders\"",
            "user = \"ops\"",
            "password = \"s3cret\"",
            "ca_cert = \"/etc/ssl/certs/rabbit-ca.pem\"",
        ],
    );
    roff
}

fn examples() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXAMPLES"]);
    roff.text([roman(
        "The classic RabbitMQ tutorial: a producer of random integers, a direct exchange that \
         routes odd and even ones to two queues, and a consumer that prints the odd ones. It \
         runs against a broker on localhost with the default guest account; point MQ_URL (and \
         MQ_PASSWORD) elsewhere for another.",
    )]);
    let steps: [(&str, &[&str]); 7] = [
        (
            "Declare a durable direct exchange named integers:",
            &["mq declare-exchange integers"],
        ),
        (
            "Declare a queue for the odd integers, bound to the exchange with routing key odd, \
             and one for the even integers (each prints the queue's name and message count):",
            &[
                "mq declare-queue odds --bind integers:odd",
                "mq declare-queue evens --bind integers:even",
            ],
        ),
        (
            "Start a consumer in the background that prints each odd integer as it arrives \
             and acknowledges it once printed:",
            &["mq consume odds --template 'odd integer: {body}' &"],
        ),
        (
            "Publish 20 random integers from 1 to 100, one a second, each with routing key odd \
             or even by its parity (each is printed as integer: N):",
            &["mq produce --random --count 20"],
        ),
        (
            "Look at the queues: odds has been emptied by its consumer, evens holds the even \
             integers (add --format json for scripts):",
            &["mq list-queues"],
        ),
        (
            "Stop the consumer (it acknowledges what it printed and leaves the rest to the \
             broker), and take the even integers out, stopping when none is left:",
            &["kill %1", "mq consume evens --idle-timeout 1s"],
        ),
        (
            "Start over: delete every queue and exchange of the vhost (but the default and \
             amq.* exchanges):",
            &["mq reset --yes"],
        ),
    ];
    for (text, commands) in steps {
        paragraph(&mut roff, text);
        literal(&mut roff, commands);
    }
    paragraph(
        &mut roff,
        "Install the shell completions (for bash here; see mq-completions(1) for the others):",
    );
    literal(
        &mut roff,
        &["mq completions bash > ~/.local/share/bash-completion/completions/mq"],
    );
    roff
}

fn see_also(pages: &[&str]) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["SEE ALSO"]);
    let mut line = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            line.push(roman(", "));
        }
        match page.split_once('(') {
            Some((name, section)) => {
                line.push(bold(name));
                line.push(roman(format!("({section}")));
            }
            None => line.push(italic(*page)),
        }
    }
    roff.text(line);
    roff
}
