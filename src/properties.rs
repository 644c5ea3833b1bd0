//! Property tests (unit tests of the library) of the parsers of user input: no panic on any input, round trips where there
//! is one, and a password never surviving redaction. No broker needed.

use std::time::Duration;

use crate::envelope::MessageView;
use crate::output::message::Template;
use crate::settings::{AmqpEndpoint, redact_text, redact_typed, redact_url};
use crate::values::{parse_bind, parse_duration, parse_typed_arg};
use lapin::BasicProperties;
use lapin::types::AMQPValue;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// What must be percent-encoded in the user info and path of a URL.
const COMPONENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b':')
    .add(b';')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'@')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

fn encode(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// A password long and odd enough not to occur by chance elsewhere in a URL.
fn password() -> impl Strategy<Value = String> {
    "[A-Za-z0-9]{4}[!-~ é€]{4,20}[A-Za-z0-9]{4}"
}

fn host() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        "[a-z][a-z0-9-]{0,20}(\\.[a-z]{2,5}){0,2}".prop_map(|h| (h.clone(), h)),
        any::<[u8; 4]>().prop_map(|o| {
            let ip = std::net::Ipv4Addr::from(o).to_string();
            (ip.clone(), ip)
        }),
        any::<[u16; 8]>().prop_map(|s| {
            let ip = std::net::Ipv6Addr::from(s).to_string();
            (format!("[{ip}]"), ip)
        }),
    ]
}

