//! The bad-input matrix, continued: command lines clap refuses (never repeating a value that
//! failed, which may be a password), URL parameters, config files of the wrong shape, names the
//! broker reserves, definitions it would refuse. Same table and checks as `bad_input`.

use super::bad_input::{Case, SECRET, assert_unchanged, case, check, populated};
use crate::common::temp_dir;

/// A case whose arguments are the words of `line`.
fn words(what: &'static str, line: &str, code: i32, message: &str) -> Case {
    let args: Vec<&str> = line.split_whitespace().collect();
    case(what, &args, code, message)
}

#[test]
fn command_lines_clap_refuses() {
    let vhost = populated("bad-clap");
    let list_formats = "[possible values: table, tsv, csv, json]";
    let mut cases = Vec::new();
    for command in [
        "list-queues",
        "list-exchanges",
        "list-bindings",
        "list-connections",
        "list-channels",
        "list-consumers",
        "list-vhosts",
    ] {
        cases.push(case(
            "--format bogus on a listing",
            &[command, "--format", "bogus"],
            64,
            list_formats,
        ));
        cases.push(case(
            "a password typed as --format",
            &[command, "--format", SECRET],
            64,
            "invalid value for '--format <FORMAT>'",
        ));
    }
    cases.extend([
        words(
            "--type bogus",
            "declare-queue new-q --type bogus",
            64,
            "[possible values: classic, quorum, stream]",
        ),
        words(
            "--format bogus on consume",
            "consume existing-q --format bogus",
            64,
            "possible values:",
        ),
        words(
            "--format bogus on topology",
            "topology --format bogus",
            64,
            "possible values:",
        ),
        words("unknown shell", "completions cmd", 64, "possible values:"),
        words(
            "a near miss of a value",
            "list-queues --format jsn",
            64,
            "a similar value exists: 'json'",
        ),
        words(
            "a near miss of a flag",
            "list-queues --formt json",
            64,
            "a similar argument exists: '--format'",
        ),
        words(
            "a near miss of a command",
            "list-queus",
            64,
            "did you mean one of 'list-queues', ",
        ),
        words(
            "unknown command",
            "frobnicate",
            64,
            "unrecognized subcommand",
        ),
        case(
            "a password typed as a command",
            &[SECRET],
            64,
            "unrecognized subcommand",
        ),
        case(
            "a password typed as an extra argument",
            &["list-vhosts", "--all-vhosts", SECRET, "--bogus"],
            64,
            "unexpected argument",
        ),
        words(
            "consume without a queue",
            "consume",
            64,
            "required arguments were not provided",
        ),
        words(
            "declare-queue without a name",
            "declare-queue",
            64,
            "required arguments were not provided",
        ),
        words(
            "declare-exchange without a name",
            "declare-exchange",
            64,
            "required arguments were not provided",
        ),
        words(
            "bind without arguments",
            "bind",
            64,
            "required arguments were not provided",
        ),
        words(
            "import-definitions without a file",
            "import-definitions",
            64,
            "required arguments were not provided",
        ),
        words(
            "completions without a shell",
            "completions",
            64,
            "required arguments were not provided",
        ),
        words(
            "--count 0",
            "consume existing-q --count 0",
            64,
            "invalid value for '--count <N>'",
        ),
        words(
            "--count=-1",
            "consume existing-q --count=-1",
            64,
            "invalid value for '--count <N>'",
        ),
        words(
            "--count abc",
            "consume existing-q --count abc",
            64,
            "invalid value for '--count <N>'",
        ),
        words(
            "--count beyond u64",
            "consume existing-q --count 99999999999999999999999",
            64,
            "invalid value for '--count <N>'",
        ),
        words(
            "get --count 0",
            "get existing-q --count 0",
            64,
            "invalid value for '--count <N>'",
        ),
        words(
            "--prefetch abc",
            "consume existing-q --prefetch abc",
            64,
            "invalid value for '--prefetch",
        ),
        words(
            "--prefetch beyond u16",
            "consume existing-q --prefetch 70000",
            64,
            "invalid value for '--prefetch",
        ),
        words(
            "--idle-timeout soon",
            "consume existing-q --idle-timeout soon",
            64,
            "is not a duration",
        ),
        words(
            "--message-ttl soon",
            "declare-queue new-q --message-ttl soon",
            64,
            "is not a duration",
        ),
        words(
            "--max-length abc",
            "declare-queue new-q --max-length abc",
            64,
            "invalid value for '--max-length",
        ),
        words(
            "--bind without a colon",
            "declare-queue new-q --bind nocolon",
            64,
            "is not EXCHANGE:ROUTING_KEY",
        ),
        words(
            "--arg with an empty key",
            "declare-queue new-q --arg =1",
            64,
            "has an empty key",
        ),
        words(
            "a timeout beyond any duration",
            "--timeout 99999999999999999999999s list-queues",
            64,
            "invalid value for '--timeout <DURATION>'",
        ),
        case(
            "an empty timeout",
            &["--timeout", "", "list-queues"],
            64,
            "for '--timeout <DURATION>': '' is not a duration",
        ),
        words(
            "--offset bogus",
            "consume existing-q --offset bogus",
            64,
            "invalid value for '--offset",
        ),
        words(
            "--filter with a bad regex",
            "list-queues --filter (",
            64,
            "invalid value for '--filter <REGEX>'",
        ),
        words(
            "--offset with --no-ack",
            "consume existing-q --offset first --no-ack",
            64,
            "cannot be used with",
        ),
        case(
            "empty --vhost",
            &["--vhost", "", "list-queues"],
            64,
            "is not a vhost name",
        ),
        words(
            "--vhost .",
            "--vhost . list-queues",
            64,
            "is not a vhost name",
        ),
        words(
            "--vhost ..",
            "--vhost .. list-queues",
            64,
            "is not a vhost name",
        ),
        words("MQ_VHOST=..", "list-queues", 64, "is not a vhost name").env("MQ_VHOST", ".."),
        // Longer than AMQP's short string: lapin panicked on it.
        case(
            "a vhost of 256 bytes",
            &["--vhost", &"v".repeat(256), "consume", "q"],
            64,
            "a vhost name is at most 255 bytes; this one has 256",
        ),
    ]);
    // A password typed where another flag's value goes: never repeated, with the password in
    // use given by MQ_PASSWORD, by --password-file, or not at all.
    let dir = temp_dir();
    let pw_file = dir.path().join("pw");
    std::fs::write(&pw_file, format!("{SECRET}\n")).unwrap();
    let pw_file = pw_file.to_str().unwrap().to_owned();
    for (flag, command) in [
        ("--timeout", "list-queues"),
        ("--prefetch", "consume"),
        ("--format", "list-queues"),
        ("--count", "get"),
    ] {
        let args = |extra: &[&str]| {
            let mut args: Vec<String> = extra.iter().map(|a| a.to_string()).collect();
            args.push(command.to_owned());
            if command != "list-queues" {
                args.push("existing-q".to_owned());
            }
            if flag != "--timeout" {
                args.extend([flag.to_owned(), SECRET.to_owned()]);
            }
            args
        };
        let leading: &[&str] = if flag == "--timeout" {
            &["--timeout", SECRET]
        } else {
            &[]
        };
        let with_file = [&["--password-file", pw_file.as_str()][..], leading].concat();
        let typed = |what, args: Vec<String>| Case {
            what,
            args,
            env: Vec::new(),
            stdin: None,
            code: 64,
            message: format!("invalid value for '{flag}"),
        };
        cases.push(typed("a password typed as a value", args(leading)));
        cases.push(
            typed(
                "a password typed as a value, MQ_PASSWORD set",
                args(leading),
            )
            .env("MQ_PASSWORD", SECRET),
        );
        cases.push(typed(
            "a password typed as a value, --password-file given",
            args(&with_file),
        ));
    }
    let count = check(&vhost, cases);
    assert!(count >= 60, "{count}");
    assert_unchanged(&vhost);
}

