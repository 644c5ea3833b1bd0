//! The management HTTP API client: building percent-encoded URLs, authenticating, bounding each
//! request by `--timeout`, and turning HTTP failures into `mq` errors with exit codes.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

use crate::amqp::NodeCursor;
use crate::diag::Diag;
use crate::error::{Error, Result};
use crate::settings::{Secret, Settings};
use crate::tls::{self, TlsFailure, TlsMaterial};

/// What stays as it is in a path segment: RFC 3986's unreserved characters.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

const PLUGIN_HINT: &str = "is the management plugin enabled? rabbitmq-plugins enable rabbitmq_management (or give --api-url)";

pub struct Api {
    client: reqwest::Client,
    /// Candidate bases: the one given, else one per node (see `Settings::api_urls`).
    bases: Vec<Url>,
    /// The candidate in use: the node in use when the API follows the nodes, shared with AMQP.
    active: NodeCursor,
    user: String,
    password: Secret,
    diag: Diag,
    timeout: Duration,
}

impl Api {
    pub fn new(settings: &Settings, nodes: &NodeCursor, diag: &Diag) -> Result<Self> {
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
                    .map_err(|e| Error::usage(format!("--ca-cert: {}", e.without_url())))?;
                builder = builder.tls_certs_only(certs);
            }
            if let Some(pem) = &material.identity_pem {
                let identity = reqwest::Identity::from_pem(pem).map_err(|e| {
                    Error::usage(format!("unusable client certificate or key: {e}"))
                })?;
                builder = builder.identity(identity);
            }
        }
        let client = builder
            .build()
            .map_err(|e| Error::internal(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Api {
            client,
            active: if settings.api_url.is_some() {
                NodeCursor::default()
            } else {
                nodes.clone()
            },
            bases,
            user: settings.api_credentials().0.to_owned(),
            password: settings.api_credentials().1.clone(),
            diag: diag.clone(),
            timeout: settings.timeout,
        })
    }

    /// `base/api/seg1/seg2…` on the API in use: each segment is percent-encoded whole (a vhost
    /// `/` becomes `%2F`).
    #[cfg(test)]
    pub fn url(&self, segments: &[&str]) -> Result<Url> {
        self.url_at(self.active.get(), segments)
    }

    /// Every byte of a segment but the unreserved ones is percent-encoded, so that a name
    /// reaches the API exactly as it is: the `url` crate's own segment pushing drops tabs and
    /// newlines, which would address another object (`tab<TAB>x` would become `tabx`).
    fn url_at(&self, index: usize, segments: &[&str]) -> Result<Url> {
        let mut url = self.bases[index % self.bases.len()].clone();
        let mut path = url.path().trim_end_matches('/').to_owned();
        path.push_str("/api");
        for segment in segments {
            // A URL parser takes `.` and `..` (also as %2E) for path steps, and an empty
            // segment would name the collection instead of an object in it.
            if matches!(*segment, "" | "." | "..") {
                return Err(Error::usage(format!(
                    "the management API cannot address the name '{segment}'"
                )));
            }
            path.push('/');
            path.extend(percent_encoding::utf8_percent_encode(segment, SEGMENT));
        }
        url.set_path(&path);
        Ok(url)
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
            Error::internal(format!(
                "unexpected answer from the management API at {}: {e}",
                url.path()
            ))
        })
    }

    /// The broker's version (major, minor), as the overview says.
    pub async fn rabbitmq_version(&self) -> Result<(u32, u32)> {
        let columns = [("columns", "rabbitmq_version")];
        let overview: serde_json::Value = self.get(&["overview"], &columns).await?;
        let version = overview["rabbitmq_version"].as_str().unwrap_or_default();
        let mut parts = version.split('.').map(str::parse::<u32>);
        match (parts.next(), parts.next()) {
            (Some(Ok(major)), Some(Ok(minor))) => Ok((major, minor)),
            _ => Err(Error::internal(format!(
                "the broker's version '{version}' is not MAJOR.MINOR"
            ))),
        }
    }

    /// A GET whose answer is a JSON array, read element by element as the body arrives.
    /// `--timeout` bounds the wait for the answer to start and then for each piece of it, not
    /// the whole transfer: a long listing is read at the pace its rows are written out.
    pub async fn get_array(&self, segments: &[&str], query: &[(&str, &str)]) -> Result<JsonArray> {
        let response = self
            .send_with(Method::GET, segments, query, None, true, Extra::default())
            .await?;
        Ok(JsonArray::new(response, self.timeout))
    }

    pub async fn post(&self, segments: &[&str], body: &serde_json::Value) -> Result<()> {
        self.send(Method::POST, segments, &[], Some(body)).await?;
        Ok(())
    }

    pub async fn put(&self, segments: &[&str], body: &serde_json::Value) -> Result<()> {
        self.send(Method::PUT, segments, &[], Some(body)).await?;
        Ok(())
    }

    pub async fn delete(&self, segments: &[&str], query: &[(&str, &str)]) -> Result<()> {
        self.send(Method::DELETE, segments, query, None).await?;
        Ok(())
    }

    /// A DELETE that tells the broker why (`X-Reason`: what a closed connection's client is
    /// told).
    pub async fn delete_because(&self, segments: &[&str], reason: &str) -> Result<()> {
        let extra = Extra {
            headers: &[("X-Reason", reason)],
            ..Extra::default()
        };
        self.send_with(Method::DELETE, segments, &[], None, false, extra)
            .await?;
        Ok(())
    }

    /// One of the API's health checks (`health/checks/alarms`): whether it passed, and its
    /// answer, which says why not (they answer a failure with 503 and a JSON body).
    pub async fn health(&self, segments: &[&str]) -> Result<(bool, serde_json::Value)> {
        let extra = Extra {
            unavailable_answers: true,
            ..Extra::default()
        };
        let response = self
            .send_with(Method::GET, segments, &[], None, false, extra)
            .await?;
        let passed = response.status().is_success();
        let url = response.url().clone();
        let bytes = response.bytes().await.map_err(|e| request_error(e, &url))?;
        let body = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
        Ok((passed, body))
    }

    async fn send(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&serde_json::Value>,
    ) -> Result<reqwest::Response> {
        self.send_with(method, segments, query, body, false, Extra::default())
            .await
    }

    /// Sends to the API in use; when it cannot be reached, to the next candidate (each once,
    /// wrapping around). A request that may have reached a server (a timeout) moves on only
    /// when it is a GET: a PUT, POST or DELETE is never sent twice. `streaming` answers are
    /// read piecemeal, so `--timeout` bounds the wait for their head, not the whole transfer.
    async fn send_with(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&serde_json::Value>,
        streaming: bool,
        extra: Extra<'_>,
    ) -> Result<reqwest::Response> {
        let count = self.bases.len();
        let start = self.active.get() % count;
        let mut tried: Vec<Url> = Vec::with_capacity(count);
        let mut order = (0..count).map(|offset| (start + offset) % count);
        let response = loop {
            let Some(index) = order.next() else {
                return Err(Error::internal("no management API to try"));
            };
            let url = self.url_at(index, segments)?;
            // Nodes on one host share a management API: asking it again would not help.
            if tried.contains(&self.bases[index]) {
                continue;
            }
            tried.push(self.bases[index].clone());
            self.diag.verbose(format_args!("{method} {url}"));
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
            for (name, value) in extra.headers {
                request = request.header(*name, *value);
            }
            let sent = if streaming {
                // The client's whole-request deadline is lifted; the wait for the head is
                // bounded here.
                let sent = request.timeout(STREAM_DEADLINE).send();
                match tokio::time::timeout(self.timeout, sent).await {
                    Ok(sent) => sent,
                    Err(_) => return Err(timed_out(&url)),
                }
            } else {
                request.send().await
            };
            match sent {
                Ok(response) => {
                    self.active.set(index);
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
                    self.diag.note(format_args!(
                        "{error}; trying the next node's management API"
                    ));
                }
            }
        };
        let url = response.url().clone();
        let status = response.status();
        if status.is_success()
            || (extra.unavailable_answers && status == StatusCode::SERVICE_UNAVAILABLE)
        {
            return Ok(response);
        }
        let body = response.json::<ApiErrorBody>().await.ok();
        let index = self.active.get() % self.bases.len();
        // RabbitMQ's API answers every error with a JSON body holding `error`; a 404 without
        // one comes from something else (another web server). RabbitMQ's own web server
        // answers a wrong --api-url prefix with the same 404 body as a missing vhost (and with
        // a bare 400 when the path holds a `%2F`): a 404, or a 400 without a body, counts as
        // "not found" only when the base answers as RabbitMQ's API.
        let foreign = body.as_ref().is_none_or(|b| b.error.is_none());
        let suspect =
            status == StatusCode::NOT_FOUND || (status == StatusCode::BAD_REQUEST && foreign);
        if suspect && (foreign || !self.is_api(index).await) {
            let base = &self.bases[index];
            return Err(Error::unavailable(
                format!("no RabbitMQ management API at {base} (it answered {status})"),
                Some(
                    "check --api-url (or MQ_API_URL): it is the API's base, such as http://HOST:15672/",
                ),
            ));
        }
        let reason = body
            .and_then(|b| b.reason.or(b.error))
            .map(|reason| one_line(&reason))
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("").to_owned());
        Err(status_error(status, &url, &self.user, &reason))
    }
}

