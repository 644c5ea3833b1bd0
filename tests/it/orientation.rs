//! Knowing where you are: `--sort COLUMN` on the lists, the default exchange's implicit
//! bindings after the ones someone made (in tables), the name a client gave its connection.

use serde_json::Value;

use crate::common::{Run, TestVhost, WAIT, mq_command, wait_for};

fn names(tsv: &str) -> Vec<&str> {
    tsv.lines()
        .map(|line| line.split('\t').next().unwrap_or_default())
        .collect()
}

#[test]
fn lists_sort_by_a_shown_column_numbers_by_value() {
    let vhost = TestVhost::new("sort");
    vhost.fill("b-ten", 10, 0);
    vhost.fill("a-two", 2, 0);
    vhost.fill("c-nine", 9, 0);
    let by = |sort: &str| vhost.run(&["list-queues", "-f", "tsv", "--sort", sort]);
    assert_eq!(names(&by("-messages")), ["b-ten", "c-nine", "a-two"]);
    assert_eq!(names(&by("messages")), ["a-two", "c-nine", "b-ten"]);
    assert_eq!(names(&by("name")), ["a-two", "b-ten", "c-nine"]);
    let json: Vec<Value> =
        serde_json::from_str(&vhost.run(&["list-queues", "-f", "json", "--sort=-ready"]))
            .expect("json");
    let ready: Vec<i64> = json.iter().filter_map(|q| q["ready"].as_i64()).collect();
    assert_eq!(ready, [10, 9, 2]);
    let exchanges = vhost.run(&["list-exchanges", "-f", "tsv", "--sort", "-name"]);
    assert_eq!(names(&exchanges).first(), Some(&"amq.topic"), "{exchanges}");
    vhost
        .expect_code(&["list-queues", "--sort", "memory"], 64)
        .assert_failed(
            64,
            "cannot sort by 'memory': it is not one of the columns shown",
        );
    vhost.expect_code(&["list-bindings", "--sort", ""], 64);
}

#[test]
fn tables_put_the_default_exchanges_bindings_after_the_ones_made() {
    let vhost = TestVhost::new("bindings-last");
    vhost.run(&["declare-exchange", "zz-made"]);
    vhost.run(&["declare-queue", "aa", "--bind", "zz-made:k"]);
    let table = vhost.run(&["list-bindings", "-f", "table"]);
    let made = table.find("zz-made").expect("the binding made");
    let implicit = table.find("(AMQP default)").expect("the implicit binding");
    assert!(made < implicit, "{table}");
    // Scripts get every binding in the broker's order, as before.
    let tsv = vhost.run(&["list-bindings", "-f", "tsv"]);
    assert_eq!(names(&tsv), ["", "zz-made"], "{tsv}");
}

#[test]
fn list_connections_shows_the_name_the_client_gave() {
    let vhost = TestVhost::new("conn-name");
    vhost.run(&["declare-queue", "q"]);
    let _consumer = vhost.spawn_consumer("q", &[]);
    let listed = vhost.outcome(&["list-connections", "-f", "json"]);
    if listed.code == Some(69) {
        // A node without management statistics lists no connections (said, and tested, elsewhere).
        return;
    }
    wait_for(
        "the consumer's connection listed with its name",
        WAIT,
        || {
            let run = vhost.outcome(&["list-connections", "-f", "json"]);
            let rows: Vec<Value> = serde_json::from_str(&run.stdout).unwrap_or_default();
            rows.iter().any(|c| c["client"] == "mq consume q")
        },
    );
}

#[test]
fn mq_config_shows_each_setting_and_where_it_came_from_never_the_password() {
    let dir = crate::common::temp_dir();
    let file = dir.path().join("config.toml");
    std::fs::write(
        &file,
        "[profiles.default]\nurl = \"amqp://bob:Pr0file-pw@127.0.0.1:5672/%2f\"\n\
         [profiles.prod]\nvhost = \"orders\"\nuser = \"alice\"\n",
    )
    .expect("write config");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let config = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = crate::common::mq_bare();
        cmd.env("MQ_CONFIG", &file)
            .envs(env.iter().copied())
            .args(args);
        let run = crate::common::Run::clean(&mut cmd, &["Pr0file-pw", "Env1r0n-pw"]);
        run.assert_ok();
        let rows: Vec<(String, String, String)> = run
            .stdout
            .lines()
            .map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                assert_eq!(cells.len(), 3, "{line:?}");
                (
                    cells[0].to_owned(),
                    cells[1].to_owned(),
                    cells[2].to_owned(),
                )
            })
            .collect();
        rows
    };
    let get = |rows: &[(String, String, String)], name: &str| {
        rows.iter()
            .find(|(setting, _, _)| setting == name)
            .map(|(_, value, from)| (value.clone(), from.clone()))
            .unwrap_or_else(|| panic!("no {name} in {rows:?}"))
    };
    let rows = config(&["config"], &[]);
    assert_eq!(
        get(&rows, "url"),
        (
            "amqp://bob@127.0.0.1:5672".into(),
            "profile 'default'".into()
        )
    );
    assert_eq!(
        get(&rows, "user"),
        ("bob".into(), "the URL (profile 'default')".into())
    );
    assert_eq!(get(&rows, "password").1, "the URL (profile 'default')");
    assert_eq!(
        get(&rows, "config"),
        (file.display().to_string(), "MQ_CONFIG".into())
    );
    assert_eq!(get(&rows, "profiles").0, "default, prod");
    let rows = config(
        &["--profile", "prod", "--vhost", "x", "config"],
        &[
            ("MQ_PASSWORD", "Env1r0n-pw"),
            ("MQ_URL", "amqp://127.0.0.1:5672"),
        ],
    );
    assert_eq!(get(&rows, "vhost"), ("x".into(), "--vhost".into()));
    assert_eq!(
        get(&rows, "user"),
        ("alice".into(), "profile 'prod'".into())
    );
    assert_eq!(get(&rows, "password").1, "MQ_PASSWORD");
    assert_eq!(get(&rows, "url").1, "MQ_URL");
    assert_eq!(get(&rows, "profile"), ("prod".into(), "--profile".into()));
}

/// `-h` is the short help: the command's own options, without the global ones (connection,
/// TLS, output) that `--help` lists under their groups.
#[test]
fn short_help_leaves_the_global_options_to_long_help() {
    for (_, commands) in mq::cli::FAMILIES {
        for command in *commands {
            let short = Run::of(mq_command().args([command, "-h"]));
            let long = Run::of(mq_command().args([command, "--help"]));
            assert_eq!((short.code, long.code), (Some(0), Some(0)), "{command}");
            assert!(long.stdout.contains("Connection options:"), "{command}");
            assert!(
                !short.stdout.contains("--url <URL>"),
                "{command} -h: {}",
                short.stdout
            );
            assert!(
                short.stdout.lines().count() < long.stdout.lines().count(),
                "{command}"
            );
        }
    }
}
