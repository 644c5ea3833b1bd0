//! Users and what they may do: `declare-user`, `change-password`, `delete-user`, `list-users`;
//! `set-permissions`, `clear-permissions`, `list-permissions` and their topic counterparts. A
//! password is read from a file, standard input or a no-echo prompt, never from argv, and is
//! never printed (nor is any password hash: `list-users` has no such column).

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::{exists, list_at, named_missing};
use crate::commands::list::ListArgs;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::listing::fields::Field;
use crate::listing::{Column, Kind, Scope};
use crate::settings::Secret;

/// Where a user's new password comes from.
#[derive(Debug, Args)]
pub struct PasswordArgs {
    /// Read the user's password from FILE (its first line) [default: standard input when it is
    /// not a terminal, else asked for without echo]. --password-file is mq's own password
    #[arg(long, value_name = "FILE", conflicts_with = "password_hash")]
    pub new_password_file: Option<PathBuf>,
    /// The password as the broker stores it (base64 of salt and hash, as list-users --format
    /// json of another broker or export-definitions shows it) instead of a password
    #[arg(long, value_name = "HASH")]
    pub password_hash: Option<String>,
    /// How --password-hash was hashed
    #[arg(long, value_name = "ALGORITHM", requires = "password_hash", value_parser = [
        "rabbit_password_hashing_sha256", "rabbit_password_hashing_sha512", "rabbit_password_hashing_md5",
    ])]
    pub hashing_algorithm: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeclareUserArgs {
    /// User name
    pub name: String,
    /// A tag of the user: administrator, monitoring, policymaker, management, impersonator
    /// or your own; repeat for more
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    #[command(flatten)]
    pub password: PasswordArgs,
}

#[derive(Debug, Args)]
pub struct ChangePasswordArgs {
    /// User name
    pub name: String,
    #[command(flatten)]
    pub password: PasswordArgs,
}

#[derive(Debug, Args)]
pub struct DeleteUserArgs {
    /// User name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct SetPermissionsArgs {
    /// User name
    #[arg(value_name = "USER")]
    pub username: String,
    /// Regex of the resources the user may declare and delete ('' for none, '.*' for all)
    #[arg(long, value_name = "REGEX")]
    pub configure: String,
    /// Regex of the exchanges the user may publish to
    #[arg(long, value_name = "REGEX")]
    pub write: String,
    /// Regex of the queues the user may consume from (and exchanges bind from)
    #[arg(long, value_name = "REGEX")]
    pub read: String,
}

#[derive(Debug, Args)]
pub struct SetTopicPermissionsArgs {
    /// User name
    #[arg(value_name = "USER")]
    pub username: String,
    /// The topic exchange the permissions are for
    #[arg(long, value_name = "NAME")]
    pub exchange: String,
    /// Regex of the routing keys the user may publish with
    #[arg(long, value_name = "REGEX")]
    pub write: String,
    /// Regex of the routing keys the user may bind with
    #[arg(long, value_name = "REGEX")]
    pub read: String,
}

#[derive(Debug, Args)]
pub struct ClearPermissionsArgs {
    /// User name
    #[arg(value_name = "USER")]
    pub username: String,
}

#[derive(Debug, Args)]
pub struct ListPermissionsArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// Only this user's, in every vhost
    #[arg(long = "of", value_name = "USER")]
    pub of: Option<String>,
}

const VHOST: Column = Column::new("vhost", "vhost").extra();
const BY_USER: &[Field] = &[Field::new("user")];

pub const USERS: Kind = Kind {
    collection: "users",
    scope: Scope::Broker,
    columns: &[
        Column::new("name", "name"),
        Column::new("tags", "tags"),
        Column::new("hashing_algorithm", "hashing_algorithm").extra(),
        Column::new("limits", "limits").extra(),
    ],
    filter: &[Field::new("name")],
    disable_stats: false,
};

pub const PERMISSIONS: Kind = Kind {
    collection: "permissions",
    scope: Scope::UnderVhost,
    columns: &[
        VHOST,
        Column::new("user", "user"),
        Column::new("configure", "configure"),
        Column::new("write", "write"),
        Column::new("read", "read"),
    ],
    filter: BY_USER,
    disable_stats: false,
};

pub const TOPIC_PERMISSIONS: Kind = Kind {
    collection: "topic-permissions",
    scope: Scope::UnderVhost,
    columns: &[
        VHOST,
        Column::new("user", "user"),
        Column::new("exchange", "exchange"),
        Column::new("write", "write"),
        Column::new("read", "read"),
    ],
    filter: BY_USER,
    disable_stats: false,
};

fn missing_user(name: &str) -> String {
    format!("user '{name}' does not exist")
}

/// What the API says to a user or vhost that does not exist in a permission's path (400
/// `vhost_or_user_not_found`), as a 66 that names both.
fn permission_target(err: Error, user: &str, vhost: &str) -> Error {
    if err.kind() == ErrorKind::Invalid && err.to_string().contains("not_found") {
        Error::not_found(format!("user '{user}' or vhost '{vhost}' does not exist"))
            .with_source(err)
    } else {
        err
    }
}

