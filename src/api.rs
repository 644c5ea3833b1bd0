//! The management HTTP API client: building percent-encoded URLs, authenticating, bounding each
//! request by `--timeout`, and turning HTTP failures into `mq` errors with exit codes.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

use crate::config::{Secret, Settings};
use crate::error::{Error, Result, say};
use crate::tls::{self, TlsFailure, TlsMaterial};

const PLUGIN_HINT: &str = "is the management plugin enabled? rabbitmq-plugins enable rabbitmq_management (or give --api-url)";

pub struct Api {
    client: reqwest::Client,
    /// Candidate bases: the one given, else one per node (see `Settings::api_urls`).
    bases: Vec<Url>,
    /// The candidate in use: the node in use when the API follows the nodes, shared with AMQP.
    active: Arc<AtomicUsize>,
    user: String,
    password: Secret,
    verbose: bool,
    quiet: bool,
}

impl Api {
    pub fn new(settings: &Settings) -> Result<Self> {
        tls::install_provider();
        let mut builder = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .user_agent(concat!("mq/", env!("CARGO_PKG_VERSION")));
        let bases = settings.api_urls();
        if bases.iter().any(|u| u.scheme() == "https") {
            let material = TlsMaterial::load(&settings.tls)?;
            if material.insecure {
                builder = builder.tls_danger_accept_invalid_certs(true);
            } else if let Some(pem) = &material.ca_pem {
                let certs = reqwest::Certificate::from_pem_bundle(pem)
                    .map_err(|e| Error::Usage(format!("--ca-cert: {}", e.without_url())))?;
                builder = builder.tls_certs_only(certs);
            }
            if let Some(pem) = &material.identity_pem {
                let identity = reqwest::Identity::from_pem(pem).map_err(|e| {
                    Error::Usage(format!("unusable client certificate or key: {e}"))
                })?;
                builder = builder.identity(identity);
            }
        }
        let client = builder
            .build()
            .map_err(|e| Error::Internal(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Api {
            client,
            active: if settings.api_url.is_some() {
                Arc::new(AtomicUsize::new(0))
            } else {
                settings.node_in_use.clone()
            },
            bases,
            user: settings.user.clone(),
            password: settings.password.clone(),
            verbose: settings.verbose,
            quiet: settings.quiet,
        })
    }

    /// `base/api/seg1/seg2…` on the API in use: each segment is percent-encoded whole (a vhost
    /// `/` becomes `%2F`).
    pub fn url(&self, segments: &[&str]) -> Url {
        self.url_at(self.active.load(Ordering::Relaxed), segments)
    }

    fn url_at(&self, index: usize, segments: &[&str]) -> Url {
        let mut url = self.bases[index % self.bases.len()].clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().push("api").extend(segments);
        }
        url
    }

    pub async fn get<T: DeserializeOwned>(
        &self,
        segments: &[&str],
        query: &[(&str, &str)],
    ) -> Result<T> {
        let response = self.send(Method::GET, segments, query, None).await?;
        let url = response.url().clone();
        let bytes = response.bytes().await.map_err(|e| request_error(e, &url))?;
        serde_json::from_slice(&bytes).map_err(|e| {
            Error::Internal(format!(
                "unexpected answer from the management API at {}: {e}",
                url.path()
            ))
        })
    }

    pub async fn put(&self, segments: &[&str], body: &serde_json::Value) -> Result<()> {
        self.send(Method::PUT, segments, &[], Some(body)).await?;
        Ok(())
    }

    pub async fn post(&self, segments: &[&str], body: &serde_json::Value) -> Result<()> {
        self.send(Method::POST, segments, &[], Some(body)).await?;
        Ok(())
    }

    pub async fn delete(&self, segments: &[&str], query: &[(&str, &str)]) -> Result<()> {
        self.send(Method::DELETE, segments, query, None).await?;
        Ok(())
    }

    /// Sends to the API in use; when it cannot be reached, to the next candidate (each once,
    /// wrapping around). A request that may have reached a server (a timeout) moves on only
    /// when it is a GET: a PUT, POST or DELETE is never sent twice.
    async fn send(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&serde_json::Value>,
    ) -> Result<reqwest::Response> {
        let count = self.bases.len();
        let start = self.active.load(Ordering::Relaxed) % count;
        let mut tried: Vec<Url> = Vec::with_capacity(count);
        let mut order = (0..count).map(|offset| (start + offset) % count);
        let response = loop {
            let Some(index) = order.next() else {
                return Err(Error::Internal("no management API to try".into()));
            };
            let url = self.url_at(index, segments);
            // Nodes on one host share a management API: asking it again would not help.
            if tried.contains(&self.bases[index]) {
                continue;
            }
            tried.push(self.bases[index].clone());
            if self.verbose {
                say(format_args!("{method} {url}"));
            }
            let mut request = self
                .client
                .request(method.clone(), url.clone())
                .basic_auth(&self.user, Some(self.password.expose()));
            if !query.is_empty() {
                request = request.query(query);
            }
            if let Some(body) = body {
                request = request.json(body);
            }
            match request.send().await {
                Ok(response) => {
                    self.active.store(index, Ordering::Relaxed);
                    break response;
                }
                Err(err) => {
                    // A connect error (TLS handshake included) means nothing was sent.
                    let retry = err.is_connect() || (err.is_timeout() && method == Method::GET);
                    let error = request_error(err, &url);
                    let more = order.clone().any(|next| !tried.contains(&self.bases[next]));
                    if !retry || !more {
                        return Err(error);
                    }
                    if !self.quiet {
                        say(format_args!(
                            "{error}; trying the next node's management API"
                        ));
                    }
                }
            }
        };
        let url = response.url().clone();
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let reason = response
            .json::<ApiErrorBody>()
            .await
            .ok()
            .and_then(|b| b.reason.or(b.error))
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("").to_owned());
        Err(status_error(status, &url, &self.user, &reason))
    }
}

#[derive(serde::Deserialize)]
struct ApiErrorBody {
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

fn request_error(err: reqwest::Error, url: &Url) -> Error {
    let origin = url.origin().ascii_serialization();
    if let Some(failure) = TlsFailure::find(&err) {
        return failure.into_error(&format!("the management API at {origin}"));
    }
    if err.is_timeout() {
        Error::TimedOut(format!(
            "the management API at {origin} did not answer in time (see --timeout)"
        ))
    } else if err.is_connect() {
        Error::unavailable(
            format!("cannot reach the management API at {origin}"),
            Some(PLUGIN_HINT),
        )
    } else {
        Error::unavailable(
            format!(
                "the management API at {origin} failed: {}",
                err.without_url()
            ),
            Some(PLUGIN_HINT),
        )
    }
}

fn status_error(status: StatusCode, url: &Url, user: &str, reason: &str) -> Error {
    let path = percent_encoding::percent_decode_str(url.path()).decode_utf8_lossy();
    match status {
        StatusCode::UNAUTHORIZED => Error::AccessRefused(format!(
            "the management API refused user '{user}': {reason}"
        )),
        StatusCode::FORBIDDEN => Error::AccessRefused(format!(
            "user '{user}' may not {path} on the management API: {reason}"
        )),
        StatusCode::NOT_FOUND => Error::NotFound(format!("{path}: not found ({reason})")),
        StatusCode::BAD_REQUEST => Error::Invalid(format!("{path}: {reason}")),
        _ => Error::unavailable(
            format!("the management API answered {status} for {path}: {reason}"),
            None,
        ),
    }
}