impl Api {
    /// The port of the API in use (for the Prometheus plugin's port, found next to it).
    pub fn port(&self) -> Option<u16> {
        self.bases[self.active.get() % self.bases.len()].port_or_known_default()
    }

    /// A GET of `path` on another port of the API's host (the Prometheus plugin's), with the
    /// API's credentials (the plugin asks for them only when configured to) and `--timeout`:
    /// the answer's text.
    pub async fn get_beside(
        &self,
        scheme: &str,
        port: u16,
        path: &str,
        query: &[(&str, &str)],
    ) -> Result<String> {
        let mut url = self.bases[self.active.get() % self.bases.len()].clone();
        let moved = url.set_scheme(scheme).is_ok() && url.set_port(Some(port)).is_ok();
        if !moved {
            return Err(Error::internal(format!("no {scheme} URL on port {port}")));
        }
        url.set_path(path);
        url.set_query(None);
        self.diag.verbose(format_args!("GET {url}"));
        let failed = |what: String| {
            Error::unavailable(
                format!("{}: {what}", url.origin().ascii_serialization()),
                None,
            )
        };
        let response = self
            .client
            .get(url.clone())
            .basic_auth(&self.user, Some(self.password.expose()))
            .query(query)
            .send()
            .await
            .map_err(|e| failed(e.without_url().to_string()))?;
        if !response.status().is_success() {
            return Err(failed(format!("answered {}", response.status())));
        }
        response
            .text()
            .await
            .map_err(|e| failed(e.without_url().to_string()))
    }