proptest! {
    // The regressions file sits beside this one (src/properties.proptest-regressions).
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions"
        ))),
        ..ProptestConfig::with_cases(512)
    })]

    #[test]
    fn url_parsing_never_panics(input in "\\PC{0,80}") {
        let _ = AmqpEndpoint::parse(&input);
        let _ = redact_url(&input);
        let _ = redact_text(&input);
    }

    #[test]
    fn url_shaped_garbage_never_panics(
        scheme in "(amqp|amqps|http|)",
        rest in "[a-z0-9:@/%?#=&\\[\\]. -]{0,60}",
    ) {
        let input = format!("{scheme}://{rest}");
        let _ = AmqpEndpoint::parse(&input);
        let _ = redact_url(&input);
    }

    #[test]
    fn well_formed_urls_round_trip(
        tls in any::<bool>(),
        user in "[!-~é]{1,12}",
        password in password(),
        (host_text, host) in host(),
        port in 1u16..,
        vhost in proptest::option::of("[!-~é]{1,12}"),
        heartbeat in proptest::option::of(any::<u16>()),
    ) {
        let scheme = if tls { "amqps" } else { "amqp" };
        let mut url = format!(
            "{scheme}://{}:{}@{host_text}:{port}",
            encode(&user),
            encode(&password)
        );
        if let Some(vhost) = &vhost {
            url.push('/');
            url.push_str(&encode(vhost));
        }
        if let Some(heartbeat) = heartbeat {
            url.push_str(&format!("?heartbeat={heartbeat}"));
        }
        if matches!(vhost.as_deref(), Some("." | "..")) {
            prop_assert!(AmqpEndpoint::parse(&url).is_err(), "{} accepted", url);
            return Ok(());
        }
        let endpoint = AmqpEndpoint::parse(&url).map_err(TestCaseError::fail)?;
        prop_assert_eq!(endpoint.tls, tls);
        prop_assert_eq!(&endpoint.host, &host);
        prop_assert_eq!(endpoint.port, port);
        prop_assert_eq!(endpoint.user.as_deref(), Some(user.as_str()));
        prop_assert_eq!(endpoint.password.as_deref(), Some(password.as_str()));
        prop_assert_eq!(&endpoint.vhost, &vhost);
        prop_assert_eq!(endpoint.heartbeat, heartbeat);
        let shown = endpoint.to_string();
        prop_assert!(!shown.contains(&password));
        let debug = format!("{endpoint:?}");
        prop_assert!(!debug.contains(&password));
        let redacted = redact_url(&url);
        prop_assert!(!redacted.contains(&encode(&password)), "{}", redacted);
        prop_assert!(!redacted.contains(&password), "{}", redacted);
    }

    /// Whatever the user typed, even a password with unencoded `/`, `?`, `#` or `@` in it: what
    /// is shown never holds it.
    #[test]
    fn redaction_hides_any_password(
        scheme in "(amqp://|amqps://|https://|)",
        user in "[a-z]{0,8}",
        password in password(),
        rest in "[a-z0-9.:/?#@%=\\[\\]-]{0,30}",
    ) {
        let typed = format!("{scheme}{user}:{password}@{rest}");
        let redacted = redact_url(&typed);
        prop_assert!(!redacted.contains(&password), "{} -> {}", typed, redacted);
        // Not even a part of it: its first and last eight characters.
        let chars: Vec<char> = password.chars().collect();
        let head: String = chars[..8].iter().collect();
        let tail: String = chars[chars.len() - 8..].iter().collect();
        prop_assert!(!redacted.contains(&head) && !redacted.contains(&tail), "{} -> {}", typed, redacted);
        let sentence = format!("invalid value '{typed}' for '--timeout <DURATION>'");
        let argv = vec!["mq".to_owned(), "--timeout".to_owned(), typed.clone()];
        prop_assert!(!redact_typed(&sentence, &argv).contains(&password));
        let argv = vec!["mq".to_owned(), format!("--timeout={typed}")];
        prop_assert!(!redact_typed(&sentence, &argv).contains(&password));
        if !password.contains(char::is_whitespace) {
            prop_assert!(!redact_text(&sentence).contains(&password));
        }
        if let Err(message) = AmqpEndpoint::parse(&typed) {
            prop_assert!(!message.contains(&password), "{}", message);
        }
    }

    #[test]
    fn urls_without_a_password_are_shown_as_typed(
        url in "amqps?://[a-z]{1,8}(@[a-z]{1,8})?(:[0-9]{1,5})?(/[a-z%0-9]{0,8})?",
    ) {
        prop_assert_eq!(redact_url(&url), url);
    }

    #[test]
    fn typed_args_never_panic(input in "\\PC{0,300}") {
        let _ = parse_typed_arg(&input);
    }

    #[test]
    fn typed_args_keep_integers_booleans_and_strings(
        key in "[a-z][a-z0-9-]{0,40}",
        number in any::<i64>(),
        flag in any::<bool>(),
        text in "[a-z ]{0,20}[a-z][a-z ]{0,20}",
    ) {
        prop_assume!(text != "true" && text != "false");
        let arg = parse_typed_arg(&format!("{key}={number}")).map_err(TestCaseError::fail)?;
        prop_assert_eq!(&arg.key, &key);
        prop_assert_eq!(arg.value, AMQPValue::LongLongInt(number));
        let arg = parse_typed_arg(&format!("{key}={flag}")).map_err(TestCaseError::fail)?;
        prop_assert_eq!(arg.value, AMQPValue::Boolean(flag));
        let arg = parse_typed_arg(&format!("{key}={text}")).map_err(TestCaseError::fail)?;
        prop_assert_eq!(arg.value, AMQPValue::LongString(text.as_str().into()));
        // Quoted, a number stays a string.
        let arg = parse_typed_arg(&format!("{key}=\"{number}\"")).map_err(TestCaseError::fail)?;
        prop_assert_eq!(arg.value, AMQPValue::LongString(number.to_string().as_str().into()));
    }

    #[test]
    fn durations_never_panic(input in "\\PC{0,40}") {
        let _ = parse_duration(&input);
    }

    #[test]
    fn durations_round_trip(millis in 0u64..1_000_000_000_000) {
        let duration = Duration::from_millis(millis);
        prop_assert_eq!(parse_duration(&format!("{millis}ms")), Ok(duration));
        let spelled = humantime::format_duration(duration).to_string();
        prop_assert_eq!(parse_duration(&spelled), Ok(duration));
    }

    #[test]
    fn binds_never_panic(input in "\\PC{0,600}") {
        let _ = parse_bind(&input);
    }

    #[test]
    fn binds_split_at_the_first_colon(
        exchange in "[^:]{0,60}",
        key in "\\PC{0,60}",
    ) {
        let bind = parse_bind(&format!("{exchange}:{key}")).map_err(TestCaseError::fail)?;
        prop_assert_eq!(bind.exchange, exchange);
        prop_assert_eq!(bind.routing_key, key);
    }

    #[test]
    fn templates_never_panic(input in "\\PC{0,80}") {
        let _ = Template::parse(&input);
    }

    #[test]
    fn templates_with_placeholders_of_any_kind_never_panic(
        pieces in proptest::collection::vec(
            prop_oneof![
                Just("{body}".to_owned()),
                Just("{routing_key}".to_owned()),
                Just("{{".to_owned()),
                Just("}}".to_owned()),
                Just("{".to_owned()),
                Just("}".to_owned()),
                "\\{header\\.[a-z]{0,5}\\}",
                "\\{property\\.[a-z_]{0,12}\\}",
                "[a-z ]{0,5}",
            ],
            0..8,
        ),
    ) {
        let _ = Template::parse(&pieces.concat());
    }

    /// Escaped literal text around placeholders renders back as it was.
    #[test]
    fn templates_round_trip(
        before in "\\PC{0,30}",
        after in "\\PC{0,30}",
        body in "\\PC{0,30}",
        routing_key in "[a-z.]{0,20}",
    ) {
        let escape = |t: &str| t.replace('{', "{{").replace('}', "}}");
        let template = Template::parse(&format!(
            "{}{{body}}|{{routing_key}}{}",
            escape(&before),
            escape(&after)
        ))
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let properties = BasicProperties::default();
        let message = MessageView {
            exchange: "",
            routing_key: &routing_key,
            redelivered: false,
            properties: &properties,
            body: body.as_bytes(),
        };
        let mut out = Vec::new();
        template.write(&mut out, &message).unwrap();
        prop_assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("{before}{body}|{routing_key}{after}")
        );
    }
}
