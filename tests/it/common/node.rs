//! Throwaway RabbitMQ nodes for tests that need a broker of their own: TLS listeners, or a node
//! to stop, kill and restart. Each node has its own name, ports, data and log directories under
//! a temporary directory; the shared broker is never touched.
//!
//! Debian's `rabbitmq-server` script runs the server as the `rabbitmq` user (through `su`,
//! which keeps the RABBITMQ_* environment), so the node's directory is handed to that user.
//! The node and `rabbitmqctl` share the Erlang cookie of that user's home. A watchdog process
//! kills the node and removes its directory when the test process goes away, however it ends,
//! so a node held in a `static` is cleaned up too.
//!
//! With `MQ_TEST_NODE_VERSION=4.3` (or `4.0`) the nodes are RabbitMQ 4.x from the Debian root
//! `scripts/broker --version 4.3` keeps in /var/cache/mq-brokers (sid; trixie for 4.0), run
//! there as scripts/rabbitmq4 runs its node: chrooted, as the root's own `rabbitmq` user with
//! its cookie, and with an epmd port of their own (shared by the test nodes, so that they can
//! cluster). Their directories are in the root's /tmp.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU16, AtomicUsize, Ordering};
use std::time::Duration;

use super::poll;

/// How long a node may take to boot before the test gives up on it.
const BOOT_LIMIT: Duration = Duration::from_secs(120);

#[derive(Debug, Clone, Default)]
pub struct NodeConfig {
    /// A short word in the node's name and directory (`tls`, `faults`…).
    pub tag: String,
    /// TLS listeners for AMQP and the management API, with a CA and certificates made here.
    pub tls: bool,
    /// Extra rabbitmq.conf lines.
    pub extra_conf: Vec<String>,
    /// Plugins enabled beside the management plugin (`rabbitmq_shovel`…).
    pub plugins: Vec<String>,
}

impl NodeConfig {
    pub fn new(tag: &str) -> Self {
        NodeConfig {
            tag: tag.to_owned(),
            ..NodeConfig::default()
        }
    }

    pub fn with_tls(mut self) -> Self {
        self.tls = true;
        self
    }

