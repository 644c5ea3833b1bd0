//! The management API and AMQP as the tests administer the broker with them: vhosts, permissions,
//! queues, messages, without the library under test.

use super::*;

/// The management API of the broker under test, as the broker URL's user.
pub struct Admin {
    runtime: tokio::runtime::Runtime,
    client: reqwest::Client,
    base: String,
    user: String,
    password: String,
}

impl Admin {
    pub fn new() -> Admin {
        let (user, password) = broker_credentials();
        Admin::with(&api_url(), &user, &password)
    }

    /// The API at `base` (`http://host:port`), as `user`.
    pub fn with(base: &str, user: &str, password: &str) -> Admin {
        // The crate's reqwest comes without a TLS crypto provider of its own (it never talks
        // https here, but the client is built with TLS support all the same).
        let _ = rustls::crypto::ring::default_provider().install_default();
        // A fresh connection for each request: a test lives long, and a kept-alive connection
        // the broker has closed meanwhile fails the next request ("error sending request").
        let client = reqwest::Client::builder()
            .timeout(API_TIMEOUT)
            .pool_max_idle_per_host(0)
            .build()
            .expect("HTTP client");
        Admin {
            runtime: runtime(),
            client,
            base: base.trim_end_matches('/').to_owned(),
            user: user.to_owned(),
            password: password.to_owned(),
        }
    }

    /// `BASE/api/SEG/SEG…`, each segment percent-encoded byte for byte.
    pub fn url(&self, segments: &[&str]) -> String {
        let path: Vec<String> = segments.iter().map(|s| encode(s)).collect();
        format!("{}/api/{}", self.base, path.join("/"))
    }

    /// Sends one request; the status and body, or why there is none.
    pub fn send(
        &self,
        method: Method,
        segments: &[&str],
        body: Option<&Value>,
        timeout: Duration,
    ) -> Result<(StatusCode, String), String> {
        let url = self.url(segments);
        self.runtime.block_on(async {
            let mut request = self
                .client
                .request(method.clone(), &url)
                .basic_auth(&self.user, Some(&self.password))
                .timeout(timeout);
            if let Some(body) = body {
                request = request.json(body);
            }
            let response = request
                .send()
                .await
                .map_err(|e| format!("{method} {url}: {e}"))?;
            let status = response.status();
            let text = response
                .text()
                .await
                .map_err(|e| format!("{method} {url}: {e}"))?;
            Ok((status, text))
        })
    }

    /// Sends one request that must succeed; its body as JSON (null when empty).
    fn call(&self, method: Method, segments: &[&str], body: Option<&Value>) -> Value {
        let what = format!("{method} {}", self.url(segments));
        let (status, text) = self
            .send(method, segments, body, API_TIMEOUT)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(status.is_success(), "{what}: {status}: {text}");
        if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{what}: {e}: {text}"))
        }
    }

    pub fn get(&self, segments: &[&str]) -> Value {
        self.call(Method::GET, segments, None)
    }

    pub fn put(&self, segments: &[&str], body: &Value) {
        self.call(Method::PUT, segments, Some(body));
    }

    pub fn post(&self, segments: &[&str], body: &Value) {
        self.call(Method::POST, segments, Some(body));
    }

    /// Deletes the vhost and waits until the API no longer lists it. A DELETE that timed out
    /// may still be under way on the broker, or may have been dropped: it is asked again until
    /// the vhost is gone or [`VHOST_DELETE_LIMIT`] has passed. A refusal (401, 403…) is final.
    pub fn delete_vhost(&self, name: &str) -> Result<(), String> {
        let segments = ["vhosts", name];
        let mut problem = String::from("the vhost is still listed");
        let mut refused = false;
        let settled = poll(VHOST_DELETE_LIMIT, || {
            match self.send(Method::DELETE, &segments, None, VHOST_DELETE_LIMIT) {
                Ok((status, _)) if status.is_success() || status == StatusCode::NOT_FOUND => {}
                Ok((status, text)) => problem = format!("DELETE answered {status}: {text}"),
                Err(e) => problem = e,
            }
            match self.send(Method::GET, &segments, None, API_TIMEOUT) {
                Ok((StatusCode::NOT_FOUND, _)) => true,
                Ok((status, text)) if status.is_client_error() => {
                    problem = format!("GET answered {status}: {text}");
                    refused = true;
                    true
                }
                Ok(_) | Err(_) => false,
            }
        });
        if settled && !refused {
            Ok(())
        } else {
            Err(problem)
        }
    }
}