#[test]
fn url_parameters_and_api_urls() {
    let vhost = populated("bad-params");
    let url = |query: &str| format!("amqp://guest:{SECRET}@127.0.0.1:5672?{query}");
    let declare = |what, url: String, code, message: &str| {
        case(
            what,
            &["--url", &url, "declare-queue", "new-q"],
            code,
            message,
        )
    };
    let below = "below AMQP 0-9-1's minimum of 4096 bytes (RabbitMQ 4.1 and later refuse anything below 8192)";
    let cases = vec![
        declare("frame_max=1", url("frame_max=1"), 64, below),
        declare("frame_max=512", url("frame_max=512"), 64, below),
        declare("frame_max=4095", url("frame_max=4095"), 64, below),
        declare("frame_max=abc", url("frame_max=abc"), 64, "for 'frame_max'"),
        declare("frame_max=-1", url("frame_max=-1"), 64, "for 'frame_max'"),
        declare(
            "frame_max beyond u32",
            url("frame_max=9999999999"),
            64,
            "for 'frame_max'",
        ),
        declare(
            "channel_max beyond u16",
            url("channel_max=70000"),
            64,
            "for 'channel_max'",
        ),
        declare(
            "heartbeat beyond u16",
            url("heartbeat=70000"),
            64,
            "for 'heartbeat'",
        ),
        declare("heartbeat=-1", url("heartbeat=-1"), 64, "for 'heartbeat'"),
        case(
            "MQ_URL with frame_max=100",
            &["declare-queue", "new-q"],
            64,
            below,
        )
        .env("MQ_URL", url("frame_max=100")),
        case(
            "MQ_URL with an ftp scheme",
            &["declare-queue", "new-q"],
            64,
            "unsupported scheme 'ftp'",
        )
        .env("MQ_URL", format!("ftp://guest:{SECRET}@127.0.0.1")),
        case(
            "MQ_API_URL with an ftp scheme",
            &["list-queues"],
            64,
            "unsupported scheme in API URL",
        )
        .env("MQ_API_URL", format!("ftp://guest:{SECRET}@127.0.0.1")),
        case(
            "an API URL with a password but no user",
            &[
                "--api-url",
                &format!("http://:{SECRET}@127.0.0.1:15672"),
                "list-queues",
            ],
            64,
            "has a password but no user",
        ),
        words(
            "an API URL that is no URL",
            "--api-url nothing list-queues",
            64,
            "invalid API URL",
        ),
        words(
            "an API URL without a host",
            "--api-url http:// list-queues",
            64,
            "API URL",
        ),
        case(
            "credentials in the API URL are used, not dropped",
            &[
                "--api-url",
                &format!("http://guest:{SECRET}@127.0.0.1:15672/"),
                "list-queues",
            ],
            77,
            "the management API refused user 'guest'",
        ),
        case(
            "the API URL's user is the one named",
            &[
                "--api-url",
                &format!("http://nobody-here:{SECRET}@127.0.0.1:15672/"),
                "list-queues",
            ],
            77,
            "the management API refused user 'nobody-here'",
        ),
        words(
            "an API URL with a wrong prefix",
            "--api-url http://127.0.0.1:15672/wrong-prefix/ list-queues",
            69,
            "no RabbitMQ management API at http://127.0.0.1:15672/wrong-prefix/",
        ),
        words(
            "an API URL with a wrong prefix, for definitions",
            "--api-url http://127.0.0.1:15672/wrong-prefix/ export-definitions",
            69,
            "no RabbitMQ management API",
        ),
        case(
            "MQ_USER is the user named, not the URL's",
            &["declare-queue", "new-q"],
            77,
            "refused user 'nobody-else'",
        )
        .env("MQ_USER", "nobody-else")
        .env("MQ_PASSWORD", SECRET),
    ];
    let count = check(&vhost, cases);
    assert!(count >= 20, "{count}");
    assert_unchanged(&vhost);
}

