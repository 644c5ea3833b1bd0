//! Where received messages go, and when a message counts as delivered there: into a file once
//! written and flushed, to a terminal once written, into a pipe (or FIFO) only once the reader
//! has taken its bytes out of the pipe — a write into a pipe is not a delivery. `consume` and
//! `get` acknowledge what [`Sink::taken`] counts and put the rest back.

use std::collections::VecDeque;
use std::fs::File;
use std::io::Write;
use std::time::Duration;

use lapin::Acker;

use crate::envelope::MessageView;
use crate::error::{Error, Result};
use crate::output::message::MessageWriter;
use crate::stop::Stop;

/// How often a reader's progress is looked at while written messages wait in the pipe.
pub const PIPE_POLL: Duration = Duration::from_millis(2);

/// The standard output messages are written to.
pub struct Sink<'a> {
    out: Out<'a>,
    /// Messages written so far (the sequence number of the last one).
    written: u64,
    /// Messages known to be delivered.
    taken: u64,
}

enum Out<'a> {
    /// A file or a terminal: delivered once written and flushed.
    Stream(&'a mut dyn Write),
    Pipe(Pipe),
    /// Somewhere else than stdout (`consume --save-dir`): delivered once stored.
    Store(Box<dyn Store + 'a>),
}

/// A destination that has each message once `store` returns.
pub trait Store {
    fn store(&mut self, message: &MessageView) -> Result<()>;
}

/// Standard output is a pipe: the bytes of each message are counted, and the pipe is asked how
/// many are still unread (`FIONREAD`).
struct Pipe {
    file: File,
    /// Rendered, not yet written.
    buffer: Vec<u8>,
    /// Bytes that went into the pipe so far.
    sent: u64,
    /// Bytes rendered so far (sent, or in `buffer`).
    rendered: u64,
    /// Messages not yet taken: (their sequence number, the byte offset their line ends at).
    waiting: VecDeque<(u64, u64)>,
}

impl<'a> Sink<'a> {
    /// Messages written to `out`, which is standard output (buffered): into a pipe, they are
    /// written to the pipe directly instead, so that every byte that went in is counted.
    pub fn stdout(out: &'a mut dyn Write) -> Sink<'a> {
        let out = match stdout_pipe() {
            Some(file) => Out::Pipe(Pipe {
                file,
                buffer: Vec::with_capacity(64 * 1024),
                sent: 0,
                rendered: 0,
                waiting: VecDeque::new(),
            }),
            None => Out::Stream(out),
        };
        Sink {
            out,
            written: 0,
            taken: 0,
        }
    }

    /// Messages stored instead of written (the writer is not used then).
    pub fn store(store: Box<dyn Store + 'a>) -> Sink<'a> {
        Sink {
            out: Out::Store(store),
            written: 0,
            taken: 0,
        }
    }

    pub fn is_pipe(&self) -> bool {
        matches!(self.out, Out::Pipe(_))
    }

    /// Writes one message (buffered until [`Sink::flush`]); returns its sequence number.
    pub fn write(&mut self, writer: &MessageWriter, message: &MessageView) -> Result<u64> {
        match &mut self.out {
            Out::Stream(out) => writer.write(*out, message)?,
            Out::Store(store) => store.store(message)?,
            Out::Pipe(pipe) => {
                let before = pipe.buffer.len();
                writer.write(&mut pipe.buffer, message)?;
                pipe.rendered += (pipe.buffer.len() - before) as u64;
                pipe.waiting.push_back((self.written + 1, pipe.rendered));
            }
        }
        self.written += 1;
        Ok(self.written)
    }

    /// Writes out what is buffered; a broken pipe is an error (the reader is gone).
    pub fn flush(&mut self) -> Result<()> {
        match &mut self.out {
            Out::Stream(out) => {
                out.flush().map_err(Error::output)?;
                self.taken = self.written;
                Ok(())
            }
            Out::Store(_) => {
                self.taken = self.written;
                Ok(())
            }
            Out::Pipe(pipe) => {
                let flushed = pipe.send();
                self.taken = pipe.taken(self.taken);
                flushed.map_err(Error::output)
            }
        }
    }

    /// The sequence number of the last message of an unbroken run that the destination has
    /// (0: none yet); in a pipe, what the reader has taken out of it by now.
    pub fn taken(&mut self) -> u64 {
        if let Out::Pipe(pipe) = &mut self.out {
            self.taken = pipe.taken(self.taken);
        }
        self.taken
    }

    /// The sequence number of the last message written (0: none yet).
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Messages written whose delivery is not known yet (unread in the pipe).
    pub fn waiting(&mut self) -> u64 {
        self.written - self.taken()
    }

    /// At the end: writes out what is buffered, then waits until the reader of a pipe has
    /// taken everything, closed the pipe, or `stop` is raised. Returns what was taken.
    pub async fn finish(&mut self, stop: &Stop) -> u64 {
        if self.is_pipe() {
            // A reader that went away leaves the last bytes in our buffer: they count as not taken.
            let _ = self.flush();
            while self.waiting() > 0 && !self.closed() && !stop.is_raised() {
                tokio::select! {
                    _ = tokio::time::sleep(PIPE_POLL) => {}
                    _ = stop.raised() => {}
                }
            }
        }
        self.taken()
    }

    /// Whether the reader of the pipe has gone (nothing more can be delivered).
    pub fn closed(&self) -> bool {
        match &self.out {
            Out::Stream(_) | Out::Store(_) => false,
            Out::Pipe(pipe) => reader_gone(&pipe.file),
        }
    }
}

impl Pipe {
    /// Writes the buffer into the pipe, counting each byte that went in, also on failure.
    fn send(&mut self) -> std::io::Result<()> {
        let mut done = 0;
        let result = loop {
            if done == self.buffer.len() {
                break Ok(());
            }
            match self.file.write(&self.buffer[done..]) {
                Ok(0) => break Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => done += n,
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                Err(err) => break Err(err),
            }
        };
        self.sent += done as u64;
        self.buffer.drain(..done);
        result
    }

    /// The last message whose every byte the reader has taken (at least `known`).
    fn taken(&mut self, known: u64) -> u64 {
        // Unknown (not a pipe after all, an old kernel): nothing more is known to be taken.
        let Some(unread) = unread(&self.file) else {
            return known;
        };
        let read = self.sent.saturating_sub(unread);
        let mut taken = known;
        while let Some(&(seq, end)) = self.waiting.front() {
            if end > read {
                break;
            }
            taken = seq;
            self.waiting.pop_front();
        }
        taken
    }
}

/// A handle of its own on standard output when it is a pipe or a FIFO.
fn stdout_pipe() -> Option<File> {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let fd = std::io::stdout().as_fd().try_clone_to_owned().ok()?;
    let file = File::from(fd);
    let fifo = file.metadata().ok()?.file_type().is_fifo();
    fifo.then_some(file)
}

/// Bytes written into the pipe that no reader has taken yet.
fn unread(file: &File) -> Option<u64> {
    use std::os::fd::AsRawFd;
    let mut unread: libc::c_int = 0;
    // SAFETY: FIONREAD writes one c_int through the pointer, which points at one.
    let done = unsafe { libc::ioctl(file.as_raw_fd(), libc::FIONREAD, &mut unread) };
    (done == 0).then(|| u64::try_from(unread).unwrap_or(0))
}

/// A pipe whose every reader has closed it reports an error condition to poll.
fn reader_gone(file: &File) -> bool {
    use std::os::fd::AsRawFd;
    let mut fds = libc::pollfd {
        fd: file.as_raw_fd(),
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, a zero timeout.
    let ready = unsafe { libc::poll(&mut fds, 1, 0) };
    ready > 0 && fds.revents & libc::POLLERR != 0
}

/// Messages written and not yet settled with the broker, oldest first, by sequence number.
#[derive(Default)]
pub struct Unsettled {
    messages: VecDeque<(u64, Acker)>,
}

impl Unsettled {
    pub fn push(&mut self, seq: u64, acker: Acker) {
        self.messages.push_back((seq, acker));
    }

    /// Forgets the messages up to sequence number `upto`; the acker of the last of them, to
    /// settle them all in one frame (`multiple`).
    pub fn through(&mut self, upto: u64) -> Option<Acker> {
        let mut last = None;
        while self.messages.front().is_some_and(|(seq, _)| *seq <= upto) {
            last = self.messages.pop_front().map(|(_, acker)| acker);
        }
        last
    }

    /// Forgets the messages up to sequence number `upto`; the ackers of them all, oldest
    /// first, to settle them one by one.
    pub fn each_through(&mut self, upto: u64) -> Vec<Acker> {
        let mut each = Vec::new();
        while self.messages.front().is_some_and(|(seq, _)| *seq <= upto) {
            each.extend(self.messages.pop_front().map(|(_, acker)| acker));
        }
        each
    }

    /// Forgets them all; the acker of the last one.
    pub fn all(&mut self) -> Option<Acker> {
        self.through(u64::MAX)
    }

    pub fn len(&self) -> u64 {
        self.messages.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    pub fn clear(&mut self) {
        self.messages.clear();
    }
}
