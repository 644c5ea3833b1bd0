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
