//! `completions`: prints the completion script for a shell. It needs no broker and no settings,
//! so a broken config file cannot break a shell's start-up. The scripts are clap_complete's;
//! bash's gets a layer of mq's own on top (see [`BASH_LAYER`]), zsh's the column names of
//! `--columns`.

use std::io::Write;

use clap::Args;
use clap_complete::Shell;

use crate::cli;
use crate::commands::list::COMMAND_KINDS;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs, out: &mut dyn Write) -> Result<()> {
    out.write_all(&script(args.shell)).map_err(Error::output)
}

/// The completion script for `shell`, as `mq completions SHELL` prints it and `completions/`
/// holds it.
pub fn script(shell: Shell) -> Vec<u8> {
    // Built in memory: clap_complete panics when its writer fails, and a closed pipe
    // (`mq completions bash | head`) is no reason to panic.
    let mut script = Vec::new();
    let mut command = cli::command();
    clap_complete::generate(shell, &mut command, "mq", &mut script);
    match shell {
        Shell::Bash => with_bash_layer(&String::from_utf8_lossy(&script), &command).into_bytes(),
        Shell::Zsh => with_zsh_columns(&String::from_utf8_lossy(&script)).into_bytes(),
        _ => script,
    }
}

/// zsh's script with each list command's `--columns` completing its column names, one
/// comma-separated name at a time (`_sequence`).
fn with_zsh_columns(clap_script: &str) -> String {
    const COLUMNS_SPEC: &str = "]:a,b,c:' \\";
    let mut text = clap_script.to_owned();
    for (name, kind) in COMMAND_KINDS {
        let Some(section) = text.find(&format!("\n({name})\n")) else {
            continue;
        };
        let Some(at) = text[section..].find(COLUMNS_SPEC).map(|at| section + at) else {
            continue;
        };
        let columns: Vec<&str> = kind.columns.iter().map(|c| c.name).collect();
        let spec = format!("]:a,b,c:_sequence compadd - {}' \\", columns.join(" "));
        text.replace_range(at..at + COLUMNS_SPEC.len(), &spec);
    }
    text
}

/// mq's bash completion over clap's (renamed `_mq_clap`, which still completes every flag and
/// the values it knows): only command names where a command goes, in `mq --help`'s order and
/// without the rabbitmqctl aliases; flags only after `-`; column names for `--columns`
/// (comma-separated); and names from the broker — queues, exchanges, vhosts and the config
/// file's profiles — asked with a one-second timeout and silent when nothing answers.
const BASH_LAYER: &str = r#"
__mq_names() {
    local what="$1"
    shift
    case "$what" in
        queues) mq "$@" list-queues -f tsv --columns name --timeout 1s 2>/dev/null ;;
        exchanges) mq "$@" list-exchanges -f tsv --columns name --timeout 1s 2>/dev/null | grep -v '^$' ;;
        vhosts) mq "$@" list-vhosts -f tsv --columns name --timeout 1s 2>/dev/null ;;
        profiles) mq "$@" config -f tsv 2>/dev/null | while IFS=$'\t' read -r key value _; do
                [[ "$key" == profiles ]] && echo "${value//,/}"
            done ;;
    esac
}