/// The user's new password (or hash) as the API's PUT body fields.
fn password_body(args: &PasswordArgs, user: &str, cx: &Context) -> Result<serde_json::Value> {
    if let Some(hash) = &args.password_hash {
        let mut body = json!({ "password_hash": hash });
        if let Some(algorithm) = &args.hashing_algorithm {
            body["hashing_algorithm"] = json!(algorithm);
        }
        return Ok(body);
    }
    let password = read_password(args.new_password_file.as_deref(), user)?;
    cx.diag.keep_secret(password.expose());
    Ok(json!({ "password": password.expose() }))
}

/// The password from `file`, else standard input (its first line) when it is not a terminal,
/// else asked for twice on the terminal without echo. An empty password is refused: the
/// broker would store it and no login could use it.
fn read_password(file: Option<&std::path::Path>, user: &str) -> Result<Secret> {
    let text = match file {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| Error::read(format_args!("password file '{}'", path.display()), e))?,
        None if !std::io::stdin().is_terminal() => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::read("the password from standard input", e))?;
            text
        }
        None => {
            let ask = |prompt: &str| {
                rpassword::prompt_password(prompt)
                    .map_err(|e| Error::read("the password from the terminal", e))
            };
            let first = ask(&format!("Password for user '{user}': "))?;
            if ask("Again: ")? != first {
                return Err(Error::usage("the passwords differ; nothing was changed"));
            }
            first
        }
    };
    let password = text.lines().next().unwrap_or_default().to_owned();
    if password.is_empty() {
        return Err(Error::usage(format!(
            "no password for user '{user}': give it in --new-password-file, on standard input \
             or at the prompt"
        )));
    }
    Ok(Secret::new(password))
}

/// The tags as the API takes them on 3.x and 4.x alike: comma-separated.
fn tags_field(tags: &serde_json::Value) -> String {
    match tags {
        serde_json::Value::Array(tags) => tags
            .iter()
            .filter_map(serde_json::Value::as_str)
            .collect::<Vec<_>>()
            .join(","),
        serde_json::Value::String(tags) => tags.clone(),
        _ => String::new(),
    }
}

pub async fn declare_user(args: &DeclareUserArgs, cx: &Context) -> Result<()> {
    let name = args.name.as_str();
    // The API's PUT would replace an existing user's password and tags without a word.
    if exists(cx, &["users", name]).await? {
        return Err(Error::invalid(format!("user '{name}' exists already"))
            .with_hint("change-password sets its password; delete-user removes it"));
    }
    let mut body = password_body(&args.password, name, cx)?;
    body["tags"] = json!(args.tags.join(","));
    cx.api()?.put(&["users", name], &body).await
}

pub async fn change_password(args: &ChangePasswordArgs, cx: &Context) -> Result<()> {
    let name = args.name.as_str();
    let user: serde_json::Value = cx
        .api()?
        .get(&["users", name], &[])
        .await
        .map_err(|e| named_missing(e, &missing_user(name)))?;
    let mut body = password_body(&args.password, name, cx)?;
    // The PUT replaces the user whole: its tags go back as they were.
    body["tags"] = json!(tags_field(&user["tags"]));
    cx.api()?.put(&["users", name], &body).await
}

pub async fn delete_user(args: &DeleteUserArgs, cx: &Context) -> Result<()> {
    cx.api()?
        .delete(&["users", &args.name], &[])
        .await
        .map_err(|e| named_missing(e, &missing_user(&args.name)))
}

pub async fn list_users(
    args: &crate::commands::list::OutputArgs,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    let options = args.options(false);
    list_at(&USERS, &["users"], &options, "no users", cx, out).await
}

pub async fn set_permissions(args: &SetPermissionsArgs, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let body = json!({ "configure": args.configure, "write": args.write, "read": args.read });
    cx.api()?
        .put(&["permissions", vhost, &args.username], &body)
        .await
        .map_err(|e| permission_target(e, &args.username, vhost))
}

pub async fn set_topic_permissions(args: &SetTopicPermissionsArgs, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let body = json!({ "exchange": args.exchange, "write": args.write, "read": args.read });
    cx.api()?
        .put(&["topic-permissions", vhost, &args.username], &body)
        .await
        .map_err(|e| permission_target(e, &args.username, vhost))
}

/// `clear-permissions` (`collection` "permissions") and `clear-topic-permissions`.
pub async fn clear(args: &ClearPermissionsArgs, collection: &str, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let user = args.username.as_str();
    let what = collection.replace('-', " ");
    cx.api()?
        .delete(&[collection, vhost, user], &[])
        .await
        .map_err(|e| {
            named_missing(
                e,
                &format!("user '{user}' has no {what} in vhost '{vhost}'"),
            )
        })
}

/// `list-permissions` and `list-topic-permissions`: the vhost's, every vhost's, or one user's.
pub async fn list(
    args: &ListPermissionsArgs,
    kind: &Kind,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    let mut options = args.list.options();
    let vhost = cx.settings.vhost.as_str();
    match &args.of {
        Some(user) => {
            // One user's permissions span vhosts: which one each is in is shown.
            options.all_vhosts = true;
            let path = ["users", user.as_str(), kind.collection];
            list_at(kind, &path, &options, &missing_user(user), cx, out).await
        }
        None => {
            let path = kind.path(vhost, options.all_vhosts);
            let missing = format!("vhost '{vhost}' does not exist");
            list_at(kind, &path, &options, &missing, cx, out).await
        }
    }
}
