//! Shovels and federation: `declare-shovel`, `list-shovels`, `delete-shovel` and
//! `list-federation-links` between two private nodes (the near one with the rabbitmq_shovel
//! and rabbitmq_federation plugins, where shovels and links run; the far one with only
//! rabbitmq_federation, which the upstream side needs), and the 69 naming the plugin where it
//! is not enabled (the shared broker, whose plugins are never touched).

use std::sync::OnceLock;
use std::time::Duration;

use crate::common::node::{NodeConfig, TestNode};
use crate::common::{Admin, Run, TestVhost, mq_command, poll, temp_file, unique, wait_for};

const MOVED: Duration = Duration::from_secs(60);

/// The node with the plugins (where shovels and links run) and a plain one beside it, booted
/// once for the tests here (side by side: booting is slow).
fn nodes() -> &'static (TestNode, TestNode) {
    static NODES: OnceLock<(TestNode, TestNode)> = OnceLock::new();
    NODES.get_or_init(|| {
        let plugins = [
            "rabbitmq_shovel",
            "rabbitmq_shovel_management",
            "rabbitmq_federation",
            "rabbitmq_federation_management",
        ];
        // The upstream of a federation link needs the plugin too on 4.x (its exchange type).
        let far = std::thread::spawn(|| {
            TestNode::start(NodeConfig::new("far").with_plugins(&["rabbitmq_federation"]))
        });
        let near = TestNode::start(NodeConfig::new("shovels").with_plugins(&plugins));
        (near, far.join().expect("the far node started"))
    })
}

fn tsv(node: &TestNode, args: &[&str]) -> String {
    let mut full = args.to_vec();
    full.extend(["--format", "tsv"]);
    node.run(&full)
}

#[test]
fn a_shovel_moves_every_message_shows_running_and_is_deleted() {
    let (near, far) = nodes();
    let (source, destination, name) = (unique("src"), unique("dest"), unique("shovel"));
    let _guards = (
        far.queue_guard(&source),
        near.queue_guard(&destination),
        // Whatever happens below, the shovel goes (a 404 if it went already).
        Deleted(near, name.clone()),
    );
    far.run(&["declare-queue", &source]);
    near.run(&["declare-queue", &destination]);
    let bodies: Vec<String> = (1..=200).map(|n| format!("m{n}")).collect();
    let mut produce = vec!["produce", "-q", "--routing-key", source.as_str()];
    produce.extend(bodies.iter().map(String::as_str));
    far.run(&produce);

    // The password from a file, not the command line: the shovel connects only with it.
    let far_url = format!("amqp://guest@127.0.0.1:{}/%2F", far.ports.amqp);
    let password = temp_file(b"guest\n");
    let password = password.path().to_str().expect("a UTF-8 path");
    near.run(&[
        "declare-shovel",
        &name,
        "--from",
        &far_url,
        "--from-password-file",
        password,
        "--from",
        &source,
        "--to",
        &destination,
        "--prefetch",
        "50",
    ]);
    wait_for("every message at the destination", MOVED, || {
        near.messages(&destination) == 200 && far.messages(&source) == 0
    });
    let consumed = near.run(&["consume", &destination, "--count", "200"]);
    let mut got: Vec<&str> = consumed.lines().collect();
    got.sort_unstable();
    let mut want: Vec<&str> = bodies.iter().map(String::as_str).collect();
    want.sort_unstable();
    assert_eq!(got, want, "each message arrives, once");

    let columns = "name,type,state,src_queue,dest_queue";
    let listed = tsv(near, &["list-shovels", "--columns", columns]);
    let row = format!("{name}\tdynamic\trunning\t{source}\t{destination}\n");
    assert_eq!(listed, row);
    // The broker strips the user info itself (3.10, 4.3); mq would show `guest:***@` otherwise.
    let uri = tsv(near, &["list-shovels", "--columns", "src_uri"]);
    let host = format!("127.0.0.1:{}/%2F\n", far.ports.amqp);
    assert!(uri.starts_with("amqp://") && uri.ends_with(&host), "{uri}");
    assert!(!uri.contains(":guest@"), "{uri}");
    let alias = tsv(near, &["shovel_status", "--columns", "name,state"]);
    assert_eq!(alias, format!("{name}\trunning\n"));

    near.run(&["delete-shovel", &name]);
    wait_for("the shovel gone from list-shovels", MOVED, || {
        tsv(near, &["list-shovels", "--columns", "name"]).is_empty()
    });
    Run::clean(near.mq().args(["delete_shovel", &name]), &[])
        .assert_failed(66, &format!("no dynamic shovel '{name}' in vhost '/'"));
    // Gone for good: a message published now stays where it is.
    far.run(&["produce", "-q", "--routing-key", &source, "late"]);
    assert_eq!(far.messages(&source), 1);
}

