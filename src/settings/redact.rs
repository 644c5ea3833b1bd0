//! Keeping passwords out of everything `mq` prints: URLs shown without their password, typed
//! arguments redacted in clap's messages, and a password type that never shows itself.

use std::fmt;

/// A URL as it may be shown: any password replaced by `***`. Works on text that does not
/// parse as a URL too, since error messages quote what the user typed. Deliberately textual
/// and conservative: everything between the first `:` of the user info and the LAST `@` is
/// hidden, so a password with unencoded `/`, `?`, `#` or `@` in it is hidden whole (at worst
/// some of the host or path goes with it).
pub fn redact_url(input: &str) -> String {
    // A "://" counts only after a scheme: in a password it is just more password.
    let is_scheme = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    };
    let (prefix, rest) = match input.find("://").filter(|&end| is_scheme(&input[..end])) {
        Some(end) => input.split_at(end + 3),
        None => ("", input),
    };
    let Some(at) = rest.rfind('@') else {
        return input.to_owned();
    };
    let userinfo = &rest[..at];
    match userinfo.find(':') {
        Some(colon) => format!("{prefix}{}:***{}", &userinfo[..colon], &rest[at..]),
        None => input.to_owned(),
    }
}

/// A message that may quote what was typed (clap's do): every typed argument that holds a
/// password is replaced by its redacted form wherever it appears, whole or after `--flag=`;
/// then any other URL-like word is redacted too.
pub fn redact_typed(text: &str, typed: &[String]) -> String {
    let mut text = text.to_owned();
    for arg in typed {
        let value = arg.split_once('=').map_or(arg.as_str(), |(_, value)| value);
        for candidate in [arg.as_str(), value] {
            let redacted = redact_url(candidate);
            if redacted != candidate && !candidate.is_empty() {
                text = text.replace(candidate, &redacted);
            }
        }
    }
    redact_text(&text)
}

/// A flag name as typed (`--bogus`, `-x`, `--bogus=…` up to the `=`): safe to repeat, since
/// a flag's name is never a secret. Anything else is a value and may be one.
fn flag_name(arg: &str) -> Option<&str> {
    let name = arg.split_once('=').map_or(arg, |(name, _)| name);
    let body = name.strip_prefix("--").or_else(|| name.strip_prefix('-'))?;
    (!body.is_empty()
        && body.len() <= 40
        && body.starts_with(|c: char| c.is_ascii_lowercase())
        && body
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
    .then_some(name)
}

/// clap's message with no failed value in it: `invalid value 'X' for '--f'` becomes
/// `invalid value for '--f'`, a later quote of X `the value given`, any other X `***`; an
/// unexpected argument is named only when it is a flag. Then `secrets` (the passwords in use)
/// and URL passwords are hidden as in [`redact_typed`].
pub fn redact_clap(text: &str, hidden: &[String], secrets: &[String], typed: &[String]) -> String {
    let mut text = text.to_owned();
    for value in hidden.iter().filter(|v| !v.is_empty()) {
        if let Some(name) = flag_name(value) {
            if name != value {
                text = text.replace(value.as_str(), name);
            }
            continue;
        }
        let quoted = format!("'{value}'");
        text = text
            .replacen(
                &format!("invalid value {quoted} for"),
                "invalid value for",
                1,
            )
            .replacen(
                &format!("unexpected argument {quoted}"),
                "unexpected argument",
                1,
            )
            .replacen(
                &format!("unrecognized subcommand {quoted}"),
                "unrecognized subcommand",
                1,
            )
            .replace(&quoted, "the value given");
        // A short value would garble ordinary words; clap quotes values anyway.
        if value.len() >= 4 {
            text = text.replace(value.as_str(), "***");
        }
    }
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        text = text.replace(secret.as_str(), "***");
    }
    redact_typed(&text, typed)
}

/// The password in the file `--password-file` names on a typed command line, if it reads.
pub fn typed_password_file(typed: &[String]) -> Option<String> {
    let path = typed.iter().enumerate().find_map(|(i, arg)| {
        match arg.strip_prefix("--password-file") {
            Some("") => typed.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        }
    })?;
    let text = std::fs::read_to_string(path).ok()?;
    Some(text.trim_end_matches(['\n', '\r']).to_owned())
}

/// Free text with every URL-like word (whitespace-separated) redacted.
pub fn redact_text(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            if word.contains('@') {
                // Quotes around a URL are not part of its scheme.
                let inner = word.trim_start_matches(['\'', '"', '`', '(']);
                let lead = &word[..word.len() - inner.len()];
                let trimmed = inner.trim_end();
                format!("{lead}{}{}", redact_url(trimmed), &inner[trimmed.len()..])
            } else {
                word.to_owned()
            }
        })
        .collect()
}

/// A password that never shows itself in Debug output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_values_are_never_repeated() {
        let typed = [
            "mq".to_owned(),
            "--timeout".to_owned(),
            "Hunter-2".to_owned(),
        ];
        let text =
            "invalid value 'Hunter-2' for '--timeout <DURATION>': 'Hunter-2' is not a duration";
        assert_eq!(
            redact_clap(text, &["Hunter-2".to_owned()], &[], &typed),
            "invalid value for '--timeout <DURATION>': the value given is not a duration"
        );
        let text = "unexpected argument '--bogus=Hunter-2' found";
        assert_eq!(
            redact_clap(text, &["--bogus=Hunter-2".to_owned()], &[], &typed),
            "unexpected argument '--bogus' found"
        );
        let text = "unrecognized subcommand 'Hunter-2'; tip: to pass 'Hunter-2' as a value, use '-- Hunter-2'";
        let shown = redact_clap(text, &["Hunter-2".to_owned()], &[], &typed);
        assert!(!shown.contains("Hunter"), "{shown}");
        let shown = redact_clap(
            "a word mypassword here",
            &[],
            &["mypassword".to_owned()],
            &typed,
        );
        assert_eq!(shown, "a word *** here");
    }
}
