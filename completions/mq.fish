# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mq_global_optspecs
    string join \n url= api-url= p/vhost= user= password-file= profile= config= timeout= ca-cert= client-cert= client-key= insecure q/quiet v/verbose h/help V/version
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
complete -c mq -n "__fish_mq_needs_command" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_needs_command" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_needs_command" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_needs_command" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_needs_command" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_needs_command" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_needs_command" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_needs_command" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_needs_command" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-exchange" -d 'Declare an exchange (default: direct, durable)'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare_exchange" -d 'Declare an exchange (default: direct, durable)'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-queue" -d 'Declare a queue, optionally binding it; prints its name and message count'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare_queue" -d 'Declare a queue, optionally binding it; prints its name and message count'
complete -c mq -n "__fish_mq_needs_command" -f -a "produce" -d 'Publish messages, with publisher confirms'
complete -c mq -n "__fish_mq_needs_command" -f -a "consume" -d 'Print messages from a queue as they arrive, acking each after it is printed'
complete -c mq -n "__fish_mq_needs_command" -f -a "get" -d 'Take messages one at a time (basic.get) and print them; exit 2 when the queue is empty'
complete -c mq -n "__fish_mq_needs_command" -f -a "tap" -d 'Print every message passing through exchanges, taking none from their queues'
complete -c mq -n "__fish_mq_needs_command" -f -a "move" -d 'Move the messages a queue holds to another queue, an exchange, or back where they died (--to-origin), acking each at the source once the destination confirmed it'
complete -c mq -n "__fish_mq_needs_command" -f -a "request" -d 'Send one request over direct reply-to and print its reply as consume prints; exit 75 when no reply came within --reply-timeout'
complete -c mq -n "__fish_mq_needs_command" -f -a "reply" -d 'Answer each request of a queue with a command\'s stdout (--exec) or a template, sent to the request\'s reply_to with its correlation id; a request is acked once its reply was confirmed'
complete -c mq -n "__fish_mq_needs_command" -f -a "bind" -d 'Bind a queue (or, with --to-exchange, an exchange) to an exchange'
complete -c mq -n "__fish_mq_needs_command" -f -a "unbind" -d 'Remove a binding made by bind (same arguments)'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete-exchange" -d 'Delete an exchange'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete_exchange" -d 'Delete an exchange'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete-queue" -d 'Delete a queue; prints how many messages went with it'
complete -c mq -n "__fish_mq_needs_command" -f -a "purge" -d 'Delete every ready message of a queue; prints how many'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-exchanges" -d 'List exchanges: name type durable auto_delete internal'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-queues" -d 'List queues with current message counts: name type durable messages ready unacked consumers state'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-bindings" -d 'List bindings: source destination destination_type routing_key arguments'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-connections" -d 'List client connections: name user peer_host peer_port state channels client'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-channels" -d 'List channels: name user consumer_count messages_unacknowledged'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-consumers" -d 'List consumers: queue channel consumer_tag ack_required prefetch_count active arguments'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-vhosts" -d 'List virtual hosts: name description tags tracing'
complete -c mq -n "__fish_mq_needs_command" -f -a "overview" -d 'The broker at a glance, one row: cluster version erlang connections channels exchanges queues consumers messages ready unacked'
complete -c mq -n "__fish_mq_needs_command" -f -a "export-definitions" -d 'Write the broker\'s definitions (or one vhost\'s, with --vhost) as JSON'
complete -c mq -n "__fish_mq_needs_command" -f -a "export_definitions" -d 'Write the broker\'s definitions (or one vhost\'s, with --vhost) as JSON'
complete -c mq -n "__fish_mq_needs_command" -f -a "import-definitions" -d 'Load definitions exported by export-definitions (or rabbitmqadmin) into the broker'
complete -c mq -n "__fish_mq_needs_command" -f -a "import_definitions" -d 'Load definitions exported by export-definitions (or rabbitmqadmin) into the broker'
complete -c mq -n "__fish_mq_needs_command" -f -a "topology" -d 'Draw the vhost\'s exchanges, bindings (keys) and queues (messages, consumers)'
complete -c mq -n "__fish_mq_needs_command" -f -a "reset" -d 'Delete every queue and every non-default exchange of the vhost'
complete -c mq -n "__fish_mq_needs_command" -f -a "bench" -d 'Load test: producers and consumers on a scratch queue, rates and latency percentiles'
complete -c mq -n "__fish_mq_needs_command" -f -a "completions" -d 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish)'
complete -c mq -n "__fish_mq_needs_command" -f -a "config" -d 'Show the settings in effect and where each came from; list the config file\'s profiles'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-vhost" -d 'Create a virtual host, or change what is given of an existing one (the rest is kept)'
complete -c mq -n "__fish_mq_needs_command" -f -a "add_vhost" -d 'Create a virtual host, or change what is given of an existing one (the rest is kept)'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete-vhost" -d 'Delete a virtual host with everything in it; says how many queues and messages went'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete_vhost" -d 'Delete a virtual host with everything in it; says how many queues and messages went'
complete -c mq -n "__fish_mq_needs_command" -f -a "set-vhost-limit" -d 'Limit a vhost\'s connections or queues'
complete -c mq -n "__fish_mq_needs_command" -f -a "set_vhost_limits" -d 'Limit a vhost\'s connections or queues'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear-vhost-limit" -d 'Remove a vhost\'s limit (or all of them)'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear_vhost_limits" -d 'Remove a vhost\'s limit (or all of them)'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-vhost-limits" -d 'List vhost limits: max_connections max_queues'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_vhost_limits" -d 'List vhost limits: max_connections max_queues'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-user" -d 'Create a user; the password from --new-password-file, standard input or a prompt'
complete -c mq -n "__fish_mq_needs_command" -f -a "add_user" -d 'Create a user; the password from --new-password-file, standard input or a prompt'
complete -c mq -n "__fish_mq_needs_command" -f -a "change-password" -d 'Set a user\'s password (its tags are kept); from --new-password-file, standard input or a prompt'
complete -c mq -n "__fish_mq_needs_command" -f -a "change_password" -d 'Set a user\'s password (its tags are kept); from --new-password-file, standard input or a prompt'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete-user" -d 'Delete a user, with its permissions'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete_user" -d 'Delete a user, with its permissions'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-users" -d 'List users: name tags'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_users" -d 'List users: name tags'
complete -c mq -n "__fish_mq_needs_command" -f -a "set-permissions" -d 'Let a user configure, write and read what three regexes match, in the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "set_permissions" -d 'Let a user configure, write and read what three regexes match, in the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear-permissions" -d 'Take every permission of a user in the vhost (--vhost) away'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear_permissions" -d 'Take every permission of a user in the vhost (--vhost) away'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-permissions" -d 'List permissions: user configure write read'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_permissions" -d 'List permissions: user configure write read'
complete -c mq -n "__fish_mq_needs_command" -f -a "set-topic-permissions" -d 'Let a user publish to and bind from a topic exchange with what two regexes match'
complete -c mq -n "__fish_mq_needs_command" -f -a "set_topic_permissions" -d 'Let a user publish to and bind from a topic exchange with what two regexes match'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear-topic-permissions" -d 'Take every topic permission of a user in the vhost (--vhost) away'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear_topic_permissions" -d 'Take every topic permission of a user in the vhost (--vhost) away'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-topic-permissions" -d 'List topic permissions: user exchange write read'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_topic_permissions" -d 'List topic permissions: user exchange write read'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-policy" -d 'Apply a definition (max-length, dead-lettering…) to the queues or exchanges a regex names'
complete -c mq -n "__fish_mq_needs_command" -f -a "set_policy" -d 'Apply a definition (max-length, dead-lettering…) to the queues or exchanges a regex names'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete-policy" -d 'Delete a policy of the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear_policy" -d 'Delete a policy of the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-policies" -d 'List policies: name pattern apply_to definition priority'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_policies" -d 'List policies: name pattern apply_to definition priority'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-operator-policy" -d 'Cap what users\' policies and arguments may set (max-length, message-ttl…), per vhost'
complete -c mq -n "__fish_mq_needs_command" -f -a "set_operator_policy" -d 'Cap what users\' policies and arguments may set (max-length, message-ttl…), per vhost'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete-operator-policy" -d 'Delete an operator policy of the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear_operator_policy" -d 'Delete an operator policy of the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-operator-policies" -d 'List operator policies: name pattern apply_to definition priority'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_operator_policies" -d 'List operator policies: name pattern apply_to definition priority'
complete -c mq -n "__fish_mq_needs_command" -f -a "close-connection" -d 'Close client connections: by name, or every one of a user (--of) or matching --filter'
complete -c mq -n "__fish_mq_needs_command" -f -a "close_connection" -d 'Close client connections: by name, or every one of a user (--of) or matching --filter'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-parameters" -d 'List runtime parameters: component name value'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_parameters" -d 'List runtime parameters: component name value'
complete -c mq -n "__fish_mq_needs_command" -f -a "set-parameter" -d 'Set a runtime parameter of a component in the vhost (--vhost); its value from typed KEY=VALUEs'
complete -c mq -n "__fish_mq_needs_command" -f -a "set_parameter" -d 'Set a runtime parameter of a component in the vhost (--vhost); its value from typed KEY=VALUEs'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear-parameter" -d 'Remove a runtime parameter of a component in the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "clear_parameter" -d 'Remove a runtime parameter of a component in the vhost (--vhost)'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-global-parameters" -d 'List global runtime parameters: name value'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_global_parameters" -d 'List global runtime parameters: name value'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-nodes" -d 'List the cluster\'s nodes: running, uptime, memory and disk against their limits, file descriptors, alarms, partitions'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_nodes" -d 'List the cluster\'s nodes: running, uptime, memory and disk against their limits, file descriptors, alarms, partitions'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-feature-flags" -d 'List feature flags: name state stability provided_by'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_feature_flags" -d 'List feature flags: name state stability provided_by'
complete -c mq -n "__fish_mq_needs_command" -f -a "enable-feature-flag" -d 'Enable a feature flag, or --all the stable ones not enabled yet (there is no disabling)'
complete -c mq -n "__fish_mq_needs_command" -f -a "enable_feature_flag" -d 'Enable a feature flag, or --all the stable ones not enabled yet (there is no disabling)'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-deprecated-features" -d 'List deprecated features: name deprecation_phase state provided_by'
complete -c mq -n "__fish_mq_needs_command" -f -a "list_deprecated_features" -d 'List deprecated features: name deprecation_phase state provided_by'
complete -c mq -n "__fish_mq_needs_command" -f -a "rebalance-queues" -d 'Move queue leaders so that each running node of the cluster leads about as many'
complete -c mq -n "__fish_mq_needs_command" -f -a "rebalance_queues" -d 'Move queue leaders so that each running node of the cluster leads about as many'
complete -c mq -n "__fish_mq_needs_command" -f -a "check" -d 'Check the broker\'s health: alarms, listeners, quorum-critical, deprecated features, vhosts, certificates, a probe'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-shovels" -d 'List shovels and their state: name type state src_uri src_queue dest_uri dest_queue dest_exchange reason'
complete -c mq -n "__fish_mq_needs_command" -f -a "shovel_status" -d 'List shovels and their state: name type state src_uri src_queue dest_uri dest_queue dest_exchange reason'
complete -c mq -n "__fish_mq_needs_command" -f -a "declare-shovel" -d 'Move messages from a queue to a queue or exchange, here or on another broker, for good (a dynamic shovel)'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete-shovel" -d 'Delete a dynamic shovel of the vhost (--vhost); it stops at once'
complete -c mq -n "__fish_mq_needs_command" -f -a "delete_shovel" -d 'Delete a dynamic shovel of the vhost (--vhost); it stops at once'
complete -c mq -n "__fish_mq_needs_command" -f -a "list-federation-links" -d 'List federation links and their status: upstream type exchange queue status error'
complete -c mq -n "__fish_mq_needs_command" -f -a "federation_status" -d 'List federation links and their status: upstream type exchange queue status error'
complete -c mq -n "__fish_mq_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l type -d 'Exchange type: direct, fanout, topic, headers, or a plugin\'s type' -r -f -a "direct\t''
fanout\t''
topic\t''
headers\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l arg -d 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l transient -d 'Not durable: gone when the broker restarts'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l auto-delete -d 'Deleted when its last binding is removed'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l internal -d 'Only other exchanges may publish to it'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare-exchange" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l type -d 'Exchange type: direct, fanout, topic, headers, or a plugin\'s type' -r -f -a "direct\t''
fanout\t''
topic\t''
headers\t''"
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l arg -d 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l transient -d 'Not durable: gone when the broker restarts'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l auto-delete -d 'Deleted when its last binding is removed'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l internal -d 'Only other exchanges may publish to it'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare_exchange" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l bind -d 'Bind the queue to EXCHANGE with ROUTING_KEY (the part after the first \':\', may be empty)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l type -d 'Queue type (sent as x-queue-type; the broker\'s default, classic, when absent)' -r -f -a "classic\t''
quorum\t''
stream\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l max-length -d 'At most N messages (x-max-length) [range: 0 to 2^63-1]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l message-ttl -d 'Messages expire after DURATION (x-message-ttl) [range: 0 to 4294967295ms, about 49d]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l dead-letter-exchange -d 'Dead-letter exchange for expired and rejected messages (x-dead-letter-exchange)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l dead-letter-routing-key -d 'Routing key for dead-lettered messages [default: their own] (x-dead-letter-routing-key)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l max-length-bytes -d 'At most BYTES of message bodies (x-max-length-bytes; streams: total size kept) [range: 0 to 2^63-1]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l overflow -d 'What a full queue does: drop-head (the oldest), reject-publish (nack new messages) or reject-publish-dlx (x-overflow; streams do not take it)' -r -f -a "drop-head\t''
reject-publish\t''
reject-publish-dlx\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l delivery-limit -d 'Quorum queues: dead-letter (or drop) a message after N failed deliveries (x-delivery-limit) [range: 0 to 4294967295]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l max-age -d 'Streams: discard segments older than DURATION (x-max-age, e.g. 7d) [range: 1s to 100y]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l arg -d 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l transient -d 'Not durable: gone when the broker restarts'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l auto-delete -d 'Deleted when its last consumer goes away'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare-queue" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l bind -d 'Bind the queue to EXCHANGE with ROUTING_KEY (the part after the first \':\', may be empty)' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l type -d 'Queue type (sent as x-queue-type; the broker\'s default, classic, when absent)' -r -f -a "classic\t''
quorum\t''
stream\t''"
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l max-length -d 'At most N messages (x-max-length) [range: 0 to 2^63-1]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l message-ttl -d 'Messages expire after DURATION (x-message-ttl) [range: 0 to 4294967295ms, about 49d]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l dead-letter-exchange -d 'Dead-letter exchange for expired and rejected messages (x-dead-letter-exchange)' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l dead-letter-routing-key -d 'Routing key for dead-lettered messages [default: their own] (x-dead-letter-routing-key)' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l max-length-bytes -d 'At most BYTES of message bodies (x-max-length-bytes; streams: total size kept) [range: 0 to 2^63-1]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l overflow -d 'What a full queue does: drop-head (the oldest), reject-publish (nack new messages) or reject-publish-dlx (x-overflow; streams do not take it)' -r -f -a "drop-head\t''
reject-publish\t''
reject-publish-dlx\t''"
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l delivery-limit -d 'Quorum queues: dead-letter (or drop) a message after N failed deliveries (x-delivery-limit) [range: 0 to 4294967295]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l max-age -d 'Streams: discard segments older than DURATION (x-max-age, e.g. 7d) [range: 1s to 100y]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l arg -d 'Extra argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l transient -d 'Not durable: gone when the broker restarts'
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l auto-delete -d 'Deleted when its last consumer goes away'
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare_queue" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand produce" -l input -d 'What standard input (or --file) holds: text (each line a message body) or json (the JSON lines of \'consume --format json\', republished with their exchange, routing key, properties and headers; --exchange, --routing-key and property flags given here override the recorded ones)' -r -f -a "text\t'Each line is one message body'
json\t'Each line is a message as \'consume --format json\' writes it'"
complete -c mq -n "__fish_mq_using_subcommand produce" -l from-dir -d 'Republish the messages \'consume --save-dir\' saved in DIR, in their order, as --input json does those of a file' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l speed -d 'With --timed: replay X times as fast (0.5: half as fast) [default: 1] [range: above 0, at most 1000]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l exchange -d 'Exchange to publish to [default: "" (the default exchange); \'integers\' with --random]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l routing-key -d 'Routing key [default: "", odd/even with --random]; on the default exchange, a queue name' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l count -d 'How many messages: the MESSAGE arguments are cycled, stdin stops early, --file and --size repeat [default: each MESSAGE once, stdin to its end, 1 for --file/--size, forever for --random] [range: 0 to 2^64-1]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l interval -d 'Pause between messages (0: as fast as possible) [default: 1s with --random, else 0] [range: 0 to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l rate -d 'Messages per second (0: as fast as possible) [range: 0, or 0.001 to 10000000]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l file -d 'Send the whole of FILE as one message (repeated --count times); with --input json, read the recorded messages from FILE' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l size -d 'Send synthetic messages of BYTES bytes (load generation) [range: 0 to 536870912 (512 MiB); brokers refuse more than their max_message_size, 128 MiB by default on 4.x]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l body-template -d 'Render each body from TEMPLATE (realistic load): {seq} (the message\'s number, from 1), {random:A-B} (an integer from A to B inclusive), {uuid} (v4), {now} (RFC 3339 UTC with milliseconds), {hostname}; \'{{\' and \'}}\' for literal braces. The text values of --header are templates too, rendered per message [default --count: 1]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l content-type -d 'content_type property [default: text/plain]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l header -d 'A message header, typed like --arg (repeatable)' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l message-id -d 'message_id property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l correlation-id -d 'correlation_id property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l reply-to -d 'reply_to property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l expiration -d 'Per-message TTL: milliseconds as AMQP has it, or a duration such as 30s' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l priority -d 'priority property [range: 0 to 255]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l type -d 'type property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l app-id -d 'app_id property' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l content-encoding -d 'content_encoding property (e.g. gzip)' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l timestamp -d 'timestamp property: \'now\', seconds since the epoch, or an RFC 3339 time' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l user-id -d 'user_id property (the broker refuses any but the connected user\'s name)' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l stream-filter-value -d 'Streams, RabbitMQ 3.13 and later: the message\'s filter value (header x-stream-filter-value), which \'consume --stream-filter\' selects by' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l confirm-window -d 'Most messages awaiting their confirm at once [range: 1 to 100000]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l connections -d 'Publish over N connections at once (throughput beyond one connection\'s): the input is shared out message by message to whichever connection is ready, --count and --rate are totals, and each connection has its own --confirm-window. Order holds per connection only [range: 1 to 64]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l reconnect-for -d 'After a lost connection, try to reconnect (to any --url, pausing 0.1s, doubling up to 2s) for this long, then give up with exit 69; 0: give up at once. What was not confirmed (produce) or acked (consume) is done again: at least once [range: 0 to 7d]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand produce" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand produce" -l random -d 'The tutorial\'s producer: random integers 1-100 to exchange \'integers\', routing key odd/even'
complete -c mq -n "__fish_mq_using_subcommand produce" -l skip-bad -d 'With --input json or --from-dir: report a malformed message on stderr and go on (exit 1 at the end) instead of stopping there'
complete -c mq -n "__fish_mq_using_subcommand produce" -l timed -d 'With --input json or --from-dir: publish at the pace the messages were received at, the intervals between their received_at times (else their timestamp property, whole seconds)'
complete -c mq -n "__fish_mq_using_subcommand produce" -l transient -d 'Non-persistent messages (delivery_mode 1) [default: persistent, delivery_mode 2]'
complete -c mq -n "__fish_mq_using_subcommand produce" -l no-confirm -d 'Do not ask for publisher confirms (faster; nothing is known to have arrived)'
complete -c mq -n "__fish_mq_using_subcommand produce" -l no-mandatory -d 'Do not publish mandatory: unroutable messages vanish silently'
complete -c mq -n "__fish_mq_using_subcommand produce" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand produce" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand produce" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand produce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand produce" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand consume" -l count -d 'Stop after N messages [range: 1 to 2^64-1]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l prefetch -d 'Most unacknowledged messages the broker sends ahead (basic.qos) [default: 500; 1 with --exec, so that other consumers get the messages this one is not working on] [range: 0 (no limit) to 65535]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l idle-timeout -d 'Stop when no message has come for DURATION [range: 0 to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l template -d 'Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l exec -d 'Run CMD (with sh -c) once per message, the body on its standard input; the message is acked when CMD exits 0 and rejected with requeue otherwise. Nothing is printed by mq; CMD sees MQ_EXCHANGE, MQ_ROUTING_KEY and MQ_REDELIVERED in its environment. A quorum queue drops or dead-letters a message requeued more often than its delivery limit (20 by default since RabbitMQ 4.0); mq says when one nears it' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l offset -d 'Stream queues only: where to start reading: first, last, next, an offset N, a time (RFC 3339, e.g. 2024-05-01T12:00:00Z) or a duration ago (e.g. 10m) [default: next]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l filter -d 'Print (or --exec) only the messages that match; needs --requeue-unmatched: a jq expression over the message as consume --format json prints it (.exchange .routing_key .redelivered .properties.NAME .properties.headers.NAME .body .body_encoding) and .json, the body read as JSON (null if it is not); a message matches when it yields anything but false or null (e.g. \'.json.amount > 100\', \'.properties.headers.tenant == "acme"\', \'.body | test("timeout")\')' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l stream-filter -d 'Stream queues, RabbitMQ 3.13 and later: only the messages published with filter value VALUE (produce --stream-filter-value); repeat it for several values. The broker filters by chunk, mq drops the rest' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l save-dir -d 'Save each message into DIR instead of printing it: NNNNNN.body (the body) and NNNNNN.json (its envelope), from 000001, acked once both are written; DIR new or empty' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l reconnect-for -d 'After a lost connection, try to reconnect (to any --url, pausing 0.1s, doubling up to 2s) for this long, then give up with exit 69; 0: give up at once. What was not confirmed (produce) or acked (consume) is done again: at least once [range: 0 to 7d]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -s f -l format -d 'Output: text (the body) or json (one object a line with properties and headers)' -r -f -a "text\t'The body, then a newline'
json\t'One JSON object a line: exchange, routing_key, redelivered, properties (headers as plain JSON), amqp_types (the header types plain JSON would lose), body, body_encoding'"
complete -c mq -n "__fish_mq_using_subcommand consume" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand consume" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand consume" -l no-ack -d 'Let the broker forget each message as it sends it (no acknowledgements: a crash loses messages). With --count, each message is acked as it arrives instead, so that the broker sends no more than N'
complete -c mq -n "__fish_mq_using_subcommand consume" -l reject -d 'Reject each message after printing it instead of acknowledging it (dead-lettered or dropped)'
complete -c mq -n "__fish_mq_using_subcommand consume" -l requeue -d 'With --reject: put rejected messages back in the queue. A quorum queue drops or dead-letters a message put back more often than its delivery limit (20 by default since RabbitMQ 4.0); mq says when one nears it'
complete -c mq -n "__fish_mq_using_subcommand consume" -l requeue-unmatched -d 'With --filter: put each message that does not match back in the queue at once. The broker delivers it again (to the head of the queue), to this consumer or another, for as long as consume runs: when the first --prefetch messages all fail to match, consume sees only them'
complete -c mq -n "__fish_mq_using_subcommand consume" -l match-unfiltered -d 'With --stream-filter: the messages published without a filter value too'
complete -c mq -n "__fish_mq_using_subcommand consume" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand consume" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand consume" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand consume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand consume" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand get" -l count -d 'Take up to N messages (fewer when the queue runs out) [range: 1 to 2^64-1]' -r
complete -c mq -n "__fish_mq_using_subcommand get" -l template -d 'Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}' -r
complete -c mq -n "__fish_mq_using_subcommand get" -l filter -d 'Print (and take) only the messages that match, up to --count, looking through the queue until it runs out; the others are put back unprinted at the end, where they were: a jq expression over the message as consume --format json prints it (.exchange .routing_key .redelivered .properties.NAME .properties.headers.NAME .body .body_encoding) and .json, the body read as JSON (null if it is not); a message matches when it yields anything but false or null (e.g. \'.json.amount > 100\', \'.properties.headers.tenant == "acme"\', \'.body | test("timeout")\')' -r
complete -c mq -n "__fish_mq_using_subcommand get" -s f -l format -d 'Output: text (the body) or json (one object a line with properties and headers)' -r -f -a "text\t'The body, then a newline'
json\t'One JSON object a line: exchange, routing_key, redelivered, properties (headers as plain JSON), amqp_types (the header types plain JSON would lose), body, body_encoding'"
complete -c mq -n "__fish_mq_using_subcommand get" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand get" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand get" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand get" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand get" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand get" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand get" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand get" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand get" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand get" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand get" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand get" -l requeue -d 'Put the messages back in the queue after printing them (they come back marked redelivered)'
complete -c mq -n "__fish_mq_using_subcommand get" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand get" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand get" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand get" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand tap" -l header -d 'Headers exchanges: a header value to match, typed like bind\'s --header (repeatable)' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l match -d 'Headers exchanges: match all the --header values, or any one of them (x-match)' -r -f -a "all\t'Every header must match'
any\t'One matching header is enough'"
complete -c mq -n "__fish_mq_using_subcommand tap" -l count -d 'Stop after N messages [range: 1 to 2^64-1]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l idle-timeout -d 'Stop when no message has come for DURATION [range: 0 to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l template -d 'Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l filter -d 'Print only the messages that match (the others are skipped; --count counts those printed): a jq expression over the message as consume --format json prints it (.exchange .routing_key .redelivered .properties.NAME .properties.headers.NAME .body .body_encoding) and .json, the body read as JSON (null if it is not); a message matches when it yields anything but false or null (e.g. \'.json.amount > 100\', \'.properties.headers.tenant == "acme"\', \'.body | test("timeout")\')' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -s f -l format -d 'Output: text (the body) or json (one object a line, with the exchange it passed through)' -r -f -a "text\t'The body, then a newline'
json\t'One JSON object a line: exchange, routing_key, redelivered, properties (headers as plain JSON), amqp_types (the header types plain JSON would lose), body, body_encoding'"
complete -c mq -n "__fish_mq_using_subcommand tap" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand tap" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand tap" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand tap" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand tap" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand tap" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand tap" -l trace -d 'Show publishes and deliveries (with their exchange, routing keys and queue) from the firehose (amq.rabbitmq.trace), of the named exchanges only if any are named. Turns tracing on for the vhost (management API, administrator tag) while it runs and back off when it ends, if it was off; after a SIGKILL, \'rabbitmqctl trace_off -p VHOST\' turns it off'
complete -c mq -n "__fish_mq_using_subcommand tap" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand tap" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand tap" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand tap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand tap" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand move" -l to -d 'Move the messages to this queue (through the default exchange)' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l to-exchange -d 'Publish the messages to this exchange, each with its own routing key (or --routing-key)' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l routing-key -d 'With --to-exchange: the routing key for every message [default: each message\'s own]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l to-vhost -d 'Publish into this vhost [default: the source\'s, or the --to-url\'s]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l to-url -d 'Publish to another broker (amqp:// or amqps://, its own user and password) [default: the source\'s broker]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l count -d 'Move at most N messages [range: 1 to 2^64-1]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l filter -d 'Move only the messages that match; the others stay in the source, where they were (each message the queue held at the start is looked at once): a jq expression over the message as consume --format json prints it (.exchange .routing_key .redelivered .properties.NAME .properties.headers.NAME .body .body_encoding) and .json, the body read as JSON (null if it is not); a message matches when it yields anything but false or null (e.g. \'.json.amount > 100\', \'.properties.headers.tenant == "acme"\', \'.body | test("timeout")\')' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l confirm-window -d 'Most messages published and not yet confirmed (and so not yet acked at the source) at once: the most duplicates a move killed half-way can leave [range: 2 to 10000]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand move" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand move" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand move" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand move" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand move" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand move" -l to-origin -d 'Send each dead-lettered message back where it died: the exchange and routing key of its latest x-death entry (else x-first-death-queue, through the default exchange). A message with no death record stays in the source'
complete -c mq -n "__fish_mq_using_subcommand move" -l keep-death-headers -d 'With --to-origin: keep the death headers (x-death, x-first-death-*, x-last-death-*) on the messages sent back [default: removed, so the message is not seen as dead already; RabbitMQ 4.x keeps a republished x-death as a plain header and counts deaths anew]'
complete -c mq -n "__fish_mq_using_subcommand move" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand move" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand move" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand move" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand request" -l exchange -d 'Exchange to publish the request to [default: the default exchange]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l routing-key -d 'Routing key of the request (with the default exchange: the queue `mq reply` answers)' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l reply-timeout -d 'How long to wait for the reply; none by then: exit 75 [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l template -d 'Format the reply: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}' -r
complete -c mq -n "__fish_mq_using_subcommand request" -s f -l format -d 'Output of the reply: text (the body) or json (one object with properties and headers)' -r -f -a "text\t'The body, then a newline'
json\t'One JSON object a line: exchange, routing_key, redelivered, properties (headers as plain JSON), amqp_types (the header types plain JSON would lose), body, body_encoding'"
complete -c mq -n "__fish_mq_using_subcommand request" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand request" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand request" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand request" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand request" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand request" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand request" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand request" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand request" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand request" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand reply" -l exec -d 'Run CMD (with sh -c) once per request, the body on its standard input; its standard output is the reply. A request whose CMD fails is rejected (not requeued) and answered not at all; CMD sees MQ_EXCHANGE, MQ_ROUTING_KEY and MQ_REDELIVERED in its environment' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l template -d 'Answer each request with this template rendered over it: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l count -d 'Stop after answering N requests [range: 1 to 2^64-1]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l idle-timeout -d 'Stop when no request has come for DURATION [range: 0 to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reply" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reply" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand reply" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reply" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reply" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reply" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand reply" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand reply" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand reply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand reply" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand bind" -l routing-key -d 'Routing key (direct and topic exchanges; a pattern such as \'logs.*\' for topic)' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l header -d 'Headers exchanges: a header value to match, typed like --arg (repeatable)' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l match -d 'Headers exchanges: match all the --header values, or any one of them (x-match)' -r -f -a "all\t'Every header must match'
any\t'One matching header is enough'"
complete -c mq -n "__fish_mq_using_subcommand bind" -l arg -d 'Extra binding argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bind" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bind" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand bind" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bind" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bind" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bind" -l to-exchange -d 'DESTINATION is an exchange (exchange-to-exchange binding)'
complete -c mq -n "__fish_mq_using_subcommand bind" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand bind" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand bind" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand bind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand bind" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand unbind" -l routing-key -d 'Routing key (direct and topic exchanges; a pattern such as \'logs.*\' for topic)' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l header -d 'Headers exchanges: a header value to match, typed like --arg (repeatable)' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l match -d 'Headers exchanges: match all the --header values, or any one of them (x-match)' -r -f -a "all\t'Every header must match'
any\t'One matching header is enough'"
complete -c mq -n "__fish_mq_using_subcommand unbind" -l arg -d 'Extra binding argument, typed: integers and true/false stay so, "quoted" stays a string' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand unbind" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand unbind" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand unbind" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand unbind" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand unbind" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand unbind" -l to-exchange -d 'DESTINATION is an exchange (exchange-to-exchange binding)'
complete -c mq -n "__fish_mq_using_subcommand unbind" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand unbind" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand unbind" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand unbind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand unbind" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l if-unused -d 'Only if no queue or exchange is bound to it (else exit 65)'
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete-exchange" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l if-unused -d 'Only if no queue or exchange is bound to it (else exit 65)'
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete_exchange" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l if-empty -d 'Only if it holds no messages (else exit 65)'
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l if-unused -d 'Only if it has no consumers (else exit 65)'
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete-queue" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand purge" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand purge" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand purge" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand purge" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand purge" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand purge" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand purge" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand purge" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand purge" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand purge" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand purge" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand purge" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand purge" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand purge" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand purge" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-exchanges" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l watch -d 'Redraw every INTERVAL (default and least 5s, the management API\'s sampling of its rates; at most 24h) on a terminal, with in/s and out/s rates per queue' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-queues" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-bindings" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-connections" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-connections" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-connections" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-connections" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-connections" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-channels" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-channels" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-channels" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-channels" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-channels" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-consumers" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-vhosts" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand overview" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand overview" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand overview" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand overview" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand overview" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand overview" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand overview" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand overview" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand overview" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand overview" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand overview" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand overview" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand overview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand overview" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l transform -d 'Change what is written, in the order given (comma-separated or repeated): strip-ha (remove classic mirroring\'s ha-* policy keys, which RabbitMQ 4.x refuses, and the policies left empty), no-users, no-permissions (also topic permissions), obfuscate-passwords (empty every password hash)' -r -f -a "strip-ha\t''
no-users\t''
no-permissions\t''
obfuscate-passwords\t''"
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand export-definitions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l transform -d 'Change what is written, in the order given (comma-separated or repeated): strip-ha (remove classic mirroring\'s ha-* policy keys, which RabbitMQ 4.x refuses, and the policies left empty), no-users, no-permissions (also topic permissions), obfuscate-passwords (empty every password hash)' -r -f -a "strip-ha\t''
no-users\t''
no-permissions\t''
obfuscate-passwords\t''"
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand export_definitions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l dry-run -d 'Say what the import would create or change, object by object, and import nothing'
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand import-definitions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l dry-run -d 'Say what the import would create or change, object by object, and import nothing'
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand import_definitions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand topology" -l watch -d 'Redraw every INTERVAL (default and least 5s, the management API\'s sampling of its rates; at most 24h) on a terminal, with each queue\'s in/out rates' -r
complete -c mq -n "__fish_mq_using_subcommand topology" -s f -l format -d 'tree (for the terminal), dot (Graphviz), mermaid, or json (the graph as data)' -r -f -a "tree\t'An indented tree, for the terminal'
dot\t'Graphviz source (`mq topology --format dot | dot -Tsvg > topology.svg`)'
mermaid\t'Mermaid flowchart source'
json\t'The graph as data: exchanges, queues, bindings, dead letters'"
complete -c mq -n "__fish_mq_using_subcommand topology" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand topology" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand topology" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand topology" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand topology" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand topology" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand topology" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand topology" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand topology" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand topology" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand topology" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand topology" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand topology" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand topology" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand topology" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand topology" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand reset" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand reset" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand reset" -l yes -d 'Do it without asking (required when standard input is not a terminal)'
complete -c mq -n "__fish_mq_using_subcommand reset" -l dry-run -d 'Print what would be deleted, delete nothing'
complete -c mq -n "__fish_mq_using_subcommand reset" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand reset" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand reset" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand reset" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand bench" -l producers -d 'Producers, each on a connection of its own [range: 0 to 1000]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l consumers -d 'Consumers, each on a connection of its own (acking every message) [range: 0 to 1000]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l channels-per-connection -d 'Consuming channels on each consumer\'s connection, each with its own prefetch and share of the queues (producers have one channel each: a publisher is a connection) [range: 1 to 100]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l size -d 'Message size in bytes, or MIN-MAX for sizes drawn at random in that range [range: 8 (the body carries its send time) to 536870912 (512 MiB); brokers refuse more than their max_message_size, 128 MiB by default on 4.x]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l duration -l time -d 'How long producers publish (PerfTest\'s --time is the same flag) [default: 10s unless --count or --until-empty] [range: 1s to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l count -d 'Messages to publish, all producers together; the run ends once they are confirmed and consumed (or at --duration) [range: 1 to 2^64-1]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l rate -d 'Messages per second for all producers together (0: as fast as possible), or steps RATE:DURATION,RATE:DURATION... run in turn and repeated (a step of 0 is a pause) [range of a rate: 0, or 0.001 to 10000000]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l confirm-window -d 'Unconfirmed messages each producer keeps in flight (0: no publisher confirms) [range: 0 to 100000]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l queue-type -d 'Type of the scratch queues' -r -f -a "classic\t''
quorum\t''
stream\t''"
complete -c mq -n "__fish_mq_using_subcommand bench" -l queue -d 'Use this existing queue instead of a scratch queue (it is neither declared nor deleted)' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l queues -d 'Scratch queues, declared for the run and deleted after; producers spread their messages over them, every queue has a consumer [range: 1 to 1000]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l queue-pattern -d 'Names of the scratch queues, \'%d\' standing for 1 to --queues (e.g. \'q-%d\') [default: mq-bench-PID-RANDOM-%d]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l exchange-type -d 'Publish through a scratch exchange of this type, each queue bound to it (fanout: every queue gets every message) [default: the default exchange; direct with --routing-keys]' -r -f -a "direct\t''
fanout\t''
topic\t''"
complete -c mq -n "__fish_mq_using_subcommand bench" -l routing-keys -d 'Routing keys producers publish with in turn; queue N is bound with key N modulo their number [default: the queues\' names]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l prefetch -d 'Prefetch of each consuming channel [range: 0 (no limit) to 65535]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l consumer-rate -d 'Most messages a second each consuming channel takes (0: no limit) [default: no limit] [range: 0, or 0.001 to 10000000]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l consumer-latency -d 'Time each message takes to process before it is settled (PerfTest\'s --consumer-latency) [range: 0 to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l output-file -d 'Also write each second\'s line to FILE (the last line: the rest of the run, so that the lines add up to the summary)' -r -F
complete -c mq -n "__fish_mq_using_subcommand bench" -l output-format -d 'How --output-file holds the lines' -r -f -a "csv\t'A header row, then a row a second'
jsonl\t'A JSON object a line'"
complete -c mq -n "__fish_mq_using_subcommand bench" -s f -l format -d 'text: a line a second and a summary; json: the summary as JSON (seconds go to stderr)' -r -f -a "text\t'A line a second and a summary, for people'
json\t'The summary as one JSON object (no per-second lines on stdout)'"
complete -c mq -n "__fish_mq_using_subcommand bench" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bench" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bench" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand bench" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bench" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bench" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand bench" -l until-empty -d 'End once the producers are done (--count, or none) and the queues have nothing ready'
complete -c mq -n "__fish_mq_using_subcommand bench" -l persistent -d 'Persistent messages (delivery_mode 2) [default: transient]'
complete -c mq -n "__fish_mq_using_subcommand bench" -l nack -d 'Consumers reject every message (basic.nack) instead of acking: dropped or dead-lettered'
complete -c mq -n "__fish_mq_using_subcommand bench" -l requeue -d 'With --nack: put rejected messages back in the queue (they come again, redelivered)'
complete -c mq -n "__fish_mq_using_subcommand bench" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand bench" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand bench" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand bench" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand bench" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand completions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand completions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand completions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand completions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand completions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand config" -s f -l format -d 'Output format [default: table on a terminal, else tsv: setting, value, source]' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand config" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand config" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand config" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand config" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand config" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand config" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand config" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand config" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand config" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand config" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand config" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand config" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand config" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand config" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand config" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l description -d 'What the vhost is for (list-vhosts shows it)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l tag -d 'A tag of the vhost; repeat for more. Given, they replace the vhost\'s tags; else those are kept' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l default-queue-type -d 'The type of the queues declared in it without x-queue-type [default: the broker\'s, classic]' -r -f -a "classic\t''
quorum\t''
stream\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare-vhost" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l description -d 'What the vhost is for (list-vhosts shows it)' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l tag -d 'A tag of the vhost; repeat for more. Given, they replace the vhost\'s tags; else those are kept' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l default-queue-type -d 'The type of the queues declared in it without x-queue-type [default: the broker\'s, classic]' -r -f -a "classic\t''
quorum\t''
stream\t''"
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand add_vhost" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l yes -d 'Delete it without asking, also when it holds queues (required off a terminal then)'
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l dry-run -d 'Say what the vhost holds, delete nothing'
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete-vhost" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l yes -d 'Delete it without asking, also when it holds queues (required off a terminal then)'
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l dry-run -d 'Say what the vhost holds, delete nothing'
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete_vhost" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set-vhost-limit" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set_vhost_limits" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear-vhost-limit" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear_vhost_limits" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-vhost-limits" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_vhost_limits" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l tag -d 'A tag of the user: administrator, monitoring, policymaker, management, impersonator or your own; repeat for more' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l new-password-file -d 'Read the user\'s password from FILE (its first line) [default: standard input when it is not a terminal, else asked for without echo]. --password-file is mq\'s own password' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l password-hash -d 'The password as the broker stores it (base64 of salt and hash, as list-users --format json of another broker or export-definitions shows it) instead of a password' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l hashing-algorithm -d 'How --password-hash was hashed' -r -f -a "rabbit_password_hashing_sha256\t''
rabbit_password_hashing_sha512\t''
rabbit_password_hashing_md5\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-user" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-user" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-user" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare-user" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand add_user" -l tag -d 'A tag of the user: administrator, monitoring, policymaker, management, impersonator or your own; repeat for more' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -l new-password-file -d 'Read the user\'s password from FILE (its first line) [default: standard input when it is not a terminal, else asked for without echo]. --password-file is mq\'s own password' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_user" -l password-hash -d 'The password as the broker stores it (base64 of salt and hash, as list-users --format json of another broker or export-definitions shows it) instead of a password' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -l hashing-algorithm -d 'How --password-hash was hashed' -r -f -a "rabbit_password_hashing_sha256\t''
rabbit_password_hashing_sha512\t''
rabbit_password_hashing_md5\t''"
complete -c mq -n "__fish_mq_using_subcommand add_user" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_user" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_user" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand add_user" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_user" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_user" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand add_user" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand add_user" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand add_user" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand add_user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand add_user" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand change-password" -l new-password-file -d 'Read the user\'s password from FILE (its first line) [default: standard input when it is not a terminal, else asked for without echo]. --password-file is mq\'s own password' -r -F
complete -c mq -n "__fish_mq_using_subcommand change-password" -l password-hash -d 'The password as the broker stores it (base64 of salt and hash, as list-users --format json of another broker or export-definitions shows it) instead of a password' -r
complete -c mq -n "__fish_mq_using_subcommand change-password" -l hashing-algorithm -d 'How --password-hash was hashed' -r -f -a "rabbit_password_hashing_sha256\t''
rabbit_password_hashing_sha512\t''
rabbit_password_hashing_md5\t''"
complete -c mq -n "__fish_mq_using_subcommand change-password" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand change-password" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand change-password" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand change-password" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand change-password" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change-password" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand change-password" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change-password" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand change-password" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change-password" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change-password" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change-password" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand change-password" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand change-password" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand change-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand change-password" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand change_password" -l new-password-file -d 'Read the user\'s password from FILE (its first line) [default: standard input when it is not a terminal, else asked for without echo]. --password-file is mq\'s own password' -r -F
complete -c mq -n "__fish_mq_using_subcommand change_password" -l password-hash -d 'The password as the broker stores it (base64 of salt and hash, as list-users --format json of another broker or export-definitions shows it) instead of a password' -r
complete -c mq -n "__fish_mq_using_subcommand change_password" -l hashing-algorithm -d 'How --password-hash was hashed' -r -f -a "rabbit_password_hashing_sha256\t''
rabbit_password_hashing_sha512\t''
rabbit_password_hashing_md5\t''"
complete -c mq -n "__fish_mq_using_subcommand change_password" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand change_password" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand change_password" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand change_password" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand change_password" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change_password" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand change_password" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change_password" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand change_password" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change_password" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change_password" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand change_password" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand change_password" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand change_password" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand change_password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand change_password" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-user" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-user" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete-user" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete-user" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete-user" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_user" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_user" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete_user" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete_user" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete_user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete_user" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-users" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-users" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-users" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-users" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-users" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-users" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-users" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-users" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-users" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-users" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-users" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-users" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-users" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_users" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_users" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_users" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_users" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_users" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_users" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_users" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_users" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_users" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_users" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_users" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_users" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_users" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l configure -d 'Regex of the resources the user may declare and delete (\'\' for none, \'.*\' for all)' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l write -d 'Regex of the exchanges the user may publish to' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l read -d 'Regex of the queues the user may consume from (and exchanges bind from)' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set-permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l configure -d 'Regex of the resources the user may declare and delete (\'\' for none, \'.*\' for all)' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l write -d 'Regex of the exchanges the user may publish to' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l read -d 'Regex of the queues the user may consume from (and exchanges bind from)' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set_permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear-permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear_permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l of -d 'Only this user\'s, in every vhost' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l of -d 'Only this user\'s, in every vhost' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l exchange -d 'The topic exchange the permissions are for' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l write -d 'Regex of the routing keys the user may publish with' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l read -d 'Regex of the routing keys the user may bind with' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set-topic-permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l exchange -d 'The topic exchange the permissions are for' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l write -d 'Regex of the routing keys the user may publish with' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l read -d 'Regex of the routing keys the user may bind with' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set_topic_permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear-topic-permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear_topic_permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l of -d 'Only this user\'s, in every vhost' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-topic-permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l of -d 'Only this user\'s, in every vhost' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_topic_permissions" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l pattern -d 'Regex of the names of the queues (or exchanges) it applies to (Erlang regex, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l apply-to -d 'What it applies to; operator policies take only queue kinds' -r -f -a "all\t''
queues\t''
exchanges\t''
classic_queues\t''
quorum_queues\t''
streams\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l priority -d 'Of the policies matching a name, the one with the highest priority applies [range: -2^31 to 2^31-1]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l definition -d 'One key of the definition, typed: integers and true/false stay so, "quoted" stays a string (max-length=1000, queue-mode=lazy, dead-letter-exchange=dlx); repeat for more' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare-policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l pattern -d 'Regex of the names of the queues (or exchanges) it applies to (Erlang regex, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l apply-to -d 'What it applies to; operator policies take only queue kinds' -r -f -a "all\t''
queues\t''
exchanges\t''
classic_queues\t''
quorum_queues\t''
streams\t''"
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l priority -d 'Of the policies matching a name, the one with the highest priority applies [range: -2^31 to 2^31-1]' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l definition -d 'One key of the definition, typed: integers and true/false stay so, "quoted" stays a string (max-length=1000, queue-mode=lazy, dead-letter-exchange=dlx); repeat for more' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set_policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set_policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set_policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set_policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete-policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear_policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-policies" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-policies" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-policies" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-policies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-policies" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_policies" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_policies" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_policies" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_policies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_policies" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l pattern -d 'Regex of the names of the queues (or exchanges) it applies to (Erlang regex, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l apply-to -d 'What it applies to; operator policies take only queue kinds' -r -f -a "all\t''
queues\t''
exchanges\t''
classic_queues\t''
quorum_queues\t''
streams\t''"
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l priority -d 'Of the policies matching a name, the one with the highest priority applies [range: -2^31 to 2^31-1]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l definition -d 'One key of the definition, typed: integers and true/false stay so, "quoted" stays a string (max-length=1000, queue-mode=lazy, dead-letter-exchange=dlx); repeat for more' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare-operator-policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l pattern -d 'Regex of the names of the queues (or exchanges) it applies to (Erlang regex, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l apply-to -d 'What it applies to; operator policies take only queue kinds' -r -f -a "all\t''
queues\t''
exchanges\t''
classic_queues\t''
quorum_queues\t''
streams\t''"
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l priority -d 'Of the policies matching a name, the one with the highest priority applies [range: -2^31 to 2^31-1]' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l definition -d 'One key of the definition, typed: integers and true/false stay so, "quoted" stays a string (max-length=1000, queue-mode=lazy, dead-letter-exchange=dlx); repeat for more' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set_operator_policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete-operator-policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear_operator_policy" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-operator-policies" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_operator_policies" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l of -d 'Every connection of this user (in the vhost, or every vhost with --all-vhosts)' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l filter -d 'Every connection whose name matches REGEX (with --of: of those, the matching ones)' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l reason -d 'What the clients are told [default: "closed by an operator (mq close-connection)"]' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l all-vhosts -d 'With --of or --filter: the connections of every vhost'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l yes -d 'With --of or --filter: close them without asking (required off a terminal)'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l dry-run -d 'Print which connections would be closed, close none'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand close-connection" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l of -d 'Every connection of this user (in the vhost, or every vhost with --all-vhosts)' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l filter -d 'Every connection whose name matches REGEX (with --of: of those, the matching ones)' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l reason -d 'What the clients are told [default: "closed by an operator (mq close-connection)"]' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l all-vhosts -d 'With --of or --filter: the connections of every vhost'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l yes -d 'With --of or --filter: close them without asking (required off a terminal)'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l dry-run -d 'Print which connections would be closed, close none'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand close_connection" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l component -d 'Only this component\'s (federation-upstream, shovel, vhost-limits…)' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-parameters" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l component -d 'Only this component\'s (federation-upstream, shovel, vhost-limits…)' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_parameters" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set-parameter" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand set_parameter" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear-parameter" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand clear_parameter" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-global-parameters" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_global_parameters" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-nodes" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_nodes" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-feature-flags" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_feature_flags" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l all -d 'Every stable flag not enabled yet (what an upgrade asks for before the next one)'
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand enable-feature-flag" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l all -d 'Every stable flag not enabled yet (what an upgrade asks for before the next one)'
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand enable_feature_flag" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l used -d 'Only the features something on the broker uses now'
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-deprecated-features" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l used -d 'Only the features something on the broker uses now'
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list_deprecated_features" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand rebalance-queues" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand rebalance_queues" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand check" -l warn -d 'probe: WARNING when the round trip takes longer than this [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -l critical -d 'probe: CRITICAL when it takes longer (or no message comes back within it) [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -l cert-days -d 'certificates: CRITICAL when a TLS listener\'s certificate expires within DAYS [range: 1 to 3650]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -s f -l format -d 'How the outcomes are written' -r -f -a "text\t'One line per check: state, check, why'
json\t'An array of {check, state, why[, round_trip_ms]}'
nagios\t'A Nagios plugin\'s answer: status line with performance data, one line per check; the exit code is Nagios\'s'
prometheus\t'Prometheus\'s text format: mq_check_status{check} and the probe\'s round trip'"
complete -c mq -n "__fish_mq_using_subcommand check" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand check" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand check" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand check" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand check" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand check" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand check" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand check" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand check" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand check" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-shovels" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand shovel_status" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l from -d 'Where messages come from: a queue name, and the source broker\'s amqp:// or amqps:// URL (its path the vhost; repeat for more, tried in turn) [default broker: this one, in --vhost]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l to -d 'Where they go: a queue name and the destination broker\'s URL, as --from takes them' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l to-exchange -d 'Publish to this exchange with the key (the messages\' own without :KEY) instead of a queue' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l ack-mode -d 'When a message is acked at the source: once the destination confirmed it, once it is published, or at once (no-ack: messages in flight are lost if the shovel stops)' -r -f -a "on-confirm\t'After the destination confirmed the message (nothing is lost)'
on-publish\t'After it is published to the destination'
no-ack\t'When it is delivered to the shovel'"
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l delete-after -d 'Stop and delete the shovel after the messages the queue held when it started (queue-length), after N messages, or never [range: 1 to 2^31-1 for N]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l prefetch -d 'Messages unacknowledged at the source at a time [default: the broker\'s, 1000] [range: 1 to 65535]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l reconnect-delay -d 'Seconds between attempts to reconnect after a failure [default: the broker\'s, 1] [range: 0 to 86400]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l from-password-file -d 'The password of the user in the --from URLs, from the first line of FILE (so that it is not on the command line)' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l to-password-file -d 'The password of the user in the --to URLs, likewise' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l add-forward-headers -d 'Add headers saying where each message was shovelled from (x-shovelled)'
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand declare-shovel" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete-shovel" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand delete_shovel" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand list-federation-links" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l filter -d 'Only objects whose name matches REGEX (Rust regex syntax, unanchored)' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l columns -d 'Only these columns, in this order (comma-separated; see the command\'s help for all of them)' -r -f
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l sort -d 'Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a leading - (--sort -messages); numbers by value, empty cells last' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -s f -l format -d 'Output format [default: table on a terminal, else tsv]. tsv writes one object a line: a tab, newline, carriage return or backslash in a value is written \\t, \\n, \\r, \\\\' -r -f -a "table\t'Aligned columns with a header, for people'
tsv\t'Tab-separated, no header, one object a line, for scripts'
csv\t'Comma-separated with a header row'
json\t'An array of objects keyed by column name'"
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l url -d 'AMQP URI (amqp:// or amqps://); repeat for the nodes of a cluster: the first that answers is used [env: MQ_URL, space-separated]' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l api-url -d 'Management API base [env: MQ_API_URL] [default: the host of the node in use, http://HOST:15672, https://HOST:15671 for amqps]' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -s p -l vhost -d 'Virtual host, for AMQP and the API alike [env: MQ_VHOST] [default: the URL\'s, else /]' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l user -d 'User name [env: MQ_USER] [default: the URL\'s, else guest]' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l password-file -d 'Read the password from FILE (there is no --password flag) [env: MQ_PASSWORD holds the password itself]' -r -F
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l profile -d 'Profile of the config file to use [env: MQ_PROFILE] [default: "default" if present]' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l config -d 'Config file [env: MQ_CONFIG] [default: $XDG_CONFIG_HOME/mq/config.toml]' -r -F
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l timeout -d 'Bound on each connection attempt (per node) and each API request (500ms, 10s, 2m) [default: 10s] [range: 1ms to 24h]' -r
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l ca-cert -d 'CA certificate(s) (PEM) to verify the broker with, trusted instead of the system\'s [profile: ca_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l client-cert -d 'Client certificate (PEM) for TLS; the login itself with ?auth_mechanism=external in the URL [profile: client_cert]' -r -F
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l client-key -d 'The client certificate\'s private key (PEM, unencrypted) [default: in the --client-cert file] [profile: client_key]' -r -F
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l wide -d 'Tables: every value whole, however wide (on a terminal a table is cut to its width, long names ending in …; elsewhere it is always whole)'
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l all-vhosts -d 'List every vhost (adds a vhost column first)'
complete -c mq -n "__fish_mq_using_subcommand federation_status" -l insecure -d 'Do not verify the broker\'s TLS certificate: unsafe, warned about on every run [profile: insecure = true]'
complete -c mq -n "__fish_mq_using_subcommand federation_status" -s q -l quiet -d 'Print only what was asked for: no summaries, no progress'
complete -c mq -n "__fish_mq_using_subcommand federation_status" -s v -l verbose -d 'Say on stderr what mq connects to and does'
complete -c mq -n "__fish_mq_using_subcommand federation_status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mq -n "__fish_mq_using_subcommand federation_status" -s V -l version -d 'Print version'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "declare-exchange" -d 'Declare an exchange (default: direct, durable)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "declare-queue" -d 'Declare a queue, optionally binding it; prints its name and message count'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "produce" -d 'Publish messages, with publisher confirms'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "consume" -d 'Print messages from a queue as they arrive, acking each after it is printed'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "get" -d 'Take messages one at a time (basic.get) and print them; exit 2 when the queue is empty'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "tap" -d 'Print every message passing through exchanges, taking none from their queues'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "move" -d 'Move the messages a queue holds to another queue, an exchange, or back where they died (--to-origin), acking each at the source once the destination confirmed it'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "request" -d 'Send one request over direct reply-to and print its reply as consume prints; exit 75 when no reply came within --reply-timeout'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "reply" -d 'Answer each request of a queue with a command\'s stdout (--exec) or a template, sent to the request\'s reply_to with its correlation id; a request is acked once its reply was confirmed'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "bind" -d 'Bind a queue (or, with --to-exchange, an exchange) to an exchange'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "unbind" -d 'Remove a binding made by bind (same arguments)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "delete-exchange" -d 'Delete an exchange'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "delete-queue" -d 'Delete a queue; prints how many messages went with it'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "purge" -d 'Delete every ready message of a queue; prints how many'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-exchanges" -d 'List exchanges: name type durable auto_delete internal'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-queues" -d 'List queues with current message counts: name type durable messages ready unacked consumers state'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-bindings" -d 'List bindings: source destination destination_type routing_key arguments'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-connections" -d 'List client connections: name user peer_host peer_port state channels client'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-channels" -d 'List channels: name user consumer_count messages_unacknowledged'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-consumers" -d 'List consumers: queue channel consumer_tag ack_required prefetch_count active arguments'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-vhosts" -d 'List virtual hosts: name description tags tracing'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "overview" -d 'The broker at a glance, one row: cluster version erlang connections channels exchanges queues consumers messages ready unacked'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "export-definitions" -d 'Write the broker\'s definitions (or one vhost\'s, with --vhost) as JSON'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "import-definitions" -d 'Load definitions exported by export-definitions (or rabbitmqadmin) into the broker'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "topology" -d 'Draw the vhost\'s exchanges, bindings (keys) and queues (messages, consumers)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "reset" -d 'Delete every queue and every non-default exchange of the vhost'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "bench" -d 'Load test: producers and consumers on a scratch queue, rates and latency percentiles'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "completions" -d 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "config" -d 'Show the settings in effect and where each came from; list the config file\'s profiles'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "declare-vhost" -d 'Create a virtual host, or change what is given of an existing one (the rest is kept)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "delete-vhost" -d 'Delete a virtual host with everything in it; says how many queues and messages went'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "set-vhost-limit" -d 'Limit a vhost\'s connections or queues'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "clear-vhost-limit" -d 'Remove a vhost\'s limit (or all of them)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-vhost-limits" -d 'List vhost limits: max_connections max_queues'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "declare-user" -d 'Create a user; the password from --new-password-file, standard input or a prompt'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "change-password" -d 'Set a user\'s password (its tags are kept); from --new-password-file, standard input or a prompt'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "delete-user" -d 'Delete a user, with its permissions'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-users" -d 'List users: name tags'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "set-permissions" -d 'Let a user configure, write and read what three regexes match, in the vhost (--vhost)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "clear-permissions" -d 'Take every permission of a user in the vhost (--vhost) away'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-permissions" -d 'List permissions: user configure write read'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "set-topic-permissions" -d 'Let a user publish to and bind from a topic exchange with what two regexes match'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "clear-topic-permissions" -d 'Take every topic permission of a user in the vhost (--vhost) away'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-topic-permissions" -d 'List topic permissions: user exchange write read'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "declare-policy" -d 'Apply a definition (max-length, dead-lettering…) to the queues or exchanges a regex names'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "delete-policy" -d 'Delete a policy of the vhost (--vhost)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-policies" -d 'List policies: name pattern apply_to definition priority'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "declare-operator-policy" -d 'Cap what users\' policies and arguments may set (max-length, message-ttl…), per vhost'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "delete-operator-policy" -d 'Delete an operator policy of the vhost (--vhost)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-operator-policies" -d 'List operator policies: name pattern apply_to definition priority'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "close-connection" -d 'Close client connections: by name, or every one of a user (--of) or matching --filter'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-parameters" -d 'List runtime parameters: component name value'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "set-parameter" -d 'Set a runtime parameter of a component in the vhost (--vhost); its value from typed KEY=VALUEs'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "clear-parameter" -d 'Remove a runtime parameter of a component in the vhost (--vhost)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-global-parameters" -d 'List global runtime parameters: name value'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-nodes" -d 'List the cluster\'s nodes: running, uptime, memory and disk against their limits, file descriptors, alarms, partitions'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-feature-flags" -d 'List feature flags: name state stability provided_by'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "enable-feature-flag" -d 'Enable a feature flag, or --all the stable ones not enabled yet (there is no disabling)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-deprecated-features" -d 'List deprecated features: name deprecation_phase state provided_by'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "rebalance-queues" -d 'Move queue leaders so that each running node of the cluster leads about as many'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "check" -d 'Check the broker\'s health: alarms, listeners, quorum-critical, deprecated features, vhosts, certificates, a probe'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-shovels" -d 'List shovels and their state: name type state src_uri src_queue dest_uri dest_queue dest_exchange reason'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "declare-shovel" -d 'Move messages from a queue to a queue or exchange, here or on another broker, for good (a dynamic shovel)'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "delete-shovel" -d 'Delete a dynamic shovel of the vhost (--vhost); it stops at once'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "list-federation-links" -d 'List federation links and their status: upstream type exchange queue status error'
complete -c mq -n "__fish_mq_using_subcommand help; and not __fish_seen_subcommand_from declare-exchange declare-queue produce consume get tap move request reply bind unbind delete-exchange delete-queue purge list-exchanges list-queues list-bindings list-connections list-channels list-consumers list-vhosts overview export-definitions import-definitions topology reset bench completions config declare-vhost delete-vhost set-vhost-limit clear-vhost-limit list-vhost-limits declare-user change-password delete-user list-users set-permissions clear-permissions list-permissions set-topic-permissions clear-topic-permissions list-topic-permissions declare-policy delete-policy list-policies declare-operator-policy delete-operator-policy list-operator-policies close-connection list-parameters set-parameter clear-parameter list-global-parameters list-nodes list-feature-flags enable-feature-flag list-deprecated-features rebalance-queues check list-shovels declare-shovel delete-shovel list-federation-links help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
