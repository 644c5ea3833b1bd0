//! Where passwords come from and where they never go: every source of a password, through
//! every kind of failure (refused, unreachable, silent, not TLS, not AMQP, bad command line),
//! with `--verbose`, and never a trace of it on stdout or stderr; and the warning when a file
//! holding a password is open to other users.

mod common;

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestVhost, mq_command, outcome, unique};

const SECRET: &str = "Cr3dential-S3cret";

/// Gives `mq` the password one way.
type Source = Box<dyn Fn(&mut Command)>;

struct Dir(PathBuf);

impl Dir {
    fn new(tag: &str) -> Self {
        let path = std::env::temp_dir().join(unique(tag));
        std::fs::create_dir_all(&path).unwrap();
        Dir(path)
    }

    fn file(&self, name: &str, text: &str, mode: u32) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn no_source_of_a_password_lets_it_out() {
    let vhost = TestVhost::new("secrets");
    let dir = Dir::new("secrets");
    let password_file = dir.file("pw", &format!("{SECRET}\n"), 0o600);
    let config = dir.file(
        "config.toml",
        &format!(
            "[profiles.field]\npassword = \"{SECRET}\"\n\n\
             [profiles.url]\nurl = \"amqp://guest:{SECRET}@127.0.0.1:5672\"\n\n\
             [profiles.api]\napi_url = \"http://guest:{SECRET}@127.0.0.1:15672\"\npassword = \"{SECRET}\"\n",
        ),
        0o600,
    );
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
            Box::new(move |c: &mut Command| {
                c.env_remove("MQ_URL")
                    .args(["--url", &url("127.0.0.1:5672")]);
            }),
        ),
        (
            "MQ_URL",
            Box::new(move |c: &mut Command| {
                c.env("MQ_URL", url("127.0.0.1:5672"));
            }),
        ),
        (
            "profile password",
            Box::new({
                let config = config.clone();
                move |c: &mut Command| {
                    // A URL without credentials: the environment's would beat the profile's.
                    c.env("MQ_URL", "amqp://127.0.0.1:5672")
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
                move |c: &mut Command| {
                    c.env_remove("MQ_API_URL")
                        .env("MQ_URL", "amqp://127.0.0.1:5672")
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
                format!("amqps://guest:{SECRET}@127.0.0.1:5672"),
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
            let result = outcome(&mut cmd, &[SECRET]);
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
    // The command line echoed back by clap.
    let mut cmd = mq_command();
    cmd.args(["--timeout", &url("h"), "list-queues"]);
    outcome(&mut cmd, &[SECRET]).assert_failed(64, "invalid value 'amqp://guest:***@h'");
    let mut cmd = mq_command();
    cmd.arg(format!("--timeout={}", url("h")))
        .arg("list-queues");
    outcome(&mut cmd, &[SECRET]).assert_failed(64, "amqp://guest:***@h");
    drop(silent);
    assert!(vhost.queues().is_empty());
}

#[test]
fn files_holding_a_password_that_others_can_read_are_warned_about() {
    let vhost = TestVhost::new("file-modes");
    let dir = Dir::new("file-modes");
    let config = dir.file(
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
    let done = outcome(&mut cmd, &[]);
    done.assert_ok();
    assert_eq!(
        done.stderr, warning,
        "a warning, not an error, even with -q"
    );

    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut cmd = vhost.mq();
    cmd.env("MQ_CONFIG", &config).args(["declare-queue", "q"]);
    let done = outcome(&mut cmd, &[]);
    done.assert_ok();
    assert_eq!(done.stderr, "");

    // A file without a password may be read by anyone.
    let open = dir.file("open.toml", "[profiles.default]\nuser = \"guest\"\n", 0o644);
    let mut cmd = vhost.mq();
    cmd.env("MQ_CONFIG", &open).args(["declare-queue", "q"]);
    assert_eq!(outcome(&mut cmd, &[]).stderr, "");

    let password_file = dir.file("pw", "guest\n", 0o640);
    let mut cmd = vhost.mq();
    cmd.arg("--password-file")
        .arg(&password_file)
        .args(["declare-queue", "q"]);
    let done = outcome(&mut cmd, &[]);
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
