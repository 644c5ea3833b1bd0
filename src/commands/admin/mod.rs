//! The operator's commands, on the management API: vhosts and their limits, users and
//! permissions, policies, parameters, nodes, feature flags, connections and the rebalancing of
//! queue leaders. [`AdminCommand`] is flattened into the command list; the helpers here are
//! what these commands share: a listing at an explicit API path, the one "are you sure?" of
//! bulk operations, and turning the API's 404 into the name of what is missing.

pub mod check;
pub mod connections;
pub mod habits;
pub mod nodes;
pub mod parameters;
pub mod policies;
pub mod rebalance;
pub mod shovels;
pub mod users;
pub mod vhosts;

use std::io::{BufRead, IsTerminal, Write};

use clap::Subcommand;

use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::listing::fields::{Field, RowSeed};
use crate::listing::{self, Kind, Options};

/// Each list command of this family and the table it shows, for its help's columns paragraph.
pub const COMMAND_KINDS: [(&str, &Kind); 13] = [
    ("list-vhost-limits", &vhosts::LIMITS),
    ("list-users", &users::USERS),
    ("list-permissions", &users::PERMISSIONS),
    ("list-topic-permissions", &users::TOPIC_PERMISSIONS),
    ("list-policies", &policies::POLICIES),
    ("list-operator-policies", &policies::OPERATOR_POLICIES),
    ("list-parameters", &parameters::PARAMETERS),
    ("list-global-parameters", &parameters::GLOBAL_PARAMETERS),
    ("list-nodes", &nodes::NODES),
    ("list-feature-flags", &nodes::FEATURE_FLAGS),
    ("list-deprecated-features", &nodes::DEPRECATED_FEATURES),
    ("list-shovels", &shovels::SHOVELS),
    ("list-federation-links", &shovels::FEDERATION_LINKS),
];

