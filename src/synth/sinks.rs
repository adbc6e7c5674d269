//! Where generated files go: a streaming [`Sink`] (begin a file, write bytes, end it), with a ZIP
//! writer shaped like LinkedIn's archives, a folder writer and an in-memory one for tests.
//!
//! Sinks only move bytes; what goes in the files is the generator's business.

use std::fs;
use std::io::{self, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Receives the export one file at a time, in pieces, so gigabytes never sit in memory.
pub trait Sink {
    /// Starts a file at `path` (inside the export, `/`-separated, no leading `/`).
    fn begin(&mut self, path: &str) -> io::Result<()>;
    /// Appends bytes to the current file.
    fn write(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Finishes the current file.
    fn end(&mut self) -> io::Result<()>;
}

/// Writes a ZIP the way LinkedIn does: entries at the root, deflate, no directory entries.
///
/// Call [`ZipSink::finish`] after [`super::generate`] to write the central directory.
pub struct ZipSink<W: Write + Seek> {
    zip: ZipWriter<W>,
    options: SimpleFileOptions,
}

impl<W: Write + Seek> ZipSink<W> {
    /// A ZIP sink with deflate level 1 and a fixed timestamp (so output is reproducible).
    pub fn new(inner: W) -> ZipSink<W> {
        let when = DateTime::from_date_and_time(2026, 6, 30, 12, 0, 0).unwrap_or_default();
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(1))
            .last_modified_time(when);
        ZipSink {
            zip: ZipWriter::new(inner),
            options,
        }
    }

    /// Sets the deflate level (1–9).
    pub fn level(mut self, level: i64) -> Self {
        self.options = self.options.compression_level(Some(level));
        self
    }

    /// Marks every entry as possibly larger than 4 GiB (ZIP64); needed only for huge exports.
    pub fn large_files(mut self, on: bool) -> Self {
        self.options = self.options.large_file(on);
        self
    }

    /// Writes the central directory and returns the inner writer.
    pub fn finish(self) -> io::Result<W> {
        self.zip.finish().map_err(io::Error::other)
    }
}

impl<W: Write + Seek> Sink for ZipSink<W> {
    fn begin(&mut self, path: &str) -> io::Result<()> {
        self.zip
            .start_file(path, self.options)
            .map_err(io::Error::other)
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.zip.write_all(bytes)
    }

    fn end(&mut self) -> io::Result<()> {
        // The zip writer closes an entry when the next one starts or at `finish`.
        Ok(())
    }
}

/// Writes each file under a folder, creating sub-folders (`Jobs/`, `Articles/Articles/`).
pub struct DirSink {
    root: PathBuf,
    file: Option<BufWriter<fs::File>>,
}

impl DirSink {
    /// A sink writing under `root` (created if missing).
    pub fn new(root: impl AsRef<Path>) -> io::Result<DirSink> {
        fs::create_dir_all(root.as_ref())?;
        Ok(DirSink {
            root: root.as_ref().to_path_buf(),
            file: None,
        })
    }
}

impl Sink for DirSink {
    fn begin(&mut self, path: &str) -> io::Result<()> {
        self.end()?;
        let full = self.root.join(path);
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent)?;
        }
        self.file = Some(BufWriter::with_capacity(1 << 16, fs::File::create(full)?));
        Ok(())
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        match &mut self.file {
            Some(f) => f.write_all(bytes),
            None => Err(io::Error::other("DirSink::write outside a file")),
        }
    }

    fn end(&mut self) -> io::Result<()> {
        match self.file.take() {
            Some(mut f) => f.flush(),
            None => Ok(()),
        }
    }
}

/// Keeps every file in memory, in the order written: for tests and small fixtures.
#[derive(Debug, Default)]
pub struct MemSink {
    /// `(path, bytes)` per file.
    pub files: Vec<(String, Vec<u8>)>,
}

impl MemSink {
    /// The bytes of the file at `path`, if it was written.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, b)| b.as_slice())
    }
}

impl Sink for MemSink {
    fn begin(&mut self, path: &str) -> io::Result<()> {
        self.files.push((path.to_string(), Vec::new()));
        Ok(())
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self.files.last_mut() {
            Some((_, b)) => {
                b.extend_from_slice(bytes);
                Ok(())
            }
            None => Err(io::Error::other("MemSink::write outside a file")),
        }
    }

    fn end(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Discards the bytes (for measuring the generator alone).
#[derive(Debug, Default)]
pub struct NullSink;

impl Sink for NullSink {
    fn begin(&mut self, _path: &str) -> io::Result<()> {
        Ok(())
    }
    fn write(&mut self, _bytes: &[u8]) -> io::Result<()> {
        Ok(())
    }
    fn end(&mut self) -> io::Result<()> {
        Ok(())
    }
}