#[test]
fn declare_shovel_checks_before_the_request_and_names_what_is_missing() {
    let (near, _) = nodes();
    let name = unique("refused");
    for (args, message) in [
        (vec!["--from", "a", "--to", "a"], "the same queue 'a'"),
        (vec!["--from", "amqp://h", "--to", "b"], "source queue"),
        (
            vec!["--from", "a", "--to", "http://u:hunter22@h"],
            "not an amqp://",
        ),
        (
            vec!["--from", "a", "--to", "b", "--to-exchange", "x"],
            "give one",
        ),
        (
            vec!["--from", "a", "--to", "b", "--delete-after", "0"],
            "queue-length",
        ),
    ] {
        let mut full = vec!["declare-shovel", name.as_str()];
        full.extend(args);
        let run = Run::clean(near.mq().args(&full), &["hunter22"]);
        run.assert_failed(64, message);
    }
    Run::clean(
        near.mq()
            .args(["declare-shovel", &name, "--from", "a", "--to", "b"])
            .env("MQ_VHOST", "no-such-vhost-here"),
        &[],
    )
    .assert_failed(66, "vhost 'no-such-vhost-here' does not exist");
    Run::clean(
        near.mq().args(["list-shovels", "-p", "no-such-vhost-here"]),
        &[],
    )
    .assert_failed(66, "vhost 'no-such-vhost-here' does not exist");
}

#[test]
fn a_federation_upstream_shows_a_running_link() {
    let (near, far) = nodes();
    let (upstream, policy, exchange) = (unique("origin"), unique("fed"), unique("fed.x"));
    let _guard = Cleared(near, upstream.clone(), policy.clone(), exchange.clone());
    let uri = format!("uri=amqp://guest:guest@127.0.0.1:{}", far.ports.amqp);
    near.run(&["set-parameter", "federation-upstream", &upstream, &uri]);
    let pattern = format!("^{}$", regex_escape(&exchange));
    let definition = format!("federation-upstream={upstream}");
    near.run(&[
        "declare-policy",
        &policy,
        "--pattern",
        &pattern,
        "--apply-to",
        "exchanges",
        "--definition",
        &definition,
    ]);
    near.run(&["declare-exchange", &exchange, "--type", "topic"]);
    let want = format!("{upstream}\texchange\t{exchange}\trunning\t\n");
    let mut listed = String::new();
    let running = poll(MOVED, || {
        listed = tsv(
            near,
            &[
                "list-federation-links",
                "--columns",
                "upstream,type,exchange,status,error",
            ],
        );
        listed == want
    });
    assert!(running, "{listed:?}, not {want:?}\n{}", near.log_tail());
    let uri = tsv(near, &["federation_status", "--columns", "uri"]);
    let host = format!("127.0.0.1:{}\n", far.ports.amqp);
    assert!(uri.starts_with("amqp://") && uri.ends_with(&host), "{uri}");
    assert!(!uri.contains(":guest@"), "without the password: {uri}");
    // The upstream's side of the link: the exchange the far node now has.
    let far_exchanges = tsv(far, &["list-exchanges", "--columns", "name"]);
    assert!(
        far_exchanges.lines().any(|l| l.starts_with("federation: ")),
        "{far_exchanges}"
    );
}

#[test]
fn without_the_plugins_each_command_is_69_naming_the_plugin() {
    // The shared broker's plugins are left as they are: asked, not assumed.
    let admin = Admin::new();
    let nodes = admin.get(&["nodes"]);
    let running = |plugin: &str| {
        nodes.as_array().into_iter().flatten().any(|node| {
            node["applications"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|app| app["name"] == plugin)
        })
    };
    let vhost = TestVhost::new("noplugin");
    let shovel_commands = vec![
        vec!["list-shovels"],
        vec!["list-shovels", "--all-vhosts"],
        // The plugin is what is missing, before any vhost.
        vec!["list-shovels", "-p", "no-such-vhost-here"],
        vec!["declare-shovel", "s", "--from", "a", "--to", "b"],
        vec!["delete-shovel", "s"],
    ];
    let federation_commands = vec![
        vec!["list-federation-links"],
        vec!["federation_status", "--all-vhosts"],
    ];
    for (plugin, commands) in [
        ("rabbitmq_shovel", shovel_commands),
        ("rabbitmq_federation", federation_commands),
    ] {
        if running(&format!("{plugin}_management")) {
            eprintln!("the broker has {plugin} enabled: not what this test is about");
            continue;
        }
        let enable = format!("rabbitmq-plugins enable {plugin} {plugin}_management");
        for args in commands {
            // In vhost `/` too, whose paths (`%2F`) the API answers otherwise.
            for run in [
                vhost.outcome(&args),
                Run::clean(mq_command().args(&args), &[]),
            ] {
                run.assert_failed(69, &format!("needs the {plugin} plugin"));
                assert!(run.stderr.contains(&enable), "{args:?}: {}", run.stderr);
            }
        }
    }
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = !c.is_ascii_alphanumeric() && c != '-' && c != '_';
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// Deletes the shovel when dropped.
struct Deleted<'a>(&'a TestNode, String);

impl Drop for Deleted<'_> {
    fn drop(&mut self) {
        let _ = Run::of(self.0.mq().args(["delete-shovel", &self.1]));
    }
}

/// Removes the upstream, policy and exchange when dropped.
struct Cleared<'a>(&'a TestNode, String, String, String);

impl Drop for Cleared<'_> {
    fn drop(&mut self) {
        let node = self.0;
        let _ = Run::of(node.mq().args(["delete-exchange", &self.3]));
        let _ = Run::of(node.mq().args(["delete-policy", &self.2]));
        let _ = Run::of(
            node.mq()
                .args(["clear-parameter", "federation-upstream", &self.1]),
        );
    }
}
