//! `produce --body-template`: a template parsed once into parts (literal text and the
//! placeholders `{seq}`, `{random:A-B}`, `{uuid}`, `{now}`, `{hostname}`, with `{{`/`}}` for
//! literal braces) and rendered per message, into the body and into templated header values.

use std::io::Write;
use std::time::SystemTime;

use rand::Rng;

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Literal(String),
    /// The 1-based number of the message.
    Seq,
    /// An integer in the inclusive range (low ≤ high, checked when parsing).
    Random(u64, u64),
    Uuid,
    Now,
    /// Looked up once, when parsing: the host does not change during a run.
    Hostname(String),
}

/// A template, parsed once: rendering does no parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    /// Parses `input`; the error names the bad placeholder or the stray brace.
    pub fn parse(input: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = input;
        while let Some(at) = rest.find(['{', '}']) {
            literal.push_str(&rest[..at]);
            let tail = &rest[at..];
            if let Some(after) = tail.strip_prefix("{{") {
                literal.push('{');
                rest = after;
            } else if let Some(after) = tail.strip_prefix("}}") {
                literal.push('}');
                rest = after;
            } else if tail.starts_with('}') {
                return Err(format!(
                    "a '}}' with no '{{' before it (write '}}}}' for a literal brace) in '{input}'"
                ));
            } else {
                let Some(end) = tail.find('}') else {
                    return Err(format!(
                        "a '{{' that is never closed (write '{{{{' for a literal brace) in '{input}'"
                    ));
                };
                let name = &tail[1..end];
                if !literal.is_empty() {
                    parts.push(Part::Literal(std::mem::take(&mut literal)));
                }
                parts.push(placeholder(name)?);
                rest = &tail[end + 1..];
            }
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            parts.push(Part::Literal(literal));
        }
        Ok(Template { parts })
    }

    /// Whether the template is only text (so one rendering serves every message).
    pub fn is_constant(&self) -> bool {
        self.parts.iter().all(|p| matches!(p, Part::Literal(_)))
    }

    /// Message `seq` (1-based) rendered into `out`.
    pub fn render_into(&self, seq: u64, out: &mut Vec<u8>) {
        let mut rng = rand::rng();
        for part in &self.parts {
            // Writing into a Vec cannot fail.
            let _ = match part {
                Part::Literal(text) => out.write_all(text.as_bytes()),
                Part::Seq => write!(out, "{seq}"),
                Part::Random(low, high) => write!(out, "{}", rng.random_range(*low..=*high)),
                Part::Uuid => write!(
                    out,
                    "{}",
                    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
                ),
                Part::Now => write!(
                    out,
                    "{}",
                    humantime::format_rfc3339_millis(SystemTime::now())
                ),
                Part::Hostname(name) => out.write_all(name.as_bytes()),
            };
        }
    }

    /// Message `seq` (1-based) rendered.
    pub fn render(&self, seq: u64) -> Vec<u8> {
        let mut out = Vec::new();
        self.render_into(seq, &mut out);
        out
    }
}

fn placeholder(name: &str) -> Result<Part, String> {
    Ok(match name {
        "seq" => Part::Seq,
        "uuid" => Part::Uuid,
        "now" => Part::Now,
        "hostname" => Part::Hostname(hostname()),
        _ => match name.strip_prefix("random:") {
            Some(range) => random_range(range)?,
            None => {
                return Err(format!(
                    "unknown placeholder '{{{name}}}' (known: {{seq}}, {{random:A-B}}, {{uuid}}, \
                     {{now}}, {{hostname}}; '{{{{' and '}}}}' for literal braces)"
                ));
            }
        },
    })
}

fn random_range(range: &str) -> Result<Part, String> {
    let bad = || {
        format!(
            "bad range in '{{random:{range}}}': expected A-B, two integers from 0 to 2^64-1 with A ≤ B"
        )
    };
    let (low, high) = range.split_once('-').ok_or_else(bad)?;
    let low: u64 = low.trim().parse().map_err(|_| bad())?;
    let high: u64 = high.trim().parse().map_err(|_| bad())?;
    if low > high {
        return Err(bad());
    }
    Ok(Part::Random(low, high))
}

