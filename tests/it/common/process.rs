//! Processes the tests run: `mq` itself ([`Run`], [`Spawned`]) and fake TCP peers ([`Peer`]).

use super::*;

/// `mq` with no MQ_* variables and no config file.
pub fn mq_bare() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mq"));
    without_settings(&mut cmd);
    cmd
}

/// No MQ_* variable and no config file for `cmd` and what it runs.
fn without_settings(cmd: &mut Command) {
    for (key, _) in std::env::vars() {
        if key.starts_with("MQ_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("XDG_CONFIG_HOME", "/nonexistent");
}

/// Runs `mq ARGS` on a pseudo-terminal `columns` wide (`script` makes it; `stty` sizes it),
/// with `env` and the test broker's URLs. Its stdout is what the terminal showed, `\r\n` made
/// `\n`; its stderr went to a file of its own and is in `stderr`.
pub fn on_terminal(env: &[(&str, &str)], args: &[&str], columns: u16) -> Run {
    let quote = |word: &str| format!("'{}'", word.replace('\'', "'\\''"));
    let dir = temp_dir();
    let stderr = dir.path().join("stderr");
    let mut line = format!(
        "stty cols {columns} rows 200; {}",
        quote(env!("CARGO_BIN_EXE_mq"))
    );
    for arg in args {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    line.push_str(&format!(" 2> {}", quote(&stderr.display().to_string())));
    let mut cmd = Command::new("script");
    without_settings(&mut cmd);
    // The typescript file would get script's own start and end lines: its stdout has none.
    cmd.args(["-qec", &line, "/dev/null"])
        .env("MQ_URL", broker_url())
        .env("MQ_API_URL", api_url())
        .envs(env.iter().copied());
    let run = Run::of(&mut cmd);
    Run {
        code: run.code,
        stdout: run.stdout.replace("\r\n", "\n"),
        stderr: std::fs::read_to_string(&stderr).unwrap_or_default(),
    }
}

/// `mq` with no MQ_* variables and no config file but the test broker's URLs.
pub fn mq_command() -> Command {
    let mut cmd = mq_bare();
    cmd.env("MQ_URL", broker_url()).env("MQ_API_URL", api_url());
    cmd
}

/// What a finished process left behind: its exit code (None when a signal ended it), and
/// both streams as text.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Runs `cmd` to its end, with nothing on its standard input.
    pub fn of(cmd: &mut Command) -> Run {
        Run::from(
            cmd.output()
                .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}")),
        )
    }

    /// Runs `cmd` to its end with `stdin` on its standard input (written from a thread of its
    /// own, so a child that writes much before it reads cannot dead-lock the two).
    pub fn with_stdin(cmd: &mut Command, stdin: &[u8]) -> Run {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
        let mut pipe = child.stdin.take().expect("stdin");
        let input = stdin.to_vec();
        let writer = std::thread::spawn(move || match pipe.write_all(&input) {
            // A child may stop reading early (and exit): what it read is the test's business.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        });
        let output = child.wait_with_output().expect("wait for the child");
        writer
            .join()
            .expect("stdin writer")
            .expect("write standard input");
        Run::from(output)
    }

    /// Runs `cmd` to its end. Whatever happened, none of `secrets` may appear on stdout or
    /// stderr, and nothing may have panicked.
    pub fn clean(cmd: &mut Command, secrets: &[&str]) -> Run {
        let run = Run::of(cmd);
        for secret in secrets {
            assert!(
                !run.stdout.contains(secret) && !run.stderr.contains(secret),
                "the password {secret:?} was printed by {cmd:?}: {run:?}"
            );
        }
        assert!(!run.stderr.contains("panicked"), "{run:?}");
        run
    }

    /// Exit `code`; one or two `mq: ` lines on stderr, not counting `mq: warning:` lines nor
    /// the indented lines that continue a message (clap's usage line), the first message (with
    /// its indented lines) containing `message`; nothing on stdout.
    pub fn failed(&self, code: i32, message: &str) -> Result<(), String> {
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| !l.starts_with("mq: warning:") && !l.starts_with(' '))
            .collect();
        if self.code != Some(code) {
            return Err(format!("exit {:?}, not {code}: {}", self.code, self.stderr));
        }
        if lines.is_empty() || lines.len() > 2 || !lines.iter().all(|l| l.starts_with("mq: ")) {
            return Err(format!("not one or two mq: lines: {:?}", self.stderr));
        }
        // The first message is its `mq: ` line and the indented lines under it.
        let first: Vec<&str> = self
            .stderr
            .lines()
            .skip_while(|l| *l != lines[0])
            .enumerate()
            .take_while(|(index, l)| *index == 0 || l.starts_with(' '))
            .map(|(_, l)| l)
            .collect();
        let first = first.join("\n");
        if !first.contains(message) {
            return Err(format!("{message:?} not in {first:?}"));
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

    /// Asserts the exit code, showing both streams when it differs.
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, Some(code), "{self:?}");
        self
    }

    pub fn assert_ok(&self) -> &Self {
        self.assert_code(0)
    }
}

/// A process running in the background (stdin empty, stdout and stderr piped), killed and
/// reaped when dropped, so a failing test leaves none behind.
pub struct Spawned {
    child: Option<Child>,
}

impl Spawned {
    pub fn new(cmd: &mut Command) -> Spawned {
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot spawn {cmd:?}: {e}"));
        Spawned { child: Some(child) }
    }

    /// Waits for the exit; what the process left behind on the streams not yet taken.
    pub fn output(mut self) -> Run {
        let child = self.child.take().expect("a child");
        Run::from(child.wait_with_output().expect("wait for the child"))
    }

    /// Ctrl-C (SIGINT); whether the signal could be sent.
    pub fn interrupt(&self) -> bool {
        interrupt(self.id())
    }
}

impl Deref for Spawned {
    type Target = Child;

    fn deref(&self) -> &Child {
        self.child.as_ref().expect("a child")
    }
}

impl DerefMut for Spawned {
    fn deref_mut(&mut self) -> &mut Child {
        self.child.as_mut().expect("a child")
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Sends SIGINT to `pid`; whether `kill` succeeded.
pub fn interrupt(pid: u32) -> bool {
    Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("run kill")
        .success()
}

/// A TCP peer of the test's own that hands each connection to `serve` (in a thread of its
/// own) until dropped; then it stops accepting and its port is closed.
pub struct Peer {
    pub port: u16,
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
}

impl Peer {
    /// Listens on `bind` (`127.0.0.1:0`, `[::1]:0`…).
    pub fn start(
        bind: &str,
        serve: impl Fn(TcpStream) + Send + Sync + 'static,
    ) -> std::io::Result<Peer> {
        let listener = TcpListener::bind(bind)?;
        let address = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let serve = Arc::new(serve);
        let acceptor = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let serve = serve.clone();
                std::thread::spawn(move || serve(stream));
            }
        });
        Ok(Peer {
            port: address.port(),
            address,
            stop,
            acceptor: Some(acceptor),
        })
    }

    /// A peer that accepts connections and never says a word, holding each until the client
    /// hangs up.
    pub fn silent() -> Peer {
        Peer::start("127.0.0.1:0", hold).expect("a silent peer")
    }
}

/// Reads (and ignores) what the client sends until it hangs up: the connection stays open,
/// silent, for as long as the client wants it.
pub fn hold(mut stream: TcpStream) {
    let _ = std::io::copy(&mut stream, &mut std::io::sink());
}

impl Drop for Peer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the acceptor, which sees the stop and leaves, closing the listener.
        let _ = TcpStream::connect_timeout(&self.address, Duration::from_secs(5));
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}
