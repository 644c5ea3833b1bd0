//! Where each resolved setting came from — the option, the variable, the profile or the
//! default — for `mq config`, which shows the settings in effect and why.

use std::path::PathBuf;

use super::Source;

/// The config file that was read, the profile used from it, and every profile it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigOrigin {
    pub path: PathBuf,
    /// `--config`, `MQ_CONFIG` or `default`.
    pub path_from: String,
    /// `None`: no profile named and none called `default`: only the defaults apply.
    pub profile: Option<String>,
    /// `--profile`, `MQ_PROFILE` or `default`.
    pub profile_from: String,
    pub profiles: Vec<String>,
}

/// A description of the source of each setting (`--url`, `MQ_VHOST`, `profile 'prod'`,
/// `the URL (MQ_URL)`, `default`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins {
    pub config: Option<ConfigOrigin>,
    pub url: String,
    pub api_url: String,
    pub vhost: String,
    pub user: String,
    pub password: String,
    pub timeout: String,
}

/// How one source reads for a setting whose option is `flag` and variable `env`.
pub(super) fn describe(
    source: Source,
    flag: &str,
    env: &str,
    config: Option<&ConfigOrigin>,
) -> String {
    match source {
        Source::Flag => flag.to_owned(),
        Source::Env => env.to_owned(),
        Source::Profile => match config.and_then(|c| c.profile.as_deref()) {
            Some(name) => format!("profile '{name}'"),
            None => "the config file".to_owned(),
        },
        Source::Default => "default".to_owned(),
    }
}

/// A value the URL in use carried (`amqp://user:pw@host/vhost`), named after where that URL
/// came from.
pub(super) fn from_url(url_origin: &str) -> String {
    format!("the URL ({url_origin})")
}
