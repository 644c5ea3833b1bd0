//! Connection settings: every global option resolved once, with the precedence flag >
//! environment > profile > built-in default, into [`Settings`] that hold what was decided and no
//! live state. Takes plain [`Overrides`], never the command line's own types.

mod endpoint;
mod origin;
mod profile;
mod redact;

use std::path::PathBuf;
use std::time::Duration;

use url::Url;

pub use endpoint::AmqpEndpoint;
use endpoint::parse_api_url;
pub use origin::Origins;
pub use profile::default_config_path;
#[cfg(test)]
pub use redact::redact_typed;
pub use redact::{Secret, redact_clap, redact_text, redact_url, typed_password_file};

use crate::error::{Error, Result};
use crate::tls::TlsFiles;
use profile::{UrlList, exposed_warning, load_profile, read_password_file};

pub const DEFAULT_URL: &str = "amqp://guest:guest@localhost:5672/%2f";
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// What the command line says about the connection, before the environment, the profile and
/// the defaults are consulted.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub urls: Vec<String>,
    pub api_url: Option<String>,
    pub vhost: Option<String>,
    pub user: Option<String>,
    pub password_file: Option<PathBuf>,
    pub profile: Option<String>,
    pub config: Option<PathBuf>,
    pub timeout: Option<Duration>,
    pub tls: TlsFiles,
}