    /// Whether the base at `index` is RabbitMQ's management API: its `overview` answers (a
    /// refusal of the user counts, it is RabbitMQ's), where a wrong prefix answers 404.
    async fn is_api(&self, index: usize) -> bool {
        let Ok(url) = self.url_at(index, &["overview"]) else {
            return false;
        };
        self.diag
            .verbose(format_args!("GET {url} (is this RabbitMQ's API?)"));
        let probe = self
            .client
            .get(url)
            .basic_auth(&self.user, Some(self.password.expose()))
            .send()
            .await;
        probe.is_ok_and(|r| {
            r.status().is_success()
                || matches!(r.status(), StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
        })
    }
}

/// The elements of a JSON array answer, handed out one at a time as raw JSON text. Only the
/// element being read is buffered, so a listing of 100,000 queues never sits in memory whole
/// (the management API sends arrays of objects; this splits them, serde parses each).
pub struct JsonArray {
    response: reqwest::Response,
    url: Url,
    buf: Vec<u8>,
    splitter: Splitter,
    timeout: Duration,
}

impl JsonArray {
    fn new(response: reqwest::Response, timeout: Duration) -> Self {
        JsonArray {
            url: response.url().clone(),
            response,
            buf: Vec::new(),
            splitter: Splitter::default(),
            timeout,
        }
    }

