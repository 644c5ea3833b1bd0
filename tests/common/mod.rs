//! Test harness: every test works in a vhost of its own on the real broker (created here,
//! deleted on drop), and runs the `mq` binary with a clean environment pointed at it.
#![allow(dead_code)]

pub mod node;

use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use mq::api::Api;
use mq::cli::GlobalArgs;
use mq::config;

/// The broker under test: MQ_TEST_URL / MQ_TEST_API_URL, else the local one.
pub fn broker_url() -> String {
    std::env::var("MQ_TEST_URL").unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672".into())
}

pub fn api_url() -> String {
    std::env::var("MQ_TEST_API_URL").unwrap_or_else(|_| "http://127.0.0.1:15672".into())
}

pub fn unique(tag: &str) -> String {
    format!(
        "mq-test-{tag}-{}-{:08x}",
        std::process::id(),
        rand::random::<u32>()
    )
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("test runtime")
}

fn admin_api() -> Api {
    let url = broker_url();
    let api = api_url();
    let env = move |name: &str| match name {
        "MQ_URL" => Some(url.clone()),
        "MQ_API_URL" => Some(api.clone()),
        _ => None,
    };
    let settings = config::resolve(&GlobalArgs::default(), &env, None).expect("test settings");
    Api::new(&settings).expect("test API client")
}

/// Runs one management API call on a throwaway runtime.
pub fn admin<T>(call: impl AsyncFnOnce(&Api) -> T) -> T {
    let api = admin_api();
    runtime().block_on(call(&api))
}

/// A vhost that exists for one test and is deleted with everything in it when dropped.
pub struct TestVhost {
    pub name: String,
}

impl TestVhost {
    pub fn new(tag: &str) -> Self {
        let name = unique(tag);
        admin(async |api: &Api| {
            api.put(&["vhosts", &name], &serde_json::json!({})).await?;
            api.put(
                &["permissions", &name, "guest"],
                &serde_json::json!({"configure": ".*", "write": ".*", "read": ".*"}),
            )
            .await
        })
        .expect("create test vhost");
        TestVhost { name }
    }

    /// `mq` with a clean environment, pointed at this vhost.
    pub fn mq(&self) -> Command {
        let mut cmd = mq_command();
        cmd.env("MQ_VHOST", &self.name);
        cmd
    }

    /// Runs `mq ARGS` in this vhost and returns stdout, panicking with stderr on failure.
    pub fn run(&self, args: &[&str]) -> String {
        let output = self.mq().args(args).output().expect("run mq");
        assert!(
            output.status.success(),
            "mq {args:?} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8 stdout")
    }

    /// `list-queues --format json` as values.
    pub fn queues(&self) -> Vec<serde_json::Value> {
        serde_json::from_str(&self.run(&["list-queues", "--format", "json"])).expect("json")
    }

    /// Settings pointed at this vhost, for tests that speak AMQP themselves.
    pub fn settings(&self) -> config::Settings {
        let url = broker_url();
        let api = api_url();
        let vhost = self.name.clone();
        let env = move |name: &str| match name {
            "MQ_URL" => Some(url.clone()),
            "MQ_API_URL" => Some(api.clone()),
            "MQ_VHOST" => Some(vhost.clone()),
            _ => None,
        };
        config::resolve(&GlobalArgs::default(), &env, None).expect("test settings")
    }

    /// Declares many (transient) queues fast: pipelined over one AMQP connection.
    pub fn declare_queues(&self, names: &[String]) {
        let settings = self.settings();
        runtime().block_on(async {
            let session = mq::amqp::connect(&settings).await.expect("connect");
            let names: Vec<_> = names
                .iter()
                .map(|n| mq::values::short(n, "queue name").expect("short name"))
                .collect();
            let answers = session.declare_queues(&names, Default::default(), 8).await;
            for answer in answers {
                answer.expect("declare");
            }
            session.close().await;
        });
    }

    pub fn queue(&self, name: &str) -> serde_json::Value {
        self.queues()
            .into_iter()
            .find(|q| q["name"] == name)
            .unwrap_or_else(|| panic!("queue {name} not listed"))
    }
}

impl Drop for TestVhost {
    fn drop(&mut self) {
        let name = self.name.clone();
        let _ = admin(async |api: &Api| api.delete(&["vhosts", &name], &[]).await);
    }
}

/// `mq` with no MQ_* variables and no config file but the test broker's URLs.
pub fn mq_command() -> Command {
    let mut cmd = Command::cargo_bin("mq").expect("mq binary");
    for (key, _) in std::env::vars() {
        if key.starts_with("MQ_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("MQ_URL", broker_url())
        .env("MQ_API_URL", api_url())
        .env("XDG_CONFIG_HOME", "/nonexistent");
    cmd
}

/// What a finished `mq` run left behind.
#[derive(Debug)]
pub struct Outcome {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` to its end. Whatever happened, none of `secrets` may appear on stdout or stderr,
/// and nothing may have panicked.
pub fn outcome(cmd: &mut Command, secrets: &[&str]) -> Outcome {
    let output = cmd.output().expect("run mq");
    let outcome = Outcome {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    for secret in secrets {
        assert!(
            !outcome.stdout.contains(secret) && !outcome.stderr.contains(secret),
            "the password {secret:?} was printed by {cmd:?}: {outcome:?}"
        );
    }
    assert!(!outcome.stderr.contains("panicked"), "{outcome:?}");
    outcome
}

impl Outcome {
    /// Exit `code`; one or two `mq: ` lines on stderr, not counting `mq: warning:` lines, the
    /// first of them containing `message`; nothing on stdout.
    pub fn failed(&self, code: i32, message: &str) -> Result<(), String> {
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| !l.starts_with("mq: warning:"))
            .collect();
        if self.code != Some(code) {
            return Err(format!("exit {:?}, not {code}: {}", self.code, self.stderr));
        }
        if lines.is_empty() || lines.len() > 2 || !lines.iter().all(|l| l.starts_with("mq: ")) {
            return Err(format!("not one or two mq: lines: {:?}", self.stderr));
        }
        if !lines[0].contains(message) {
            return Err(format!("{message:?} not in {:?}", lines[0]));
        }
        if !self.stdout.is_empty() {
            return Err(format!("stdout not empty: {:?}", self.stdout));
        }
        Ok(())
    }

    pub fn assert_failed(&self, code: i32, message: &str) -> &Self {
        if let Err(problem) = self.failed(code, message) {
            panic!("{problem}");
        }
        self
    }

    pub fn assert_ok(&self) -> &Self {
        assert_eq!(self.code, Some(0), "{self:?}");
        self
    }
}
