//! Shovels and federation, on their plugins' management API: `list-shovels`, `declare-shovel`
//! and `delete-shovel` (dynamic shovels: the `shovel` runtime parameter), `list-federation-links`.
//! Where a plugin is not enabled the API answers its paths with the same 404 as a missing
//! vhost; [`Plugin::explain`] tells the two apart (69 naming the plugin, 66 for the vhost).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use super::{exists, named_missing};
use crate::commands::list::ListArgs;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::listing::fields::{Field, RowSeed};
use crate::listing::{self, Cell, Column, Kind, Scope};
use crate::settings::{redact_text, redact_url};
use crate::values::{BindSpec, check_name, parse_bind};

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("target").required(true).args(["to", "to_exchange"]).multiple(true))]
pub struct DeclareShovelArgs {
    /// Shovel name
    pub name: String,
    /// Where messages come from: a queue name, and the source broker's amqp:// or amqps:// URL
    /// (its path the vhost; repeat for more, tried in turn) [default broker: this one, in --vhost]
    #[arg(long, value_name = "QUEUE|URL", required = true, value_parser = parse_end)]
    pub from: Vec<End>,
    /// Where they go: a queue name and the destination broker's URL, as --from takes them
    #[arg(long, value_name = "QUEUE|URL", value_parser = parse_end)]
    pub to: Vec<End>,
    /// Publish to this exchange with the key (the messages' own without :KEY) instead of a queue
    #[arg(long, value_name = "EXCHANGE[:KEY]", value_parser = parse_exchange)]
    pub to_exchange: Option<BindSpec>,
    /// When a message is acked at the source: once the destination confirmed it, once it is
    /// published, or at once (no-ack: messages in flight are lost if the shovel stops)
    #[arg(long, value_enum, default_value = "on-confirm")]
    pub ack_mode: AckMode,
    /// Stop and delete the shovel after the messages the queue held when it started
    /// (queue-length), after N messages, or never [range: 1 to 2^31-1 for N]
    #[arg(long, value_name = "never|queue-length|N", default_value = "never",
          value_parser = parse_delete_after)]
    pub delete_after: DeleteAfter,
    /// Messages unacknowledged at the source at a time [default: the broker's, 1000] [range: 1
    /// to 65535]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub prefetch: Option<u16>,
    /// Seconds between attempts to reconnect after a failure [default: the broker's, 1]
    /// [range: 0 to 86400]
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u32).range(0..=86_400))]
    pub reconnect_delay: Option<u32>,
    /// Add headers saying where each message was shovelled from (x-shovelled)
    #[arg(long)]
    pub add_forward_headers: bool,
    /// The password of the user in the --from URLs, from the first line of FILE (so that it
    /// is not on the command line)
    #[arg(long, value_name = "FILE")]
    pub from_password_file: Option<PathBuf>,
    /// The password of the user in the --to URLs, likewise
    #[arg(long, value_name = "FILE")]
    pub to_password_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DeleteShovelArgs {
    /// Shovel name
    pub name: String,
}

/// One value of `--from`/`--to`: a broker or a queue.
#[derive(Debug, Clone, PartialEq)]
pub enum End {
    Url(String),
    Queue(String),
}

fn parse_end(input: &str) -> Result<End, String> {
    let scheme = input.split_once("://").map(|(scheme, _)| scheme);
    match scheme {
        Some("amqp" | "amqps") => {
            // Checked here, so that the broker's refusal (a sentence about a parameter) never
            // comes back; the URL is quoted only without its password.
            url::Url::parse(input)
                .map_err(|e| format!("'{}' is not a URL: {e}", redact_url(input)))?;
            Ok(End::Url(input.to_owned()))
        }
        Some(other) if !other.is_empty() && other.chars().all(|c| c.is_ascii_alphanumeric()) => {
            Err(format!(
                "'{}' is not an amqp:// or amqps:// URL (a shovel speaks AMQP 0-9-1)",
                redact_url(input)
            ))
        }
        _ => {
            check_name(input, "queue")?;
            if input.is_empty() {
                return Err("a queue name cannot be empty".to_owned());
            }
            Ok(End::Queue(input.to_owned()))
        }
    }
}

