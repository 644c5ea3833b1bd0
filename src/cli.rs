//! The command-line definitions (clap derive): global options and one variant per command.
//! Completions and man pages are generated from these same definitions.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::commands::{
    admin, bench, bind, completions, config, consume, declare, definitions, delete, get, list,
    move_, produce, queues, reset, rpc, tap, topology,
};
use crate::diag::Level;
use crate::settings::Overrides;
use crate::tls::TlsFiles;
use crate::values::parse_timeout;

/// The command line as clap parses it: [`Cli`]'s definitions with the help text that is made at
/// run time from the tables in [`crate::reference`] (derive attributes take only constants).
pub fn command() -> clap::Command {
    let cli = with_columns_help(Cli::command().after_help(reference_help()));
    let cli = with_examples(cli);
    // `-h` is the short help: a command's own options; `--help` adds the global ones.
    let cli = cli.mut_args(|arg| {
        if arg.is_global_set() {
            arg.hide_short_help(true)
        } else {
            arg
        }
    });
    // `--format` everywhere has `-f`: one place, so that no command is left out. A name (a
    // queue, an exchange) and `--columns` are no file names: shells are told not to offer files.
    let cli = cli.mut_subcommands(|sub| {
        let has_format = sub.get_arguments().any(|arg| arg.get_id() == "format");
        let sub = if has_format {
            sub.mut_arg("format", |arg| arg.short('f'))
        } else {
            sub
        };
        sub.mut_args(|arg| {
            let named = arg.is_positional()
                && arg.get_value_hint() == clap::ValueHint::Unknown
                && arg.get_possible_values().is_empty()
                && !arg
                    .get_value_names()
                    .is_some_and(|names| names.iter().any(|n| n.contains("FILE")));
            if named || arg.get_id() == "columns" {
                arg.value_hint(clap::ValueHint::Other)
            } else {
                arg
            }
        })
    });
    let commands = grouped_commands(&cli);
    let options = grouped_options(&cli);
    cli.help_template(format!(
        "{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{commands}{options}{{after-help}}"
    ))
}