/// A lapin connection to `vhost` on the broker under test, for publishing and reading without
/// `mq` in between.
pub async fn connect(vhost: &str) -> Connection {
    let mut base = parsed_broker_url();
    base.set_path("");
    base.set_query(None);
    base.set_fragment(None);
    let amqp = format!("{}/{}", base.as_str().trim_end_matches('/'), encode(vhost));
    Connection::connect(&amqp, ConnectionProperties::default())
        .await
        .unwrap_or_else(|e| panic!("lapin cannot connect to vhost {vhost:?}: {e}"))
}

/// What the broker under test is, asked of it once: tests follow its answers instead of
/// assuming 3.10's.
pub struct BrokerInfo {
    /// `(major, minor)` of `rabbitmq_version`.
    pub version: (u32, u32),
    /// The node keeps no management statistics (`disable_metrics_collector`): channels,
    /// consumers, connections and message counts are not in the API.
    pub stats_disabled: bool,
}

impl BrokerInfo {
    /// RabbitMQ 4.0 or later (Khepri, `x-queue-type` on every queue, deprecated features).
    pub fn is_4x(&self) -> bool {
        self.version.0 >= 4
    }
}

/// The broker under test, as its `/api/overview` describes it.
pub fn broker() -> &'static BrokerInfo {
    static INFO: std::sync::OnceLock<BrokerInfo> = std::sync::OnceLock::new();
    INFO.get_or_init(|| {
        let overview = Admin::new().get(&["overview"]);
        let version = overview["rabbitmq_version"].as_str().unwrap_or_default();
        let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
        BrokerInfo {
            version: (parts.next().unwrap_or(0), parts.next().unwrap_or(0)),
            stats_disabled: overview["disable_stats"].as_bool().unwrap_or(false),
        }
    })
}

/// The Prometheus plugin's port beside the API under test: 20 above the API's, as RabbitMQ's
/// defaults (15672/15692) and scripts/rabbitmq4's nodes (1567x/1569x) have it.
pub fn prometheus_url() -> String {
    let url = Url::parse(&api_url()).expect("MQ_TEST_API_URL is a URL");
    let host = url.host_str().expect("MQ_TEST_API_URL has a host");
    let port = url.port_or_known_default().expect("a port") + 20;
    format!("http://{host}:{port}")
}

/// One per-queue value of the Prometheus plugin's `/metrics/detailed` (`family` such as
/// `queue_consumer_count`, `metric` such as `rabbitmq_detailed_queue_consumers`); None when
/// the plugin does not list the queue.
pub fn prometheus_queue_value(vhost: &str, queue: &str, family: &str, metric: &str) -> Option<f64> {
    let url = format!(
        "{}/metrics/detailed?vhost={}&family={family}",
        prometheus_url(),
        encode(vhost)
    );
    let text = block_on(async {
        let response = reqwest::Client::new()
            .get(&url)
            .timeout(API_TIMEOUT)
            .send()
            .await
            .ok()?;
        response.text().await.ok()
    })?;
    let labels = format!("{metric}{{vhost=\"{vhost}\",queue=\"{queue}\"}} ");
    text.lines()
        .find_map(|line| line.strip_prefix(&labels))
        .and_then(|value| value.trim().parse().ok())
}
