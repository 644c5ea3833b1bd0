//! Connection settings: parsing AMQP URLs, reading TOML profiles and resolving every global
//! option with the precedence flag > environment > profile > built-in default.

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::Deserialize;
use url::{Host, Url};

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};

pub const DEFAULT_URL: &str = "amqp://guest:guest@localhost:5672/%2f";
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// One broker node, parsed from an `amqp://` or `amqps://` URL.
#[derive(Clone, PartialEq, Eq)]
pub struct AmqpEndpoint {
    pub tls: bool,
    /// A host name, an IPv4 address, or an IPv6 address without brackets.
    pub host: String,
    pub port: u16,
    /// The vhost in the URL's path, when it has one.
    pub vhost: Option<String>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub heartbeat: Option<u16>,
    pub frame_max: Option<u32>,
    pub channel_max: Option<u16>,
    pub auth_mechanism: Option<String>,
}

impl AmqpEndpoint {
    pub fn parse(input: &str) -> Result<Self, String> {
        let url =
            Url::parse(input).map_err(|e| format!("invalid URL '{}': {e}", redact_url(input)))?;
        let shown = redact_url(input);
        let tls = match url.scheme() {
            "amqp" => false,
            "amqps" => true,
            other => {
                return Err(format!(
                    "unsupported scheme '{other}' in '{shown}': use amqp:// or amqps://"
                ));
            }
        };
        let host = match url.host() {
            Some(Host::Domain(name)) if !name.is_empty() => name.to_owned(),
            Some(Host::Ipv4(addr)) => addr.to_string(),
            // Kept without brackets: it is handed to the socket layer as (host, port), which
            // understands a bare IPv6 literal; lapin's own URI parser would turn it into localhost.
            Some(Host::Ipv6(addr)) => addr.to_string(),
            _ => return Err(format!("no host in URL '{shown}'")),
        };
        let port = match url.port() {
            Some(0) => return Err(format!("port 0 in URL '{shown}' is not a valid port")),
            Some(port) => port,
            None if tls => 5671,
            None => 5672,
        };
        // An '@' after the host is a password with an unencoded '/', '?' or '#' far more
        // often than a vhost name: refuse it rather than connect to the wrong host.
        if url.path().contains('@') || url.query().is_some_and(|q| q.contains('@')) {
            return Err(format!(
                "'{shown}' has an '@' after the host: percent-encode '/', '?', '#' and '@' in a \
                 user name or password (%2F, %3F, %23, %40)"
            ));
        }
        if url.fragment().is_some() {
            return Err(format!(
                "'{shown}' has a '#': percent-encode it as %23 (in a password, for example)"
            ));
        }
        // `.` and `..` are path steps to a URL parser, which would quietly turn `amqp://h/..`
        // into the vhost `/` (and tabs and newlines are dropped): compare with the path as typed.
        let typed_path = input
            .split_once("://")
            .and_then(|(_, rest)| rest.split(['?', '#']).next())
            .and_then(|rest| rest.find('/').map(|i| &rest[i..]))
            .unwrap_or("");
        let decoded = |p: &str| percent_encoding::percent_decode_str(p).collect::<Vec<u8>>();
        if decoded(typed_path) != decoded(url.path()) && !typed_path.is_empty() {
            return Err(format!(
                "the vhost in '{shown}' cannot be written in a URL as it is ('.' and '..' are path steps, tabs and newlines are dropped): give it with --vhost"
            ));
        }
        let path = url.path();
        let vhost = match path {
            "" | "/" => None,
            _ => {
                let segment = &path[1..];
                if segment.contains('/') {
                    return Err(format!(
                        "the vhost in '{shown}' must be one path segment: write '/' as %2f"
                    ));
                }
                Some(decode(segment, &shown)?)
            }
        };
        let user = match url.username() {
            "" => None,
            name => Some(decode(name, &shown)?),
        };
        let password = url.password().map(|p| decode(p, &shown)).transpose()?;
        let mut endpoint = AmqpEndpoint {
            tls,
            host,
            port,
            vhost,
            user,
            password,
            heartbeat: None,
            frame_max: None,
            channel_max: None,
            auth_mechanism: None,
        };
        for (key, value) in url.query_pairs() {
            let bad = || format!("invalid value '{value}' for '{key}' in '{shown}'");
            match key.as_ref() {
                "heartbeat" => endpoint.heartbeat = Some(value.parse().map_err(|_| bad())?),
                "frame_max" => endpoint.frame_max = Some(value.parse().map_err(|_| bad())?),
                "channel_max" => endpoint.channel_max = Some(value.parse().map_err(|_| bad())?),
                "auth_mechanism" => {
                    value.parse::<lapin::uri::SASLMechanism>().map_err(|_| {
                        format!(
                            "unknown auth_mechanism '{value}' in '{shown}': use plain, amqplain or external"
                        )
                    })?;
                    endpoint.auth_mechanism = Some(value.into_owned());
                }
                // Superseded by --timeout, which bounds every connection attempt.
                "connection_timeout" => {}
                _ => return Err(format!("unknown URL parameter '{key}' in '{shown}'")),
            }
        }
        Ok(endpoint)
    }