/// `mq --help`'s options, one line each (wrapped under itself), under their headings: the
/// global options once, grouped as every command's `--help` groups them.
fn grouped_options(cli: &clap::Command) -> String {
    // clap adds --help and --version when it builds the command, which it has not yet.
    let builtin = [
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help("Print help"),
        clap::Arg::new("version")
            .short('V')
            .long("version")
            .action(clap::ArgAction::Version)
            .help("Print version"),
    ];
    let shown: Vec<&clap::Arg> = builtin
        .iter()
        .chain(cli.get_arguments())
        .filter(|arg| !arg.is_hide_set() && !arg.is_positional())
        .collect();
    let lead = |arg: &clap::Arg| {
        let short = arg
            .get_short()
            .map_or("    ".to_owned(), |c| format!("-{c}, "));
        let long = arg.get_long().map(|l| format!("--{l}")).unwrap_or_default();
        let value = match arg.get_value_names() {
            Some(names) if arg.get_action().takes_values() => format!(" <{}>", names[0]),
            _ => String::new(),
        };
        format!("{short}{long}{value}")
    };
    let width = shown.iter().map(|arg| lead(arg).len()).max().unwrap_or(0);
    // The command's own (--help, --version) first, then the global groups in their order.
    let mut headings: Vec<Option<&str>> = vec![None];
    for arg in &shown {
        if !headings.contains(&arg.get_help_heading()) {
            headings.push(arg.get_help_heading());
        }
    }
    let mut text = String::new();
    for heading in headings {
        text.push_str(&format!("{}:\n", heading.unwrap_or("Options")));
        for arg in shown.iter().filter(|arg| arg.get_help_heading() == heading) {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            hanging(
                &mut text,
                &format!("  {:width$}  ", lead(arg)),
                &help,
                HELP_WIDTH,
            );
        }
        text.push('\n');
    }
    // clap puts its own blank line before the after-help.
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

/// Each command's examples (`reference::examples`) after its options, in `--help` only.
fn with_examples(cli: clap::Command) -> clap::Command {
    cli.mut_subcommands(|sub| match crate::reference::examples::of(sub.get_name()) {
        Some(examples) => {
            let text = crate::reference::examples::help_text(examples);
            sub.after_long_help(text)
        }
        None => sub,
    })
}

/// Where `mq --help`'s own lines wrap, as clap wraps the rest (`max_term_width`).
const HELP_WIDTH: usize = 100;

/// The families of commands, in the order `mq --help` lists them (and the README's table).
pub const FAMILIES: &[(&str, &[&str])] = &[
    (
        "Topology",
        &[
            "declare-exchange",
            "declare-queue",
            "bind",
            "unbind",
            "delete-exchange",
            "delete-queue",
            "purge",
        ],
    ),
    (
        "Traffic",
        &[
            "produce", "consume", "get", "tap", "move", "request", "reply",
        ],
    ),
    (
        "Inspection",
        &[
            "list-exchanges",
            "list-queues",
            "list-bindings",
            "list-connections",
            "list-channels",
            "list-consumers",
            "list-vhosts",
            "overview",
            "topology",
        ],
    ),
    (
        "Definitions",
        &["export-definitions", "import-definitions", "reset"],
    ),
    (
        "Administration",
        &[
            "declare-vhost",
            "delete-vhost",
            "set-vhost-limit",
            "clear-vhost-limit",
            "list-vhost-limits",
            "declare-user",
            "change-password",
            "delete-user",
            "list-users",
            "set-permissions",
            "clear-permissions",
            "list-permissions",
            "set-topic-permissions",
            "clear-topic-permissions",
            "list-topic-permissions",
            "declare-policy",
            "delete-policy",
            "list-policies",
            "declare-operator-policy",
            "delete-operator-policy",
            "list-operator-policies",
            "close-connection",
            "list-parameters",
            "set-parameter",
            "clear-parameter",
            "list-global-parameters",
            "list-nodes",
            "list-feature-flags",
            "enable-feature-flag",
            "list-deprecated-features",
            "rebalance-queues",
            "check",
        ],
    ),
    (
        "Shovels and federation",
        &[
            "list-shovels",
            "declare-shovel",
            "delete-shovel",
            "list-federation-links",
        ],
    ),
    ("Load testing", &["bench"]),
    ("Shell", &["config", "completions"]),
];

/// Every visible command's name in `mq --help`'s order: by family, then the rest.
pub(crate) fn family_order(cli: &clap::Command) -> Vec<&str> {
    let visible: Vec<&str> = cli
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
        .map(clap::Command::get_name)
        .collect();
    let mut names: Vec<&str> = FAMILIES
        .iter()
        .flat_map(|(_, names)| names.iter().copied())
        .filter(|name| visible.contains(name))
        .collect();
    names.extend(
        visible
            .iter()
            .filter(|name| !names.contains(name))
            .collect::<Vec<_>>(),
    );
    names
}

/// The completion script for `shell` (`mq completions SHELL`, `completions/`).
pub fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    crate::commands::completions::script(shell)
}

/// `mq --help`'s list of commands, grouped by family; a command no family names goes last.
fn grouped_commands(cli: &clap::Command) -> String {
    let visible: Vec<&clap::Command> = cli.get_subcommands().filter(|c| !c.is_hide_set()).collect();
    let width = visible
        .iter()
        .map(|c| c.get_name().len())
        .max()
        .unwrap_or(0);
    let line = |c: &clap::Command| {
        let mut about = c.get_about().map(ToString::to_string).unwrap_or_default();
        let aliases: Vec<&str> = c.get_all_aliases().collect();
        if !aliases.is_empty() {
            about.push_str(&format!(" [alias: {}]", aliases.join(", ")));
        }
        let mut text = String::new();
        hanging(
            &mut text,
            &format!("  {:width$}  ", c.get_name()),
            &about,
            HELP_WIDTH,
        );
        text
    };
    let mut text = String::new();
    let mut listed = Vec::new();
    for (family, names) in FAMILIES {
        text.push_str(&format!("{family}:\n"));
        for name in *names {
            if let Some(c) = visible.iter().find(|c| c.get_name() == *name) {
                text.push_str(&line(c));
                listed.push(*name);
            }
        }
        text.push('\n');
    }
    let rest: Vec<&&clap::Command> = visible
        .iter()
        .filter(|c| !listed.contains(&c.get_name()))
        .collect();
    if !rest.is_empty() {
        text.push_str("Other:\n");
        for c in rest {
            text.push_str(&line(c));
        }
        text.push('\n');
    }
    text
}

