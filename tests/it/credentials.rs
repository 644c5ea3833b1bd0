//! Where passwords come from and where they never go: every source of a password, through
//! every kind of failure (refused, unreachable, silent, not TLS, not AMQP, bad command line),
//! with `--verbose`, and never a trace of it on stdout or stderr; and the warning when a file
//! holding a password is open to other users.

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

use crate::common::{Run, TestVhost, api_host_port, broker_host_port, mq_command, temp_dir};

const SECRET: &str = "Cr3dential-S3cret";

/// Gives `mq` the password one way.
type Source = Box<dyn Fn(&mut Command)>;

/// Writes `text` to `name` in `dir`, with permissions `mode`.
fn file(dir: &TempDir, name: &str, text: &str, mode: u32) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn no_source_of_a_password_lets_it_out() {
    let vhost = TestVhost::new("secrets");
    let dir = temp_dir();
    let (broker, api) = (broker_host_port(), api_host_port());
    let password_file = file(&dir, "pw", &format!("{SECRET}\n"), 0o600);
    let config = file(
        &dir,
        "config.toml",
        &format!(
            "[profiles.field]\npassword = \"{SECRET}\"\n\n\
             [profiles.url]\nurl = \"amqp://guest:{SECRET}@{broker}\"\n\n\
             [profiles.api]\napi_url = \"http://guest:{SECRET}@{api}\"\npassword = \"{SECRET}\"\n",
        ),
        0o600,
    );
    let plain_url = format!("amqp://{broker}");
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    let url = |host_port: &str| format!("amqp://guest:{SECRET}@{host_port}");

    // Each way of giving the password…
    let sources: Vec<(&str, Source)> = vec![
        (
            "MQ_PASSWORD",
            Box::new(|c: &mut Command| {
                c.env("MQ_PASSWORD", SECRET);
            }),
        ),
        (
            "--password-file",
            Box::new({
                let file = password_file.clone();
                move |c: &mut Command| {
                    c.arg("--password-file").arg(&file);
                }
            }),
        ),
        (
            "--url",
            Box::new({
                let broker = broker.clone();
                move |c: &mut Command| {
                    c.env_remove("MQ_URL").args(["--url", &url(&broker)]);
                }
            }),
        ),
        (
            "MQ_URL",
            Box::new({
                let broker = broker.clone();
                move |c: &mut Command| {
                    c.env("MQ_URL", url(&broker));
                }
            }),
        ),
        (
            "profile password",
            Box::new({
                let config = config.clone();
                let plain_url = plain_url.clone();
                move |c: &mut Command| {
                    // A URL without credentials: the environment's would beat the profile's.
                    c.env("MQ_URL", &plain_url)
                        .env("MQ_CONFIG", &config)
                        .env("MQ_PROFILE", "field");
                }
            }),
        ),
        (
            "profile URL",
            Box::new({
                let config = config.clone();
                move |c: &mut Command| {
                    c.env_remove("MQ_URL")
                        .env("MQ_CONFIG", &config)
                        .env("MQ_PROFILE", "url");
                }
            }),
        ),
        (
            "profile API URL",
            Box::new({
                let config = config.clone();
                let plain_url = plain_url.clone();
                move |c: &mut Command| {
                    c.env_remove("MQ_API_URL")
                        .env("MQ_URL", &plain_url)
                        .env("MQ_CONFIG", &config)
                        .env("MQ_PROFILE", "api");
                }
            }),
        ),
    ];
    // …through each kind of failure, with --verbose: none may show it.
    let failures: Vec<(&str, Vec<String>, i32)> = vec![
        (
            "refused (AMQP)",
            vec!["declare-queue".into(), "q".into()],
            77,
        ),
        ("refused (API)", vec!["list-queues".into()], 77),
        (
            "node unreachable",
            vec![
                "--url".into(),
                url("127.0.0.1:1"),
                "declare-queue".into(),
                "q".into(),
            ],
            69,
        ),
        (
            "silent node",
            vec![
                "--timeout".into(),
                "500ms".into(),
                "--url".into(),
                url(&format!("127.0.0.1:{silent_port}")),
                "declare-queue".into(),
                "q".into(),
            ],
            75,
        ),
        (
            "not a TLS port",
            vec![
                "--url".into(),
                format!("amqps://guest:{SECRET}@{broker}"),
                "declare-queue".into(),
                "q".into(),
            ],
            69,
        ),
        (
            "API unreachable",
            vec![
                "--api-url".into(),
                format!("http://guest:{SECRET}@127.0.0.1:1"),
                "list-queues".into(),
            ],
            69,
        ),
    ];
    let mut runs = 0;
    for (source, apply) in &sources {
        for (failure, args, code) in &failures {
            let mut cmd = vhost.mq();
            apply(&mut cmd);
            cmd.arg("--verbose").args(args);
            let result = Run::clean(&mut cmd, &[SECRET]);
            // Where the source's URL comes first, it may fail another way (77 for 69).
            assert!(
                result.code == Some(*code) || matches!(result.code, Some(69 | 75 | 77)),
                "{source} / {failure}: {result:?}"
            );
            assert!(
                result.stderr.starts_with("mq: "),
                "{source} / {failure}: {result:?}"
            );
            runs += 1;
        }
    }
    assert_eq!(runs, sources.len() * failures.len());
    // The command line clap refuses: the value given to a flag is not repeated at all.
    let mut cmd = mq_command();
    cmd.args(["--timeout", &url("h"), "list-queues"]);
    Run::clean(&mut cmd, &[SECRET]).assert_failed(64, "invalid value for '--timeout <DURATION>'");
    let mut cmd = mq_command();
    cmd.arg(format!("--timeout={}", url("h")))
        .arg("list-queues");
    Run::clean(&mut cmd, &[SECRET]).assert_failed(64, "invalid value for '--timeout <DURATION>'");
    drop(silent);
    assert!(vhost.queues().is_empty());
}