#[test]
fn config_files_of_the_wrong_shape() {
    let vhost = populated("bad-config");
    let dir = temp_dir();
    let mut cases = Vec::new();
    let not_utf8 = dir.path().join("latin1.toml");
    std::fs::write(&not_utf8, b"[profiles.default]\nuser = \"j\xfcrgen\"\n").unwrap();
    let directory = dir.path().to_str().unwrap().to_owned();
    for (n, (what, body, message)) in [
        ("url = []", "url = []", "`url` is an empty list"),
        ("url = 5", "url = 5", "(key `url`): invalid type: integer `5`, expected `url` to be an amqp:// URL or a list of them"),
        ("url = true", "url = true", "(key `url`)"),
        ("url = {}", "url = { a = 1 }", "(key `url`)"),
        ("url = [5]", "url = [5]", "each element of `url` to be an amqp:// URL"),
        ("user = 5", "user = 5", "at line 2 (key `user`)"),
        ("password = 5", &format!("password = 5\n# {SECRET}"), "(key `password`)"),
        ("vhost = 5", "vhost = 5", "(key `vhost`)"),
        ("api_url = 5", "api_url = 5", "(key `api_url`)"),
        ("insecure = 'yes'", "insecure = 'yes'", "(key `insecure`)"),
        ("ca_cert = 5", "ca_cert = 5", "(key `ca_cert`)"),
        ("an API URL with an ftp scheme", "api_url = 'ftp://h'", "config file: unsupported scheme in API URL"),
        ("frame_max below the minimum", "url = 'amqp://127.0.0.1?frame_max=10'", "config file: frame_max=10"),
        ("an empty vhost", "vhost = ''", "config file: '' is not a vhost name"),
        ("one bad URL of two", "url = ['amqp://127.0.0.1', 'ftp://h']", "config file: unsupported scheme 'ftp'"),
        ("a password in a bad URL", &format!("url = 'ftp://guest:{SECRET}@h'"), "ftp://guest:***@h"),
    ]
    .into_iter()
    .enumerate()
    {
        let path = dir.path().join(format!("config-{n}.toml"));
        std::fs::write(&path, format!("[profiles.default]\n{body}\n")).unwrap();
        cases.push(
            case(what, &["list-queues"], 78, message)
                .env("MQ_CONFIG", path.to_str().unwrap())
                .env("MQ_URL", "")
                .env("MQ_API_URL", ""),
        );
    }
    let shape = |what, text: &str, message: &str| {
        let path = dir.path().join(format!("{}.toml", cases_len_name(what)));
        std::fs::write(&path, text).unwrap();
        case(what, &["list-queues"], 78, message).env("MQ_CONFIG", path.to_str().unwrap())
    };
    cases.extend([
        shape("profiles = 5", "profiles = 5\n", "(key `profiles`)"),
        shape(
            "a profile that is no table",
            "[profiles]\ndefault = 5\n",
            "(key `default`)",
        ),
        shape(
            "an unknown top-level key",
            "colour = 'blue'\n",
            "unknown field `colour`",
        ),
        case(
            "MQ_PROFILE names no profile",
            &["list-queues"],
            78,
            "unknown profile 'nope'",
        )
        .env(
            "MQ_CONFIG",
            dir.path().join("config-0.toml").to_str().unwrap(),
        )
        .env("MQ_PROFILE", "nope"),
        case(
            "--config is a directory",
            &["--config", &directory, "list-queues"],
            78,
            "cannot read config file",
        ),
        case(
            "a config file that is not UTF-8",
            &["list-queues"],
            78,
            "cannot read config file",
        )
        .env("MQ_CONFIG", not_utf8.to_str().unwrap()),
        case(
            "--profile without a config file",
            &["--profile", "lab", "list-queues"],
            78,
            "there is no config file",
        ),
    ]);
    let count = check(&vhost, cases);
    assert!(count >= 23, "{count}");
    assert_unchanged(&vhost);
}

