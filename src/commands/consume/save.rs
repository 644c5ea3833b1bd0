//! The save directory of `consume --save-dir` and `produce --from-dir`: one message a pair of
//! files named by its sequence number, `000001.body` (the body, byte for byte) and
//! `000001.json` (the envelope without the body, `received_at` included). The envelope is
//! written last, to a temporary name renamed into place, so that a `.json` file is there only
//! once its message is whole; a reader takes the messages that have one, in number order.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::envelope::{MessageView, Recorded, bodiless, parse_bodiless};
use crate::error::{Error, Result};
use crate::output::pipe::Store;

/// Where `consume --save-dir` writes: a new or empty directory.
pub struct SaveDir {
    dir: PathBuf,
    /// The number of the last message saved.
    saved: u64,
}

impl SaveDir {
    /// Creates `dir` (and its parents) when missing; refuses one that holds anything, so that
    /// two runs never mix in one directory nor overwrite each other.
    pub fn create(dir: &Path) -> Result<SaveDir> {
        let shown = dir.display();
        fs::create_dir_all(dir).map_err(|e| Error::write(format!("--save-dir '{shown}'"), e))?;
        let mut entries =
            fs::read_dir(dir).map_err(|e| Error::read(format!("--save-dir '{shown}'"), e))?;
        if entries.next().is_some() {
            return Err(Error::usage(format!(
                "--save-dir '{shown}' is not empty: give a new or empty directory"
            ))
            .with_hint("each run saves into a directory of its own, numbered from 000001"));
        }
        Ok(SaveDir {
            dir: dir.to_owned(),
            saved: 0,
        })
    }
}

impl Store for SaveDir {
    /// Saves one message: its body, then its envelope. Written and closed, not fsync'd: the
    /// message is acknowledged once the files are in the operating system's hands, as a
    /// message written to a file on stdout is.
    fn store(&mut self, message: &MessageView) -> Result<()> {
        let seq = self.saved + 1;
        let body = self.dir.join(format!("{seq:06}.body"));
        fs::write(&body, message.body)
            .map_err(|e| Error::write(format!("'{}'", body.display()), e))?;
        let json = self.dir.join(format!("{seq:06}.json"));
        let partial = self.dir.join(format!("{seq:06}.json.partial"));
        let mut text = serde_json::to_vec_pretty(&bodiless(message))
            .map_err(|e| Error::internal(format!("cannot render an envelope: {e}")))?;
        text.push(b'\n');
        fs::File::create(&partial)
            .and_then(|mut file| file.write_all(&text))
            .and_then(|()| fs::rename(&partial, &json))
            .map_err(|e| Error::write(format!("'{}'", json.display()), e))?;
        self.saved = seq;
        Ok(())
    }
}

/// What `produce --from-dir` reads: the saved messages, in number order.
pub struct SavedDir {
    /// The envelopes still to read, last first (popped from the end).
    left: Vec<(u64, PathBuf)>,
}

impl SavedDir {
    pub fn open(dir: &Path) -> Result<SavedDir> {
        let what = format!("--from-dir '{}'", dir.display());
        let entries = fs::read_dir(dir).map_err(|e| Error::read(&what, e))?;
        let mut left = Vec::new();
        for entry in entries {
            let path = entry.map_err(|e| Error::read(&what, e))?.path();
            let number = path
                .file_name()
                .and_then(|name| name.to_str())
                .and_then(|name| name.strip_suffix(".json"))
                .and_then(|stem| stem.parse::<u64>().ok());
            if let Some(number) = number {
                left.push((number, path));
            }
        }
        if left.is_empty() {
            return Err(Error::not_found(format!(
                "{what} holds no saved message (NNNNNN.json and NNNNNN.body, as consume --save-dir writes)"
            )));
        }
        left.sort_unstable_by_key(|entry| std::cmp::Reverse(entry.0));
        Ok(SavedDir { left })
    }

    /// The next message, and the name of its envelope (for error messages); None at the end.
    /// A message that cannot be read is `Err(what is wrong)`, for the caller to stop at or skip.
    pub fn next(&mut self) -> Option<(String, std::result::Result<Recorded, String>)> {
        let (_, json) = self.left.pop()?;
        let name = format!("'{}'", json.display());
        let body = json.with_extension("body");
        let read = fs::read_to_string(&json)
            .map_err(|e| format!("cannot read it: {e}"))
            .and_then(|text| {
                let bytes = fs::read(&body)
                    .map_err(|e| format!("cannot read its body '{}': {e}", body.display()))?;
                parse_bodiless(&text, bytes)
            });
        Some((name, read))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lapin::BasicProperties;

    #[test]
    fn saved_messages_read_back_in_order_and_a_used_dir_is_refused() {
        let root = std::env::temp_dir().join(format!("mq-save-{}", std::process::id()));
        let dir = root.join("new");
        let mut save = SaveDir::create(&dir).unwrap();
        let props = BasicProperties::default().with_priority(4);
        let bodies: Vec<Vec<u8>> = (0..12u8).map(|n| vec![n, 0xff, b'\n']).collect();
        for body in &bodies {
            let message = MessageView {
                exchange: "x",
                routing_key: "k",
                redelivered: false,
                properties: &props,
                body,
            };
            save.store(&message).unwrap();
        }
        assert!(SaveDir::create(&dir).is_err());
        let mut saved = SavedDir::open(&dir).unwrap();
        for body in &bodies {
            let (_, read) = saved.next().unwrap();
            let read = read.unwrap();
            assert_eq!(&read.body, body);
            assert_eq!(read.properties, props);
            assert!(read.received_at.is_some());
        }
        assert!(saved.next().is_none());
        fs::remove_dir_all(&root).unwrap();
    }
}