    /// The next element's JSON text, or `None` after the closing `]`.
    pub async fn next(&mut self) -> Result<Option<&[u8]>> {
        loop {
            match self
                .splitter
                .scan(&self.buf)
                .map_err(|e| self.unexpected(e))?
            {
                Scan::Element(range) => return Ok(Some(&self.buf[range])),
                Scan::End => return Ok(None),
                Scan::More => {}
            }
            let chunk = tokio::time::timeout(self.timeout, self.response.chunk())
                .await
                .map_err(|_| timed_out(&self.url))?
                .map_err(|e| request_error(e, &self.url))?;
            let Some(chunk) = chunk else {
                return Err(self.unexpected("the answer ends before its closing ']'"));
            };
            let consumed = self.splitter.compact();
            self.buf.drain(..consumed);
            self.buf.extend_from_slice(&chunk);
        }
    }

    /// Parse the next element with `seed`, or `None` at the end of the array.
    pub async fn next_seed<S, V>(&mut self, seed: S) -> Result<Option<V>>
    where
        S: for<'de> serde::de::DeserializeSeed<'de, Value = V>,
    {
        let url = self.url.clone();
        match self.next().await? {
            None => Ok(None),
            Some(text) => {
                let mut deserializer = serde_json::Deserializer::from_slice(text);
                seed.deserialize(&mut deserializer)
                    .map(Some)
                    .map_err(|e| unexpected(&url, &e.to_string()))
            }
        }
    }

    fn unexpected(&self, what: &str) -> Error {
        unexpected(&self.url, what)
    }
}

fn unexpected(url: &Url, what: &str) -> Error {
    let path = percent_encoding::percent_decode_str(url.path()).decode_utf8_lossy();
    Error::internal(format!(
        "unexpected answer from the management API at {path}: {what}"
    ))
}

enum Scan {
    Element(std::ops::Range<usize>),
    End,
    More,
}

#[derive(Default, Clone, Copy, PartialEq)]
enum Phase {
    #[default]
    Open,
    Between,
    Inside,
    Done,
}

/// Finds where each element of a top-level JSON array starts and ends, across chunks: only
/// nesting depth and string state are tracked; serde checks the element itself.
#[derive(Default)]
struct Splitter {
    phase: Phase,
    start: usize,
    pos: usize,
    depth: usize,
    in_string: bool,
    escape: bool,
}

impl Splitter {
    /// Forget the bytes before the current element: returns how many the caller may drop.
    fn compact(&mut self) -> usize {
        let consumed = self.start;
        self.start = 0;
        self.pos -= consumed;
        consumed
    }

    fn scan(&mut self, buf: &[u8]) -> Result<Scan, &'static str> {
        while self.pos < buf.len() {
            let byte = buf[self.pos];
            match self.phase {
                Phase::Done => return Ok(Scan::End),
                Phase::Open => match byte {
                    b'[' => self.phase = Phase::Between,
                    b if b.is_ascii_whitespace() => {}
                    _ => return Err("expected a JSON array"),
                },
                Phase::Between => match byte {
                    b']' => {
                        self.phase = Phase::Done;
                        return Ok(Scan::End);
                    }
                    b',' => {}
                    b if b.is_ascii_whitespace() => {}
                    _ => {
                        self.phase = Phase::Inside;
                        self.start = self.pos;
                        self.depth = 0;
                        continue;
                    }
                },
                Phase::Inside => {
                    if let Some(end) = self.step(byte) {
                        self.phase = Phase::Between;
                        let range = self.start..end;
                        self.start = end;
                        self.pos = end;
                        return Ok(Scan::Element(range));
                    }
                }
            }
            self.pos += 1;
            if self.phase != Phase::Inside {
                self.start = self.pos;
            }
        }
        Ok(if self.phase == Phase::Done {
            Scan::End
        } else {
            Scan::More
        })
    }