/// This host's name, as gethostname(2) gives it; empty if it cannot be had.
fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length, and one byte is kept back so the name is
    // always NUL-terminated even where gethostname truncates without one.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) };
    if rc != 0 {
        return String::new();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &Template, seq: u64) -> String {
        String::from_utf8(t.render(seq)).unwrap()
    }

    #[test]
    fn literals_and_escapes() {
        let t = Template::parse("a {{b}} c}}{{").unwrap();
        assert!(t.is_constant());
        assert_eq!(text(&t, 1), "a {b} c}{");
        assert_eq!(text(&Template::parse("").unwrap(), 1), "");
    }

    /// The README's example: a JSON body doubles its own braces.
    #[test]
    fn a_json_body_doubles_its_braces() {
        let t = Template::parse(r#"{{"n":{seq},"score":{random:1-1}}}"#).unwrap();
        assert_eq!(text(&t, 3), r#"{"n":3,"score":1}"#);
    }

    #[test]
    fn seq_is_the_number_given() {
        let t = Template::parse("n={seq};").unwrap();
        assert!(!t.is_constant());
        assert_eq!(text(&t, 1), "n=1;");
        assert_eq!(text(&t, 42), "n=42;");
    }

    #[test]
    fn random_stays_within_its_bounds() {
        let t = Template::parse("{random:3-7}").unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..2000 {
            let n: u64 = text(&t, 1).parse().unwrap();
            assert!((3..=7).contains(&n), "{n} out of 3-7");
            seen.insert(n);
        }
        assert_eq!(seen.len(), 5, "every value of 3-7 comes up: {seen:?}");
        assert_eq!(text(&Template::parse("{random:5-5}").unwrap(), 1), "5");
        let full = Template::parse("{random:0-18446744073709551615}").unwrap();
        assert!(text(&full, 1).parse::<u64>().is_ok());
    }

    #[test]
    fn uuid_is_v4_and_fresh_each_time() {
        let t = Template::parse("{uuid}").unwrap();
        let a = uuid::Uuid::parse_str(&text(&t, 1)).unwrap();
        let b = uuid::Uuid::parse_str(&text(&t, 1)).unwrap();
        assert_eq!(a.get_version_num(), 4);
        assert_eq!(a.get_variant(), uuid::Variant::RFC4122);
        assert_ne!(a, b);
    }

    #[test]
    fn now_is_rfc3339_utc_with_milliseconds() {
        let now = text(&Template::parse("{now}").unwrap(), 1);
        assert_eq!(now.len(), "2026-01-01T00:00:00.000Z".len(), "{now}");
        assert!(now.ends_with('Z') && now.as_bytes()[19] == b'.', "{now}");
        assert!(humantime::parse_rfc3339(&now).is_ok(), "{now}");
    }

    #[test]
    fn hostname_is_this_hosts() {
        let name = text(&Template::parse("{hostname}").unwrap(), 1);
        assert_eq!(name, hostname());
        assert!(!name.is_empty());
    }

    #[test]
    fn errors_name_the_problem() {
        let err = |input: &str| Template::parse(input).unwrap_err();
        assert!(err("x {nope} y").contains("unknown placeholder '{nope}'"));
        assert!(err("{}").contains("unknown placeholder '{}'"));
        assert!(err("{random:9-1}").contains("bad range in '{random:9-1}'"));
        assert!(err("{random:a-b}").contains("bad range"));
        assert!(err("{random:1}").contains("bad range"));
        assert!(err("{random:-1-5}").contains("bad range"));
        assert!(err("{random:0-18446744073709551616}").contains("bad range"));
        assert!(err("open {seq").contains("never closed"));
        assert!(err("close }").contains("no '{' before it"));
    }
}