    /// `host:port`, with brackets around an IPv6 literal.
    pub fn authority(&self) -> String {
        match self.host.parse::<IpAddr>() {
            Ok(IpAddr::V6(_)) => format!("[{}]:{}", self.host, self.port),
            _ => format!("{}:{}", self.host, self.port),
        }
    }

    /// The management API base this node would have by default.
    pub fn default_api_url(&self) -> Url {
        let (scheme, port) = if self.tls {
            ("https", 15671)
        } else {
            ("http", 15672)
        };
        let host = match self.host.parse::<IpAddr>() {
            Ok(IpAddr::V6(_)) => format!("[{}]", self.host),
            _ => self.host.clone(),
        };
        // Host and port were validated when this endpoint was parsed.
        Url::parse(&format!("{scheme}://{host}:{port}/"))
            .unwrap_or_else(|_| Url::parse("http://localhost:15672/").expect("static URL"))
    }
}

/// Shown without the password, always.
impl fmt::Display for AmqpEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls { "amqps" } else { "amqp" };
        let user = self
            .user
            .as_deref()
            .map(|u| format!("{u}@"))
            .unwrap_or_default();
        write!(f, "{scheme}://{user}{}", self.authority())
    }
}

impl fmt::Debug for AmqpEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AmqpEndpoint({self})")
    }
}

fn decode(part: &str, shown: &str) -> Result<String, String> {
    percent_encoding::percent_decode_str(part)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| format!("'{shown}' has percent-encoding that is not UTF-8"))
}

/// A URL as it may be shown: any password replaced by `***`. Works on text that does not
/// parse as a URL too, since error messages quote what the user typed. Deliberately textual
/// and conservative: everything between the first `:` of the user info and the LAST `@` is
/// hidden, so a password with unencoded `/`, `?`, `#` or `@` in it is hidden whole (at worst
/// some of the host or path goes with it).
pub fn redact_url(input: &str) -> String {
    // A "://" counts only after a scheme: in a password it is just more password.
    let is_scheme = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    };
    let (prefix, rest) = match input.find("://").filter(|&end| is_scheme(&input[..end])) {
        Some(end) => input.split_at(end + 3),
        None => ("", input),
    };
    let Some(at) = rest.rfind('@') else {
        return input.to_owned();
    };
    let userinfo = &rest[..at];
    match userinfo.find(':') {
        Some(colon) => format!("{prefix}{}:***{}", &userinfo[..colon], &rest[at..]),
        None => input.to_owned(),
    }
}

/// A message that may quote what was typed (clap's do): every typed argument that holds a
/// password is replaced by its redacted form wherever it appears, whole or after `--flag=`;
/// then any other URL-like word is redacted too.
pub fn redact_typed(text: &str, typed: &[String]) -> String {
    let mut text = text.to_owned();
    for arg in typed {
        let value = arg.split_once('=').map_or(arg.as_str(), |(_, value)| value);
        for candidate in [arg.as_str(), value] {
            let redacted = redact_url(candidate);
            if redacted != candidate && !candidate.is_empty() {
                text = text.replace(candidate, &redacted);
            }
        }
    }
    redact_text(&text)
}

/// Free text with every URL-like word (whitespace-separated) redacted.
pub fn redact_text(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            if word.contains('@') {
                // Quotes around a URL are not part of its scheme.
                let inner = word.trim_start_matches(['\'', '"', '`', '(']);
                let lead = &word[..word.len() - inner.len()];
                let trimmed = inner.trim_end();
                format!("{lead}{}{}", redact_url(trimmed), &inner[trimmed.len()..])
            } else {
                word.to_owned()
            }
        })
        .collect()
}