    /// One byte of an element; `Some(end)` when the element is complete.
    fn step(&mut self, byte: u8) -> Option<usize> {
        if self.in_string {
            if self.escape {
                self.escape = false;
            } else if byte == b'\\' {
                self.escape = true;
            } else if byte == b'"' {
                self.in_string = false;
                if self.depth == 0 {
                    return Some(self.pos + 1);
                }
            }
            return None;
        }
        match byte {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' if self.depth == 0 => return Some(self.pos),
            b'}' | b']' => {
                self.depth -= 1;
                if self.depth == 0 {
                    return Some(self.pos + 1);
                }
            }
            b',' if self.depth == 0 => return Some(self.pos),
            b if b.is_ascii_whitespace() && self.depth == 0 => return Some(self.pos),
            _ => {}
        }
        None
    }
}

/// What a few requests add to the usual: headers (a closed connection's reason), and a 503
/// taken for an answer (the health checks fail with it).
#[derive(Default, Clone, Copy)]
struct Extra<'a> {
    headers: &'a [(&'a str, &'a str)],
    unavailable_answers: bool,
}

#[derive(serde::Deserialize)]
struct ApiErrorBody {
    #[serde(default)]
    error: Option<String>,
    /// Usually text; an Erlang term when the broker did not format it (an import that names
    /// a missing vhost answers `["no_such_vhost","v"]`), shown as `no_such_vhost: v`.
    #[serde(default, deserialize_with = "lenient_reason")]
    reason: Option<String>,
}

fn lenient_reason<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    fn text(value: &serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Array(items) => {
                items.iter().map(text).collect::<Vec<_>>().join(": ")
            }
            other => other.to_string(),
        }
    }
    let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
    Ok((!value.is_null()).then(|| text(&value)))
}

/// The broker's reason as one line of plain text: a validation failure (a policy's bad
/// definition) comes as HTML-escaped paragraphs (`Validation failed\n\n&lt;&lt;"x"&gt;&gt; is
/// not…`), and an error must stay one `mq: ` line.
fn one_line(reason: &str) -> String {
    let text = reason
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let mut line = String::new();
    for (index, paragraph) in text.split("\n\n").enumerate() {
        let words: Vec<&str> = paragraph.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if index > 0 && !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&words.join(" "));
    }
    line
}

/// Far beyond any listing; each read is bounded by `--timeout` instead.
const STREAM_DEADLINE: Duration = Duration::from_secs(24 * 3600);

fn timed_out(url: &Url) -> Error {
    let origin = url.origin().ascii_serialization();
    Error::timed_out(format!(
        "the management API at {origin} did not answer in time (see --timeout)"
    ))
}

fn request_error(err: reqwest::Error, url: &Url) -> Error {
    let origin = url.origin().ascii_serialization();
    if let Some(failure) = TlsFailure::find(&err) {
        return failure
            .into_error(&format!("the management API at {origin}"))
            .with_source(err);
    }
    // The URL is said once, in the message; the source keeps the rest.
    let err = err.without_url();
    let translated = if err.is_timeout() {
        timed_out(url)
    } else if err.is_connect() {
        Error::unavailable(
            format!("cannot reach the management API at {origin}"),
            Some(PLUGIN_HINT),
        )
    } else {
        Error::unavailable(
            format!("the management API at {origin} failed: {err}"),
            Some(PLUGIN_HINT),
        )
    };
    translated.with_source(err)
}

