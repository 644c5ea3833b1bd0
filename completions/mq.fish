# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mq_global_optspecs
    string join \n url= api-url= vhost= user= password-file= profile= config= timeout= ca-cert= client-cert= client-key= insecure q/quiet v/verbose h/help V/version
end

function __fish_mq_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mq_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mq_using_subcommand
    set -l cmd (__fish_mq_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mq -n "__fish_mq_needs_command" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_needs_command" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_needs_command" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_needs_command" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_needs_command" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_needs_command" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_needs_command" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_needs_command" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_needs_command" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_needs_command" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-exchange" -d 'Declare an exchange (default: direct, durable)'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-queue" -d 'Declare a queue, optionally binding it; prints its name and message count'
complete -c mq -n "__fish_mq_needs_command" -f -a "produce" -d 'Publish messages, with publisher confirms'
complete -c mq -n "__fish_mq_needs_command" -f -a "consume" -d 'Print messages from a queue as they arrive, acking each after it is printed'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-exchanges" -d 'List exchanges: name type durable auto_delete internal'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_exchanges" -d 'List exchanges: name type durable auto_delete internal'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-queues" -d 'List queues with current message counts: name type durable messages ready unacked consumers state'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_queues" -d 'List queues with current message counts: name type durable messages ready unacked consumers state'
complete -c mq -n "__fish_mq_needs_command" -f -a "reset" -d 'Delete every queue and every non-default exchange of the vhost'
complete -c mq -n "__fish_mq_needs_command" -f -a "completions" -d 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish)'
complete -c mq -n "__fish_mq_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l type -d 'Exchange type: direct, fanout, topic, headers, or a plugin\'s type' -r -f -a "direct\t''
fanout\t''
topic\t''
headers\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l arg -d 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l transient -d 'Not durable: gone when the broker restarts'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l auto-delete -d 'Deleted when its last binding is removed'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l internal -d 'Only other exchanges may publish to it'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s h -l help -d 'Print help'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l bind -d 'Bind the queue to EXCHANGE with ROUTING_KEY (the part after the first \':\', may be empty)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l type -d 'Queue type (sent as x-queue-type; the broker\'s default, classic, when absent)' -r -f -a "classic\t''
quorum\t''
stream\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l max-length -d 'At most N messages (x-max-length)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l message-ttl -d 'Messages expire after DURATION (x-message-ttl)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l dead-letter-exchange -d 'Dead-letter exchange for expired and rejected messages (x-dead-letter-exchange)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l arg -d 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l transient -d 'Not durable: gone when the broker restarts'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l auto-delete -d 'Deleted when its last consumer goes away'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s h -l help -d 'Print help'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand produce" -l exchange -d 'Exchange to publish to [default: "" (the default exchange); \'integers\' with --random]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l routing-key -d 'Routing key [default: "", odd/even with --random]; on the default exchange, a queue name' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l count -d 'How many messages: the MESSAGE arguments are cycled, stdin stops early, --file and --size repeat [default: each MESSAGE once, stdin to its end, 1 for --file/--size, forever for --random]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l interval -d 'Pause between messages (0: as fast as possible) [default: 1s with --random, else 0]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l rate -d 'Messages per second (0: as fast as possible)' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l file -d 'Send the whole of FILE as one message (repeated --count times)' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l size -d 'Send synthetic messages of BYTES bytes (load generation)' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l content-type -d 'content_type property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l header -d 'A message header, typed like --arg (repeatable)' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l message-id -d 'message_id property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l correlation-id -d 'correlation_id property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l reply-to -d 'reply_to property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l expiration -d 'Per-message TTL: milliseconds as AMQP has it, or a duration such as 30s' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l priority -d 'priority property (0-255)' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l type -d 'type property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l app-id -d 'app_id property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l confirm-window -d 'Most messages awaiting their confirm at once' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l random -d 'The tutorial\'s producer: random integers 1-100 to exchange \'integers\', routing key odd/even'
complete -c mq -n "__fish_mq_using_subcommand produce" -l transient -d 'Non-persistent messages (delivery_mode 1) [default: persistent, delivery_mode 2]'
complete -c mq -n "__fish_mq_using_subcommand produce" -l no-confirm -d 'Do not ask for publisher confirms (faster; nothing is known to have arrived)'
complete -c mq -n "__fish_mq_using_subcommand produce" -l no-mandatory -d 'Do not publish mandatory: unroutable messages vanish silently'
complete -c mq -n "__fish_mq_using_subcommand produce" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand produce" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand produce" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand produce" -s h -l help -d 'Print help'
complete -c mq -n "__fish_mq_using_subcommand produce" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand consume" -l count -d 'Stop after N messages' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l prefetch -d 'Most unacknowledged messages the broker sends ahead (basic.qos)' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l idle-timeout -d 'Stop when no message has come for DURATION' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l format -d 'Output: text (the body) or json (one object a line with properties and headers)' -r -f -a "text\t'The body, then a newline'
json\t'One JSON object a line: exchange, routing_key, redelivered, properties, body, body_encoding'"
complete -c mq -n "__fish_mq_using_subcommand consume" -l template -d 'Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l no-ack -d 'Let the broker forget each message as it sends it (no acknowledgements: a crash loses messages)'
complete -c mq -n "__fish_mq_using_subcommand consume" -l reject -d 'Reject each message after printing it instead of acknowledging it (dead-lettered or dropped)'
complete -c mq -n "__fish_mq_using_subcommand consume" -l requeue -d 'With --reject: put rejected messages back in the queue'
complete -c mq -n "__fish_mq_using_subcommand consume" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand consume" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand consume" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand consume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand consume" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l format -d 'Output format [default: table on a terminal, else tsv]' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l filter -d 'Only objects whose name matches REGEX' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l columns -d 'Only these columns, in this order (comma-separated)' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l format -d 'Output format [default: table on a terminal, else tsv]' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l filter -d 'Only objects whose name matches REGEX' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l columns -d 'Only these columns, in this order (comma-separated)' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_exchanges" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l format -d 'Output format [default: table on a terminal, else tsv]' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l filter -d 'Only objects whose name matches REGEX' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l columns -d 'Only these columns, in this order (comma-separated)' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l format -d 'Output format [default: table on a terminal, else tsv]' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l filter -d 'Only objects whose name matches REGEX' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l columns -d 'Only these columns, in this order (comma-separated)' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_queues" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_queues" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_queues" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_queues" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_queues" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand reset" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l yes -d 'Do it without asking (required when standard input is not a terminal)'
complete -c mq -n "__fish_mq_using_subcommand reset" -l dry-run -d 'Print what would be deleted, delete nothing'
complete -c mq -n "__fish_mq_using_subcommand reset" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand reset" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand reset" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand reset" -s h -l help -d 'Print help'
complete -c mq -n "__fish_mq_using_subcommand reset" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand completions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand completions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand completions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "declare-exchange" -d 'Declare an exchange (default: direct, durable)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "declare-queue" -d 'Declare a queue, optionally binding it; prints its name and message count'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "produce" -d 'Publish messages, with publisher confirms'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "consume" -d 'Print messages from a queue as they arrive, acking each after it is printed'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "list-exchanges" -d 'List exchanges: name type durable auto_delete internal'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "list-queues" -d 'List queues with current message counts: name type durable messages ready unacked consumers state'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "reset" -d 'Delete every queue and every non-default exchange of the vhost'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "completions" -d 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume list-exchanges list-queues reset completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
