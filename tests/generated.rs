//! `mq completions SHELL` against the scripts in `completions/`. The freshness of the
//! generated files themselves is checked by the `xtask` crate's tests (`cargo test --workspace`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use assert_cmd::cargo::CommandCargoExt;

const COMPLETIONS_DIR: &str = "completions";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn mq() -> Command {
    let mut cmd = Command::cargo_bin("mq").expect("mq binary");
    for (key, _) in std::env::vars() {
        if key.starts_with("MQ_") {
            cmd.env_remove(key);
        }
    }
    cmd
}

fn stdout_of(output: Output, what: &str) -> String {
    assert!(
        output.status.success(),
        "{what} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 stdout")
}

#[test]
fn mq_completions_prints_what_the_folder_holds_without_broker_or_config() {
    // A malformed config file and an unreachable broker: completions need neither.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("generated-bad-config");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let config = dir.join("config.toml");
    std::fs::write(&config, "[profiles.default\nurl = ").expect("write config");
    for (shell, file) in [
        ("bash", "mq.bash"),
        ("zsh", "_mq"),
        ("fish", "mq.fish"),
        ("powershell", "_mq.ps1"),
        ("elvish", "mq.elv"),
    ] {
        let output = mq()
            .args(["completions", shell])
            .env("MQ_CONFIG", &config)
            .env("MQ_URL", "amqp://127.0.0.1:1")
            .output()
            .expect("run mq");
        let printed = stdout_of(output, &format!("mq completions {shell}"));
        let stored = std::fs::read_to_string(root().join(COMPLETIONS_DIR).join(file))
            .unwrap_or_else(|e| {
                panic!("read {file}: {e}; regenerate with: cargo run -p xtask -- generate")
            });
        assert_eq!(printed, stored, "mq completions {shell} vs {file}");
    }
    // The same config breaks a command that needs settings, with exit 78.
    let output = mq()
        .args(["list-queues"])
        .env("MQ_CONFIG", &config)
        .output()
        .expect("run mq");
    assert_eq!(output.status.code(), Some(78), "{output:?}");
}

#[test]
fn mq_completions_rejects_an_unknown_shell() {
    let output = mq().args(["completions", "tcsh"]).output().expect("run mq");
    assert_eq!(output.status.code(), Some(64), "{output:?}");
}