/// `mq --help`'s closing paragraphs: the environment variables and the exit codes.
pub fn reference_help() -> String {
    use crate::reference::{ENV_VARS, EXIT_CODES, PRECEDENCE};
    let mut text = String::from("Environment:\n");
    let name_width = ENV_VARS.iter().map(|var| var.name.len()).max().unwrap_or(0);
    for var in ENV_VARS {
        let entry = format!(
            "{}; overridden by {} [default: {}]",
            var.meaning, var.option, var.default
        );
        hanging(
            &mut text,
            &format!("  {:name_width$}  ", var.name),
            &entry,
            HELP_WIDTH,
        );
    }
    text.push('\n');
    hanging(&mut text, "", PRECEDENCE, HELP_WIDTH);
    hanging(
        &mut text,
        "",
        "Passwords are never printed: URLs are shown without them, and a config or password \
         file that other users can read is warned about.",
        HELP_WIDTH,
    );
    text.push_str("\nExit codes:\n");
    for code in EXIT_CODES {
        // Three digits wide: a longer entry (`129 / 130 / 143`) pushes only its own text right.
        hanging(
            &mut text,
            &format!("  {:>3}  ", code.code),
            code.meaning,
            HELP_WIDTH,
        );
    }
    text.truncate(text.trim_end().len());
    text
}

/// Appends `body` after `lead`, wrapped at `width`, continuation lines indented under the body.
fn hanging(out: &mut String, lead: &str, body: &str, width: usize) {
    let indent = lead.chars().count();
    let mut line = String::from(lead);
    let mut empty = true;
    for word in body.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = " ".repeat(indent);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

#[derive(Debug, Parser)]
#[command(
    name = "mq",
    version,
    about = "A fast command-line tool for RabbitMQ: declare, produce, consume, inspect",
    long_about = "mq declares exchanges, queues and bindings, runs producers and consumers, and shows \
what a RabbitMQ broker holds, through the AMQP port and the management HTTP API.",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten, next_help_heading = "Connection options")]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes; `settings` resolves them (see [`GlobalArgs::overrides`]).
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]
    #[arg(long, global = true, value_name = "URL")]
    pub url: Vec<String>,
    /// Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    /// Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL's, else /]
    #[arg(short = 'p', long, global = true, value_name = "NAME")]
    pub vhost: Option<String>,
    /// User name [env: MQ_USER] [default: the URL's, else guest]
    #[arg(long, global = true, value_name = "NAME")]
    pub user: Option<String>,
    /// Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]
    #[arg(long, global = true, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,
    /// CA certificate(s) (PEM) to verify the broker with, trusted instead of the system's [profile: ca_cert]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS options")]
    pub ca_cert: Option<PathBuf>,
    /// Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS options")]
    pub client_cert: Option<PathBuf>,
    /// The client certificate's private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS options")]
    pub client_key: Option<PathBuf>,
    /// Do not verify the broker's TLS certificate: unsafe, warned about on every run [profile: insecure = true]
    #[arg(long, global = true, help_heading = "TLS options")]
    pub insecure: bool,
    /// Print only what was asked for: no summaries, no progress
    #[arg(
        short,
        long,
        global = true,
        conflicts_with = "verbose",
        help_heading = "Output options"
    )]
    pub quiet: bool,
    /// Say on stderr what mq connects to and does
    #[arg(short, long, global = true, help_heading = "Output options")]
    pub verbose: bool,
}

impl GlobalArgs {
    /// What the command line says about the connection, as plain values for `settings`.
    pub(crate) fn overrides(&self) -> Overrides {
        Overrides {
            urls: self.url.clone(),
            api_url: self.api_url.clone(),
            vhost: self.vhost.clone(),
            user: self.user.clone(),
            password_file: self.password_file.clone(),
            profile: self.profile.clone(),
            config: self.config.clone(),
            timeout: self.timeout,
            tls: TlsFiles {
                ca_cert: self.ca_cert.clone(),
                client_cert: self.client_cert.clone(),
                client_key: self.client_key.clone(),
                insecure: self.insecure,
            },
        }
    }