    pub fn with_plugins(mut self, plugins: &[&str]) -> Self {
        self.plugins
            .extend(plugins.iter().map(|plugin| (*plugin).to_owned()));
        self
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Ports {
    pub amqp: u16,
    pub http: u16,
    pub dist: u16,
    pub amqps: Option<u16>,
    pub https: Option<u16>,
}

/// The PEM files of a node's TLS set-up, all signed by one throwaway CA.
#[derive(Debug, Clone)]
pub struct Certs {
    pub ca: PathBuf,
    pub server_cert: PathBuf,
    pub server_key: PathBuf,
    /// CN=guest: the EXTERNAL mechanism maps it to the user guest.
    pub client_cert: PathBuf,
    pub client_key: PathBuf,
    /// A CA that signed nothing here: trusting only it must fail.
    pub other_ca: PathBuf,
}

pub struct TestNode {
    pub name: String,
    pub dir: PathBuf,
    pub ports: Ports,
    pub certs: Option<Certs>,
    server: Option<Child>,
    watchdog: Option<Child>,
    /// Removes `dir` when the node is dropped (after `Drop` has killed the node).
    _dir: tempfile::TempDir,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Where the nodes' RabbitMQ comes from.
#[derive(Debug)]
enum Install {
    /// The machine's own (Debian's package).
    Machine,
    /// A Debian root of scripts/rabbitmq4, with its `rabbitmq` user's ids.
    Root { root: PathBuf, uid: u32, gid: u32 },
}

/// The epmd port of the nodes in a root: not the machine's (4369) nor scripts/rabbitmq4's.
const ROOT_EPMD_PORT: u16 = 4376;

/// The install `MQ_TEST_NODE_VERSION` names (unset or empty: the machine's).
fn install() -> &'static Install {
    static INSTALL: OnceLock<Install> = OnceLock::new();
    INSTALL.get_or_init(|| {
        let version = std::env::var("MQ_TEST_NODE_VERSION").unwrap_or_default();
        let suite = match version.as_str() {
            "" => return Install::Machine,
            "4.3" => "sid",
            "4.0" => "trixie",
            other => panic!("MQ_TEST_NODE_VERSION={other}: 4.3 or 4.0 (or unset)"),
        };
        let roots = std::env::var("MQ_BROKER_ROOTS")
            .unwrap_or_else(|_| "/var/cache/mq-brokers".to_owned());
        let root = Path::new(&roots).join(suite);
        let passwd = std::fs::read_to_string(root.join("etc/passwd")).unwrap_or_else(|e| {
            panic!(
                "no RabbitMQ {version} root at {} ({e}): scripts/broker --version {version} makes it",
                root.display()
            )
        });
        let ids = passwd
            .lines()
            .find_map(|line| line.strip_prefix("rabbitmq:"))
            .and_then(|rest| {
                let mut fields = rest.split(':').skip(1);
                Some((fields.next()?.parse().ok()?, fields.next()?.parse().ok()?))
            });
        let (uid, gid) = ids.expect("a rabbitmq user in the root's /etc/passwd");
        assert!(
            root.join("proc/self").exists(),
            "{}/proc is not mounted: scripts/broker --version {version} mounts it",
            root.display()
        );
        Install::Root { root, uid, gid }
    })
}

impl Install {
    /// The path `host` has inside the root (where the node sees it).
    fn inside(&self, host: &Path) -> PathBuf {
        match self {
            Install::Machine => host.to_owned(),
            Install::Root { root, .. } => {
                Path::new("/").join(host.strip_prefix(root).expect("a path in the root"))
            }
        }
    }

    /// `program` of RabbitMQ with `env`: from the machine's PATH, or in the root as its
    /// rabbitmq user with nothing of the test's environment but `env`.
    fn command(&self, program: &str, env: &[(&str, String)]) -> Command {
        match self {
            Install::Machine => {
                let mut command = Command::new(program);
                command.envs(env.iter().map(|(k, v)| (k, v)));
                command
            }
            Install::Root { root, uid, gid } => {
                let mut command = Command::new("chroot");
                command
                    .arg(format!("--userspec={uid}:{gid}"))
                    .arg(format!("--groups={gid}"))
                    .arg(root)
                    .args(["env", "-i", "HOME=/var/lib/rabbitmq", "LANG=C.UTF-8"])
                    .arg("PATH=/usr/lib/rabbitmq/bin:/usr/sbin:/usr/bin:/sbin:/bin")
                    .arg(format!("ERL_EPMD_PORT={ROOT_EPMD_PORT}"))
                    .arg("ERL_EPMD_ADDRESS=127.0.0.1")
                    .args(env.iter().map(|(k, v)| format!("{k}={v}")))
                    // RabbitMQ's own scripts: Debian's wrappers in /usr/sbin would `su`.
                    .arg(format!("/usr/lib/rabbitmq/bin/{program}"));
                command
            }
        }
    }
}

impl TestNode {
    /// Starts a node and waits until every listener accepts connections.
    pub fn start(config: NodeConfig) -> TestNode {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let pid = std::process::id();
        let short = format!("mq-{}-{pid}-{n}", config.tag);
        let install = install();
        let prefix = format!("{short}-");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix);
        let temp = match install {
            Install::Machine => builder.tempdir(),
            Install::Root { root, .. } => builder.tempdir_in(root.join("tmp")),
        }
        .expect("node directory");
        let dir = temp.path().to_owned();
        for sub in ["mnesia", "log"] {
            std::fs::create_dir_all(dir.join(sub)).expect("node directory");
        }
        let ports = Ports {
            amqp: free_port(),
            http: free_port(),
            dist: free_port(),
            amqps: config.tls.then(free_port),
            https: config.tls.then(free_port),
        };
        let certs = config.tls.then(|| make_certs(&dir.join("certs")));
        write_config(&dir, &ports, certs.as_ref(), &config, install);
        let owner = match install {
            Install::Machine => "rabbitmq:rabbitmq".to_owned(),
            Install::Root { uid, gid, .. } => format!("{uid}:{gid}"),
        };
        run_ok(Command::new("chown").args(["-R", &owner]).arg(&dir));
        let mut node = TestNode {
            name: format!("{short}@localhost"),
            dir,
            ports,
            certs,
            server: None,
            watchdog: None,
            _dir: temp,
        };
        node.watchdog = Some(node.spawn_watchdog());
        node.boot();
        node
    }

    /// Starts the node again after `stop` or `kill`, with the same name, ports and data.
    pub fn restart(&mut self) {
        if self.is_running() {
            self.stop();
        }
        self.boot();
    }

    /// A clean shutdown (SIGTERM, which RabbitMQ treats as `rabbitmqctl stop`).
    pub fn stop(&mut self) {
        self.signal("TERM");
        self.reap(Duration::from_secs(60));
    }

    /// Kills the node outright (SIGKILL): no goodbye to its clients.
    pub fn kill(&mut self) {
        self.signal("KILL");
        self.reap(Duration::from_secs(30));
    }

    pub fn is_running(&mut self) -> bool {
        match &mut self.server {
            Some(child) => matches!(child.try_wait(), Ok(None)),
            None => false,
        }
    }

    /// `rabbitmqctl -n NODE ARGS`, for what `mq` itself does not do (users, cluster joins).
    pub fn rabbitmqctl(&self, args: &[&str]) -> Output {
        install()
            .command("rabbitmqctl", &self.environment())
            .args(["-n", &self.name])
            .args(args)
            .output()
            .expect("run rabbitmqctl")
    }

    pub fn amqp_url(&self) -> String {
        format!("amqp://guest:guest@127.0.0.1:{}/%2f", self.ports.amqp)
    }

    pub fn api_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.ports.http)
    }

    /// The TLS AMQP listener, by host name (the server certificate names `localhost`).
    pub fn amqps_url(&self) -> String {
        format!(
            "amqps://guest:guest@localhost:{}/%2f",
            self.ports.amqps.expect("a TLS node")
        )
    }

    pub fn https_api_url(&self) -> String {
        format!(
            "https://localhost:{}",
            self.ports.https.expect("a TLS node")
        )
    }

    /// `mq` with a clean environment pointed at this node's plain listeners.
    pub fn mq(&self) -> Command {
        let mut cmd = super::mq_command();
        cmd.env("MQ_URL", self.amqp_url())
            .env("MQ_API_URL", self.api_url());
        cmd
    }

    /// Runs `mq ARGS` against this node and returns stdout; on failure, panics with stderr and
    /// the end of the node's log.
    pub fn run(&self, args: &[&str]) -> String {
        let run = super::Run::of(self.mq().args(args));
        assert!(
            run.code == Some(0),
            "mq {args:?}: {}\n{}",
            run.stderr,
            self.log_tail()
        );
        run.stdout
    }

    /// How many messages `queue` holds, as `mq list-queues` says.
    pub fn messages(&self, queue: &str) -> u64 {
        let listed = self.run(&[
            "list-queues",
            "--format",
            "tsv",
            "--columns",
            "name,messages",
        ]);
        listed
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{queue}\t")))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("queue {queue} not listed: {listed}"))
    }

    /// The whole of the node's log file so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log_file()).unwrap_or_default()
    }

    /// Makes this node a member of `seed`'s cluster (`stop_app`, `join_cluster`, `start_app`),
    /// and waits until it serves clients again.
    pub fn join_cluster(&self, seed: &TestNode) {
        for args in [
            vec!["stop_app"],
            vec!["join_cluster", seed.name.as_str()],
            vec!["start_app"],
        ] {
            let output = self.rabbitmqctl(&args);
            assert!(
                output.status.success(),
                "rabbitmqctl -n {} {args:?}: {}\n{}",
                self.name,
                String::from_utf8_lossy(&output.stderr),
                self.log_tail()
            );
        }
        let ready = self.rabbitmqctl(&["await_startup"]);
        assert!(ready.status.success(), "{ready:?}\n{}", self.log_tail());
    }

    pub fn log_tail(&self) -> String {
        let mut text = String::new();
        for file in [self.dir.join("server.out"), self.log_file()] {
            if let Ok(content) = std::fs::read_to_string(&file) {
                let lines: Vec<&str> = content.lines().collect();
                let from = lines.len().saturating_sub(30);
                text.push_str(&format!("--- {}\n", file.display()));
                text.push_str(&lines[from..].join("\n"));
                text.push('\n');
            }
        }
        text
    }

    fn log_file(&self) -> PathBuf {
        self.dir.join("log").join(format!("{}.log", self.name))
    }

    fn pid_file(&self) -> PathBuf {
        self.dir.join("pid")
    }

    fn environment(&self) -> Vec<(&'static str, String)> {
        let path = |name: &str| install().inside(&self.dir.join(name)).display().to_string();
        vec![
            ("RABBITMQ_NODENAME", self.name.clone()),
            ("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1".into()),
            ("RABBITMQ_NODE_PORT", self.ports.amqp.to_string()),
            ("RABBITMQ_DIST_PORT", self.ports.dist.to_string()),
            ("RABBITMQ_MNESIA_BASE", path("mnesia")),
            ("RABBITMQ_LOG_BASE", path("log")),
            ("RABBITMQ_CONFIG_FILE", path("rabbitmq.conf")),
            ("RABBITMQ_ADVANCED_CONFIG_FILE", path("advanced.config")),
            ("RABBITMQ_ENABLED_PLUGINS_FILE", path("enabled_plugins")),
            ("RABBITMQ_PID_FILE", path("pid")),
            // Not /etc/rabbitmq/rabbitmq-env.conf: that one names the shared broker's node.
            ("RABBITMQ_CONF_ENV_FILE", path("rabbitmq-env.conf")),
        ]
    }

    fn boot(&mut self) {
        let _ = std::fs::remove_file(self.pid_file());
        let out = std::fs::File::create(self.dir.join("server.out")).expect("server.out");
        let err = out.try_clone().expect("server.out");
        let mut command = install().command("rabbitmq-server", &self.environment());
        command.stdin(Stdio::null()).stdout(out).stderr(err);
        // Its own process group: a Ctrl-C meant for the test run is not the node's business.
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command
            .spawn()
            .expect("rabbitmq-server (is RabbitMQ installed? ./scripts/broker installs it)");
        self.server = Some(child);
        let mut listeners = vec![self.ports.amqp, self.ports.http];
        listeners.extend(self.ports.amqps);
        listeners.extend(self.ports.https);
        let mut exited = false;
        let booted = poll(BOOT_LIMIT, || {
            exited = !self.is_running();
            exited || listeners.iter().all(|&port| accepts(port))
        });
        if exited {
            panic!("node {} did not start:\n{}", self.name, self.log_tail());
        }
        if !booted {
            self.kill();
            panic!(
                "node {} did not boot in time:\n{}",
                self.name,
                self.log_tail()
            );
        }
    }

    /// The Erlang VM's pid, if it is the process of this node (a pid can be reused).
    fn beam_pid(&self) -> Option<String> {
        let pid = std::fs::read_to_string(self.pid_file()).ok()?;
        let pid = pid.trim().to_owned();
        let environ = std::fs::read(format!("/proc/{pid}/environ")).ok()?;
        let marker = format!("RABBITMQ_NODENAME={}", self.name);
        environ
            .split(|&b| b == 0)
            .any(|var| var == marker.as_bytes())
            .then_some(pid)
    }

    fn signal(&self, signal: &str) {
        if let Some(pid) = self.beam_pid() {
            let _ = Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status();
        }
    }

    /// Waits for the server process to exit, killing it when it takes longer than `limit`.
    fn reap(&mut self, limit: Duration) {
        let Some(mut child) = self.server.take() else {
            return;
        };
        let exited = poll(limit, || !matches!(child.try_wait(), Ok(None)));
        if !exited {
            self.signal("KILL");
            let _ = child.kill();
            let _ = child.wait();
        }
        // The VM may outlive the script that started it by a moment.
        poll(limit, || self.beam_pid().is_none());
    }

    /// A shell loop that outlives the test process by at most a second: then it kills the node
    /// (checking that the pid is still this node's), waits (10 s at most) for the VM to be gone
    /// and removes its directory.
    fn spawn_watchdog(&self) -> Child {
        let script = format!(
            "while kill -0 {test} 2>/dev/null; do sleep 1; done
             pid=$(cat '{pidfile}' 2>/dev/null)
             if [ -n \"$pid\" ] && tr '\\0' '\\n' < /proc/$pid/environ 2>/dev/null | grep -qx 'RABBITMQ_NODENAME={name}'; then
                 kill -9 \"$pid\"
                 tries=0
                 while kill -0 \"$pid\" 2>/dev/null && [ $tries -lt 100 ]; do
                     sleep 0.1; tries=$((tries + 1))
                 done
             fi
             rm -rf '{dir}'",
            test = std::process::id(),
            pidfile = self.pid_file().display(),
            name = self.name,
            dir = self.dir.display(),
        );
        let mut command = Command::new("sh");
        command
            .args(["-c", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        command.spawn().expect("watchdog")
    }
}

/// A queue on a node's `/` vhost, deleted through the node's management API when dropped (if
/// the node is up then: a node that is down takes its queues with it when it goes).
pub struct NodeQueue {
    pub name: String,
    admin: super::Admin,
}

impl TestNode {
    /// A guard for the queue `name` that the test is about to make on this node.
    pub fn queue_guard(&self, name: &str) -> NodeQueue {
        NodeQueue {
            name: name.to_owned(),
            admin: super::Admin::with(&self.api_url(), "guest", "guest"),
        }
    }
}

impl Drop for NodeQueue {
    fn drop(&mut self) {
        let _ = self.admin.send(
            reqwest::Method::DELETE,
            &["queues", "/", &self.name],
            None,
            Duration::from_secs(30),
        );
    }
}

/// `count` nodes started side by side (booting is slow), the rest joined to the first.
pub fn start_cluster(tag: &str, count: usize) -> Vec<TestNode> {
    let booting: Vec<_> = (0..count)
        .map(|_| {
            let config = NodeConfig::new(tag);
            std::thread::spawn(move || TestNode::start(config))
        })
        .collect();
    let nodes: Vec<TestNode> = booting
        .into_iter()
        .map(|b| b.join().expect("a node of the cluster started"))
        .collect();
    for node in &nodes[1..] {
        node.join_cluster(&nodes[0]);
    }
    nodes
}

impl Drop for TestNode {
    fn drop(&mut self) {
        if self.is_running() {
            self.kill();
        }
        if let Some(mut watchdog) = self.watchdog.take() {
            let _ = watchdog.kill();
            let _ = watchdog.wait();
        }
        // The directory goes with `_dir`, after this.
    }
}

fn accepts(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok()
}

/// A port nothing listens on right now (the kernel's choice, released at once), and never
/// one handed out before in this process: nodes started side by side must not share one.
fn free_port() -> u16 {
    // Below the kernel's ephemeral range (32768-60999 on Linux): a port from there can be
    // taken, while a node is down, as the local end of some client's connection, and the
    // restarted node then cannot listen on it, or a probe reaches someone else. Each port is
    // handed out once per test run, so no two nodes here ever share one either.
    const FIRST: u16 = 20_000;
    const SPAN: u16 = 12_000;
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let start = (std::process::id() % u32::from(SPAN)) as u16;
    loop {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        assert!(n < SPAN, "no free port left for test nodes");
        let port = FIRST + (start + n) % SPAN;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

fn run_ok(command: &mut Command) {
    let output = command.output().expect("run a set-up command");
    assert!(
        output.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn write_config(
    dir: &Path,
    ports: &Ports,
    certs: Option<&Certs>,
    config: &NodeConfig,
    install: &Install,
) {
    let mut conf = vec![
        format!("listeners.tcp.default = 127.0.0.1:{}", ports.amqp),
        format!("management.tcp.port = {}", ports.http),
        "management.tcp.ip = 127.0.0.1".to_owned(),
    ];
    if let (Some(certs), Some(amqps), Some(https)) = (certs, ports.amqps, ports.https) {
        let at = |file: &Path| install.inside(file).display().to_string();
        let files = |prefix: &str| {
            vec![
                format!("{prefix}.cacertfile = {}", at(&certs.ca)),
                format!("{prefix}.certfile = {}", at(&certs.server_cert)),
                format!("{prefix}.keyfile = {}", at(&certs.server_key)),
                format!("{prefix}.verify = verify_peer"),
            ]
        };
        conf.push(format!("listeners.ssl.default = 127.0.0.1:{amqps}"));
        conf.extend(files("ssl_options"));
        // A client certificate is optional on AMQP (PLAIN works without one) and required by
        // the management API, so that both ways of sending one are exercised.
        conf.push("ssl_options.fail_if_no_peer_cert = false".to_owned());
        conf.push("ssl_cert_login_from = common_name".to_owned());
        conf.push("auth_mechanisms.1 = PLAIN".to_owned());
        conf.push("auth_mechanisms.2 = AMQPLAIN".to_owned());
        conf.push("auth_mechanisms.3 = EXTERNAL".to_owned());
        conf.push(format!("management.ssl.port = {https}"));
        conf.push("management.ssl.ip = 127.0.0.1".to_owned());
        conf.extend(files("management.ssl"));
        conf.push("management.ssl.fail_if_no_peer_cert = true".to_owned());
    }
    conf.extend(config.extra_conf.iter().cloned());
    conf.push(String::new());
    std::fs::write(dir.join("rabbitmq.conf"), conf.join("\n")).expect("rabbitmq.conf");
    let mut plugins = vec!["rabbitmq_management"];
    if certs.is_some() {
        plugins.push("rabbitmq_auth_mechanism_ssl");
    }
    plugins.extend(config.plugins.iter().map(String::as_str));
    let plugins = format!("[{}].\n", plugins.join(","));
    std::fs::write(dir.join("enabled_plugins"), plugins).expect("enabled_plugins");
    std::fs::write(
        dir.join("rabbitmq-env.conf"),
        "ERL_FLAGS=\"-kernel inet_dist_use_interface {127,0,0,1}\"\nexport ERL_FLAGS\n",
    )
    .expect("rabbitmq-env.conf");
}

/// A CA, a server certificate for localhost/127.0.0.1/::1, a client certificate with CN=guest,
/// and an unrelated CA, with openssl (EC P-256 keys: quick to make).
fn make_certs(dir: &Path) -> Certs {
    std::fs::create_dir_all(dir).expect("certs directory");
    let file = |name: &str| dir.join(name);
    let openssl = |args: &[&str]| run_ok(Command::new("openssl").args(args).current_dir(dir));
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    for (ca, cn) in [("ca", "mq test CA"), ("other-ca", "mq unrelated CA")] {
        let (key, pem, subject) = (
            format!("{ca}.key"),
            format!("{ca}.pem"),
            format!("/CN={cn}"),
        );
        let mut args = vec!["req", "-x509"];
        args.extend(ec);
        args.extend([
            "-keyout", &key, "-out", &pem, "-days", "2", "-subj", &subject,
        ]);
        openssl(&args);
    }
    let sign = |name: &str, subject: &str, extensions: &str| {
        let (key, csr, pem, ext) = (
            format!("{name}.key"),
            format!("{name}.csr"),
            format!("{name}.pem"),
            format!("{name}.ext"),
        );
        std::fs::write(file(&ext), extensions).expect("extensions file");
        let mut args = vec!["req"];
        args.extend(ec);
        args.extend(["-keyout", &key, "-out", &csr, "-subj", subject]);
        openssl(&args);
        openssl(&[
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            &pem,
            "-days",
            "2",
            "-extfile",
            &ext,
        ]);
    };
    sign(
        "server",
        "/CN=localhost",
        "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    );
    sign(
        "client",
        "/CN=guest",
        "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n",
    );
    Certs {
        ca: file("ca.pem"),
        server_cert: file("server.pem"),
        server_key: file("server.key"),
        client_cert: file("client.pem"),
        client_key: file("client.key"),
        other_ca: file("other-ca.pem"),
    }
}
