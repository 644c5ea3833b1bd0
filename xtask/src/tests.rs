//! The generated files against mq's definitions, and against the tools that read them: bash,
//! zsh, groff and man. `cargo test --workspace` runs these, so a stale file fails the suite.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::pages::{self, COMPLETIONS_DIR, MAN_DIR};
use crate::{GENERATE, check, readme, root};

#[test]
fn everything_generated_is_current() {
    let drift = check(&root()).expect("read completions/, man/ and README.md");
    assert!(
        drift.is_empty(),
        "out of date with mq's definitions:\n{drift}regenerate with: {GENERATE}"
    );
}

#[test]
fn a_table_touched_by_hand_is_named_and_put_back() {
    let current = std::fs::read_to_string(root().join(readme::README)).expect("read README.md");
    let (current, _) = readme::update(&current).expect("markers");
    let touched = current.replacen("| 75 | timed out", "| 75 | took too long", 1);
    assert_ne!(touched, current, "the exit-code table has a 75 row");
    let (fixed, changed) = readme::update(&touched).expect("markers");
    assert_eq!(changed, ["exit-codes"]);
    assert_eq!(fixed, current);
    let missing = current.replace("<!-- generated: environment -->", "");
    let err = readme::update(&missing).expect_err("a missing marker");
    assert!(err.contains("generated: environment"), "{err}");
}

#[test]
fn the_tables_reach_help_man_and_readme() {
    let help = crate::cli().render_long_help().to_string();
    let page = String::from_utf8(
        pages::man_pages()
            .into_iter()
            .find(|(name, _)| name == "mq.1")
            .expect("mq.1")
            .1,
    )
    .expect("ascii");
    let readme = std::fs::read_to_string(root().join(readme::README)).expect("read README.md");
    for code in mq::reference::EXIT_CODES {
        assert!(
            help.contains(&format!("  {}  ", code.code)),
            "{} in --help:\n{help}",
            code.code
        );
        assert!(
            page.contains(&format!("\\fB{}\\fR", code.code)),
            "{} in mq.1",
            code.code
        );
        assert!(
            readme.contains(&format!("| {} |", code.code)),
            "{} in README",
            code.code
        );
    }
    for var in mq::reference::ENV_VARS {
        assert!(
            help.contains(&format!("  {}  ", var.name)),
            "{} in --help",
            var.name
        );
        assert!(
            page.contains(&format!("\\fB{}\\fR", var.name)),
            "{} in mq.1",
            var.name
        );
        assert!(
            readme.contains(&format!("| `{}` |", var.name)),
            "{} in README",
            var.name
        );
    }
    assert!(
        !page.contains("and credentials"),
        "MQ_API_URL never carries credentials"
    );
}

#[test]
fn every_shell_and_every_command_has_its_file() {
    let files: Vec<PathBuf> = pages::expected_files().into_keys().collect();
    for name in ["mq.bash", "_mq", "mq.fish", "_mq.ps1", "mq.elv"] {
        assert!(
            files.contains(&Path::new(COMPLETIONS_DIR).join(name)),
            "{name}"
        );
    }
    let pages = pages::man_pages();
    let names: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
    let cli = crate::cli();
    assert!(names.contains(&"mq.1"));
    for command in cli.get_subcommands().filter(|c| !c.is_hide_set()) {
        let page = format!("mq-{}.1", command.get_name());
        assert!(names.contains(&page.as_str()), "{page} in {names:?}");
    }
    assert!(names.contains(&"mq-completions.1"));
    assert!(!names.contains(&"mq-help.1"), "no page for clap's help");
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(pages::expected_files(), pages::expected_files());
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

fn run_tool(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program} ({e}): run scripts/tools to install it"))
}

#[test]
fn bash_accepts_the_bash_script() {
    let output = run_tool("bash", &["-n", "completions/mq.bash"]);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
}

#[test]
fn zsh_accepts_the_zsh_script() {
    let output = run_tool("zsh", &["-n", "completions/_mq"]);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
}

