
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'mq' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'mq'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'mq' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('declare-exchange', 'declare-exchange', [CompletionResultType]::ParameterValue, 'Declare an exchange (default: direct, durable)')
            [CompletionResult]::new('declare-queue', 'declare-queue', [CompletionResultType]::ParameterValue, 'Declare a queue, optionally binding it; prints its name and message count')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Publish messages, with publisher confirms')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Print messages from a queue as they arrive, acking each after it is printed')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Take messages one at a time (basic.get) and print them; exit 2 when the queue is empty')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a queue (or, with --to-exchange, an exchange) to an exchange')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Remove a binding made by bind (same arguments)')
            [CompletionResult]::new('delete-exchange', 'delete-exchange', [CompletionResultType]::ParameterValue, 'Delete an exchange')
            [CompletionResult]::new('delete-queue', 'delete-queue', [CompletionResultType]::ParameterValue, 'Delete a queue; prints how many messages went with it')
            [CompletionResult]::new('delete_queue', 'delete_queue', [CompletionResultType]::ParameterValue, 'Delete a queue; prints how many messages went with it')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete every ready message of a queue; prints how many')
            [CompletionResult]::new('purge_queue', 'purge_queue', [CompletionResultType]::ParameterValue, 'Delete every ready message of a queue; prints how many')
            [CompletionResult]::new('list-exchanges', 'list-exchanges', [CompletionResultType]::ParameterValue, 'List exchanges: name type durable auto_delete internal')
            [CompletionResult]::new('list_exchanges', 'list_exchanges', [CompletionResultType]::ParameterValue, 'List exchanges: name type durable auto_delete internal')
            [CompletionResult]::new('list-queues', 'list-queues', [CompletionResultType]::ParameterValue, 'List queues with current message counts: name type durable messages ready unacked consumers state')
            [CompletionResult]::new('list_queues', 'list_queues', [CompletionResultType]::ParameterValue, 'List queues with current message counts: name type durable messages ready unacked consumers state')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every queue and every non-default exchange of the vhost')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Load test: producers and consumers on a scratch queue, rates and latency percentiles')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mq;declare-exchange' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Exchange type: direct, fanout, topic, headers, or a plugin''s type')
            [CompletionResult]::new('--arg', '--arg', [CompletionResultType]::ParameterName, 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--transient', '--transient', [CompletionResultType]::ParameterName, 'Not durable: gone when the broker restarts')
            [CompletionResult]::new('--auto-delete', '--auto-delete', [CompletionResultType]::ParameterName, 'Deleted when its last binding is removed')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Only other exchanges may publish to it')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;declare-queue' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Bind the queue to EXCHANGE with ROUTING_KEY (the part after the first '':'', may be empty)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Queue type (sent as x-queue-type; the broker''s default, classic, when absent)')
            [CompletionResult]::new('--max-length', '--max-length', [CompletionResultType]::ParameterName, 'At most N messages (x-max-length)')
            [CompletionResult]::new('--message-ttl', '--message-ttl', [CompletionResultType]::ParameterName, 'Messages expire after DURATION (x-message-ttl)')
            [CompletionResult]::new('--dead-letter-exchange', '--dead-letter-exchange', [CompletionResultType]::ParameterName, 'Dead-letter exchange for expired and rejected messages (x-dead-letter-exchange)')
            [CompletionResult]::new('--dead-letter-routing-key', '--dead-letter-routing-key', [CompletionResultType]::ParameterName, 'Routing key for dead-lettered messages [default: their own] (x-dead-letter-routing-key)')
            [CompletionResult]::new('--max-length-bytes', '--max-length-bytes', [CompletionResultType]::ParameterName, 'At most BYTES of message bodies (x-max-length-bytes; streams: total size kept)')
            [CompletionResult]::new('--overflow', '--overflow', [CompletionResultType]::ParameterName, 'What a full queue does: drop-head (the oldest), reject-publish (nack new messages) or reject-publish-dlx (x-overflow; streams do not take it)')
            [CompletionResult]::new('--delivery-limit', '--delivery-limit', [CompletionResultType]::ParameterName, 'Quorum queues: dead-letter (or drop) a message after N failed deliveries (x-delivery-limit)')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Streams: discard segments older than DURATION (x-max-age, e.g. 7d)')
            [CompletionResult]::new('--arg', '--arg', [CompletionResultType]::ParameterName, 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--transient', '--transient', [CompletionResultType]::ParameterName, 'Not durable: gone when the broker restarts')
            [CompletionResult]::new('--auto-delete', '--auto-delete', [CompletionResultType]::ParameterName, 'Deleted when its last consumer goes away')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;produce' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'What standard input (or --file) holds: text (each line a message body) or json (the JSON lines of ''consume --format json'', republished with their exchange, routing key, properties and headers; --exchange, --routing-key and property flags given here override the recorded ones)')
            [CompletionResult]::new('--exchange', '--exchange', [CompletionResultType]::ParameterName, 'Exchange to publish to [default: "" (the default exchange); ''integers'' with --random]')
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'Routing key [default: "", odd/even with --random]; on the default exchange, a queue name')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many messages: the MESSAGE arguments are cycled, stdin stops early, --file and --size repeat [default: each MESSAGE once, stdin to its end, 1 for --file/--size, forever for --random]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Pause between messages (0: as fast as possible) [default: 1s with --random, else 0]')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Messages per second (0: as fast as possible)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Send the whole of FILE as one message (repeated --count times); with --input json, read the recorded messages from FILE')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Send synthetic messages of BYTES bytes (load generation)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'content_type property [default: text/plain]')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A message header, typed like --arg (repeatable)')
            [CompletionResult]::new('--message-id', '--message-id', [CompletionResultType]::ParameterName, 'message_id property')
            [CompletionResult]::new('--correlation-id', '--correlation-id', [CompletionResultType]::ParameterName, 'correlation_id property')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'reply_to property')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'Per-message TTL: milliseconds as AMQP has it, or a duration such as 30s')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'priority property (0-255)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type property')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'app_id property')
            [CompletionResult]::new('--content-encoding', '--content-encoding', [CompletionResultType]::ParameterName, 'content_encoding property (e.g. gzip)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'timestamp property: ''now'', seconds since the epoch, or an RFC 3339 time')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'user_id property (the broker refuses any but the connected user''s name)')
            [CompletionResult]::new('--confirm-window', '--confirm-window', [CompletionResultType]::ParameterName, 'Most messages awaiting their confirm at once')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'After a lost connection, try to reconnect (to any --url, pausing 0.1s, doubling up to 2s) for this long, then give up with exit 69; 0: give up at once. What was not confirmed (produce) or acked (consume) is done again: at least once')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--random', '--random', [CompletionResultType]::ParameterName, 'The tutorial''s producer: random integers 1-100 to exchange ''integers'', routing key odd/even')
            [CompletionResult]::new('--skip-bad', '--skip-bad', [CompletionResultType]::ParameterName, 'With --input json: report a malformed line on stderr and go on (exit 1 at the end) instead of stopping there')
            [CompletionResult]::new('--transient', '--transient', [CompletionResultType]::ParameterName, 'Non-persistent messages (delivery_mode 1) [default: persistent, delivery_mode 2]')
            [CompletionResult]::new('--no-confirm', '--no-confirm', [CompletionResultType]::ParameterName, 'Do not ask for publisher confirms (faster; nothing is known to have arrived)')
            [CompletionResult]::new('--no-mandatory', '--no-mandatory', [CompletionResultType]::ParameterName, 'Do not publish mandatory: unroutable messages vanish silently')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;consume' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N messages')
            [CompletionResult]::new('--prefetch', '--prefetch', [CompletionResultType]::ParameterName, 'Most unacknowledged messages the broker sends ahead (basic.qos) [default: 500; 1 with --exec, so that other consumers get the messages this one is not working on]')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Stop when no message has come for DURATION')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output: text (the body) or json (one object a line with properties and headers)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run CMD (with sh -c) once per message, the body on its standard input; the message is acked when CMD exits 0 and rejected with requeue otherwise. Nothing is printed by mq; CMD sees MQ_EXCHANGE, MQ_ROUTING_KEY and MQ_REDELIVERED in its environment')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Stream queues only: where to start reading: first, last, next, an offset N, a time (RFC 3339, e.g. 2024-05-01T12:00:00Z) or a duration ago (e.g. 10m) [default: next]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'After a lost connection, try to reconnect (to any --url, pausing 0.1s, doubling up to 2s) for this long, then give up with exit 69; 0: give up at once. What was not confirmed (produce) or acked (consume) is done again: at least once')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--no-ack', '--no-ack', [CompletionResultType]::ParameterName, 'Let the broker forget each message as it sends it (no acknowledgements: a crash loses messages). With --count, each message is acked as it arrives instead, so that the broker sends no more than N')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'Reject each message after printing it instead of acknowledging it (dead-lettered or dropped)')
            [CompletionResult]::new('--requeue', '--requeue', [CompletionResultType]::ParameterName, 'With --reject: put rejected messages back in the queue')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;get' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Take up to N messages (fewer when the queue runs out)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output: text (the body) or json (one object a line with properties and headers)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--requeue', '--requeue', [CompletionResultType]::ParameterName, 'Put the messages back in the queue after printing them (they come back marked redelivered)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;bind' {
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'Routing key (direct and topic exchanges; a pattern such as ''logs.*'' for topic)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Headers exchanges: a header value to match, typed like --arg (repeatable)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Headers exchanges: match all the --header values, or any one of them (x-match)')
            [CompletionResult]::new('--arg', '--arg', [CompletionResultType]::ParameterName, 'Extra binding argument, typed: integers and true/false stay so, "quoted" stays a string')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--to-exchange', '--to-exchange', [CompletionResultType]::ParameterName, 'DESTINATION is an exchange (exchange-to-exchange binding)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;unbind' {
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'Routing key (direct and topic exchanges; a pattern such as ''logs.*'' for topic)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Headers exchanges: a header value to match, typed like --arg (repeatable)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Headers exchanges: match all the --header values, or any one of them (x-match)')
            [CompletionResult]::new('--arg', '--arg', [CompletionResultType]::ParameterName, 'Extra binding argument, typed: integers and true/false stay so, "quoted" stays a string')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--to-exchange', '--to-exchange', [CompletionResultType]::ParameterName, 'DESTINATION is an exchange (exchange-to-exchange binding)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;delete-exchange' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--if-unused', '--if-unused', [CompletionResultType]::ParameterName, 'Only if no queue or exchange is bound to it (else exit 65)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;delete-queue' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--if-empty', '--if-empty', [CompletionResultType]::ParameterName, 'Only if it holds no messages (else exit 65)')
            [CompletionResult]::new('--if-unused', '--if-unused', [CompletionResultType]::ParameterName, 'Only if it has no consumers (else exit 65)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;delete_queue' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--if-empty', '--if-empty', [CompletionResultType]::ParameterName, 'Only if it holds no messages (else exit 65)')
            [CompletionResult]::new('--if-unused', '--if-unused', [CompletionResultType]::ParameterName, 'Only if it has no consumers (else exit 65)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;purge' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;purge_queue' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;list-exchanges' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only objects whose name matches REGEX')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order (comma-separated)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--all-vhosts', '--all-vhosts', [CompletionResultType]::ParameterName, 'List every vhost (adds a vhost column first)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;list_exchanges' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only objects whose name matches REGEX')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order (comma-separated)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--all-vhosts', '--all-vhosts', [CompletionResultType]::ParameterName, 'List every vhost (adds a vhost column first)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;list-queues' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only objects whose name matches REGEX')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order (comma-separated)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--all-vhosts', '--all-vhosts', [CompletionResultType]::ParameterName, 'List every vhost (adds a vhost column first)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;list_queues' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only objects whose name matches REGEX')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order (comma-separated)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--all-vhosts', '--all-vhosts', [CompletionResultType]::ParameterName, 'List every vhost (adds a vhost column first)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;reset' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when standard input is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be deleted, delete nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;bench' {
            [CompletionResult]::new('--producers', '--producers', [CompletionResultType]::ParameterName, 'Producers, each on a connection of its own')
            [CompletionResult]::new('--consumers', '--consumers', [CompletionResultType]::ParameterName, 'Consumers, each on a connection of its own (acking every message)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Message size in bytes (at least 8: the body carries its send time)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long producers publish')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Messages per second for all producers together (0: as fast as possible)')
            [CompletionResult]::new('--confirm-window', '--confirm-window', [CompletionResultType]::ParameterName, 'Unconfirmed messages each producer keeps in flight (0: no publisher confirms)')
            [CompletionResult]::new('--queue-type', '--queue-type', [CompletionResultType]::ParameterName, 'Type of the scratch queue')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Use this existing queue instead of a scratch queue (it is neither declared nor deleted)')
            [CompletionResult]::new('--prefetch', '--prefetch', [CompletionResultType]::ParameterName, 'Prefetch of each consumer')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'text: a line a second and a summary; json: the summary as JSON (seconds go to stderr)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--persistent', '--persistent', [CompletionResultType]::ParameterName, 'Persistent messages (delivery_mode 2) [default: transient]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;completions' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]')
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL''s, else /]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name [env: MQ_USER] [default: the URL''s, else guest]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system''s [profile: ca_cert]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client certificate''s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the broker''s TLS certificate: unsafe, warned about on every run [profile: insecure = true]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no summaries, no progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say on stderr what mq connects to and does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mq;help' {
            [CompletionResult]::new('declare-exchange', 'declare-exchange', [CompletionResultType]::ParameterValue, 'Declare an exchange (default: direct, durable)')
            [CompletionResult]::new('declare-queue', 'declare-queue', [CompletionResultType]::ParameterValue, 'Declare a queue, optionally binding it; prints its name and message count')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Publish messages, with publisher confirms')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Print messages from a queue as they arrive, acking each after it is printed')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Take messages one at a time (basic.get) and print them; exit 2 when the queue is empty')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a queue (or, with --to-exchange, an exchange) to an exchange')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Remove a binding made by bind (same arguments)')
            [CompletionResult]::new('delete-exchange', 'delete-exchange', [CompletionResultType]::ParameterValue, 'Delete an exchange')
            [CompletionResult]::new('delete-queue', 'delete-queue', [CompletionResultType]::ParameterValue, 'Delete a queue; prints how many messages went with it')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete every ready message of a queue; prints how many')
            [CompletionResult]::new('list-exchanges', 'list-exchanges', [CompletionResultType]::ParameterValue, 'List exchanges: name type durable auto_delete internal')
            [CompletionResult]::new('list-queues', 'list-queues', [CompletionResultType]::ParameterValue, 'List queues with current message counts: name type durable messages ready unacked consumers state')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every queue and every non-default exchange of the vhost')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Load test: producers and consumers on a scratch queue, rates and latency percentiles')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mq;help;declare-exchange' {
            break
        }
        'mq;help;declare-queue' {
            break
        }
        'mq;help;produce' {
            break
        }
        'mq;help;consume' {
            break
        }
        'mq;help;get' {
            break
        }
        'mq;help;bind' {
            break
        }
        'mq;help;unbind' {
            break
        }
        'mq;help;delete-exchange' {
            break
        }
        'mq;help;delete-queue' {
            break
        }
        'mq;help;purge' {
            break
        }
        'mq;help;list-exchanges' {
            break
        }
        'mq;help;list-queues' {
            break
        }
        'mq;help;reset' {
            break
        }
        'mq;help;bench' {
            break
        }
        'mq;help;completions' {
            break
        }
        'mq;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
