//! The connection hub of one command: the resolved settings, one lazily built management API
//! client, one lazily opened AMQP session that every short step of the command shares, which
//! node is in use, the stop signal, and the diagnostics writer. Commands take a `&Context` and
//! never build clients themselves.

use tokio::sync::OnceCell;

use crate::amqp::{self, NodeCursor, Session};
use crate::api::Api;
use crate::diag::Diag;
use crate::error::Result;
use crate::settings::Settings;
use crate::stop::Stop;

pub struct Context {
    pub settings: Settings,
    pub diag: Diag,
    /// What the broker shows as this run's connection name: `mq consume odds`.
    name: String,
    nodes: NodeCursor,
    api: std::sync::OnceLock<Api>,
    session: OnceCell<Session>,
    stop: std::sync::OnceLock<Stop>,
}

impl Context {
    /// `command` names the run for the broker (`list-connections` shows it).
    pub fn new(settings: Settings, diag: Diag, command: &str) -> Self {
        // A last line of defence for text from libraries; the password equal to the user name
        // (guest/guest) would only blank out the user's name.
        let (api_user, api_password) = settings.api_credentials();
        for (user, password) in [
            (settings.user.as_str(), &settings.password),
            (api_user, api_password),
        ] {
            if password.expose() != user {
                diag.keep_secret(password.expose());
            }
        }
        Context {
            settings,
            diag,
            name: format!("mq {command}"),
            nodes: NodeCursor::default(),
            api: std::sync::OnceLock::new(),
            session: OnceCell::new(),
            stop: std::sync::OnceLock::new(),
        }
    }

    /// The management API client, built on first use (the TLS files read once).
    pub fn api(&self) -> Result<&Api> {
        if let Some(api) = self.api.get() {
            return Ok(api);
        }
        let api = Api::new(&self.settings, &self.nodes, &self.diag)?;
        Ok(self.api.get_or_init(|| api))
    }

    /// The AMQP session every short step of this command shares, opened on first use and
    /// closed by [`Context::close`].
    pub async fn session(&self) -> Result<&Session> {
        self.session.get_or_try_init(|| self.connect()).await
    }

    /// A connection of its own, for work that outlives a lost connection (produce, consume) or
    /// runs beside others (bench's producers): the caller closes it.
    pub async fn connect(&self) -> Result<Session> {
        amqp::connect(&self.settings, &self.nodes, &self.diag, &self.name).await
    }

    /// A connection of its own to another vhost of the same broker (`--all-vhosts` listings).
    pub async fn connect_vhost(&self, vhost: &str) -> Result<Session> {
        let mut settings = self.settings.clone();
        settings.vhost = vhost.to_owned();
        amqp::connect(&settings, &self.nodes, &self.diag, &self.name).await
    }

    /// A hub of its own whose connections start at node `first` of `--url` (then the others,
    /// in order): bench spreads its clients over every node given. Its stop signal is not for
    /// use; the command's own hub keeps that.
    pub fn starting_at(&self, first: usize) -> Context {
        let nodes = NodeCursor::default();
        nodes.set(first % self.settings.nodes.len().max(1));
        Context {
            settings: self.settings.clone(),
            diag: self.diag.clone(),
            name: self.name.clone(),
            nodes,
            api: std::sync::OnceLock::new(),
            session: OnceCell::new(),
            stop: std::sync::OnceLock::new(),
        }
    }

    /// Which node answered last.
    pub fn nodes(&self) -> &NodeCursor {
        &self.nodes
    }

    /// The stop signal of SIGINT, SIGTERM and SIGHUP. Only commands that stop cleanly ask for
    /// it: until then a signal ends `mq` by its default action, as a one-shot command should.
    pub fn stop(&self) -> &Stop {
        self.stop.get_or_init(Stop::on_signals)
    }

    /// Closes the shared session politely, if one was opened.
    pub async fn close(self) {
        if let Some(session) = self.session.into_inner() {
            session.close().await;
        }
    }
}