/// A file name for a case's config: its description without spaces.
fn cases_len_name(what: &str) -> String {
    what.chars().filter(char::is_ascii_alphanumeric).collect()
}

#[test]
fn names_the_broker_reserves_and_definitions_it_refuses() {
    let vhost = populated("bad-defs");
    let dir = temp_dir();
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let queue = |fields: &str| {
        format!(
            r#"{{"queues":[{{"name":"new-q","durable":true,"auto_delete":false,"arguments":{{}}{fields}}}]}}"#
        )
    };
    let durable_yes = queue(r#","durable":"yes""#).replace(r#""durable":true,"#, "");
    let import = |what, text: &str, code, message: &str| {
        let path = file(&format!("{}.json", cases_len_name(what)), text);
        case(what, &["import-definitions", &path], code, message)
    };
    let cases = vec![
        words(
            "a queue named amq.*",
            "declare-queue amq.mine",
            77,
            "reserved prefix 'amq.*'",
        ),
        words(
            "an exchange named amq.*",
            "declare-exchange amq.mine",
            77,
            "reserved prefix 'amq.*'",
        ),
        words("a missing queue to get from", "get nope", 66, "'nope'"),
        words("a missing queue to purge", "purge nope", 66, "'nope'"),
        words(
            "a missing vhost's topology",
            "topology",
            66,
            "does not exist",
        )
        .env("MQ_VHOST", "no-such-vhost-here"),
        words(
            "a missing vhost's bindings",
            "list-bindings",
            66,
            "does not exist",
        )
        .env("MQ_VHOST", "no-such-vhost-here"),
        words(
            "a missing vhost's definitions",
            "export-definitions",
            66,
            "vhost 'no-such-vhost-here' does not exist",
        )
        .env("MQ_VHOST", "no-such-vhost-here"),
        words(
            "a missing definitions file",
            "import-definitions /nonexistent/defs.json",
            66,
            "cannot read '/nonexistent/defs.json'",
        ),
        import(
            "definitions that are not JSON",
            "{",
            65,
            "is not definitions JSON",
        ),
        import(
            "definitions that are a list",
            "[]",
            65,
            "expected an object",
        ),
        import(
            "queues that are no list",
            r#"{"queues":5}"#,
            65,
            "`queues` must be a list of objects",
        ),
        import(
            "durable as text",
            &durable_yes,
            65,
            "queue 'new-q' in vhost '",
        ),
        import(
            "arguments as a list",
            &queue(r#","arguments":[]"#).replace(r#""arguments":{},"#, ""),
            65,
            "`arguments` must be an object",
        ),
        import(
            "a queue name as a number",
            r#"{"queues":[{"name":5,"durable":true}]}"#,
            65,
            "`name` must be a string",
        ),
        import(
            "an exchange type as a number",
            r#"{"exchanges":[{"name":"new-x","type":1,"durable":true}]}"#,
            65,
            "exchange 'new-x' in vhost '",
        ),
        import(
            "an internal flag as text",
            r#"{"exchanges":[{"name":"new-x","type":"direct","internal":"no"}]}"#,
            65,
            "`internal` must be true or false",
        ),
        import(
            "a binding key as a number",
            r#"{"bindings":[{"source":"existing-x","destination":"existing-q","destination_type":"queue","routing_key":7}]}"#,
            65,
            "binding from 'existing-x' in vhost '",
        ),
        import(
            "a bad queue argument",
            &queue("").replace("{}", r#"{"x-max-length":"abc"}"#),
            65,
            "invalid arg 'x-max-length' for queue 'new-q' in vhost",
        ),
        import(
            "an unknown exchange type",
            r#"{"exchanges":[{"name":"new-x","type":"nosuch","durable":true,"auto_delete":false,"internal":false,"arguments":{}}]}"#,
            65,
            "exchange 'new-x' in vhost '",
        ),
        case(
            "definitions on standard input, not JSON",
            &["import-definitions", "-"],
            65,
            "is not definitions JSON",
        )
        .stdin("nope"),
        case(
            "definitions on standard input, a list",
            &["import-definitions", "-"],
            65,
            "expected an object",
        )
        .stdin("[1]"),
        case(
            "definitions on standard input, durable as text",
            &["import-definitions", "-"],
            65,
            "`durable` must be true or false",
        )
        .stdin(&durable_yes),
        case(
            "no definitions on standard input",
            &["import-definitions", "-"],
            65,
            "is not definitions JSON",
        )
        .stdin(""),
    ];
    let count = check(&vhost, cases);
    assert!(count >= 23, "{count}");
    assert_unchanged(&vhost);
}

#[test]
fn bench_on_a_missing_queue_fails_before_publishing() {
    let vhost = populated("bench-missing");
    let run = vhost.outcome(&["bench", "--queue", "missing", "--duration", "5s"]);
    run.assert_failed(66, "missing");
    // Nothing was sent: no per-second line, no summary.
    assert_eq!(run.stdout, "", "{run:?}");
    assert_unchanged(&vhost);
}