fn status_error(status: StatusCode, url: &Url, user: &str, reason: &str) -> Error {
    let path = percent_encoding::percent_decode_str(url.path()).decode_utf8_lossy();
    match status {
        StatusCode::UNAUTHORIZED => Error::access_refused(format!(
            "the management API refused user '{user}': {reason}"
        )),
        StatusCode::FORBIDDEN => Error::access_refused(format!(
            "user '{user}' may not {path} on the management API: {reason}"
        )),
        StatusCode::NOT_FOUND => Error::not_found(format!("{path}: not found ({reason})")),
        // RabbitMQ 4.0 removed classic queue mirroring: a policy with ha-* keys (as 3.x
        // exports hold) is refused as "not recognised policy settings" (4.0 HTML-escapes the
        // keys' quotes, 4.3 does not).
        StatusCode::BAD_REQUEST
            if reason.contains("not recognised policy settings")
                && ["ha-mode", "ha-params", "ha-sync-", "ha-promote-"]
                    .iter()
                    .any(|key| reason.contains(key)) =>
        {
            Error::invalid(format!(
                "{path}: the broker no longer has the deprecated feature \
                 'classic_queue_mirroring' (removed in RabbitMQ 4.0): {reason}"
            ))
            .with_hint(
                "remove the ha-* keys from the policy; replicate with quorum queues \
                 (x-queue-type quorum) or streams instead",
            )
        }
        StatusCode::BAD_REQUEST => Error::invalid(format!("{path}: {reason}")),
        _ => Error::unavailable(
            format!("the management API answered {status} for {path}: {reason}"),
            None,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `text` in chunks of `size` bytes, as the network would.
    fn split(text: &str, size: usize) -> Vec<String> {
        let mut splitter = Splitter::default();
        let mut buf = Vec::new();
        let mut elements = Vec::new();
        let mut chunks = text.as_bytes().chunks(size);
        loop {
            match splitter.scan(&buf).unwrap() {
                Scan::Element(range) => {
                    elements.push(String::from_utf8(buf[range].to_vec()).unwrap());
                    continue;
                }
                Scan::End => return elements,
                Scan::More => {}
            }
            let chunk = chunks.next().expect("more input");
            let consumed = splitter.compact();
            buf.drain(..consumed);
            buf.extend_from_slice(chunk);
        }
    }

    #[test]
    fn splits_array_elements_across_any_chunking() {
        let text =
            r#" [ {"name":"a]b","x":{"y":[1,2]}}, {"name":"q\\\"}"} ,3,"s,]",[4] ,null] trailing"#;
        let expected = vec![
            r#"{"name":"a]b","x":{"y":[1,2]}}"#,
            r#"{"name":"q\\\"}"}"#,
            "3",
            r#""s,]""#,
            "[4]",
            "null",
        ];
        for size in 1..text.len() {
            assert_eq!(split(text, size), expected, "chunks of {size}");
        }
    }

    #[test]
    fn an_empty_array_has_no_elements() {
        assert!(split("[]", 1).is_empty());
        assert!(split(" [ \n ] ", 3).is_empty());
    }

    fn local_api() -> Api {
        let settings =
            crate::settings::resolve(&crate::settings::Overrides::default(), &|_| None, None)
                .unwrap();
        Api::new(
            &settings,
            &NodeCursor::default(),
            &Diag::stderr(crate::diag::Level::Quiet),
        )
        .unwrap()
    }

    #[test]
    fn names_reach_the_api_byte_for_byte() {
        let api = local_api();
        let url = api
            .url(&["queues", "/", "tab\there", "new\nline", "%?#", "é s", "a.b"])
            .unwrap();
        assert_eq!(
            url.as_str(),
            "http://localhost:15672/api/queues/%2F/tab%09here/new%0Aline/%25%3F%23/%C3%A9%20s/a.b"
        );
        for unaddressable in ["", ".", ".."] {
            let err = api.url(&["queues", "v", unaddressable]).unwrap_err();
            assert_eq!(err.exit_code(), 64, "{unaddressable:?}");
        }
    }

    #[test]
    fn reasons_are_one_line_of_plain_text() {
        assert_eq!(
            one_line(
                "Validation failed\n\n&lt;&lt;\"foo\"&gt;&gt; is not a valid maximum length\n"
            ),
            "Validation failed: <<\"foo\">> is not a valid maximum length"
        );
        assert_eq!(one_line("not_found"), "not_found");
    }

    #[test]
    fn an_object_is_not_an_array() {
        let mut splitter = Splitter::default();
        assert!(splitter.scan(br#"{"error":"x"}"#).is_err());
    }
}
