//! The management HTTP API client: building percent-encoded URLs, authenticating, bounding each
//! request by `--timeout`, and turning HTTP failures into `mq` errors with exit codes.

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

use crate::config::{Secret, Settings};
use crate::error::{Error, Result};

const PLUGIN_HINT: &str = "is the management plugin enabled? rabbitmq-plugins enable rabbitmq_management (or give --api-url)";

pub struct Api {
    client: reqwest::Client,
    base: Url,
    user: String,
    password: Secret,
    verbose: bool,
}

impl Api {
    pub fn new(settings: &Settings) -> Result<Self> {
        // reqwest is built without a bundled crypto provider: rustls' ring provider serves both
        // protocols. Installing it twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .danger_accept_invalid_certs(settings.tls.insecure)
            .user_agent(concat!("mq/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Internal(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Api {
            client,
            base: settings.api_url.clone(),
            user: settings.user.clone(),
            password: settings.password.clone(),
            verbose: settings.verbose,
        })
    }

    /// `base/api/seg1/seg2…`: each segment is percent-encoded whole (a vhost `/` becomes `%2F`).
    pub fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
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

    async fn send(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&serde_json::Value>,
    ) -> Result<reqwest::Response> {
        let url = self.url(segments);
        if self.verbose {
            eprintln!("mq: {method} {url}");
        }
        let mut request = self
            .client
            .request(method, url.clone())
            .basic_auth(&self.user, Some(self.password.expose()));
        if !query.is_empty() {
            request = request.query(query);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.map_err(|e| request_error(e, &url))?;
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