#[test]
fn files_holding_a_password_that_others_can_read_are_warned_about() {
    let vhost = TestVhost::new("file-modes");
    let dir = temp_dir();
    let config = file(
        &dir,
        "config.toml",
        "[profiles.default]\nuser = \"guest\"\npassword = \"guest\"\n",
        0o644,
    );
    let warning = format!(
        "mq: warning: config file '{}' holds a password and other users can access it (mode 0644): chmod 600 '{}'\n",
        s(&config),
        s(&config)
    );
    let mut cmd = vhost.mq();
    cmd.env("MQ_CONFIG", &config)
        .args(["-q", "declare-queue", "q"]);
    let done = Run::clean(&mut cmd, &[]);
    done.assert_ok();
    assert_eq!(
        done.stderr, warning,
        "a warning, not an error, even with -q"
    );

    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut cmd = vhost.mq();
    cmd.env("MQ_CONFIG", &config).args(["declare-queue", "q"]);
    let done = Run::clean(&mut cmd, &[]);
    done.assert_ok();
    assert_eq!(done.stderr, "");

    // A file without a password may be read by anyone.
    let open = file(
        &dir,
        "open.toml",
        "[profiles.default]\nuser = \"guest\"\n",
        0o644,
    );
    let mut cmd = vhost.mq();
    cmd.env("MQ_CONFIG", &open).args(["declare-queue", "q"]);
    assert_eq!(Run::clean(&mut cmd, &[]).stderr, "");

    let password_file = file(&dir, "pw", "guest\n", 0o640);
    let mut cmd = vhost.mq();
    cmd.arg("--password-file")
        .arg(&password_file)
        .args(["declare-queue", "q"]);
    let done = Run::clean(&mut cmd, &[]);
    done.assert_ok();
    assert_eq!(
        done.stderr,
        format!(
            "mq: warning: password file '{}' holds a password and other users can access it (mode 0640): chmod 600 '{}'\n",
            s(&password_file),
            s(&password_file)
        )
    );
}

#[test]
fn the_user_named_is_the_user_in_use_not_the_urls() {
    let vhost = TestVhost::new("user-named");
    // MQ_URL names guest; MQ_USER overrides it, and every line must say so.
    let mut cmd = vhost.mq();
    cmd.env("MQ_USER", "lena-not-guest")
        .env("MQ_PASSWORD", SECRET)
        .args(["-v", "declare-queue", "q"]);
    let run = Run::clean(&mut cmd, &[SECRET]);
    run.assert_code(77);
    assert!(
        run.stderr.contains("connecting to amqp://lena-not-guest@"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("refused user 'lena-not-guest'"),
        "{run:?}"
    );
    assert!(!run.stderr.contains("//guest@"), "{run:?}");
}

#[test]
fn credentials_in_the_api_url_are_used() {
    let vhost = TestVhost::new("api-url-login");
    // The test broker's own user and password, as its URL gives them.
    let url = crate::common::broker_url();
    let login = url
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('@'))
        .map_or("guest:guest", |(login, _)| login);
    let base = format!("http://{login}@{}/", api_host_port());
    // The AMQP password is wrong; the API URL's is right, so the listing works.
    let mut cmd = vhost.mq();
    cmd.env("MQ_PASSWORD", SECRET)
        .args(["--api-url", &base, "list-queues", "--format", "json"]);
    let run = Run::clean(&mut cmd, &[SECRET]);
    run.assert_code(0);
    assert_eq!(run.stdout.trim(), "[]", "{run:?}");
    // And a wrong one in the API URL is refused as its own user, not silently replaced.
    let wrong = format!("http://nobody-at-all:{SECRET}@{}/", api_host_port());
    let mut cmd = vhost.mq();
    cmd.args(["--api-url", &wrong, "list-queues"]);
    Run::clean(&mut cmd, &[SECRET])
        .assert_failed(77, "the management API refused user 'nobody-at-all'");
}