/// A password that never shows itself in Debug output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsFiles {
    pub ca_cert: Option<PathBuf>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    pub insecure: bool,
}

/// Everything a command needs to reach the broker, resolved once.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Tried in order until one answers; never empty.
    pub nodes: Vec<AmqpEndpoint>,
    /// The management API base given by `--api-url`, `MQ_API_URL` or `api_url`, without
    /// credentials. When absent, the API is derived from the node in use (see `api_urls`).
    pub api_url: Option<Url>,
    /// Index in `nodes` of the node that answered last, shared by every clone of these
    /// settings: connections start there, and a derived API URL follows it.
    pub node_in_use: Arc<AtomicUsize>,
    pub vhost: String,
    pub user: String,
    pub password: Secret,
    pub timeout: Duration,
    pub tls: TlsFiles,
    pub verbose: bool,
    pub quiet: bool,
    /// Said on stderr before the command runs: `--insecure` in use, a password that other
    /// users can read.
    pub warnings: Vec<String>,
}

impl Settings {
    /// The management API bases to try, in order: the one given, else each node's own
    /// (`http://HOST:15672`, `https://HOST:15671` for `amqps`), one per node, in node order.
    pub fn api_urls(&self) -> Vec<Url> {
        match &self.api_url {
            Some(url) => vec![url.clone()],
            None => self
                .nodes
                .iter()
                .map(AmqpEndpoint::default_api_url)
                .collect(),
        }
    }

    /// Indexes into `nodes`, starting at the node in use and wrapping around: each node once.
    pub fn node_order(&self) -> impl Iterator<Item = usize> + use<> {
        let count = self.nodes.len();
        let start = self.node_in_use.load(Ordering::Relaxed) % count.max(1);
        (0..count).map(move |offset| (start + offset) % count)
    }

    /// Whether any connection of this run would use TLS.
    pub fn uses_tls(&self) -> bool {
        self.nodes.iter().any(|n| n.tls) || self.api_urls().iter().any(|u| u.scheme() == "https")
    }
}

/// One `[profiles.NAME]` table of the config file.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub url: Option<UrlList>,
    pub api_url: Option<String>,
    pub vhost: Option<String>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub ca_cert: Option<PathBuf>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    /// Skip TLS certificate verification (a development cluster with self-signed
    /// certificates); warned about on every run, as `--insecure` is.
    pub insecure: Option<bool>,
}

impl Profile {
    /// Whether this profile spells out a password, in `password` or in a URL.
    fn holds_password(&self) -> bool {
        let in_url = |u: &String| redact_url(u) != *u;
        self.password.is_some()
            || self.api_url.as_ref().is_some_and(in_url)
            || self
                .url
                .clone()
                .is_some_and(|urls| urls.into_vec().iter().any(in_url))
    }
}

/// `url = "amqp://…"` or, for a cluster, `url = ["amqp://node1", "amqp://node2"]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum UrlList {
    One(String),
    Many(Vec<String>),
}