// Parsed once per run: the size of the largest variant costs nothing worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a virtual host, or change what is given of an existing one (the rest is kept)
    #[command(visible_alias = "add_vhost")]
    DeclareVhost(vhosts::DeclareArgs),
    /// Delete a virtual host with everything in it; says how many queues and messages went
    #[command(visible_alias = "delete_vhost")]
    DeleteVhost(vhosts::DeleteArgs),
    /// Limit a vhost's connections or queues
    #[command(visible_alias = "set_vhost_limits")]
    SetVhostLimit(vhosts::SetLimitArgs),
    /// Remove a vhost's limit (or all of them)
    #[command(visible_alias = "clear_vhost_limits")]
    ClearVhostLimit(vhosts::ClearLimitArgs),
    /// List vhost limits: max_connections max_queues
    ///
    /// Of the vhost (--vhost), or of every vhost that has any with --all-vhosts. An empty
    /// cell is a limit not set. Columns (--columns):
    #[command(visible_alias = "list_vhost_limits")]
    ListVhostLimits(crate::commands::list::ListArgs),
    /// Create a user; the password from --new-password-file, standard input or a prompt
    ///
    /// Never from the command line, where other users of the machine can read it. A user that
    /// exists already is refused (65): change-password changes its password. With
    /// --password-hash the user gets the hash as another broker stored it.
    #[command(visible_alias = "add_user")]
    DeclareUser(users::DeclareUserArgs),
    /// Set a user's password (its tags are kept); from --new-password-file, standard input or a prompt
    #[command(visible_alias = "change_password")]
    ChangePassword(users::ChangePasswordArgs),
    /// Delete a user, with its permissions
    #[command(visible_alias = "delete_user")]
    DeleteUser(users::DeleteUserArgs),
    /// List users: name tags
    ///
    /// Password hashes are never shown. Columns (--columns):
    #[command(visible_alias = "list_users")]
    ListUsers(crate::commands::list::OutputArgs),
    /// Let a user configure, write and read what three regexes match, in the vhost (--vhost)
    #[command(visible_alias = "set_permissions")]
    SetPermissions(users::SetPermissionsArgs),
    /// Take every permission of a user in the vhost (--vhost) away
    #[command(visible_alias = "clear_permissions")]
    ClearPermissions(users::ClearPermissionsArgs),
    /// List permissions: user configure write read
    ///
    /// Of the vhost (--vhost), every vhost (--all-vhosts) or one user in every vhost (--of
    /// USER). --filter matches the user name. Columns (--columns):
    #[command(visible_alias = "list_permissions")]
    ListPermissions(users::ListPermissionsArgs),
    /// Let a user publish to and bind from a topic exchange with what two regexes match
    #[command(visible_alias = "set_topic_permissions")]
    SetTopicPermissions(users::SetTopicPermissionsArgs),
    /// Take every topic permission of a user in the vhost (--vhost) away
    #[command(visible_alias = "clear_topic_permissions")]
    ClearTopicPermissions(users::ClearPermissionsArgs),
    /// List topic permissions: user exchange write read
    ///
    /// Of the vhost (--vhost), every vhost (--all-vhosts) or one user in every vhost (--of
    /// USER). --filter matches the user name. Columns (--columns):
    #[command(visible_alias = "list_topic_permissions")]
    ListTopicPermissions(users::ListPermissionsArgs),
    /// Apply a definition (max-length, dead-lettering…) to the queues or exchanges a regex names
    ///
    /// In the vhost (--vhost). A policy of the same name is replaced. Of the policies matching
    /// an object only the one with the highest priority applies; list-queues --columns
    /// name,policy shows which.
    #[command(visible_alias = "set_policy")]
    DeclarePolicy(policies::DeclareArgs),
    /// Delete a policy of the vhost (--vhost)
    #[command(visible_alias = "clear_policy")]
    DeletePolicy(policies::DeleteArgs),
    /// List policies: name pattern apply_to definition priority
    ///
    /// Of the vhost (--vhost), or of every vhost with --all-vhosts. Columns (--columns):
    #[command(visible_alias = "list_policies")]
    ListPolicies(crate::commands::list::ListArgs),
    /// Cap what users' policies and arguments may set (max-length, message-ttl…), per vhost
    ///
    /// Operator policies apply beside the users' policies: of both, the stricter value wins.
    #[command(visible_alias = "set_operator_policy")]
    DeclareOperatorPolicy(policies::DeclareArgs),
    /// Delete an operator policy of the vhost (--vhost)
    #[command(visible_alias = "clear_operator_policy")]
    DeleteOperatorPolicy(policies::DeleteArgs),
    /// List operator policies: name pattern apply_to definition priority
    ///
    /// Of the vhost (--vhost), or of every vhost with --all-vhosts. Columns (--columns):
    #[command(visible_alias = "list_operator_policies")]
    ListOperatorPolicies(crate::commands::list::ListArgs),
    /// Close client connections: by name, or every one of a user (--of) or matching --filter
    ///
    /// Each closed connection is printed. Closing by --of or --filter asks first on a terminal
    /// and needs --yes elsewhere; --dry-run prints them instead. The clients are told --reason.
    /// mq's own connections are named after the command they run (`mq consume odds`), which
    /// list-connections --columns name,client shows.
    #[command(visible_alias = "close_connection")]
    CloseConnection(connections::CloseArgs),
    /// List runtime parameters: component name value
    ///
    /// Of the vhost (--vhost), or of every vhost with --all-vhosts; --component narrows them to
    /// one component's. --filter matches the name. Columns (--columns):
    #[command(visible_alias = "list_parameters")]
    ListParameters(parameters::ListParametersArgs),
    /// Set a runtime parameter of a component in the vhost (--vhost); its value from typed KEY=VALUEs
    #[command(visible_alias = "set_parameter")]
    SetParameter(parameters::SetParameterArgs),
    /// Remove a runtime parameter of a component in the vhost (--vhost)
    #[command(visible_alias = "clear_parameter")]
    ClearParameter(parameters::ClearParameterArgs),
    /// List global runtime parameters: name value
    ///
    /// Always the whole broker. Columns (--columns):
    #[command(visible_alias = "list_global_parameters")]
    ListGlobalParameters(crate::commands::list::OutputArgs),
    /// List the cluster's nodes: running, uptime, memory and disk against their limits, file descriptors, alarms, partitions
    ///
    /// Memory and disk in bytes. A node that keeps no management statistics reports only its
    /// name and whether it runs (said on stderr). Columns (--columns):
    #[command(visible_alias = "list_nodes")]
    ListNodes(crate::commands::list::OutputArgs),
    /// List feature flags: name state stability provided_by
    ///
    /// Every stable flag must be enabled before an upgrade to the next minor version.
    /// Columns (--columns):
    #[command(visible_alias = "list_feature_flags")]
    ListFeatureFlags(crate::commands::list::OutputArgs),
    /// Enable a feature flag, or --all the stable ones not enabled yet (there is no disabling)
    #[command(visible_alias = "enable_feature_flag")]
    EnableFeatureFlag(nodes::EnableFlagArgs),
    /// List deprecated features: name deprecation_phase state provided_by
    ///
    /// --used: only those in use now, which the next major version may refuse. RabbitMQ 3.13
    /// and later know them; an older broker's answer is 69. Columns (--columns):
    #[command(visible_alias = "list_deprecated_features")]
    ListDeprecatedFeatures(nodes::DeprecatedArgs),
    /// Move queue leaders so that each running node of the cluster leads about as many
    ///
    /// Quorum queues and streams (and, before RabbitMQ 4.0, classic mirrored queues) in every
    /// vhost: their leaders pile up on the nodes that stayed up while others restarted. The
    /// broker answers at once and moves them in the background; list-queues --all-vhosts
    /// --columns name,leader,online shows where they are. Needs the administrator tag.
    #[command(visible_alias = "rebalance_queues")]
    RebalanceQueues,
    /// Check the broker's health: alarms, listeners, quorum-critical, deprecated features, vhosts, certificates, a probe
    ///
    /// Each check is OK, WARNING, CRITICAL or UNKNOWN (it could not be made), with one line of
    /// why: alarms in effect in the cluster (alarms) or on the node of the API (local-alarms);
    /// the node's listeners, an AMQP one among them (listeners); whether a quorum queue would
    /// lose its majority if the node stopped (quorum-critical); deprecated features in use
    /// (deprecated, a WARNING); every vhost running (vhosts); TLS certificates expiring within
    /// --cert-days (certificates); and a probe: a message published with a confirm to a
    /// temporary queue and consumed back, its round trip against --warn and --critical. The
    /// exit code is 0 when every check is OK, else 1; with --format nagios it is Nagios's: 0
    /// OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (the worst of them).
    Check(check::CheckArgs),
    /// List shovels and their state: name type state src_uri src_queue dest_uri dest_queue dest_exchange reason
    ///
    /// Of the vhost (--vhost), or of every vhost with --all-vhosts; static shovels (the node's
    /// configuration) beside dynamic ones. A shovel is starting, running or terminated (reason
    /// says why). URIs are shown without their passwords. Needs the rabbitmq_shovel and
    /// rabbitmq_shovel_management plugins (69 without). Columns (--columns):
    #[command(visible_alias = "shovel_status")]
    ListShovels(crate::commands::list::ListArgs),
    /// Move messages from a queue to a queue or exchange, here or on another broker, for good (a dynamic shovel)
    ///
    /// In the vhost (--vhost), where the shovel runs; --from and --to are this broker's vhost
    /// unless they have an amqp:// or amqps:// URL (whose path is the vhost: amqp://host/%2F).
    /// A shovel of the same name is replaced. The URLs' passwords are never shown again (the
    /// broker keeps them in the parameter). Needs the rabbitmq_shovel plugin (69 without).
    DeclareShovel(shovels::DeclareShovelArgs),
    /// Delete a dynamic shovel of the vhost (--vhost); it stops at once
    #[command(visible_alias = "delete_shovel")]
    DeleteShovel(shovels::DeleteShovelArgs),
    /// List federation links and their status: upstream type exchange queue status error
    ///
    /// Of the vhost (--vhost), or of every vhost with --all-vhosts: one link per federated
    /// exchange or queue and upstream, starting, running, shutdown or error (error says why).
    /// --filter matches the upstream, exchange and queue names. Needs the rabbitmq_federation
    /// and rabbitmq_federation_management plugins (69 without). Columns (--columns):
    #[command(visible_alias = "federation_status")]
    ListFederationLinks(crate::commands::list::ListArgs),
}

