//! Drawing `--watch` frames. On a terminal each frame overwrites the last in place: the cursor
//! goes home, every line is cleared only to its end after being written, and whatever the old
//! frame had below is cleared last — the screen is never blanked, so it does not flicker. A
//! frame taller than the terminal is cut, saying how much was left out. Elsewhere (a pipe, a
//! file) frames are written one after the other, whole, an empty line apart, without control
//! sequences.

use std::io::{self, IsTerminal, Write};

use crate::error::{Error, Result};

pub struct Screen {
    terminal: bool,
    drawn: bool,
}

const HOME: &str = "\x1b[H";
const CLEAR_LINE_END: &str = "\x1b[K";
const CLEAR_BELOW: &str = "\x1b[J";
const CLEAR_ALL: &str = "\x1b[2J";

impl Screen {
    pub fn stdout() -> Screen {
        Screen::new(io::stdout().is_terminal())
    }

    pub fn new(terminal: bool) -> Screen {
        Screen {
            terminal,
            drawn: false,
        }
    }

    /// Draws one frame: `header` (terminal only) above `body`.
    pub fn draw(&mut self, out: &mut dyn Write, header: &str, body: &str) -> Result<()> {
        let text = if self.terminal {
            let height = crossterm::terminal::size()
                .ok()
                .map(|(_, rows)| usize::from(rows));
            frame(header, body, height, !self.drawn)
        } else if self.drawn {
            // Frames in a pipe or a file are told apart by an empty line: a reader of tsv
            // sees where one ends, and `jq` reads the json frames as a stream all the same.
            format!("\n{body}")
        } else {
            body.to_owned()
        };
        self.drawn = true;
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(Error::output)
    }

    /// After the last frame (Ctrl-C): the frame stays; the prompt goes below it.
    pub fn finish(&self, out: &mut dyn Write) -> Result<()> {
        if self.terminal && self.drawn {
            writeln!(out).map_err(Error::output)?;
        }
        out.flush().map_err(Error::output)
    }
}

/// The bytes of one terminal frame, cut to `height` lines when known.
pub fn frame(header: &str, body: &str, height: Option<usize>, first: bool) -> String {
    let mut lines: Vec<&str> = Vec::new();
    lines.push(header);
    lines.push("");
    lines.extend(body.lines());
    let cut;
    if let Some(height) = height.filter(|h| *h > 3)
        && lines.len() >= height
    {
        // One line is kept free so that the last line written never scrolls the screen.
        let keep = height - 2;
        cut = format!("… {} more line(s)", lines.len() - keep);
        lines.truncate(keep);
        lines.push(&cut);
    }
    let mut text = String::with_capacity(body.len() + lines.len() * 4 + 16);
    if first {
        text.push_str(CLEAR_ALL);
    }
    text.push_str(HOME);
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            text.push('\n');
        }
        text.push_str(line);
        text.push_str(CLEAR_LINE_END);
    }
    text.push_str(CLEAR_BELOW);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_overwrites_in_place_and_clears_what_is_left() {
        let text = frame("every 5s", "a\nb", None, false);
        assert_eq!(text, "\x1b[Hevery 5s\x1b[K\n\x1b[K\na\x1b[K\nb\x1b[K\x1b[J");
        assert!(!text.contains(CLEAR_ALL), "no full clear after the first");
        assert!(frame("h", "a", None, true).starts_with(CLEAR_ALL));
    }

    #[test]
    fn a_tall_frame_is_cut_to_the_terminal() {
        let body: Vec<String> = (0..50).map(|i| format!("row {i}")).collect();
        let text = frame("h", &body.join("\n"), Some(10), false);
        assert_eq!(text.matches('\n').count(), 8, "{text:?}");
        assert!(text.contains("… 44 more line(s)"), "{text:?}");
    }

    #[test]
    fn elsewhere_frames_follow_each_other_plainly() {
        let mut screen = Screen::new(false);
        let mut out = Vec::new();
        screen.draw(&mut out, "header", "[]\n").unwrap();
        screen.draw(&mut out, "header", "[]\n").unwrap();
        screen.finish(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "[]\n\n[]\n");
    }
}