impl UrlList {
    fn into_vec(self) -> Vec<String> {
        match self {
            UrlList::One(url) => vec![url],
            UrlList::Many(urls) => urls,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// Where a setting came from; decides the exit code of a bad value (64 for the command line
/// and environment, 78 for the config file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Flag,
    Env,
    Profile,
    Default,
}

/// The values one source offers, before precedence is applied.
#[derive(Default)]
struct Layer {
    urls: Vec<String>,
    api_url: Option<String>,
    vhost: Option<String>,
    user: Option<String>,
    password: Option<String>,
}

/// Resolve the global options. `env` looks up an environment variable; `default_config` is the
/// config path used when neither `--config` nor `MQ_CONFIG` names one.
pub fn resolve(
    args: &GlobalArgs,
    env: &dyn Fn(&str) -> Option<String>,
    default_config: Option<PathBuf>,
) -> Result<Settings> {
    let env_nonempty = |name: &str| env(name).filter(|v| !v.is_empty());
    let mut warnings = Vec::new();
    let profile = load_profile(args, &env_nonempty, default_config, &mut warnings)?;

    let flags = Layer {
        urls: args.url.clone(),
        api_url: args.api_url.clone(),
        vhost: args.vhost.clone(),
        user: args.user.clone(),
        password: match args.password_file.as_deref() {
            Some(path) => {
                let password = read_password_file(path)?;
                warnings.extend(exposed_warning(path, "password file"));
                Some(password)
            }
            None => None,
        },
    };
    let environment = Layer {
        urls: env_nonempty("MQ_URL")
            .map(|v| v.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default(),
        api_url: env_nonempty("MQ_API_URL"),
        vhost: env_nonempty("MQ_VHOST"),
        user: env_nonempty("MQ_USER"),
        password: env("MQ_PASSWORD"),
    };
    let profile_layer = Layer {
        urls: profile
            .url
            .clone()
            .map(UrlList::into_vec)
            .unwrap_or_default(),
        api_url: profile.api_url.clone(),
        vhost: profile.vhost.clone(),
        user: profile.user.clone(),
        password: profile.password.clone(),
    };
    let default_layer = Layer {
        urls: vec![DEFAULT_URL.to_owned()],
        ..Layer::default()
    };
    let layers = [
        (Source::Flag, &flags),
        (Source::Env, &environment),
        (Source::Profile, &profile_layer),
        (Source::Default, &default_layer),
    ];

    let (url_source, url_layer) = layers
        .iter()
        .find(|(_, layer)| !layer.urls.is_empty())
        .copied()
        .unwrap_or((Source::Default, &default_layer));
    let nodes = url_layer
        .urls
        .iter()
        .map(|u| AmqpEndpoint::parse(u).map_err(|e| bad_value(url_source, e)))
        .collect::<Result<Vec<_>>>()?;
    let first = &nodes[0];

    // Within one source an explicit field beats what that source's URL embeds; a URL's
    // credentials and vhost count only for the source that supplied the URL in use.
    let pick = |field: fn(&Layer) -> Option<String>, from_url: Option<String>| {
        layers.iter().find_map(|(source, layer)| {
            field(layer).or_else(|| (*source == url_source).then(|| from_url.clone()).flatten())
        })
    };
    let user = pick(|l| l.user.clone(), first.user.clone()).unwrap_or_else(|| "guest".into());
    let password =
        pick(|l| l.password.clone(), first.password.clone()).unwrap_or_else(|| "guest".into());
    let vhost = pick(|l| l.vhost.clone(), first.vhost.clone()).unwrap_or_else(|| "/".into());

    let api_url = layers
        .iter()
        .find_map(|(source, layer)| layer.api_url.clone().map(|u| (*source, u)))
        .map(|(source, raw)| parse_api_url(&raw).map_err(|e| bad_value(source, e)))
        .transpose()?;
    // A last line of defence for text from libraries; the password equal to the user name
    // (guest/guest) would only blank out the user's name.
    if password != user {
        crate::error::register_secret(&password);
    }

    let mut settings = Settings {
        nodes,
        api_url,
        node_in_use: Arc::new(AtomicUsize::new(0)),
        vhost,
        user,
        password: Secret::new(password),
        timeout: args.timeout.unwrap_or(DEFAULT_TIMEOUT),
        tls: TlsFiles {
            ca_cert: args.ca_cert.clone().or(profile.ca_cert),
            client_cert: args.client_cert.clone().or(profile.client_cert),
            client_key: args.client_key.clone().or(profile.client_key),
            insecure: args.insecure || profile.insecure.unwrap_or(false),
        },
        verbose: args.verbose,
        quiet: args.quiet,
        warnings,
    };
    if settings.tls.insecure && settings.uses_tls() {
        settings
            .warnings
            .push(crate::tls::INSECURE_WARNING.to_owned());
    }
    Ok(settings)
}

/// A warning when a file holding a password can be read by other users than its owner.
#[cfg(unix)]
fn exposed_warning(path: &Path, what: &str) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then(|| {
        format!(
            "warning: {what} '{}' holds a password and other users can access it (mode {mode:04o}): chmod 600 '{}'",
            path.display(),
            path.display()
        )
    })
}

#[cfg(not(unix))]
fn exposed_warning(_path: &Path, _what: &str) -> Option<String> {
    None
}

fn bad_value(source: Source, message: String) -> Error {
    match source {
        Source::Profile => Error::Config(format!("config file: {message}")),
        _ => Error::Usage(message),
    }
}

fn parse_api_url(raw: &str) -> Result<Url, String> {
    let shown = redact_url(raw);
    let mut url = Url::parse(raw).map_err(|e| format!("invalid API URL '{shown}': {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "unsupported scheme in API URL '{shown}': use http:// or https://"
        ));
    }
    if url.host().is_none() {
        return Err(format!("no host in API URL '{shown}'"));
    }
    // Credentials travel in the Authorization header, never in a URL that could be printed.
    let _ = url.set_username("");
    let _ = url.set_password(None);
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

fn read_password_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::NotFound(format!(
            "cannot read password file '{}': {e}",
            path.display()
        ))
    })?;
    Ok(text.trim_end_matches(['\n', '\r']).to_owned())
}