pub async fn run(command: AdminCommand, cx: &Context, out: &mut dyn Write) -> Result<()> {
    match command {
        AdminCommand::DeclareVhost(args) => vhosts::declare(&args, cx).await,
        AdminCommand::DeleteVhost(args) => vhosts::delete(&args, cx, out).await,
        AdminCommand::SetVhostLimit(args) => vhosts::set_limit(&args, cx).await,
        AdminCommand::ClearVhostLimit(args) => vhosts::clear_limit(&args, cx).await,
        AdminCommand::ListVhostLimits(args) => vhosts::list_limits(&args, cx, out).await,
        AdminCommand::DeclareUser(args) => users::declare_user(&args, cx).await,
        AdminCommand::ChangePassword(args) => users::change_password(&args, cx).await,
        AdminCommand::DeleteUser(args) => users::delete_user(&args, cx).await,
        AdminCommand::ListUsers(args) => users::list_users(&args, cx, out).await,
        AdminCommand::SetPermissions(args) => users::set_permissions(&args, cx).await,
        AdminCommand::ClearPermissions(args) => users::clear(&args, "permissions", cx).await,
        AdminCommand::ListPermissions(args) => {
            users::list(&args, &users::PERMISSIONS, cx, out).await
        }
        AdminCommand::SetTopicPermissions(args) => users::set_topic_permissions(&args, cx).await,
        AdminCommand::ClearTopicPermissions(args) => {
            users::clear(&args, "topic-permissions", cx).await
        }
        AdminCommand::ListTopicPermissions(args) => {
            users::list(&args, &users::TOPIC_PERMISSIONS, cx, out).await
        }
        AdminCommand::DeclarePolicy(args) => {
            policies::declare(&args, &policies::POLICIES, cx).await
        }
        AdminCommand::DeletePolicy(args) => policies::delete(&args, &policies::POLICIES, cx).await,
        AdminCommand::ListPolicies(args) => {
            policies::list(&args, &policies::POLICIES, cx, out).await
        }
        AdminCommand::DeclareOperatorPolicy(args) => {
            policies::declare(&args, &policies::OPERATOR_POLICIES, cx).await
        }
        AdminCommand::DeleteOperatorPolicy(args) => {
            policies::delete(&args, &policies::OPERATOR_POLICIES, cx).await
        }
        AdminCommand::ListOperatorPolicies(args) => {
            policies::list(&args, &policies::OPERATOR_POLICIES, cx, out).await
        }
        AdminCommand::CloseConnection(args) => connections::close(&args, cx, out).await,
        AdminCommand::ListParameters(args) => parameters::list(&args, cx, out).await,
        AdminCommand::SetParameter(args) => parameters::set(&args, cx).await,
        AdminCommand::ClearParameter(args) => parameters::clear(&args, cx).await,
        AdminCommand::ListGlobalParameters(args) => parameters::list_global(&args, cx, out).await,
        AdminCommand::ListNodes(args) => nodes::list_nodes(&args, cx, out).await,
        AdminCommand::ListFeatureFlags(args) => nodes::list_flags(&args, cx, out).await,
        AdminCommand::EnableFeatureFlag(args) => nodes::enable_flag(&args, cx, out).await,
        AdminCommand::ListDeprecatedFeatures(args) => nodes::list_deprecated(&args, cx, out).await,
        AdminCommand::RebalanceQueues => rebalance::run(cx, out).await,
        AdminCommand::Check(args) => check::run(&args, cx, out).await,
        AdminCommand::ListShovels(args) => shovels::list_shovels(&args, cx, out).await,
        AdminCommand::DeclareShovel(args) => shovels::declare(&args, cx).await,
        AdminCommand::DeleteShovel(args) => shovels::delete(&args, cx).await,
        AdminCommand::ListFederationLinks(args) => shovels::list_links(&args, cx, out).await,
    }
}

