//! The config file: `[profiles.NAME]` tables of TOML, which profile applies, and the warnings
//! about files that hold a password where other users can read it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::origin::ConfigOrigin;
use super::redact::redact_url;
use crate::error::{Error, Result};

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
/// Deserialized by hand: serde's untagged enums say only "data did not match any variant",
/// which names neither the key nor what it takes.
#[derive(Debug, Clone)]
pub enum UrlList {
    One(String),
    Many(Vec<String>),
}

impl<'de> Deserialize<'de> for UrlList {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = UrlList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`url` to be an amqp:// URL or a list of them")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<UrlList, E> {
                Ok(UrlList::One(value.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<UrlList, A::Error> {
                let mut urls = Vec::new();
                while let Some(url) = seq.next_element::<UrlItem>()? {
                    urls.push(url.0);
                }
                Ok(UrlList::Many(urls))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// One element of a `url` list: a string, or an error that says where it belongs.
struct UrlItem(String);

impl<'de> Deserialize<'de> for UrlItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = UrlItem;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("each element of `url` to be an amqp:// URL (a string)")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<UrlItem, E> {
                Ok(UrlItem(value.to_owned()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl UrlList {
    pub(super) fn into_vec(self) -> Vec<String> {
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

/// A warning when a file holding a password can be read by other users than its owner.
#[cfg(unix)]
pub(super) fn exposed_warning(path: &Path, what: &str) -> Option<String> {
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
pub(super) fn exposed_warning(_path: &Path, _what: &str) -> Option<String> {
    None
}

pub(super) fn read_password_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::not_found(format!(
            "cannot read password file '{}': {e}",
            path.display()
        ))
    })?;
    Ok(text.trim_end_matches(['\n', '\r']).to_owned())
}

pub(super) fn load_profile(
    args: &super::Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    default_config: Option<PathBuf>,
    warnings: &mut Vec<String>,
) -> Result<(Profile, Option<ConfigOrigin>)> {
    let explicit_path = args
        .config
        .clone()
        .or_else(|| env("MQ_CONFIG").map(PathBuf::from));
    let explicit_profile = args.profile.clone().or_else(|| env("MQ_PROFILE"));
    let path = match explicit_path.clone().or(default_config) {
        Some(path) => path,
        None => return no_file(explicit_profile).map(|p| (p, None)),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit_path.is_none() => {
            return no_file(explicit_profile).map(|p| (p, None));
        }
        Err(e) => {
            return Err(Error::config(format!(
                "cannot read config file '{}': {e}",
                path.display()
            )));
        }
    };
    let file: ConfigFile = toml::from_str(&text).map_err(|e| {
        Error::config(format!(
            "malformed config file '{}'{}: {}",
            path.display(),
            location(&text, e.span()),
            e.message()
        ))
    })?;
    if file.profiles.values().any(Profile::holds_password) {
        warnings.extend(exposed_warning(&path, "config file"));
    }
    let from = |flag: bool, var: &str| match (flag, env(var).is_some()) {
        (true, _) => "--".to_owned() + &var[3..].to_lowercase(),
        (false, true) => var.to_owned(),
        (false, false) => "default".to_owned(),
    };
    let origin = |name: Option<&str>| ConfigOrigin {
        path: path.clone(),
        path_from: from(args.config.is_some(), "MQ_CONFIG"),
        profile: name.map(str::to_owned),
        profile_from: from(args.profile.is_some(), "MQ_PROFILE"),
        profiles: file.profiles.keys().cloned().collect(),
    };
    match explicit_profile {
        Some(name) => file
            .profiles
            .get(&name)
            .cloned()
            .map(|p| (p, Some(origin(Some(&name)))))
            .ok_or_else(|| {
                let known: Vec<_> = file.profiles.keys().map(String::as_str).collect();
                Error::config(format!(
                    "unknown profile '{name}' in '{}' (profiles there: {})",
                    path.display(),
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ))
            }),
        None => {
            let default = file.profiles.get("default").cloned();
            let name = default.as_ref().map(|_| "default");
            Ok((default.unwrap_or_default(), Some(origin(name))))
        }
    }
}

/// ` at line N (key `K`)`: toml's own message says what is wrong but not where (an invalid
/// type names neither the line nor the key).
fn location(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    let Some(start) = span.map(|s| s.start).filter(|&s| s <= text.len()) else {
        return String::new();
    };
    let before = text.get(..start).unwrap_or("");
    let number = before.matches('\n').count() + 1;
    let line = text.lines().nth(number - 1).unwrap_or("");
    match line.split_once('=').map(|(key, _)| key.trim()) {
        Some(key) if !key.is_empty() && !key.starts_with('[') => {
            format!(" at line {number} (key `{key}`)")
        }
        _ => format!(" at line {number}"),
    }
}

fn no_file(explicit_profile: Option<String>) -> Result<Profile> {
    match explicit_profile {
        Some(name) => Err(Error::config(format!(
            "unknown profile '{name}': there is no config file (see --config)"
        ))),
        None => Ok(Profile::default()),
    }
}

/// `$XDG_CONFIG_HOME/mq/config.toml`, else `~/.config/mq/config.toml`.
pub fn default_config_path() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("mq").join("config.toml"))
}