/// What bash offers for the command line `words` with the cursor at the end of the last
/// word, through the completion function the script registers for `mq`.
fn bash_complete(words: &[&str]) -> Vec<String> {
    let line = words.join(" ");
    let script = r#"
        source completions/mq.bash
        COMP_LINE="$1"
        COMP_POINT=${#COMP_LINE}
        shift
        COMP_WORDS=("$@")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        previous=""
        if (( COMP_CWORD > 0 )); then previous=${COMP_WORDS[COMP_CWORD-1]}; fi
        function=$(complete -p mq | sed -E 's/.* -F ([^ ]+) .*/\1/')
        "$function" mq "${COMP_WORDS[COMP_CWORD]}" "$previous"
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let mut args = vec!["-c", script, "bash", &line];
    args.extend_from_slice(words);
    let output = run_tool("bash", &args);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_command_names() {
    let offered = bash_complete(&["mq", "declare-"]);
    // Every command of that family, in the order of mq --help.
    let declared: Vec<String> = mq::cli::command()
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(|sub| sub.get_name().to_owned())
        .filter(|name| name.starts_with("declare-"))
        .collect();
    assert!(declared.len() >= 7, "{declared:?}");
    assert_eq!(offered, declared);
    // The rabbitmqctl names are aliases: accepted, and kept out of completion.
    let offered = bash_complete(&["mq", "declare_"]);
    assert!(offered.is_empty(), "{offered:?}");
    let offered = bash_complete(&["mq", "list-q"]);
    assert_eq!(offered, ["list-queues"]);
}

#[test]
fn bash_completes_values_clap_knows() {
    // At a positional argument clap offers the flags as well as the values.
    let offered = bash_complete(&["mq", "completions", ""]);
    let values: Vec<&String> = offered.iter().filter(|o| !o.starts_with('-')).collect();
    assert_eq!(values, ["bash", "elvish", "fish", "powershell", "zsh"]);
    assert_eq!(bash_complete(&["mq", "completions", "z"]), ["zsh"]);
    assert_eq!(
        bash_complete(&["mq", "declare-exchange", "x", "--type", ""]),
        ["direct", "fanout", "topic", "headers"]
    );
    assert_eq!(
        bash_complete(&["mq", "declare-queue", "x", "--type", "q"]),
        ["quorum"]
    );
    assert_eq!(
        bash_complete(&["mq", "list-queues", "--format", ""]),
        ["table", "tsv", "csv", "json"]
    );
    assert_eq!(
        bash_complete(&["mq", "consume", "q", "--format", ""]),
        ["text", "json"]
    );
}

#[test]
fn bash_completes_options_of_a_command() {
    let offered = bash_complete(&["mq", "declare-queue", "odds", "--bi"]);
    assert_eq!(offered, ["--bind"]);
    let offered = bash_complete(&["mq", "produce", "--ra"]);
    assert!(offered.contains(&"--random".to_owned()), "{offered:?}");
}

fn man_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join(MAN_DIR))
        .unwrap_or_else(|e| panic!("read man/: {e}; regenerate with: {GENERATE}"))
        .map(|entry| entry.expect("man/ entry").path())
        .collect();
    pages.sort();
    assert!(pages.len() > 1, "{pages:?}");
    pages
}

#[test]
fn groff_renders_every_man_page_without_warnings() {
    for page in man_pages() {
        let path = page.to_str().expect("utf-8 path");
        let output = run_tool("groff", &["-man", "-Tutf8", "-ww", "-z", path]);
        assert!(output.status.success(), "{path}: {output:?}");
        assert!(
            output.stderr.is_empty(),
            "{path}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// `mq.1` as `man` shows it, plain text.
fn rendered_root_page() -> String {
    let output = Command::new("man")
        .args(["-l", "man/mq.1"])
        .current_dir(root())
        .env("MANWIDTH", "100")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MAN_KEEP_FORMATTING", "")
        .env("GROFF_NO_SGR", "1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run man ({e}): run scripts/tools to install it"));
    let text = stdout_of(output, "man -l man/mq.1");
    // Without a terminal, man may still overstrike bold and underlined text.
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\u{8}' {
            plain.pop();
        } else {
            plain.push(c);
        }
    }
    plain
}

#[test]
fn the_main_man_page_teaches_the_tutorial_and_the_environment() {
    let page = rendered_root_page();
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "ENVIRONMENT",
        "EXIT STATUS",
        "FILES",
        "EXAMPLES",
        "SEE ALSO",
    ] {
        assert!(
            page.lines().any(|line| line == section),
            "section {section} missing:\n{page}"
        );
    }
    for variable in [
        "MQ_URL",
        "MQ_API_URL",
        "MQ_VHOST",
        "MQ_USER",
        "MQ_PASSWORD",
        "MQ_PROFILE",
        "MQ_CONFIG",
        "MQ_FORMAT",
    ] {
        assert!(page.contains(variable), "{variable} missing:\n{page}");
    }
    for code in [
        "0", "1", "2", "64", "65", "66", "69", "70", "74", "75", "77", "78", "129",
    ] {
        assert!(
            page.lines()
                .any(|line| line.split_whitespace().next() == Some(code)),
            "exit status {code} missing:\n{page}"
        );
    }
    for step in [
        "mq declare-exchange integers",
        "mq declare-queue odds --bind integers:odd",
        "mq declare-queue evens --bind integers:even",
        "mq consume odds --template 'odd integer: {body}' &",
        "mq produce --random --count 20",
        "mq list-queues",
    ] {
        assert!(
            page.lines().any(|line| line.trim() == step),
            "tutorial step {step:?} missing:\n{page}"
        );
    }
    for key in ["[profiles.NAME]", "api_url", "client_key", "config.toml"] {
        assert!(page.contains(key), "{key} missing:\n{page}");
    }
    assert!(page.contains("mq-declare-queue(1)"), "{page}");
}

#[test]
fn a_command_page_shows_its_options_and_alias() {
    let page = std::fs::read_to_string(root().join(MAN_DIR).join("mq-list-queues.1"))
        .unwrap_or_else(|e| panic!("read mq-list-queues.1: {e}; regenerate with: {GENERATE}"));
    for text in [
        "\\-\\-format",
        "MQ_FORMAT",
        "mq list_queues",
        "CONNECTION OPTIONS",
        "TLS OPTIONS",
        "OUTPUT OPTIONS",
        "\\fBmq\\fR(1)",
    ] {
        assert!(page.contains(text), "{text} missing:\n{page}");
    }
}