/// Lists `kind` from the API's `path` (which may differ from the kind's own: a component's
/// parameters, one user's permissions): the shown fields and the `--filter` ones, each row
/// written as it is read. `missing` names what a 404 means.
pub(crate) async fn list_at(
    kind: &Kind,
    path: &[&str],
    options: &Options,
    missing: &str,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    list_where(kind, path, options, missing, None, cx, out).await
}

/// [`list_at`], keeping only the rows whose `only` field is that text (the API lists some
/// objects only broker-wide: one vhost's are picked out here).
pub(crate) async fn list_where(
    kind: &Kind,
    path: &[&str],
    options: &Options,
    missing: &str,
    only: Option<(Field, &str)>,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    let columns = kind.selected(&options.columns, options.all_vhosts)?;
    let mut fields: Vec<Field> = columns.iter().map(|c| c.field).collect();
    fields.extend_from_slice(kind.filter);
    fields.extend(only.map(|(field, _)| field));
    let shown = columns.len();
    let filters = shown..shown + kind.filter.len();
    let api_columns = listing::api_columns(&fields);
    let mut rows = cx
        .api()?
        .get_array(path, &[("columns", api_columns.as_str())])
        .await
        .map_err(|e| named_missing(e, missing))?;
    let names: Vec<String> = columns.iter().map(|c| c.name.to_owned()).collect();
    let mut writer = options.writer(out, &names)?;
    while let Some(mut cells) = rows.next_seed(RowSeed::new(&fields)).await? {
        let kept = only.is_none_or(|(_, text)| {
            matches!(cells.last(), Some(crate::listing::Cell::Text(value)) if value == text)
        });
        if kept && listing::matches(options.filter.as_ref(), &cells[filters.clone()]) {
            cells.truncate(shown);
            writer.row(&cells)?;
        }
    }
    writer.finish()
}