/// Everything a command needs to reach the broker, resolved once.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Tried in order until one answers; never empty.
    pub nodes: Vec<AmqpEndpoint>,
    /// The management API base given by `--api-url`, `MQ_API_URL` or `api_url`, without
    /// credentials. When absent, the API is derived from the node in use (see `api_urls`).
    pub api_url: Option<Url>,
    pub vhost: String,
    /// The vhost was chosen on purpose (`--vhost` or `MQ_VHOST`), not taken from the URL or
    /// the default: whole-broker commands (`export-definitions`) then keep to it.
    pub vhost_given: bool,
    pub user: String,
    pub password: Secret,
    /// The user and password embedded in the API URL, used for the API instead of `user` and
    /// `password` (they were typed on purpose: dropping them would log in as someone else).
    pub api_login: Option<(String, Secret)>,
    pub timeout: Duration,
    pub tls: TlsFiles,
    /// Said on stderr before the command runs: `--insecure` in use, a password that other
    /// users can read.
    pub warnings: Vec<String>,
    /// Where each setting came from (`mq config`).
    pub origins: Origins,
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

    /// The user and password the management API is asked with.
    pub fn api_credentials(&self) -> (&str, &Secret) {
        match &self.api_login {
            Some((user, password)) => (user, password),
            None => (&self.user, &self.password),
        }
    }

    /// Whether any connection of this run would use TLS.
    pub fn uses_tls(&self) -> bool {
        self.nodes.iter().any(|n| n.tls) || self.api_urls().iter().any(|u| u.scheme() == "https")
    }
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
    args: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    default_config: Option<PathBuf>,
) -> Result<Settings> {
    let env_nonempty = |name: &str| env(name).filter(|v| !v.is_empty());
    let mut warnings = Vec::new();
    let (profile, config) = load_profile(args, &env_nonempty, default_config, &mut warnings)?;
    let said = |source, flag, env| origin::describe(source, flag, env, config.as_ref());

    let flags = Layer {
        urls: args.urls.clone(),
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

    // Only a profile can give an empty list (`url = []`); falling through to the default
    // would reach a broker nobody named.
    if profile.url.clone().is_some_and(|u| u.into_vec().is_empty()) {
        return Err(bad_value(
            Source::Profile,
            "`url` is an empty list: give at least one amqp:// URL, or leave `url` out".to_owned(),
        ));
    }
    let (url_source, url_layer) = layers
        .iter()
        .find(|(_, layer)| !layer.urls.is_empty())
        .copied()
        .unwrap_or((Source::Default, &default_layer));
    let mut nodes = url_layer
        .urls
        .iter()
        .map(|u| AmqpEndpoint::parse(u).map_err(|e| bad_value(url_source, e)))
        .collect::<Result<Vec<_>>>()?;
    let Some(first) = nodes.first().cloned() else {
        return Err(Error::usage("no broker URL given"));
    };

    // Within one source an explicit field beats what that source's URL embeds; a URL's
    // credentials and vhost count only for the source that supplied the URL in use.
    let url_origin = said(url_source, "--url", "MQ_URL");
    let pick = |field: fn(&Layer) -> Option<String>, from_url: Option<String>, flag, env| {
        layers
            .iter()
            .find_map(|(source, layer)| match field(layer) {
                Some(value) => Some((value, said(*source, flag, env))),
                None => (*source == url_source)
                    .then(|| from_url.clone().map(|v| (v, origin::from_url(&url_origin))))
                    .flatten(),
            })
    };
    let or_default = |picked: Option<(String, String)>, default: &str| {
        picked.unwrap_or_else(|| (default.to_owned(), "default".to_owned()))
    };
    let (user, user_origin) = or_default(
        pick(|l| l.user.clone(), first.user.clone(), "--user", "MQ_USER"),
        "guest",
    );
    let (password, password_origin) = or_default(
        pick(
            |l| l.password.clone(),
            first.password.clone(),
            "--password-file",
            "MQ_PASSWORD",
        ),
        "guest",
    );
    let (vhost, vhost_origin) = or_default(
        pick(
            |l| l.vhost.clone(),
            first.vhost.clone(),
            "--vhost",
            "MQ_VHOST",
        ),
        "/",
    );
    // An empty vhost would make every API path name a collection of all vhosts (`/api/queues/`
    // lists every vhost's queues), and `.` and `..` are path steps: none names a vhost.
    for (source, layer) in &layers {
        if let Some(bad) = layer
            .vhost
            .as_deref()
            .filter(|v| matches!(*v, "" | "." | ".."))
        {
            return Err(bad_value(
                *source,
                format!("'{bad}' is not a vhost name: give a vhost such as '/' or 'orders'"),
            ));
        }
        // AMQP carries the vhost as a short string: no broker can have a longer one.
        if let Some(long) = layer.vhost.as_deref().filter(|v| v.len() > 255) {
            return Err(bad_value(
                *source,
                format!(
                    "a vhost name is at most 255 bytes; this one has {}",
                    long.len()
                ),
            ));
        }
    }

    // Errors and `-v` name the URL's user; once the user in use is decided (MQ_USER may
    // override the URL's), that is the one to name. The password stays in `password` only.
    for node in &mut nodes {
        if node.user.is_some() {
            node.user = Some(user.clone());
        }
        node.password = None;
    }

    let (api_url, api_login, api_origin) = match layers
        .iter()
        .find_map(|(source, layer)| layer.api_url.clone().map(|u| (*source, u)))
    {
        Some((source, raw)) => {
            let (url, login) = parse_api_url(&raw).map_err(|e| bad_value(source, e))?;
            (Some(url), login, said(source, "--api-url", "MQ_API_URL"))
        }
        None => (None, None, "the node in use".to_owned()),
    };
    let origins = Origins {
        url: url_origin.clone(),
        api_url: api_origin,
        vhost: vhost_origin,
        user: user_origin,
        password: password_origin,
        timeout: if args.timeout.is_some() {
            "--timeout"
        } else {
            "default"
        }
        .to_owned(),
        config,
    };

    let mut settings = Settings {
        nodes,
        api_url,
        vhost_given: args.vhost.is_some() || env_nonempty("MQ_VHOST").is_some(),
        vhost,
        user,
        password: Secret::new(password),
        api_login,
        timeout: args.timeout.unwrap_or(DEFAULT_TIMEOUT),
        tls: TlsFiles {
            ca_cert: args.tls.ca_cert.clone().or(profile.ca_cert),
            client_cert: args.tls.client_cert.clone().or(profile.client_cert),
            client_key: args.tls.client_key.clone().or(profile.client_key),
            insecure: args.tls.insecure || profile.insecure.unwrap_or(false),
        },
        warnings,
        origins,
    };
    if settings.tls.insecure && settings.uses_tls() {
        settings
            .warnings
            .push(crate::tls::INSECURE_WARNING.to_owned());
    }
    Ok(settings)
}
fn bad_value(source: Source, message: String) -> Error {
    match source {
        Source::Profile => Error::config(format!("config file: {message}")),
        _ => Error::usage(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// The overrides a command line gives, as the command-line layer hands them over.
    fn args(argv: &[&str]) -> Overrides {
        let mut full = vec!["mq"];
        full.extend_from_slice(argv);
        crate::cli::Cli::parse_from(full).global.overrides()
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
        // The order starts at the node in use and wraps around; clones share the node in use.
        let cursor = crate::amqp::NodeCursor::default();
        assert_eq!(cursor.order(s.nodes.len()).collect::<Vec<_>>(), [0, 1]);
        cursor.clone().set(1);
        assert_eq!(cursor.order(s.nodes.len()).collect::<Vec<_>>(), [1, 0]);
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
    fn empty_and_dot_vhosts_are_refused() {
        for bad in ["", ".", ".."] {
            let err = resolve(&args(&["--vhost", bad, "list-queues"]), &no_env, None).unwrap_err();
            assert_eq!(err.exit_code(), 64, "--vhost {bad:?}");
            let env = move |name: &str| (name == "MQ_VHOST").then(|| bad.to_owned());
            if !bad.is_empty() {
                let err = resolve(&args(&["list-queues"]), &env, None).unwrap_err();
                assert_eq!(err.exit_code(), 64, "MQ_VHOST={bad:?}");
            }
        }
        let long = "v".repeat(256);
        let err = resolve(&args(&["--vhost", &long, "list-queues"]), &no_env, None).unwrap_err();
        assert_eq!(err.exit_code(), 64, "a vhost of 256 bytes");
        let (_dir, path) = write_config("[profiles.default]\nvhost = \"..\"\n");
        let config = path.to_str().unwrap();
        let err = resolve(&args(&["--config", config, "list-queues"]), &no_env, None).unwrap_err();
        assert_eq!(err.exit_code(), 78);
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

    #[test]
    fn shapes_a_profile_cannot_have_are_named() {
        for (body, expected) in [
            ("url = []", "`url` is an empty list"),
            ("url = 5", "at line 2 (key `url`)"),
            ("url = [5]", "each element of `url`"),
            ("user = 5", "(key `user`)"),
            (
                "url = 'amqp://h?frame_max=10'",
                "below AMQP 0-9-1's minimum of 4096",
            ),
        ] {
            let (_dir, path) = write_config(&format!("[profiles.default]\n{body}\n"));
            let err = resolve(&args(&["list-queues"]), &no_env, Some(path)).unwrap_err();
            assert_eq!(err.exit_code(), 78, "{body}: {err}");
            assert!(err.to_string().contains(expected), "{body}: {err}");
            assert!(!err.to_string().contains("untagged"), "{body}: {err}");
        }
    }

    #[test]
    fn the_user_in_use_is_the_one_shown_and_api_url_logins_are_kept() {
        let env = |name: &str| match name {
            "MQ_USER" => Some("lena".to_owned()),
            "MQ_URL" => Some("amqp://guest:pw@h".to_owned()),
            _ => None,
        };
        let s = resolve(
            &args(&["--api-url", "http://admin:s%40cret@m/", "list-queues"]),
            &env,
            None,
        )
        .unwrap();
        assert_eq!(s.user, "lena");
        assert_eq!(s.nodes[0].to_string(), "amqp://lena@h:5672");
        assert_eq!(s.nodes[0].password, None);
        let (user, password) = s.api_credentials();
        assert_eq!((user, password.expose()), ("admin", "s@cret"));
        assert_eq!(s.api_urls()[0].as_str(), "http://m/");
        let err = resolve(
            &args(&["--api-url", "http://:pw@m/", "list-queues"]),
            &no_env,
            None,
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 64);
    }
}