fn parse_exchange(input: &str) -> Result<BindSpec, String> {
    if input.contains(':') {
        return parse_bind(input);
    }
    check_name(input, "exchange")?;
    Ok(BindSpec {
        exchange: input.to_owned(),
        routing_key: String::new(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AckMode {
    /// After the destination confirmed the message (nothing is lost)
    OnConfirm,
    /// After it is published to the destination
    OnPublish,
    /// When it is delivered to the shovel
    NoAck,
}

impl AckMode {
    fn api(self) -> &'static str {
        match self {
            AckMode::OnConfirm => "on-confirm",
            AckMode::OnPublish => "on-publish",
            AckMode::NoAck => "no-ack",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteAfter {
    Never,
    QueueLength,
    Count(u32),
}

fn parse_delete_after(input: &str) -> Result<DeleteAfter, String> {
    match input {
        "never" => Ok(DeleteAfter::Never),
        "queue-length" => Ok(DeleteAfter::QueueLength),
        _ => match input.parse::<u32>() {
            Ok(n) if (1..=i32::MAX as u32).contains(&n) => Ok(DeleteAfter::Count(n)),
            _ => Err("never, queue-length or a count of messages from 1 to 2^31-1".to_owned()),
        },
    }
}

/// A plugin these commands need, and the paths it adds to the API.
pub struct Plugin {
    /// The plugin and its management part, as `rabbitmq-plugins enable` takes them.
    pub names: [&'static str; 2],
    /// Its broker-wide listing in the API: present exactly when the plugin is enabled.
    pub collection: &'static str,
    /// Its runtime parameter component, which the broker knows only with the plugin.
    pub component: &'static str,
}

pub const SHOVEL: Plugin = Plugin {
    names: ["rabbitmq_shovel", "rabbitmq_shovel_management"],
    collection: "shovels",
    component: "shovel",
};

pub const FEDERATION: Plugin = Plugin {
    names: ["rabbitmq_federation", "rabbitmq_federation_management"],
    collection: "federation-links",
    component: "federation-upstream",
};

impl Plugin {
    /// 69: `command` needs the plugin, with the command that enables it.
    fn absent(&self, command: &str) -> Error {
        Error::unavailable(
            format!(
                "{command} needs the {} plugin, which is not enabled on the broker",
                self.names[0]
            ),
            None,
        )
        .with_hint(format!(
            "enable it on each node: rabbitmq-plugins enable {}",
            self.names.join(" ")
        ))
    }

    /// `err` from one of the plugin's paths (or its parameters') told apart: the plugin not
    /// enabled (69), the vhost missing (66), else `err` as `missing` says it.
    async fn explain(&self, err: Error, command: &str, missing: &str, cx: &Context) -> Error {
        // Without the plugin, the broker refuses its parameters as of an unknown component.
        let unknown = format!("component {} not found", self.component);
        let suspect = err.kind() == ErrorKind::NotFound
            || (err.kind() == ErrorKind::Invalid && err.to_string().contains(&unknown));
        if !suspect {
            return err;
        }
        match exists(cx, &[self.collection]).await {
            Ok(false) => return self.absent(command),
            Ok(true) => {}
            Err(_) => return err,
        }
        let vhost = cx.settings.vhost.as_str();
        match exists(cx, &["vhosts", vhost]).await {
            Ok(false) => Error::not_found(format!("vhost '{vhost}' does not exist")),
            _ => named_missing(err, missing),
        }
    }
}

const VHOST: Column = Column::new("vhost", "vhost").extra();

pub const SHOVELS: Kind = Kind {
    collection: "shovels",
    scope: Scope::Suffix,
    columns: &[
        VHOST,
        Column::new("name", "name"),
        Column::new("type", "type"),
        Column::new("state", "state"),
        Column::new("src_uri", "src_uri"),
        Column::new("src_queue", "src_queue"),
        Column::exchange("src_exchange", "src_exchange").extra(),
        Column::new("src_exchange_key", "src_exchange_key").extra(),
        Column::new("dest_uri", "dest_uri"),
        Column::new("dest_queue", "dest_queue"),
        Column::exchange("dest_exchange", "dest_exchange"),
        Column::new("dest_exchange_key", "dest_exchange_key").extra(),
        Column::new("reason", "reason").note("why it is terminated"),
        Column::new("node", "node").extra(),
        Column::new("timestamp", "timestamp").extra(),
    ],
    filter: &[Field::new("name")],
    disable_stats: false,
};

pub const FEDERATION_LINKS: Kind = Kind {
    collection: "federation-links",
    scope: Scope::Suffix,
    columns: &[
        VHOST,
        Column::new("upstream", "upstream"),
        Column::new("type", "type"),
        Column::exchange("exchange", "exchange"),
        Column::new("queue", "queue"),
        Column::new("status", "status"),
        Column::new("error", "error"),
        Column::exchange("upstream_exchange", "upstream_exchange").extra(),
        Column::new("upstream_queue", "upstream_queue").extra(),
        Column::new("uri", "uri").extra(),
        Column::new("node", "node").extra(),
        Column::new("id", "id").extra(),
        Column::new("timestamp", "timestamp").extra(),
    ],
    filter: &[
        Field::new("upstream"),
        Field::new("exchange"),
        Field::new("queue"),
    ],
    disable_stats: false,
};

/// A cell as it may be shown: any URI in it without its password (the plugins strip them in
/// their status on current versions; not necessarily on every one), and an error (`reason`,
/// `error`: an Erlang term, laid out over lines) on one line.
fn as_shown(column: &Column, cell: Cell) -> Cell {
    fn strip(value: Value) -> Value {
        match value {
            Value::String(text) => Value::String(redact_text(&text)),
            Value::Array(items) => Value::Array(items.into_iter().map(strip).collect()),
            Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, strip(v))).collect())
            }
            other => other,
        }
    }
    match cell {
        Cell::Text(text) if matches!(column.name, "reason" | "error") => {
            let words: Vec<&str> = text.split_whitespace().collect();
            Cell::Text(redact_text(&words.join(" ")))
        }
        // Word by word: a node name (`rabbit@host`) beside a colon is not a URL.
        Cell::Text(text) => Cell::Text(redact_text(&text)),
        Cell::Json(value) => Cell::Json(strip(value)),
        other => other,
    }
}

/// Lists `kind` of `plugin` for the vhost (or all), with every URI redacted. Always from the
/// broker-wide path, which answers 404 only without the plugin (a vhost's path answers a
/// missing vhost so too, and `/`'s, `%2F`, a bare 400); the vhost's rows are picked out here
/// (there are few shovels and links).
async fn list_plugin(
    args: &ListArgs,
    kind: &Kind,
    plugin: &Plugin,
    command: &str,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    let options = args.options();
    let vhost = cx.settings.vhost.as_str();
    let columns = kind.selected(&options.columns, options.all_vhosts)?;
    let mut fields: Vec<Field> = columns.iter().map(|c| c.field).collect();
    fields.extend_from_slice(kind.filter);
    fields.push(Field::new("vhost"));
    let shown = columns.len();
    let missing = format!("vhost '{vhost}' does not exist");
    let answer = cx.api()?.get_array(&[plugin.collection], &[]).await;
    let mut rows = match answer {
        Ok(rows) => rows,
        Err(err) => return Err(plugin.explain(err, command, &missing, cx).await),
    };
    let mut kept = Vec::new();
    while let Some(mut cells) = rows.next_seed(RowSeed::new(&fields)).await? {
        let here = matches!(cells.last(), Some(Cell::Text(name)) if name == vhost);
        cells.pop();
        if (options.all_vhosts || here)
            && listing::matches(options.filter.as_ref(), &cells[shown..])
        {
            cells.truncate(shown);
            let cells = columns.iter().zip(cells).map(|(c, cell)| as_shown(c, cell));
            kept.push(cells.collect::<Vec<Cell>>());
        }
    }
    if kept.is_empty() && !options.all_vhosts && !exists(cx, &["vhosts", vhost]).await? {
        return Err(Error::not_found(missing));
    }
    let names: Vec<String> = columns.iter().map(|c| c.name.to_owned()).collect();
    let mut writer = options.writer(out, &names)?;
    for cells in &kept {
        writer.row(cells)?;
    }
    writer.finish()
}

pub async fn list_shovels(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    list_plugin(args, &SHOVELS, &SHOVEL, "list-shovels", cx, out).await
}

pub async fn list_links(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let command = "list-federation-links";
    list_plugin(args, &FEDERATION_LINKS, &FEDERATION, command, cx, out).await
}

/// The first line of a password file.
fn read_password(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::read(format_args!("password file '{}'", path.display()), e))?;
    Ok(text.lines().next().unwrap_or_default().to_owned())
}

/// `url` with `password` for its user: refused (64) without a user, or with a password already.
fn with_password(url: &str, password: &str, side: &str) -> Result<String> {
    let shown = redact_url(url);
    let mut parsed =
        url::Url::parse(url).map_err(|e| Error::usage(format!("'{shown}' is not a URL: {e}")))?;
    if parsed.username().is_empty() {
        return Err(Error::usage(format!(
            "--{side}-password-file: '{shown}' names no user (amqp://USER@HOST/VHOST)"
        )));
    }
    if parsed.password().is_some() {
        return Err(Error::usage(format!(
            "--{side}-password-file: '{shown}' has a password already"
        )));
    }
    parsed
        .set_password(Some(password))
        .map_err(|()| Error::usage(format!("'{shown}' cannot take a password")))?;
    Ok(parsed.to_string())
}

/// One end of a shovel as its parameter holds it: the URIs (with the password of
/// `password_file` put in), and the queue if any.
fn end_uris(
    ends: &[End],
    password_file: Option<&Path>,
    vhost: &str,
    side: &str,
) -> Result<(Value, Option<String>)> {
    let password = password_file.map(read_password).transpose()?;
    let mut uris = Vec::new();
    let mut queue = None;
    for end in ends {
        match end {
            End::Url(url) => uris.push(match &password {
                Some(password) => with_password(url, password, side)?,
                None => url.clone(),
            }),
            End::Queue(name) if queue.is_some() => {
                return Err(Error::usage(format!(
                    "--{side} names two queues ('{}' and '{name}'): a shovel has one {side} queue",
                    queue.unwrap_or_default()
                )));
            }
            End::Queue(name) => queue = Some(name.clone()),
        }
    }
    if password.is_some() && uris.is_empty() {
        return Err(Error::usage(format!(
            "--{side}-password-file needs a URL in --{side} (this broker takes no password)"
        )));
    }
    let uris = match uris.as_slice() {
        // The node's own broker, by a direct connection: an empty host, and the vhost.
        [] => json!(format!(
            "amqp:///{}",
            percent_encoding::utf8_percent_encode(vhost, percent_encoding::NON_ALPHANUMERIC)
        )),
        [one] => json!(one),
        _ => json!(uris),
    };
    Ok((uris, queue))
}

/// The shovel's parameter value, checked: what the broker would refuse, or what would loop,
/// is refused here (64) with the flag to change.
fn shovel_value(args: &DeclareShovelArgs, vhost: &str) -> Result<Value> {
    let from_password = args.from_password_file.as_deref();
    let (src_uri, src_queue) = end_uris(&args.from, from_password, vhost, "from")?;
    let (dest_uri, dest_queue) = end_uris(&args.to, args.to_password_file.as_deref(), vhost, "to")?;
    let Some(src_queue) = src_queue else {
        return Err(Error::usage(
            "--from needs the source queue's name (beside any URL)",
        ));
    };
    let mut value = json!({
        "src-protocol": "amqp091",
        "src-uri": src_uri,
        "src-queue": src_queue,
        "dest-protocol": "amqp091",
        "dest-uri": dest_uri,
        "ack-mode": args.ack_mode.api(),
    });
    match (&dest_queue, &args.to_exchange) {
        (Some(_), Some(_)) => {
            return Err(Error::usage(
                "--to names a queue and --to-exchange an exchange: give one of them",
            ));
        }
        (None, None) => {
            return Err(Error::usage(
                "--to needs the destination queue's name, or --to-exchange an exchange",
            ));
        }
        (Some(queue), None) => {
            if *queue == src_queue && src_uri == dest_uri {
                return Err(Error::usage(format!(
                    "--from and --to are the same queue '{queue}' on the same broker: the \
                     shovel would move every message in a circle"
                )));
            }
            value["dest-queue"] = json!(queue);
        }
        (None, Some(exchange)) => {
            value["dest-exchange"] = json!(exchange.exchange);
            if !exchange.routing_key.is_empty() {
                value["dest-exchange-key"] = json!(exchange.routing_key);
            }
        }
    }
    value["src-delete-after"] = match args.delete_after {
        DeleteAfter::Never => json!("never"),
        DeleteAfter::QueueLength => json!("queue-length"),
        DeleteAfter::Count(n) => json!(n),
    };
    if let Some(prefetch) = args.prefetch {
        value["src-prefetch-count"] = json!(prefetch);
    }
    if let Some(delay) = args.reconnect_delay {
        value["reconnect-delay"] = json!(delay);
    }
    if args.add_forward_headers {
        value["add-forward-headers"] = json!(true);
    }
    Ok(value)
}

pub async fn declare(args: &DeclareShovelArgs, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let value = shovel_value(args, vhost)?;
    let body = json!({
        "component": SHOVEL.component,
        "vhost": vhost,
        "name": args.name,
        "value": value,
    });
    let path = ["parameters", SHOVEL.component, vhost, args.name.as_str()];
    let missing = format!("vhost '{vhost}' does not exist");
    match cx.api()?.put(&path, &body).await {
        Ok(()) => Ok(()),
        // The broker's refusal quotes the value, URIs and all.
        Err(err) => {
            let err = SHOVEL.explain(err, "declare-shovel", &missing, cx).await;
            let message = redact_text(&err.to_string());
            Err(err.with_message(message))
        }
    }
}

pub async fn delete(args: &DeleteShovelArgs, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let path = ["parameters", SHOVEL.component, vhost, args.name.as_str()];
    let missing = format!(
        "no dynamic shovel '{}' in vhost '{vhost}' (a static one is in the node's configuration)",
        args.name
    );
    match cx.api()?.delete(&path, &[]).await {
        Ok(()) => Ok(()),
        Err(err) => Err(SHOVEL.explain(err, "delete-shovel", &missing, cx).await),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(from: &[&str], to: &[&str], exchange: Option<&str>) -> DeclareShovelArgs {
        DeclareShovelArgs {
            name: "s".into(),
            from: from.iter().map(|v| parse_end(v).unwrap()).collect(),
            to: to.iter().map(|v| parse_end(v).unwrap()).collect(),
            to_exchange: exchange.map(|e| parse_exchange(e).unwrap()),
            ack_mode: AckMode::OnConfirm,
            delete_after: DeleteAfter::Never,
            prefetch: None,
            reconnect_delay: None,
            add_forward_headers: false,
            from_password_file: None,
            to_password_file: None,
        }
    }

    #[test]
    fn a_password_file_goes_into_the_urls_user() {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), "p@ss/word\nignored\n").unwrap();
        let mut with = args(&["a"], &["amqp://shovel@h/v", "b"], None);
        with.to_password_file = Some(file.path().to_owned());
        let value = shovel_value(&with, "/").unwrap();
        assert_eq!(value["dest-uri"], "amqp://shovel:p%40ss%2Fword@h/v");
        for urls in [
            &["amqp://h/v", "b"][..],
            &["amqp://u:x@h", "b"][..],
            &["b"][..],
        ] {
            let mut refused = args(&["a"], urls, None);
            refused.to_password_file = Some(file.path().to_owned());
            let err = shovel_value(&refused, "/").unwrap_err();
            assert_eq!(err.exit_code(), 64, "{urls:?}");
            assert!(!err.to_string().contains("p@ss"), "{err}");
        }
    }

    #[test]
    fn ends_are_queues_or_urls() {
        assert_eq!(parse_end("orders").unwrap(), End::Queue("orders".into()));
        assert_eq!(
            parse_end("amqps://u:p@h/v").unwrap(),
            End::Url("amqps://u:p@h/v".into())
        );
        let refused = parse_end("http://u:secret@h").unwrap_err();
        assert!(!refused.contains("secret"), "{refused}");
        assert!(parse_end("").is_err());
        assert_eq!(
            parse_delete_after("queue-length"),
            Ok(DeleteAfter::QueueLength)
        );
        assert_eq!(parse_delete_after("5"), Ok(DeleteAfter::Count(5)));
        assert!(parse_delete_after("0").is_err());
        assert!(parse_delete_after("4294967295").is_err());
    }

    #[test]
    fn the_value_is_what_the_plugin_takes() {
        let value = shovel_value(&args(&["a"], &["amqp://h/x", "b"], None), "/").unwrap();
        assert_eq!(value["src-uri"], "amqp:///%2F");
        assert_eq!(value["src-queue"], "a");
        assert_eq!(value["dest-uri"], "amqp://h/x");
        assert_eq!(value["dest-queue"], "b");
        assert_eq!(value["src-delete-after"], "never");
        let value = shovel_value(&args(&["a"], &[], Some("amq.topic:k.1")), "v").unwrap();
        assert_eq!(value["dest-exchange"], "amq.topic");
        assert_eq!(value["dest-exchange-key"], "k.1");
        assert_eq!(value["dest-uri"], "amqp:///v");
        let urls = shovel_value(&args(&["amqp://a", "amqp://b", "q"], &["r"], None), "/").unwrap();
        assert_eq!(urls["src-uri"], json!(["amqp://a", "amqp://b"]));
    }

    #[test]
    fn what_cannot_work_is_refused_before_the_request() {
        for (from, to, exchange) in [
            (&["a"][..], &["a"][..], None),
            (&["amqp://h"][..], &["b"][..], None),
            (&["a"][..], &["b"][..], Some("x")),
            (&["a", "b"][..], &["c"][..], None),
            (&["a"][..], &["amqp://h"][..], None),
        ] {
            let err = shovel_value(&args(from, to, exchange), "/").unwrap_err();
            assert_eq!(err.exit_code(), 64, "{from:?} {to:?}: {err}");
        }
        // The same queue name on two brokers is a shovel, not a circle.
        assert!(shovel_value(&args(&["a"], &["amqp://h", "a"], None), "/").is_ok());
    }

    #[test]
    fn shown_uris_have_no_password_and_errors_one_line() {
        let uri = SHOVELS.column("src_uri").unwrap();
        let cell = as_shown(uri, Cell::Text("amqp://u:secret@h/v".into()));
        assert_eq!(cell, Cell::Text("amqp://u:***@h/v".into()));
        let cell = as_shown(uri, Cell::Json(json!(["amqp://u:secret@h"])));
        assert_eq!(cell, Cell::Json(json!(["amqp://u:***@h"])));
        let error = FEDERATION_LINKS.column("error").unwrap();
        let text = "{close,404,\n   <<\"no exchange 'federation: x -> rabbit@vm B'\">>}";
        let cell = as_shown(error, Cell::Text(text.into()));
        let want = "{close,404, <<\"no exchange 'federation: x -> rabbit@vm B'\">>}";
        assert_eq!(cell, Cell::Text(want.into()));
    }
}
