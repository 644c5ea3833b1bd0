//! Guards for what the operator tests make through `mq` itself: a vhost or a user named for
//! one test, deleted through the management API when dropped, on every path.

use super::*;

/// A vhost name of one test's own that `mq` is to create: nothing exists yet, and whatever
/// exists under the name when the guard drops is deleted with everything in it.
pub struct VhostName {
    pub name: String,
}

impl VhostName {
    pub fn new(tag: &str) -> Self {
        VhostName { name: unique(tag) }
    }
}

impl Drop for VhostName {
    fn drop(&mut self) {
        if let Err(problem) = Admin::new().delete_vhost(&self.name) {
            let said = format!("test vhost {:?} may be left behind: {problem}", self.name);
            eprintln!("{said}");
            if !std::thread::panicking() {
                panic!("{said}");
            }
        }
    }
}

/// A user name of one test's own, deleted (if it exists) when dropped.
pub struct UserName {
    pub name: String,
}

impl UserName {
    pub fn new(tag: &str) -> Self {
        UserName { name: unique(tag) }
    }
}

impl Drop for UserName {
    fn drop(&mut self) {
        let admin = Admin::new();
        let gone = admin
            .send(Method::DELETE, &["users", &self.name], None, API_TIMEOUT)
            .map(|(status, _)| status.is_success() || status == StatusCode::NOT_FOUND);
        if gone != Ok(true) {
            let said = format!("test user {:?} may be left behind: {gone:?}", self.name);
            eprintln!("{said}");
            if !std::thread::panicking() {
                panic!("{said}");
            }
        }
    }
}

/// `mq ARGS` against the broker under test (no vhost of its own), to its end.
pub fn mq_run(args: &[&str]) -> Run {
    Run::of(mq_command().args(args))
}

/// `mq ARGS --format json` that must succeed, as JSON.
pub fn mq_json(args: &[&str]) -> Value {
    let run = Run::of(mq_command().args(args).args(["--format", "json"]));
    assert_eq!(run.code, Some(0), "mq {args:?}: {run:?}");
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("mq {args:?}: {e}: {run:?}"))
}

/// `mq` logging in as `user` with `password` (from MQ_PASSWORD, never argv) in `vhost`.
pub fn mq_as(user: &str, password: &str, vhost: &str) -> Command {
    let mut cmd = mq_bare();
    cmd.env("MQ_URL", format!("amqp://{}", broker_host_port()))
        .env("MQ_API_URL", api_url())
        .env("MQ_USER", user)
        .env("MQ_PASSWORD", password)
        .env("MQ_VHOST", vhost);
    cmd
}