fn load_profile(
    args: &GlobalArgs,
    env: &dyn Fn(&str) -> Option<String>,
    default_config: Option<PathBuf>,
    warnings: &mut Vec<String>,
) -> Result<Profile> {
    let explicit_path = args
        .config
        .clone()
        .or_else(|| env("MQ_CONFIG").map(PathBuf::from));
    let explicit_profile = args.profile.clone().or_else(|| env("MQ_PROFILE"));
    let path = match explicit_path.clone().or(default_config) {
        Some(path) => path,
        None => return no_file(explicit_profile),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit_path.is_none() => {
            return no_file(explicit_profile);
        }
        Err(e) => {
            return Err(Error::Config(format!(
                "cannot read config file '{}': {e}",
                path.display()
            )));
        }
    };
    let file: ConfigFile = toml::from_str(&text).map_err(|e| {
        Error::Config(format!(
            "malformed config file '{}': {}",
            path.display(),
            e.message()
        ))
    })?;
    if file.profiles.values().any(Profile::holds_password) {
        warnings.extend(exposed_warning(&path, "config file"));
    }
    match explicit_profile {
        Some(name) => file.profiles.get(&name).cloned().ok_or_else(|| {
            let known: Vec<_> = file.profiles.keys().map(String::as_str).collect();
            Error::Config(format!(
                "unknown profile '{name}' in '{}' (profiles there: {})",
                path.display(),
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            ))
        }),
        None => Ok(file.profiles.get("default").cloned().unwrap_or_default()),
    }
}

fn no_file(explicit_profile: Option<String>) -> Result<Profile> {
    match explicit_profile {
        Some(name) => Err(Error::Config(format!(
            "unknown profile '{name}': there is no config file (see --config)"
        ))),
        None => Ok(Profile::default()),
    }
}

