//! Several nodes given (`--url` repeated, `MQ_URL` with spaces, a profile's list): the first
//! that answers is used, each attempt bounded by `--timeout`, the management API follows the
//! node that answers, and a one-shot command fails fast (69, 75) when none does.

use std::process::Command;

use crate::common::{Peer, Run, TestVhost, api_host_port, broker_host_port, broker_url, temp_dir};

/// A TCP peer that accepts connections and never says a word, for as long as it lives.
struct SilentPeer(Peer);

impl SilentPeer {
    fn new() -> Self {
        SilentPeer(Peer::silent())
    }

    fn url(&self) -> String {
        format!("amqp://guest:guest@127.0.0.1:{}", self.0.port)
    }
}

/// No broker listens on port 1.
const DEAD: &str = "amqp://guest:guest@127.0.0.1:1";

/// `mq` in `vhost` with these nodes as `--url`s, in order (MQ_URL is not set). The vhost is
/// given as a flag too: a URL's vhost would beat MQ_VHOST.
fn mq_nodes(vhost: &TestVhost, nodes: &[&str]) -> Command {
    let mut cmd = vhost.mq();
    cmd.env_remove("MQ_URL").args(["--vhost", &vhost.name]);
    for node in nodes {
        cmd.args(["--url", node]);
    }
    cmd
}

#[test]
fn a_dead_first_node_is_skipped_and_said() {
    let vhost = TestVhost::new("cluster-dead");
    let good = broker_url();
    let done = Run::clean(
        mq_nodes(&vhost, &[DEAD, &good]).args(["declare-queue", "q"]),
        &[],
    );
    done.assert_ok();
    assert_eq!(done.stdout, "q\t0\n");
    assert_eq!(
        done.stderr,
        "mq: cannot connect to amqp://guest@127.0.0.1:1: connection refused; trying the next node\n"
    );
    // --quiet keeps the note to itself.
    let quiet = Run::clean(
        mq_nodes(&vhost, &[DEAD, &good]).args(["-q", "declare-queue", "q"]),
        &[],
    );
    quiet.assert_ok();
    assert_eq!(quiet.stderr, "");
}

#[test]
fn a_silent_first_node_costs_one_timeout() {
    let vhost = TestVhost::new("cluster-silent");
    let silent = SilentPeer::new();
    let good = broker_url();
    let done = Run::clean(
        mq_nodes(&vhost, &[&silent.url(), &good]).args(["--timeout", "1s", "declare-queue", "q"]),
        &[],
    );
    done.assert_ok();
    assert_eq!(
        done.stderr,
        format!(
            "mq: connecting to amqp://guest@127.0.0.1:{} timed out after 1s (is it an AMQP port? see --timeout); trying the next node\n",
            silent.0.port
        )
    );
}

#[test]
fn no_node_answering_fails_fast() {
    let vhost = TestVhost::new("cluster-none");
    let silent = SilentPeer::new();
    let other_silent = SilentPeer::new();
    // All refused: 69, each node named once.
    let failed = Run::clean(
        mq_nodes(&vhost, &[DEAD, "amqp://guest:guest@127.0.0.1:2"]).args(["declare-queue", "q"]),
        &[],
    );
    assert_eq!(failed.code, Some(69), "{failed:?}");
    let lines: Vec<&str> = failed.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            "mq: cannot connect to amqp://guest@127.0.0.1:1: connection refused; trying the next node",
            "mq: cannot connect to amqp://guest@127.0.0.1:2: connection refused",
            "mq: is RabbitMQ running there? check --url (or MQ_URL)",
        ]
    );
    // All silent: 75, after one --timeout each.
    let failed = Run::clean(
        mq_nodes(&vhost, &[&silent.url(), &other_silent.url()]).args([
            "--timeout",
            "500ms",
            "declare-queue",
            "q",
        ]),
        &[],
    );
    assert_eq!(failed.code, Some(75), "{failed:?}");
    assert!(
        failed.stderr.contains("timed out after 500ms"),
        "{failed:?}"
    );
    assert_eq!(failed.stderr.lines().count(), 2, "{failed:?}");
    // The last node decides the code: silent then refused is 69.
    let failed = Run::clean(
        mq_nodes(&vhost, &[&silent.url(), DEAD]).args(["--timeout", "500ms", "declare-queue", "q"]),
        &[],
    );
    assert_eq!(failed.code, Some(69), "{failed:?}");
    assert!(vhost.queues().is_empty());
}

#[test]
fn wrong_credentials_are_not_tried_on_every_node() {
    let vhost = TestVhost::new("cluster-creds");
    let wrong = broker_url().replace("guest:guest@", "guest:Wr0ng-Cluster-pw@");
    let failed = Run::clean(
        mq_nodes(&vhost, &[&wrong, DEAD]).args(["declare-queue", "q"]),
        &["Wr0ng-Cluster-pw"],
    );
    failed.assert_failed(77, "refused user 'guest'");
    assert!(!failed.stderr.contains("127.0.0.1:1"), "{failed:?}");
}

