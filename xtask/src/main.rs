//! `cargo run -p xtask -- generate` rewrites what is generated from mq's definitions:
//! `completions/`, `man/` and the README's tables; `cargo run -p xtask -- check` lists what is
//! stale and fails. The shipped `mq` carries none of this.

mod pages;
mod readme;

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pages::{COMPLETIONS_DIR, MAN_DIR};
use readme::README;

/// The command line the generated files describe: the one `mq` itself parses.
pub fn cli() -> clap::Command {
    mq::cli::command()
}

const USAGE: &str = "usage: cargo run -p xtask -- generate|check";
const GENERATE: &str = "cargo run -p xtask -- generate";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["generate"] => generate(&root).map(|drift| {
            if drift.is_empty() {
                println!("everything generated was current");
            } else {
                print!("regenerated:\n{drift}");
            }
            true
        }),
        ["check"] => check(&root).map(|drift| {
            if drift.is_empty() {
                println!("everything generated is current");
                true
            } else {
                eprint!("out of date with mq's definitions:\n{drift}regenerate with: {GENERATE}\n");
                false
            }
        }),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(64);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("xtask: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The project root: the folder above this crate's.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ has a parent")
        .to_path_buf()
}

/// How the generated files under a project root differ from what the definitions produce.
/// Paths are relative to the root.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Drift {
    pub missing: Vec<PathBuf>,
    pub stale: Vec<PathBuf>,
    /// Files the definitions no longer produce (a removed or renamed command).
    pub unexpected: Vec<PathBuf>,
    /// Generated README sections that differ from the tables.
    pub sections: Vec<String>,
}

impl Drift {
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty()
            && self.stale.is_empty()
            && self.unexpected.is_empty()
            && self.sections.is_empty()
    }
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (what, paths) in [
            ("missing", &self.missing),
            ("stale", &self.stale),
            ("no longer generated", &self.unexpected),
        ] {
            for path in paths {
                writeln!(f, "  {what}: {}", path.display())?;
            }
        }
        for section in &self.sections {
            writeln!(f, "  stale: {README}, table <!-- generated: {section} -->")?;
        }
        Ok(())
    }
}

/// Compares everything generated under `root` with what the definitions produce.
pub fn check(root: &Path) -> io::Result<Drift> {
    let mut drift = files_drift(root, &pages::expected_files())?;
    let (_, sections) = readme_update(root)?;
    drift.sections = sections;
    Ok(drift)
}

/// Rewrites what is missing or stale under `root` and removes the files the definitions no
/// longer produce; returns what it found. A directory found there is left for a person to
/// judge (and keeps failing [`check`]).
pub fn generate(root: &Path) -> io::Result<Drift> {
    let expected = pages::expected_files();
    let mut drift = files_drift(root, &expected)?;
    for path in drift.missing.iter().chain(&drift.stale) {
        let target = root.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(target, &expected[path])?;
    }
    for path in &drift.unexpected {
        let target = root.join(path);
        if !target.is_dir() {
            std::fs::remove_file(target)?;
        }
    }
    let (text, sections) = readme_update(root)?;
    if !sections.is_empty() {
        std::fs::write(root.join(README), text)?;
    }
    drift.sections = sections;
    Ok(drift)
}

/// The README as the tables would have it, and which of its sections that changes.
fn readme_update(root: &Path) -> io::Result<(String, Vec<String>)> {
    let text = std::fs::read_to_string(root.join(README))?;
    let (text, changed) =
        readme::update(&text).map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))?;
    Ok((text, changed.into_iter().map(str::to_owned).collect()))
}

fn files_drift(root: &Path, expected: &BTreeMap<PathBuf, Vec<u8>>) -> io::Result<Drift> {
    let mut drift = Drift::default();
    for (path, text) in expected {
        match std::fs::read(root.join(path)) {
            Ok(found) if found == *text => {}
            Ok(_) => drift.stale.push(path.clone()),
            Err(err) if err.kind() == io::ErrorKind::NotFound => drift.missing.push(path.clone()),
            Err(err) => return Err(err),
        }
    }
    for dir in [COMPLETIONS_DIR, MAN_DIR] {
        let entries = match std::fs::read_dir(root.join(dir)) {
            Ok(entries) => entries,
            Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
            Err(err) => return Err(err),
        };
        for entry in entries {
            let path = Path::new(dir).join(entry?.file_name());
            if !expected.contains_key(&path) {
                drift.unexpected.push(path);
            }
        }
    }
    drift.unexpected.sort();
    Ok(drift)
}

#[cfg(test)]
mod tests;
