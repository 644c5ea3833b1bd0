//! One broker node as an `amqp://` or `amqps://` URL describes it: parsed with the `url` crate
//! (lapin's own parser would turn an IPv6 host into localhost), refusing what would reach
//! another host or vhost than the one typed; and the management API base, given without the
//! credentials it may embed.

use std::fmt;
use std::net::IpAddr;

use url::{Host, Url};

use super::redact::{Secret, redact_url};

/// The smallest frame AMQP 0-9-1 lets a peer negotiate (its `frame-min-size`).
const MIN_FRAME_MAX: u32 = 4096;

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
                "frame_max" => {
                    let frame_max: u32 = value.parse().map_err(|_| bad())?;
                    // The broker would refuse the handshake with a misleading "frame too
                    // large"; 0 is the protocol's "no limit" and lets the broker choose.
                    if frame_max != 0 && frame_max < MIN_FRAME_MAX {
                        return Err(format!(
                            "frame_max={frame_max} in '{shown}' is below AMQP 0-9-1's minimum of \
                             {MIN_FRAME_MAX} bytes (RabbitMQ 4.1 and later refuse anything below 8192)"
                        ));
                    }
                    endpoint.frame_max = Some(frame_max);
                }
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

/// The API base without credentials, and the user and password it embedded, if any.
pub(super) fn parse_api_url(raw: &str) -> Result<(Url, Option<(String, Secret)>), String> {
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
    let decode = |part: &str| {
        percent_encoding::percent_decode_str(part)
            .decode_utf8()
            .map(|s| s.into_owned())
            .map_err(|_| format!("'{shown}' has percent-encoding that is not UTF-8"))
    };
    let login = match (url.username(), url.password()) {
        ("", None) => None,
        ("", Some(_)) => {
            return Err(format!(
                "API URL '{shown}' has a password but no user: write http://USER:PASSWORD@HOST"
            ));
        }
        (user, password) => Some((decode(user)?, Secret::new(decode(password.unwrap_or(""))?))),
    };
    // Credentials travel in the Authorization header, never in a URL that could be printed.
    let _ = url.set_username("");
    let _ = url.set_password(None);
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok((url, login))
}