#[test]
fn the_api_follows_the_node_that_answers() {
    let vhost = TestVhost::new("cluster-api");
    vhost.run(&["declare-queue", "q"]);
    let precondition = std::net::TcpStream::connect("[::1]:15672");
    assert!(
        precondition.is_err(),
        "this test needs [::1]:15672 to be closed (the broker's API on IPv4 only)"
    );
    // mq derives a node's API as HOST:15672. Where the broker under test has its API on
    // another port (a 4.x node of scripts/broker), the derived API is another broker's, so
    // only the given-API half below applies.
    let derived = api_host_port()
        == format!(
            "{}:15672",
            broker_host_port().rsplit_once(':').map_or("", |h| h.0)
        );
    if derived {
        the_derived_api_follows_the_node(&vhost);
    }
    given_api_is_used_as_it_is(&vhost);
}

fn the_derived_api_follows_the_node(vhost: &TestVhost) {
    // The first node is down, and so is the API derived from it ([::1]:15672): the API of
    // the second node answers, and AMQP (for the current counts) goes straight to that node.
    let mut cmd = mq_nodes(vhost, &["amqp://guest:guest@[::1]:5672", &broker_url()]);
    cmd.env_remove("MQ_API_URL").args([
        "-v",
        "list-queues",
        "--format",
        "tsv",
        "--columns",
        "name,messages",
    ]);
    let listed = Run::clean(&mut cmd, &[]);
    listed.assert_ok();
    assert_eq!(listed.stdout, "q\t0\n");
    let vhost_path = &vhost.name;
    let lines: Vec<&str> = listed.stderr.lines().collect();
    // list-queues asks the API and AMQP side by side, so only the order within each matters.
    let position = |wanted: &str| {
        lines
            .iter()
            .position(|l| *l == wanted)
            .unwrap_or_else(|| panic!("{wanted:?} not in {lines:#?}"))
    };
    let dead_api = "mq: cannot reach the management API at http://[::1]:15672; trying the next node's management API";
    let gave_up = position(dead_api);
    let first_get = lines
        .iter()
        .position(|l| l.starts_with("mq: GET http://[::1]:15672/api/"))
        .expect("the first node's API is tried first");
    assert!(first_get < gave_up, "{lines:#?}");
    // Once the second node's API answered, every later request goes there.
    let answered = lines
        .iter()
        .position(|l| l.starts_with("mq: GET http://127.0.0.1:15672/api/"))
        .expect("the second node's API is asked");
    assert!(gave_up < answered, "{lines:#?}");
    assert!(
        lines[answered..]
            .iter()
            .all(|l| !l.starts_with("mq: GET http://[::1]")),
        "{lines:#?}"
    );
    position(&format!(
        "mq: GET http://127.0.0.1:15672/api/queues/{vhost_path}"
    ));
    position(&format!(
        "mq: connecting to amqp://guest@{}, vhost '{vhost_path}'",
        broker_host_port()
    ));
}

fn given_api_is_used_as_it_is(vhost: &TestVhost) {
    // An API URL that is given is used as it is, whatever node answers. (AMQP, asked side by
    // side, may say on the way that it moved past the dead first node.)
    let mut cmd = mq_nodes(vhost, &[DEAD, &broker_url()]);
    cmd.env("MQ_API_URL", "http://127.0.0.1:1")
        .args(["list-queues"]);
    let failed = Run::clean(&mut cmd, &[]);
    assert_eq!(failed.code, Some(69), "{failed:?}");
    let errors: Vec<&str> = failed
        .stderr
        .lines()
        .filter(|l| !l.ends_with("; trying the next node"))
        .collect();
    assert_eq!(
        errors,
        [
            "mq: cannot reach the management API at http://127.0.0.1:1",
            "mq: is the management plugin enabled? rabbitmq-plugins enable rabbitmq_management (or give --api-url)"
        ]
    );
}

#[test]
fn nodes_from_the_environment_and_from_a_profile() {
    let vhost = TestVhost::new("cluster-sources");
    let good = broker_url();
    let mut cmd = vhost.mq();
    cmd.env("MQ_URL", format!("{DEAD} {good}"))
        .args(["-q", "declare-queue", "from-env"]);
    Run::clean(&mut cmd, &[]).assert_ok();
    let dir = temp_dir();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[profiles.cluster]\nurl = [\"{DEAD}\", \"{good}\"]\n"),
    )
    .unwrap();
    let mut cmd = vhost.mq();
    cmd.env_remove("MQ_URL").env("MQ_CONFIG", &config).args([
        "--profile",
        "cluster",
        "-q",
        "declare-queue",
        "from-profile",
    ]);
    let done = Run::clean(&mut cmd, &[]);
    done.assert_ok();
    let names: Vec<String> = vhost
        .queues()
        .iter()
        .map(|q| q["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["from-env", "from-profile"]);
}
