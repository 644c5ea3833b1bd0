//! `mq completions SHELL` against the scripts in `completions/`. The freshness of the generated
//! files themselves (completions, man pages, README tables) is checked by the `xtask` crate's
//! tests (`cargo test --workspace`; `cargo run -p xtask -- generate` rewrites them).

use std::path::Path;

use crate::common::{Run, mq_bare, temp_dir};

#[test]
fn mq_completions_prints_what_the_folder_holds_without_broker_or_config() {
    // A malformed config file and an unreachable broker: completions need neither.
    let dir = temp_dir();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[profiles.default\nurl = ").expect("write config");
    for (shell, file) in [
        ("bash", "mq.bash"),
        ("zsh", "_mq"),
        ("fish", "mq.fish"),
        ("powershell", "_mq.ps1"),
        ("elvish", "mq.elv"),
    ] {
        let run = Run::of(
            mq_bare()
                .args(["completions", shell])
                .env("MQ_CONFIG", &config)
                .env("MQ_URL", "amqp://127.0.0.1:1"),
        );
        run.assert_ok();
        let stored = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file);
        let stored = std::fs::read_to_string(&stored).unwrap_or_else(|e| {
            panic!("read {file}: {e}; regenerate with: cargo run -p xtask -- generate")
        });
        assert_eq!(run.stdout, stored, "mq completions {shell} vs {file}");
    }
    // The same config breaks a command that needs settings, with exit 78.
    Run::of(mq_bare().args(["list-queues"]).env("MQ_CONFIG", &config)).assert_code(78);
}

#[test]
fn mq_completions_rejects_an_unknown_shell() {
    Run::of(mq_bare().args(["completions", "tcsh"])).assert_code(64);
}