/// The API's bare "not found" as what is missing: `vhost 'v' does not exist`.
pub(crate) fn named_missing(err: Error, missing: &str) -> Error {
    if err.kind() == ErrorKind::NotFound {
        err.with_message(missing.to_owned())
    } else {
        err
    }
}

/// Whether the API has the object at `path`: a 404 is `false`, any other failure an error.
pub(crate) async fn exists(cx: &Context, path: &[&str]) -> Result<bool> {
    match cx.api()?.get::<serde_json::Value>(path, &[]).await {
        Ok(_) => Ok(true),
        Err(err) if err.kind() == ErrorKind::NotFound => Ok(false),
        Err(err) => Err(err),
    }
}

/// The question before a bulk deletion or close: `what` is the deed (`close 3
/// connection(s)`), asked on the terminal; off a terminal the command is `refused` (64), and a
/// "no" says it was `cancelled` (64).
pub(crate) fn confirm(what: &str, refused: String, cancelled: String) -> Result<()> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Error::usage(refused));
    }
    // Asked on the terminal, not on stdout: `mq … > log` must not capture the question.
    let mut terminal: Box<dyn Write> =
        match std::fs::OpenOptions::new().write(true).open("/dev/tty") {
            Ok(tty) => Box::new(tty),
            Err(_) => Box::new(std::io::stderr()),
        };
    write!(terminal, "{}? [y/N] ", capitalised(what))
        .and_then(|()| terminal.flush())
        .map_err(|e| Error::write("the question to the terminal", e))?;
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Error::read("the answer", e))?;
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        Err(Error::usage(cancelled))
    }
}

/// [`confirm`] with the usual words: `COMMAND would WHAT: give --yes…`.
pub(crate) fn confirm_bulk(what: &str, command: &str) -> Result<()> {
    confirm(
        what,
        format!("{command} would {what}: give --yes to do it, or --dry-run to see what"),
        format!("{command} cancelled; nothing was done"),
    )
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Writes one line of a command's report on stdout.
pub(crate) fn say(out: &mut dyn Write, line: impl std::fmt::Display) -> Result<()> {
    writeln!(out, "{line}").map_err(Error::output)
}