_mq() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" positional=0 i word
    local -a pass=()
    (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${COMP_WORDS[i]}"
        if [[ "$word" == -* ]]; then
            if [[ " $__mq_valued " == *" $word "* ]] && (( i + 1 < COMP_CWORD )); then
                # Where the names are asked for is where the command would connect to.
                case "$word" in
                    -p|--vhost|--url|--api-url|--user|--password-file|--profile|--config)
                        pass+=("$word" "${COMP_WORDS[i+1]}") ;;
                esac
                (( i++ ))
            fi
            continue
        fi
        if [[ -z "$cmd" ]]; then cmd="$word"; else (( positional++ )); fi
    done
    case "$prev" in
        --columns)
            local head=""
            [[ "$cur" == *,* ]] && head="${cur%,*},"
            COMPREPLY=( $(compgen -P "$head" -W "$(__mq_columns "$cmd")" -- "${cur##*,}") )
            compopt -o nospace 2>/dev/null
            return 0 ;;
        -p|--vhost)
            COMPREPLY=( $(compgen -W "$(__mq_names vhosts "${pass[@]}")" -- "$cur") )
            return 0 ;;
        --profile)
            COMPREPLY=( $(compgen -W "$(__mq_names profiles "${pass[@]}")" -- "$cur") )
            return 0 ;;
        --exchange)
            COMPREPLY=( $(compgen -W "$(__mq_names exchanges "${pass[@]}")" -- "$cur") )
            return 0 ;;
    esac
    if [[ "$cur" == -* || " $__mq_valued " == *" $prev "* ]]; then
        _mq_clap "$@"
        return
    fi
    if [[ -z "$cmd" ]]; then
        COMPREPLY=( $(compgen -W "$__mq_commands" -- "$cur") )
        return 0
    fi
    local names=""
    case "$cmd,$positional" in
        consume,0|get,0|purge,0|purge_queue,0|delete-queue,0|delete_queue,0|bind,1|unbind,1)
            names=queues ;;
        delete-exchange,0|bind,0|unbind,0)
            names=exchanges ;;
        import-definitions,0)
            COMPREPLY=( $(compgen -f -- "$cur") )
            return 0 ;;
        help,0)
            COMPREPLY=( $(compgen -W "$__mq_commands" -- "$cur") )
            return 0 ;;
    esac
    if [[ -n "$names" ]]; then
        COMPREPLY=( $(compgen -W "$(__mq_names "$names" "${pass[@]}")" -- "$cur") )
        return 0
    fi
    # A value clap knows (`completions SHELL`), never a flag: those wait for a `-`.
    _mq_clap "$@"
    local -a values=()
    for word in "${COMPREPLY[@]}"; do
        [[ "$word" == -* ]] || values+=("$word")
    done
    COMPREPLY=( "${values[@]}" )
    return 0
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _mq -o nosort mq
else
    complete -F _mq mq
fi
"#;

/// clap's bash script with its function renamed and its `complete` line replaced by mq's layer,
/// whose word lists come from the same definitions.
fn with_bash_layer(clap_script: &str, command: &clap::Command) -> String {
    let body = match clap_script.find("\nif [[ \"${BASH_VERSINFO[0]}\"") {
        Some(end) => &clap_script[..end],
        None => clap_script,
    };
    let mut text = body.replacen("_mq() {", "_mq_clap() {", 1);
    let commands: Vec<&str> = cli::family_order(command);
    text.push_str(&format!("\n__mq_commands=\"{}\"\n", commands.join(" ")));
    let mut valued: Vec<String> = Vec::new();
    let all_args = command.get_arguments().chain(
        command
            .get_subcommands()
            .flat_map(|sub| sub.get_arguments()),
    );
    for arg in all_args.filter(|arg| !arg.is_positional() && arg.get_action().takes_values()) {
        let names = arg
            .get_long()
            .map(|long| format!("--{long}"))
            .into_iter()
            .chain(arg.get_short().map(|short| format!("-{short}")));
        for name in names {
            if !valued.contains(&name) {
                valued.push(name);
            }
        }
    }
    text.push_str(&format!("__mq_valued=\"{}\"\n", valued.join(" ")));
    text.push_str("__mq_columns() {\n    case \"$1\" in\n");
    for (name, kind) in COMMAND_KINDS {
        let columns: Vec<&str> = kind.columns.iter().map(|c| c.name).collect();
        let alias = name.replace('-', "_");
        text.push_str(&format!(
            "        {name}|{alias}) echo \"{}\" ;;\n",
            columns.join(" ")
        ));
    }
    text.push_str("    esac\n}\n");
    text.push_str(BASH_LAYER);
    text
}