/// `$XDG_CONFIG_HOME/mq/config.toml`, else `~/.config/mq/config.toml`.
pub fn default_config_path() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("mq").join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(argv: &[&str]) -> GlobalArgs {
        let mut full = vec!["mq"];
        full.extend_from_slice(argv);
        crate::cli::Cli::parse_from(full).global
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn write_config(text: &str) -> (tempdir::Dir, PathBuf) {
        let dir = tempdir::Dir::new();
        let path = dir.path.join("config.toml");
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    /// A throwaway directory, removed on drop (kept local to avoid a dev-dependency).
    mod tempdir {
        use std::path::PathBuf;
        pub struct Dir {
            pub path: PathBuf,
        }
        impl Dir {
            pub fn new() -> Self {
                let path = std::env::temp_dir().join(format!(
                    "mq-config-test-{}-{}",
                    std::process::id(),
                    rand::random::<u64>()
                ));
                std::fs::create_dir_all(&path).unwrap();
                Dir { path }
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.path);
            }
        }
    }

    #[test]
    fn defaults_are_the_local_guest_broker() {
        let s = resolve(&args(&["list-queues"]), &no_env, None).unwrap();
        assert_eq!(s.nodes.len(), 1);
        assert_eq!(s.nodes[0].host, "localhost");
        assert_eq!(s.nodes[0].port, 5672);
        assert_eq!(s.vhost, "/");
        assert_eq!(s.user, "guest");
        assert_eq!(s.password.expose(), "guest");
        assert_eq!(s.api_urls()[0].as_str(), "http://localhost:15672/");
        assert_eq!(s.timeout, Duration::from_secs(10));
    }

    #[test]
    fn percent_encoded_vhost_is_decoded() {
        let e = AmqpEndpoint::parse("amqp://u:p@h:1234/my%2Fvhost").unwrap();
        assert_eq!(e.vhost.as_deref(), Some("my/vhost"));
        assert_eq!(
            AmqpEndpoint::parse("amqp://h/%2f")
                .unwrap()
                .vhost
                .as_deref(),
            Some("/")
        );
        assert_eq!(AmqpEndpoint::parse("amqp://h").unwrap().vhost, None);
        assert!(AmqpEndpoint::parse("amqp://h/a/b").is_err());
    }

    #[test]
    fn amqps_defaults_to_tls_ports() {
        let e = AmqpEndpoint::parse("amqps://broker.example").unwrap();
        assert!(e.tls);
        assert_eq!(e.port, 5671);
        assert_eq!(
            e.default_api_url().as_str(),
            "https://broker.example:15671/"
        );
        let plain = AmqpEndpoint::parse("amqp://broker.example").unwrap();
        assert_eq!(plain.port, 5672);
        assert_eq!(
            plain.default_api_url().as_str(),
            "http://broker.example:15672/"
        );
    }

    #[test]
    fn ipv6_literals_keep_their_address() {
        let e = AmqpEndpoint::parse("amqp://guest:guest@[::1]:5673/%2f").unwrap();
        assert_eq!(e.host, "::1");
        assert_eq!(e.port, 5673);
        assert_eq!(e.authority(), "[::1]:5673");
        assert_eq!(e.default_api_url().as_str(), "http://[::1]:15672/");
        let full = AmqpEndpoint::parse("amqp://[2001:db8::7]").unwrap();
        assert_eq!(full.host, "2001:db8::7");
    }

    #[test]
    fn bad_urls_are_refused() {
        for bad in [
            "http://localhost:5672",
            "amqp://",
            "amqp://host:70000",
            "amqp://host:0",
            "not a url",
            "amqp://host?bogus=1",
            "amqp://host?heartbeat=x",
        ] {
            assert!(AmqpEndpoint::parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn passwords_are_never_displayed() {
        let e = AmqpEndpoint::parse("amqp://bob:s3cret@host/%2f").unwrap();
        assert!(!e.to_string().contains("s3cret"));
        assert!(!format!("{e:?}").contains("s3cret"));
        assert_eq!(
            redact_url("amqp://bob:s3cret@host/"),
            "amqp://bob:***@host/"
        );
        assert!(!redact_url("amqp://bob:s3cret@host:99999/").contains("s3cret"));
        assert!(!format!("{:?}", Secret::new("s3cret")).contains("s3cret"));
    }

    #[test]
    fn redaction_is_conservative() {
        // Unencoded '/', '#', '@' in a password: hidden whole.
        assert_eq!(redact_url("amqp://u:pa/ss@h:1/v"), "amqp://u:***@h:1/v");
        assert_eq!(redact_url("amqp://u:p@ss@h"), "amqp://u:***@h");
        assert_eq!(redact_url("amqp://u:a#b@h"), "amqp://u:***@h");
        assert_eq!(redact_url("u:secret@h:5672"), "u:***@h:5672");
        // Nothing to hide: shown as typed.
        assert_eq!(redact_url("amqp://u@h:5672/v"), "amqp://u@h:5672/v");
        assert_eq!(redact_url("amqp://h:5672"), "amqp://h:5672");
        assert_eq!(
            redact_text("invalid value 'amqp://u:pw@h' for '--timeout'"),
            "invalid value 'amqp://u:***@h' for '--timeout'"
        );
        let typed = ["mq".to_owned(), "--timeout=amqp://u:p w@h".to_owned()];
        assert_eq!(
            redact_typed("invalid value 'amqp://u:p w@h' for '--timeout'", &typed),
            "invalid value 'amqp://u:***@h' for '--timeout'"
        );
    }

    #[test]
    fn urls_that_would_reach_another_host_or_vhost_are_refused() {
        // The password "1234/x" would make "u" the host and 1234 the port.
        let err = AmqpEndpoint::parse("amqp://u:1234/x@h").unwrap_err();
        assert!(err.contains("percent-encode"), "{err}");
        assert!(!err.contains("1234/x"), "{err}");
        for dots in [
            "amqp://h/.",
            "amqp://h/..",
            "amqp://h/%2e",
            "amqp://h/a/../b",
        ] {
            assert!(AmqpEndpoint::parse(dots).is_err(), "{dots} was accepted");
        }
        assert!(AmqpEndpoint::parse("amqp://h#frag").is_err());
        assert!(AmqpEndpoint::parse("amqp://h?auth_mechanism=kerberos").is_err());
        assert_eq!(
            AmqpEndpoint::parse("amqp://h/a%20b")
                .unwrap()
                .vhost
                .as_deref(),
            Some("a b")
        );
    }

    #[test]
    fn the_api_follows_the_nodes_unless_given() {
        let s = resolve(
            &args(&["--url", "amqp://n1", "--url", "amqps://n2", "list-queues"]),
            &no_env,
            None,
        )
        .unwrap();
        assert_eq!(s.api_url, None);
        let urls: Vec<String> = s.api_urls().iter().map(|u| u.to_string()).collect();
        assert_eq!(urls, ["http://n1:15672/", "https://n2:15671/"]);
        assert_eq!(s.node_order().collect::<Vec<_>>(), [0, 1]);
        // Clones share the node in use: the order starts there and wraps around.
        s.clone().node_in_use.store(1, Ordering::Relaxed);
        assert_eq!(s.node_order().collect::<Vec<_>>(), [1, 0]);
        let s = resolve(
            &args(&[
                "--url",
                "amqp://n1",
                "--api-url",
                "http://mgmt:1",
                "list-queues",
            ]),
            &no_env,
            None,
        )
        .unwrap();
        assert_eq!(s.api_urls().len(), 1);
        assert_eq!(s.api_urls()[0].as_str(), "http://mgmt:1/");
    }

    #[cfg(unix)]
    #[test]
    fn a_password_others_can_read_is_warned_about() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, path) = write_config("[profiles.default]\npassword = \"pw\"\n");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let s = resolve(&args(&["list-queues"]), &no_env, Some(path.clone())).unwrap();
        assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
        assert!(s.warnings[0].contains("mode 0644"), "{:?}", s.warnings);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let s = resolve(&args(&["list-queues"]), &no_env, Some(path)).unwrap();
        assert!(s.warnings.is_empty());
        // No password in the file: nothing to say.
        let (_dir, path) = write_config("[profiles.default]\nurl = \"amqp://u@h\"\n");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let s = resolve(&args(&["list-queues"]), &no_env, Some(path)).unwrap();
        assert!(s.warnings.is_empty());
    }

    #[test]
    fn insecure_comes_from_a_profile_too_and_is_warned_about_with_tls() {
        let (_dir, path) = write_config(
            "[profiles.lab]\nurl = \"amqps://lab\"\ninsecure = true\n\n[profiles.plain]\nurl = \"amqp://h\"\ninsecure = true\n",
        );
        let s = resolve(
            &args(&["--profile", "lab", "list-queues"]),
            &no_env,
            Some(path.clone()),
        )
        .unwrap();
        assert!(s.tls.insecure);
        assert!(s.warnings.iter().any(|w| w.contains("--insecure")));
        let s = resolve(
            &args(&["--profile", "plain", "list-queues"]),
            &no_env,
            Some(path),
        )
        .unwrap();
        assert!(s.warnings.is_empty(), "no TLS, nothing to warn about");
    }

    #[test]
    fn url_credentials_and_vhost_are_used() {
        let s = resolve(
            &args(&["--url", "amqp://bob:pw@h:5673/v1", "list-queues"]),
            &no_env,
            None,
        )
        .unwrap();
        assert_eq!(s.user, "bob");
        assert_eq!(s.password.expose(), "pw");
        assert_eq!(s.vhost, "v1");
        assert_eq!(s.api_urls()[0].as_str(), "http://h:15672/");
    }

    #[test]
    fn precedence_is_flag_then_env_then_profile_then_default() {
        let (_dir, path) = write_config(
            r#"
            [profiles.default]
            url = "amqp://pu:ppw@profilehost/pv"
            vhost = "profile-vhost"
            user = "profile-user"
            password = "profile-pw"
            "#,
        );
        let config = Some(path);
        // Profile alone.
        let s = resolve(&args(&["list-queues"]), &no_env, config.clone()).unwrap();
        assert_eq!(s.nodes[0].host, "profilehost");
        assert_eq!(s.vhost, "profile-vhost");
        assert_eq!(s.user, "profile-user");
        assert_eq!(s.password.expose(), "profile-pw");

        // Environment beats the profile.
        let env = |name: &str| match name {
            "MQ_URL" => Some("amqp://envhost".to_owned()),
            "MQ_VHOST" => Some("env-vhost".to_owned()),
            "MQ_PASSWORD" => Some("env-pw".to_owned()),
            _ => None,
        };
        let s = resolve(&args(&["list-queues"]), &env, config.clone()).unwrap();
        assert_eq!(s.nodes[0].host, "envhost");
        assert_eq!(s.vhost, "env-vhost");
        assert_eq!(s.password.expose(), "env-pw");
        assert_eq!(s.user, "profile-user");

        // Flags beat the environment.
        let s = resolve(
            &args(&[
                "--url",
                "amqp://flaghost",
                "--vhost",
                "flag-vhost",
                "list-queues",
            ]),
            &env,
            config,
        )
        .unwrap();
        assert_eq!(s.nodes[0].host, "flaghost");
        assert_eq!(s.vhost, "flag-vhost");
        assert_eq!(s.api_urls()[0].as_str(), "http://flaghost:15672/");
    }

    #[test]
    fn named_profiles_and_clusters() {
        let (_dir, path) = write_config(
            r#"
            [profiles.prod]
            url = ["amqp://n1:5672", "amqp://n2:5672"]
            api_url = "https://admin:pw@mgmt.example/api-root"
            "#,
        );
        let s = resolve(
            &args(&["--profile", "prod", "list-queues"]),
            &no_env,
            Some(path.clone()),
        )
        .unwrap();
        assert_eq!(s.nodes.len(), 2);
        assert_eq!(s.nodes[1].host, "n2");
        assert_eq!(s.api_urls()[0].as_str(), "https://mgmt.example/api-root/");
        let env = |name: &str| (name == "MQ_PROFILE").then(|| "prod".to_owned());
        let s = resolve(&args(&["list-queues"]), &env, Some(path)).unwrap();
        assert_eq!(s.nodes[0].host, "n1");
    }

    #[test]
    fn config_errors_exit_78() {
        let (_dir, path) = write_config("[profiles.default]\nurl = \"amqp://h\"\nbogus = 1\n");
        let err = resolve(&args(&["list-queues"]), &no_env, Some(path)).unwrap_err();
        assert_eq!(err.exit_code(), 78, "{err}");

        let (_dir2, path) = write_config("this is not toml [");
        let err = resolve(&args(&["list-queues"]), &no_env, Some(path.clone())).unwrap_err();
        assert_eq!(err.exit_code(), 78);

        let (_dir3, path) = write_config("[profiles.a]\n");
        let err = resolve(
            &args(&["--profile", "zz", "list-queues"]),
            &no_env,
            Some(path),
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 78);
        assert!(err.to_string().contains("unknown profile 'zz'"));

        let (_dir4, path) = write_config("[profiles.default]\nurl = \"ftp://h\"\n");
        let err = resolve(&args(&["list-queues"]), &no_env, Some(path)).unwrap_err();
        assert_eq!(err.exit_code(), 78);

        let err = resolve(
            &args(&["--config", "/nonexistent/mq.toml", "list-queues"]),
            &no_env,
            None,
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 78);
    }

    #[test]
    fn a_bad_url_flag_is_a_usage_error() {
        let err = resolve(
            &args(&["--url", "amqp://h:99999", "list-queues"]),
            &no_env,
            None,
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 64);
    }

    #[test]
    fn password_file_beats_environment() {
        let dir = tempdir::Dir::new();
        let file = dir.path.join("pw");
        std::fs::write(&file, "from-file\n").unwrap();
        let env = |name: &str| (name == "MQ_PASSWORD").then(|| "from-env".to_owned());
        let s = resolve(
            &args(&["--password-file", file.to_str().unwrap(), "list-queues"]),
            &env,
            None,
        )
        .unwrap();
        assert_eq!(s.password.expose(), "from-file");
        let err = resolve(
            &args(&["--password-file", "/nonexistent/pw", "list-queues"]),
            &env,
            None,
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 66);
    }
}
