//! `--filter EXPR` (consume, get, tap, move): a jq expression (the jaq implementation) compiled
//! once and run on each message's JSON envelope — the object `consume --format json` prints,
//! plus `json`, the body read as JSON (null when it is not JSON). A message matches when the
//! expression yields a value other than `false` and `null` (as jq's `select` keeps it); one
//! that yields nothing, only false or null, or fails (indexing a string, say) does not.
//! What a command does with a message that does not match is the command's to say.

use std::cell::{Cell, RefCell};

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data};
use jaq_json::Val;
use serde_json::Value;

use crate::diag::Diag;
use crate::envelope::{MessageView, envelope};
use crate::error::{Error, Result};

type Data = data::JustLut<Val>;

/// What every `--filter`'s help says the expression sees, for `concat!` in the commands' help.
macro_rules! fields_help {
    () => {
        "a jq expression over the message as consume --format json prints it (.exchange \
         .routing_key .redelivered .properties.NAME .properties.headers.NAME .body \
         .body_encoding) and .json, the body read as JSON (null if it is not); a message \
         matches when it yields anything but false or null (e.g. '.json.amount > 100', \
         '.properties.headers.tenant == \"acme\"', '.body | test(\"timeout\")')"
    };
}
pub(crate) use fields_help;

/// A compiled `--filter` expression, with what went wrong running it (said once, at the end).
pub struct Filter {
    filter: jaq_core::Filter<Data>,
    /// How many messages made the expression fail, and the first failure.
    failed: Cell<u64>,
    first_failure: RefCell<Option<String>>,
}

impl Filter {
    /// Compiles `code`; a mistake in it is a usage error (64) that says where.
    pub fn compile(code: &str) -> Result<Filter> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let program = File { code, path: () };
        let modules = loader
            .load(&arena, program)
            .map_err(|errs| invalid(code, load_errors(code, errs)))?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let said = errs
                    .into_iter()
                    .flat_map(|(_, errs)| errs)
                    .map(|(name, undefined)| {
                        format!(
                            "undefined {} '{name}' {}",
                            undefined.as_str(),
                            at(code, name)
                        )
                    })
                    .collect();
                invalid(code, said)
            })?;
        Ok(Filter {
            filter,
            failed: Cell::new(0),
            first_failure: RefCell::new(None),
        })
    }

    /// Whether `message` matches.
    pub fn matches(&self, message: &MessageView) -> bool {
        let mut input = envelope(message);
        let json = jaq_json::read::parse_single(message.body).unwrap_or(Val::Null);
        if let Value::Object(map) = &mut input {
            map.remove("amqp_types");
        }
        let mut input = to_val(&input);
        if let Val::Obj(map) = &mut input {
            std::rc::Rc::make_mut(map).insert(Val::utf8_str("json".to_owned()), json);
        }
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        for output in self.filter.id.run((ctx, input)).map(jaq_core::unwrap_valr) {
            match output {
                Ok(Val::Null | Val::Bool(false)) => continue,
                Ok(_) => return true,
                Err(err) => {
                    self.failed.set(self.failed.get() + 1);
                    let mut first = self.first_failure.borrow_mut();
                    if first.is_none() {
                        *first = Some(err.to_string());
                    }
                    return false;
                }
            }
        }
        false
    }

    /// Says on stderr how many messages made the expression fail (they did not match).
    pub fn report(&self, diag: &Diag) {
        let failed = self.failed.get();
        if failed == 0 {
            return;
        }
        let first = self.first_failure.borrow();
        diag.note(format_args!(
            "--filter failed on {failed} message(s), which count as not matching (first: {})",
            first.as_deref().unwrap_or("?")
        ));
    }
}

fn invalid(code: &str, said: Vec<String>) -> Error {
    let said = if said.is_empty() {
        "it does not parse".to_owned()
    } else {
        said.join("; ")
    };
    Error::usage(format!(
        "--filter '{code}' is not a valid expression: {said}"
    ))
    .with_hint(
        "--filter takes a jq expression, e.g. '.routing_key == \"orders\"' or '.json.amount > 100'",
    )
}

/// Where `part` (a slice of `code`, as jaq's errors hold them) starts, for people.
fn at(code: &str, part: &str) -> String {
    let offset = (part.as_ptr() as usize).wrapping_sub(code.as_ptr() as usize);
    match code.get(..offset) {
        Some(before) if offset <= code.len() => {
            format!("at character {}", before.chars().count() + 1)
        }
        _ => String::new(),
    }
}

