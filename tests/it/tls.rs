//! TLS on both protocols against a node of the tests' own (`common::node`), with a CA and
//! certificates made at test time: verification against `--ca-cert`, refusal without it, the
//! warned `--insecure` opt-out, client certificates for EXTERNAL and for the management API,
//! and the same settings from a profile. One node serves every test of this file.

use std::process::Command;
use std::sync::OnceLock;

use crate::common::node::{Certs, NodeConfig, TestNode};
use crate::common::{Run, mq_command, temp_dir, temp_file, unique};

const SECRET: &str = "Tls-Sup3r-S3cret";

fn node() -> &'static TestNode {
    static NODE: OnceLock<TestNode> = OnceLock::new();
    NODE.get_or_init(|| TestNode::start(NodeConfig::new("tls").with_tls()))
}

fn certs() -> &'static Certs {
    node().certs.as_ref().expect("a TLS node")
}

fn path(p: &std::path::Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// `mq` pointed at the TLS listeners, with nothing to verify them with yet.
fn mq_tls() -> Command {
    let node = node();
    let mut cmd = mq_command();
    cmd.env("MQ_URL", node.amqps_url())
        .env("MQ_API_URL", node.https_api_url());
    cmd
}

/// `mq` with the CA and the client certificate the management API insists on.
fn mq_trusting() -> Command {
    let certs = certs();
    let mut cmd = mq_tls();
    cmd.args(["--ca-cert", path(&certs.ca)])
        .args(["--client-cert", path(&certs.client_cert)])
        .args(["--client-key", path(&certs.client_key)]);
    cmd
}

/// The queues of the node's `/` vhost, asked over its plain listeners.
fn queue_names() -> Vec<String> {
    let listing = Run::clean(
        node()
            .mq()
            .args(["list-queues", "--format", "tsv", "--columns", "name"]),
        &[],
    );
    listing.assert_ok();
    listing.stdout.lines().map(str::to_owned).collect()
}

#[test]
fn with_the_ca_amqps_and_https_connect() {
    let queue = unique("tls-ok");
    let _queue = node().queue_guard(&queue);
    let declared = Run::clean(mq_trusting().args(["declare-queue", &queue]), &[]);
    declared.assert_ok();
    assert_eq!(declared.stdout, format!("{queue}\t0\n"));
    assert_eq!(declared.stderr, "");
    let listed = Run::clean(
        mq_trusting().args([
            "list-queues",
            "--format",
            "tsv",
            "--columns",
            "name,messages",
        ]),
        &[],
    );
    listed.assert_ok();
    assert!(
        listed.stdout.contains(&format!("{queue}\t0\n")),
        "{listed:?}"
    );
    // The API URL follows the amqps:// node when not given: https on the node's host.
    let mut derived = mq_trusting();
    derived.env_remove("MQ_API_URL").args([
        "-v",
        "list-queues",
        "--format",
        "tsv",
        "--columns",
        "name",
    ]);
    let derived = Run::clean(&mut derived, &[]);
    // 15671 is nobody's here: the derived URL is tried and reported.
    assert!(
        derived
            .stderr
            .contains("GET https://localhost:15671/api/queues/%2F"),
        "{derived:?}"
    );
}

#[test]
fn without_the_ca_the_broker_is_refused_and_nothing_happens() {
    let queue = unique("tls-refused");
    let url = format!(
        "amqps://guest:{SECRET}@localhost:{}/%2f",
        node().ports.amqps.unwrap()
    );
    // No CA: the system's roots do not know this one.
    let mut cmd = mq_tls();
    cmd.args(["--url", &url, "declare-queue", &queue]);
    let refused = Run::clean(&mut cmd, &[SECRET]);
    refused.assert_failed(
        69,
        "TLS certificate verification failed for amqps://guest@localhost:",
    );
    assert!(refused.stderr.contains("--ca-cert"), "{refused:?}");
    // A CA that did not sign the broker's certificate.
    let mut cmd = mq_tls();
    cmd.args(["--ca-cert", path(&certs().other_ca)])
        .args(["--url", &url, "declare-queue", &queue]);
    Run::clean(&mut cmd, &[SECRET]).assert_failed(69, "signed by an unknown CA");
    // The management API alike, with no CA or the wrong one.
    let mut cmd = mq_tls();
    cmd.args(["--ca-cert", path(&certs().other_ca), "list-queues"]);
    Run::clean(&mut cmd, &[]).assert_failed(69, "signed by an unknown CA");
    let mut cmd = mq_tls();
    cmd.args(["list-queues"]);
    let refused = Run::clean(&mut cmd, &[]);
    refused.assert_failed(
        69,
        "TLS certificate verification failed for the management API at https://localhost:",
    );
    assert!(refused.stderr.contains("--ca-cert"), "{refused:?}");
    assert!(!queue_names().contains(&queue));
}

#[test]
fn insecure_connects_with_a_warning() {
    let queue = unique("tls-insecure");
    let _queue = node().queue_guard(&queue);
    let certs = certs();
    let mut cmd = mq_tls();
    cmd.args(["--insecure", "--quiet", "declare-queue", &queue]);
    let done = Run::clean(&mut cmd, &[]);
    done.assert_ok();
    assert!(
        done.stderr
            .starts_with("mq: warning: --insecure: the broker's TLS certificate is not verified"),
        "{done:?}"
    );
    let mut cmd = mq_tls();
    cmd.args(["--insecure", "--client-cert", path(&certs.client_cert)])
        .args(["--client-key", path(&certs.client_key)])
        .args(["list-queues", "--format", "tsv", "--columns", "name"]);
    let listed = Run::clean(&mut cmd, &[]);
    listed.assert_ok();
    assert!(listed.stdout.contains(&queue), "{listed:?}");
    assert!(listed.stderr.contains("warning: --insecure"), "{listed:?}");
    // No warning where no TLS is used.
    let plain = Run::clean(node().mq().args(["--insecure", "list-queues"]), &[]);
    plain.assert_ok();
    assert_eq!(plain.stderr, "");
}

#[test]
fn a_client_certificate_authenticates_with_external() {
    let queue = unique("tls-external");
    let _queue = node().queue_guard(&queue);
    let node = node();
    let certs = certs();
    let url = format!(
        "amqps://localhost:{}/%2f?auth_mechanism=external",
        node.ports.amqps.unwrap()
    );
    // The password is wrong: only the certificate (CN=guest) can let this in.
    let mut cmd = mq_trusting();
    cmd.env("MQ_PASSWORD", SECRET)
        .args(["--url", &url, "declare-queue", &queue]);
    let done = Run::clean(&mut cmd, &[SECRET]);
    done.assert_ok();
    assert_eq!(done.stdout, format!("{queue}\t0\n"));
    // Without the certificate, EXTERNAL has nothing to go on.
    let mut cmd = mq_tls();
    cmd.env("MQ_PASSWORD", SECRET)
        .args(["--ca-cert", path(&certs.ca)])
        .args(["--url", &url, "declare-queue", &queue]);
    Run::clean(&mut cmd, &[SECRET]).assert_failed(77, "EXTERNAL");
    // With PLAIN the same wrong password is refused, certificate or not.
    let plain = format!("amqps://localhost:{}/%2f", node.ports.amqps.unwrap());
    let mut cmd = mq_trusting();
    cmd.env("MQ_PASSWORD", SECRET)
        .args(["--url", &plain, "declare-queue", &queue]);
    Run::clean(&mut cmd, &[SECRET]).assert_failed(77, "refused user 'guest'");
}

#[test]
fn the_management_api_gets_the_client_certificate() {
    let certs = certs();
    // This node's API requires one: without it the handshake is refused.
    let mut cmd = mq_tls();
    cmd.args(["--ca-cert", path(&certs.ca), "list-queues"]);
    Run::clean(&mut cmd, &[]).assert_failed(77, "refused the TLS client certificate");
    // The key may sit in the certificate's own file.
    let mut pem = std::fs::read(&certs.client_cert).unwrap();
    pem.extend(std::fs::read(&certs.client_key).unwrap());
    let both = temp_file(&pem);
    let mut cmd = mq_tls();
    cmd.args([
        "--ca-cert",
        path(&certs.ca),
        "--client-cert",
        path(both.path()),
    ])
    .args(["list-exchanges", "--format", "tsv", "--columns", "name"]);
    let listed = Run::clean(&mut cmd, &[]);
    listed.assert_ok();
    assert!(listed.stdout.contains("amq.direct"), "{listed:?}");
}

#[test]
fn plain_and_tls_ports_mixed_up_are_named() {
    let node = node();
    let certs = certs();
    let mut cmd = mq_command();
    cmd.args(["--ca-cert", path(&certs.ca)])
        .args(["--url", &format!("amqps://localhost:{}", node.ports.amqp)])
        .args(["declare-queue", "x"]);
    let failed = Run::clean(&mut cmd, &[]);
    failed.assert_failed(69, "the peer does not speak TLS");
    assert!(failed.stderr.contains("is that a TLS port?"), "{failed:?}");
    let mut cmd = mq_command();
    cmd.args(["--ca-cert", path(&certs.ca)])
        .args([
            "--api-url",
            &format!("https://localhost:{}", node.ports.http),
        ])
        .args(["list-queues"]);
    Run::clean(&mut cmd, &[]).assert_failed(69, "the peer does not speak TLS");
    // amqp:// on the TLS port: the TLS listener drops what is not a TLS handshake.
    let mut cmd = mq_command();
    cmd.args(["--timeout", "5s"])
        .args([
            "--url",
            &format!("amqp://localhost:{}", node.ports.amqps.unwrap()),
        ])
        .args(["declare-queue", "x"]);
    let failed = Run::clean(&mut cmd, &[]);
    assert_eq!(failed.code, Some(69), "{failed:?}");
}

#[test]
fn tls_settings_come_from_a_profile_too() {
    let node = node();
    let certs = certs();
    let dir = temp_dir();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.tls]\nurl = \"{}\"\napi_url = \"{}\"\nca_cert = \"{}\"\nclient_cert = \"{}\"\nclient_key = \"{}\"\n\n\
             [profiles.lax]\nurl = \"{}\"\ninsecure = true\n",
            node.amqps_url(),
            node.https_api_url(),
            path(&certs.ca),
            path(&certs.client_cert),
            path(&certs.client_key),
            node.amqps_url(),
        ),
    )
    .unwrap();
    let queue = unique("tls-profile");
    let _queue = node.queue_guard(&queue);
    let mut cmd = mq_command();
    cmd.env_remove("MQ_URL")
        .env_remove("MQ_API_URL")
        .env("MQ_CONFIG", &config)
        .args(["--profile", "tls", "declare-queue", &queue]);
    let done = Run::clean(&mut cmd, &[]);
    done.assert_ok();
    // The file holds a password (in the URL) and is readable by others: said, not fatal.
    assert!(
        done.stderr.contains("warning: config file") && done.stderr.contains("chmod 600"),
        "{done:?}"
    );
    let mut cmd = mq_command();
    cmd.env_remove("MQ_URL").env("MQ_CONFIG", &config).args([
        "--profile",
        "lax",
        "declare-queue",
        &queue,
    ]);
    let lax = Run::clean(&mut cmd, &[]);
    lax.assert_ok();
    assert!(lax.stderr.contains("warning: --insecure"), "{lax:?}");
    assert!(queue_names().contains(&queue));
}

#[test]
fn unusable_tls_files_are_refused_before_connecting() {
    let certs = certs();
    let cases: [(&[&str], i32, &str); 4] = [
        (
            &["--ca-cert", "/nonexistent/ca.pem"],
            66,
            "cannot read CA certificate",
        ),
        (
            &["--ca-cert", path(&certs.client_key)],
            64,
            "holds no PEM certificate",
        ),
        (
            &["--client-key", path(&certs.client_key)],
            64,
            "--client-key needs --client-cert",
        ),
        (
            &["--client-cert", path(&certs.client_cert)],
            64,
            "holds no PEM private key",
        ),
    ];
    for (flags, code, message) in cases {
        let mut cmd = mq_tls();
        cmd.args(flags).args(["declare-queue", "never-declared"]);
        Run::clean(&mut cmd, &[]).assert_failed(code, message);
    }
    assert!(!queue_names().contains(&"never-declared".to_owned()));
}