    pub(crate) fn level(&self) -> Level {
        if self.quiet {
            Level::Quiet
        } else if self.verbose {
            Level::Verbose
        } else {
            Level::Normal
        }
    }
}

/// Each list command's "Columns (--columns):" paragraph filled in from its column table
/// (`listing::columns`).
fn with_columns_help(cli: clap::Command) -> clap::Command {
    // In place: `mut_subcommand` would move each one to the end of the list.
    cli.mut_subcommands(|sub| {
        let kind = list::COMMAND_KINDS
            .iter()
            .chain(admin::COMMAND_KINDS.iter())
            .find(|(name, _)| *name == sub.get_name());
        let Some((_, kind)) = kind else { return sub };
        let help = sub.get_long_about().map(ToString::to_string);
        let help = help.unwrap_or_default();
        sub.long_about(crate::listing::with_columns_help(&help, kind))
    })
}

// Parsed once per run: the size of the largest variant costs nothing worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Declare an exchange (default: direct, durable)
    #[command(visible_alias = "declare_exchange")]
    DeclareExchange(declare::ExchangeArgs),
    /// Declare a queue, optionally binding it; prints its name and message count
    #[command(visible_alias = "declare_queue")]
    DeclareQueue(declare::QueueArgs),
    /// Publish messages, with publisher confirms
    Produce(produce::ProduceArgs),
    /// Print messages from a queue as they arrive, acking each after it is printed
    ///
    /// On a terminal, stderr shows a live count (consumed, settled, the rate; a bar with
    /// --count) and, at the end or on Ctrl-C, a summary: how many were consumed, how each was
    /// settled, and how many are left in the queue. Off a terminal, or with --quiet, nothing.
    Consume(consume::ConsumeArgs),
    /// Take messages one at a time (basic.get) and print them; exit 2 when the queue is empty
    Get(get::GetArgs),
    /// Print every message passing through exchanges, taking none from their queues
    ///
    /// A queue of the tap's own (server-named, exclusive, auto-delete) is bound to each
    /// EXCHANGE with its BINDING_KEY and consumed without acknowledgements; the broker removes
    /// it when the tap ends, however it ends. The tap sees only messages published after it
    /// started, and its queue holds (in the broker's memory) what it has not printed yet. In
    /// json each message says which exchange it passed through. With --trace the queue is
    /// bound to the firehose instead, tracing on for the vhost while the tap runs.
    Tap(tap::TapArgs),
    /// Move the messages a queue holds to another queue, an exchange, or back where they died
    /// (--to-origin), acking each at the source once the destination confirmed it
    ///
    /// The messages the queue holds when the move starts are each looked at once (at most
    /// --count are moved); each is published with confirms and mandatory routing, and acked at
    /// the source only after the destination confirmed it, so a move killed at any moment
    /// loses nothing: what was published and not yet acked (at most --confirm-window messages)
    /// is still in the source, and a second move sends it again (duplicates, which a move
    /// that ends on an error or a signal counts on stderr). A message that is not moved (no
    /// match for --filter, unroutable, nacked, no death record with --to-origin) stays in the
    /// source, where it was. On a terminal stderr shows a bar; at the end a summary says what
    /// was moved and what was left. Exit 1 when a message that should have moved could not.
    Move(move_::MoveArgs),
    /// Send one request over direct reply-to and print its reply as consume prints; exit 75
    /// when no reply came within --reply-timeout
    Request(rpc::RequestArgs),
    /// Answer each request of a queue with a command's stdout (--exec) or a template, sent to
    /// the request's reply_to with its correlation id; a request is acked once its reply was
    /// confirmed
    Reply(rpc::ReplyArgs),
    /// Bind a queue (or, with --to-exchange, an exchange) to an exchange
    Bind(bind::BindArgs),
    /// Remove a binding made by bind (same arguments)
    Unbind(bind::BindArgs),
    /// Delete an exchange
    #[command(visible_alias = "delete_exchange")]
    DeleteExchange(delete::DeleteExchangeArgs),
    /// Delete a queue; prints how many messages went with it
    ///
    /// Into a pipe or a file the count alone (`3005`); on a terminal a sentence (`deleted queue
    /// 'rd' and its 3005 messages`).
    #[command(alias = "delete_queue")]
    DeleteQueue(delete::DeleteQueueArgs),
    /// Delete every ready message of a queue; prints how many
    ///
    /// Into a pipe or a file the count alone (`120`); on a terminal a sentence (`purged 120
    /// messages from queue 'errors'`).
    #[command(alias = "purge_queue")]
    Purge(delete::PurgeArgs),
    /// List exchanges: name type durable auto_delete internal
    ///
    /// Columns (--columns): The default exchange is "" in tsv, csv and json and "(AMQP default)"
    /// in tables.
    #[command(alias = "list_exchanges")]
    ListExchanges(list::ListArgs),
    /// List queues with current message counts: name type durable messages ready unacked consumers state
    ///
    /// ready and consumers are as they are now: each queue is asked over AMQP (a passive
    /// queue.declare, pipelined), because the management API's statistics lag up to 5 s.
    /// unacked comes from the management API and can lag as much; messages is ready + unacked.
    /// The channels say which queues may have unacked messages: usually none (unacked is 0 and
    /// the API is not even asked for message totals) or a few (asked for one by one); only when
    /// they cannot say (a basic.get left messages unacked, a brand-new channel) are every queue's
    /// totals fetched. When AMQP cannot be reached, every count is the API's (with a note on
    /// stderr saying so). Another connection's exclusive queue cannot be asked over AMQP: its
    /// counts are the API's.
    ///
    /// Columns (--columns): state reads "running" for a live queue.
    ///
    /// --watch redraws the listing in place every INTERVAL (at least 5s) on a terminal, with
    /// in_rate and out_rate (messages/s published to and delivered from each queue: the
    /// broker's own rates, which it works out every 5 s); Ctrl-C stops it and leaves the last frame. When standard
    /// output is not a terminal, each refresh is written whole after the previous one, an empty
    /// line apart.
    #[command(alias = "list_queues")]
    ListQueues(queues::QueuesArgs),
    /// List bindings: source destination destination_type routing_key arguments
    ///
    /// Columns (--columns): The default exchange's binding to every queue is listed too, its
    /// source "" ("(AMQP default)" in tables). --filter matches the source or the destination.
    #[command(alias = "list_bindings")]
    ListBindings(list::ListArgs),
    /// List client connections: name user peer_host peer_port state channels client
    ///
    /// Columns (--columns):
    #[command(alias = "list_connections")]
    ListConnections(list::ListArgs),
    /// List channels: name user consumer_count messages_unacknowledged
    ///
    /// Columns (--columns): Channel figures are the management statistics (up to 5 s old).
    #[command(alias = "list_channels")]
    ListChannels(list::ListArgs),
    /// List consumers: queue channel consumer_tag ack_required prefetch_count active arguments
    ///
    /// Columns (--columns): --filter matches the queue name.
    #[command(alias = "list_consumers")]
    ListConsumers(list::ListArgs),
    /// List virtual hosts: name description tags tracing
    ///
    /// Always every vhost. Columns (--columns):
    #[command(alias = "list_vhosts")]
    ListVhosts(list::OutputArgs),
    /// The broker at a glance, one row: cluster version erlang connections channels exchanges queues consumers messages ready unacked
    ///
    /// Always the whole broker; the counts are the management statistics (up to 5 s old).
    /// Columns (--columns): --filter matches the cluster name.
    Overview(list::OutputArgs),
    /// Write the broker's definitions (or one vhost's, with --vhost) as JSON
    ///
    /// Without --vhost (or MQ_VHOST) the whole broker: users, vhosts, permissions, policies,
    /// exchanges, queues, bindings, parameters. With it, that vhost's objects only. The vhost of
    /// the URL or a profile does not narrow the export: only --vhost and MQ_VHOST do. Messages
    /// are not part of definitions. A summary goes to stderr.
    #[command(visible_alias = "export_definitions")]
    ExportDefinitions(definitions::ExportArgs),
    /// Load definitions exported by export-definitions (or rabbitmqadmin) into the broker
    ///
    /// Import MERGES: every object of the file is created, and objects that already exist are
    /// kept as they are (nothing is deleted; an object declared with other properties than the
    /// existing one makes the import fail with 65). Without --vhost (or MQ_VHOST) the file is
    /// loaded into the broker as a whole, each object into the vhost it names; with it, the
    /// file's exchanges, queues and bindings go into that vhost.
    #[command(visible_alias = "import_definitions")]
    ImportDefinitions(definitions::ImportArgs),
    /// Draw the vhost's exchanges, bindings (keys) and queues (messages, consumers)
    ///
    /// As an indented tree (default), Graphviz dot (`mq topology --format dot | dot -Tsvg`),
    /// Mermaid, or a JSON graph. Each queue shows its type and current counts (as in
    /// list-queues), and where its dead letters go (its x-dead-letter-exchange and
    /// x-dead-letter-routing-key arguments, else its policy's dead-letter-exchange and
    /// dead-letter-routing-key). A backlog (ready messages, no consumer) is marked [backlog],
    /// in yellow on a terminal (not under NO_COLOR). Bindings show their routing key (none on
    /// fanout and headers exchanges, which ignore it) and their arguments as key=value pairs
    /// (format=pdf, x-match=all). The default exchange and the built-in amq.* exchanges
    /// nothing is bound to are left out; queues no exchange leads to are listed apart.
    /// --watch redraws it in place every INTERVAL (at least 5s), with the broker's in/out
    /// rates per queue.
    Topology(topology::TopologyArgs),
    /// Delete every queue and every non-default exchange of the vhost
    Reset(reset::ResetArgs),
    /// Load test: producers and consumers on a scratch queue, rates and latency percentiles
    Bench(bench::BenchArgs),
    /// Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish)
    ///
    /// Install it once, for example:
    ///
    ///   bash        mq completions bash > ~/.local/share/bash-completion/completions/mq
    ///               (or, in ~/.bashrc: source <(mq completions bash))
    ///   zsh         mq completions zsh > ~/.zfunc/_mq
    ///               (~/.zshrc: fpath=(~/.zfunc $fpath) before autoload -Uz compinit; compinit)
    ///   fish        mq completions fish > ~/.config/fish/completions/mq.fish
    ///   powershell  mq completions powershell | Out-String | Invoke-Expression
    ///               (that line in $PROFILE)
    ///   elvish      eval (mq completions elvish | slurp)
    ///               (that line in ~/.config/elvish/rc.elv)
    ///
    /// Needs no broker and reads no config file.
    #[command(verbatim_doc_comment)]
    Completions(completions::CompletionsArgs),
    /// Show the settings in effect and where each came from; list the config file's profiles
    ///
    /// One row a setting: the broker URLs (without passwords), the management API, vhost,
    /// user, timeout, TLS files, the config file and the profile in use, each with its source:
    /// an option (--vhost), a variable (MQ_VHOST), the profile ('prod'), the URL that carried
    /// it, or the default. The password is never shown, only where it comes from. Asks no
    /// broker.
    Config(config::ConfigArgs),
    #[command(flatten)]
    Admin(admin::AdminCommand),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_option_has_f_for_short() {
        let cli = command();
        let mut with_format = 0;
        for sub in cli.get_subcommands() {
            if let Some(format) = sub.get_arguments().find(|arg| arg.get_id() == "format") {
                assert_eq!(format.get_short(), Some('f'), "{}", sub.get_name());
                with_format += 1;
            }
        }
        assert!(with_format >= 10, "{with_format}");
    }

    #[test]
    fn mq_help_lists_the_global_options_once_under_their_groups() {
        let help = command().render_long_help().to_string();
        for heading in [
            "Options:",
            "Connection options:",
            "TLS options:",
            "Output options:",
        ] {
            assert_eq!(help.matches(heading).count(), 1, "{heading} in {help}");
        }
        assert_eq!(help.matches("--client-key <FILE>").count(), 1, "{help}");
        let connection = help.find("Connection options:").unwrap_or_default();
        let tls = help.find("TLS options:").unwrap_or_default();
        let vhost = help.find("-p, --vhost <NAME>").unwrap_or_default();
        let insecure = help.find("--insecure").unwrap_or_default();
        assert!(
            connection < vhost && vhost < tls && tls < insecure,
            "{help}"
        );
    }
}