fn load_errors(code: &str, errs: jaq_core::load::Errors<&str, ()>) -> Vec<String> {
    use jaq_core::load::Error as Load;
    let mut said = Vec::new();
    for (_, err) in errs {
        match err {
            Load::Io(errs) => said.extend(errs.into_iter().map(|(_, e)| e)),
            Load::Lex(errs) => said.extend(errs.into_iter().map(|(expect, found)| {
                let expected = match expect {
                    jaq_core::load::lex::Expect::Delim(open) => {
                        format!("a closing '{}'", closing(open))
                    }
                    other => other.as_str().to_owned(),
                };
                format!("expected {expected} {}", at(code, found))
            })),
            Load::Parse(errs) => said.extend(errs.into_iter().map(|(expect, found)| {
                let found = if found.is_empty() {
                    "the end".to_owned()
                } else {
                    format!(
                        "'{}' {}",
                        found.chars().take(20).collect::<String>(),
                        at(code, found)
                    )
                };
                format!("expected {}, found {found}", expect.as_str())
            })),
        }
    }
    said
}

/// The delimiter that closes `open` (jaq's own description panics on any it does not know).
fn closing(open: &str) -> &str {
    match open {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        other => other,
    }
}

/// serde_json's value as jaq's.
fn to_val(value: &Value) -> Val {
    match value {
        Value::Null => Val::Null,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => match n.as_i64().and_then(|n| isize::try_from(n).ok()) {
            Some(n) => Val::from(n),
            None => Val::from(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Val::utf8_str(s.clone()),
        Value::Array(items) => items.iter().map(to_val).collect(),
        Value::Object(map) => {
            let mut out = jaq_json::Map::default();
            for (key, value) in map {
                out.insert(Val::utf8_str(key.clone()), to_val(value));
            }
            Val::obj(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lapin::BasicProperties;
    use lapin::types::{AMQPValue, FieldTable};

    fn matches(code: &str, body: &[u8]) -> bool {
        let mut headers = FieldTable::default();
        headers.insert("tenant".into(), AMQPValue::LongString("acme".into()));
        let properties = BasicProperties::default()
            .with_message_id("m-1".into())
            .with_headers(headers);
        let view = MessageView {
            exchange: "orders",
            routing_key: "orders.new",
            redelivered: false,
            properties: &properties,
            body,
        };
        Filter::compile(code).unwrap().matches(&view)
    }

    #[test]
    fn the_envelope_and_the_body_as_json_are_what_the_expression_sees() {
        assert!(matches(".routing_key == \"orders.new\"", b"x"));
        assert!(!matches(".routing_key == \"orders.old\"", b"x"));
        assert!(matches(".properties.headers.tenant == \"acme\"", b"x"));
        assert!(matches(".properties.message_id | startswith(\"m-\")", b"x"));
        assert!(matches(".json.amount > 100", br#"{"amount": 150}"#));
        assert!(!matches(".json.amount > 100", br#"{"amount": 50}"#));
        assert!(matches(".body | test(\"time.ut\")", b"a timeout"));
        assert!(!matches(".json", b"not json"));
    }

    #[test]
    fn only_false_null_nothing_and_failures_do_not_match() {
        assert!(matches("1", b"x"));
        assert!(matches("\"\"", b"x"));
        assert!(!matches("null", b"x"));
        assert!(!matches("false", b"x"));
        assert!(!matches("empty", b"x"));
        assert!(matches("false, true", b"x"));
        let filter = Filter::compile(".body.x").unwrap();
        let properties = BasicProperties::default();
        let view = MessageView {
            exchange: "",
            routing_key: "",
            redelivered: false,
            properties: &properties,
            body: b"text",
        };
        assert!(!filter.matches(&view));
        assert_eq!(filter.failed.get(), 1);
    }

    #[test]
    fn a_bad_expression_is_a_usage_error_that_says_where() {
        for code in [".a ==", "(.a", "nosuch(1)", "\"abc", ".a | |", "$x"] {
            let err = Filter::compile(code).err().expect(code);
            assert_eq!(err.exit_code(), 64, "{code}");
            assert!(err.to_string().contains("not a valid expression"), "{err}");
        }
        let err = Filter::compile("nosuch(1)").err().unwrap();
        assert!(
            err.to_string().contains("undefined filter 'nosuch'"),
            "{err}"
        );
    }
}
