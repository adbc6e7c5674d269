//! Opening exports: a ZIP file or a folder of extracted files, listed and read entry by entry.
//!
//! The ZIP central directory is the source of truth (LinkedIn writes data descriptors, so the
//! local headers carry no sizes). Entries are streamed from the archive and never written to
//! disk. Every read goes through a guard that enforces the limits against hostile archives on
//! the bytes actually produced, not on the sizes an archive declares. This module knows
//! nothing of LinkedIn: the catalog in `export` decides what an entry is.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use zip::result::ZipError;
use zip::ZipArchive;

/// Limits that no real export reaches; each protects against a hostile archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most entries in one export.
    pub max_entries: usize,
    /// Most uncompressed bytes in one entry.
    pub max_entry_bytes: u64,
    /// Most uncompressed bytes in all exports of one run.
    pub max_total_bytes: u64,
    /// Highest compression ratio (uncompressed / compressed) of an entry past `ratio_floor`.
    pub max_ratio: u64,
    /// Entries smaller than this are never refused for their ratio.
    pub ratio_floor: u64,
    /// Longest entry name, in bytes.
    pub max_name_len: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_entries: 50_000,
            max_entry_bytes: 16 << 30,
            max_total_bytes: 64 << 30,
            max_ratio: 250,
            ratio_floor: 16 << 20,
            max_name_len: 1024,
        }
    }
}

/// What went wrong opening or reading an export.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// The export could not be opened at all.
    #[error("cannot open {path}: {source}")]
    Open {
        /// The path as given.
        path: String,
        /// Why.
        source: io::Error,
    },
    /// The file is not a readable ZIP archive.
    #[error("{path} is not a readable ZIP archive: {source}")]
    NotZip {
        /// The path as given.
        path: String,
        /// What the ZIP reader said.
        source: ZipError,
    },
    /// A limit was exceeded.
    #[error("{entry}: {what} (a limit against hostile archives; see --help)")]
    Limit {
        /// The entry.
        entry: String,
        /// Which limit, with the numbers.
        what: String,
    },
    /// An entry could not be read.
    #[error("{entry}: {source}")]
    Read {
        /// The entry.
        entry: String,
        /// Why.
        source: io::Error,
    },
    /// An entry cannot be read by design (encrypted, unsupported method, symlink, ...).
    #[error("{entry}: {why}")]
    Unreadable {
        /// The entry.
        entry: String,
        /// Why.
        why: String,
    },
}

/// One file inside an export.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The path relative to the export root, with `/`, after removing a re-zip's top folder.
    pub path: String,
    /// The uncompressed size the archive declares (or the file's size in a folder).
    pub size: u64,
    /// The compressed size (equal to `size` in a folder).
    pub compressed: u64,
    /// Why this entry cannot be read, if it cannot.
    pub problem: Option<String>,
    locator: Locator,
}

#[derive(Debug, Clone)]
enum Locator {
    Zip(usize),
    File(PathBuf),
}

/// An opened export: a ZIP file or a folder.
#[derive(Debug)]
pub struct Archive {
    /// The path as the user gave it.
    pub label: String,
    /// The name that may carry LinkedIn's export kind and date (file or top folder name).
    pub names: Vec<String>,
    /// The entries, sorted by path.
    pub entries: Vec<Entry>,
    /// Problems with the listing itself (duplicate names, skipped unsafe names).
    pub notes: Vec<(String, String)>,
    zip: Option<ZipArchive<SharedFile>>,
    limits: Limits,
}

impl Archive {
    /// Opens a ZIP file or a folder.
    pub fn open(path: &Path, limits: Limits) -> Result<Archive, ArchiveError> {
        let label = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|source| ArchiveError::Open {
            path: label.clone(),
            source,
        })?;
        let mut names = vec![path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()];
        let mut notes = Vec::new();
        let (mut entries, zip) = if meta.is_dir() {
            (list_dir(path, &limits, &label, &mut notes)?, None)
        } else {
            let file = File::open(path).map_err(|source| ArchiveError::Open {
                path: label.clone(),
                source,
            })?;
            let shared = SharedFile::new(file).map_err(|source| ArchiveError::Open {
                path: label.clone(),
                source,
            })?;
            let zip = ZipArchive::new(shared).map_err(|source| ArchiveError::NotZip {
                path: label.clone(),
                source,
            })?;
            (list_zip(&zip, &limits, &label, &mut notes)?, Some(zip))
        };
        if let Some(top) = strip_top_folder(&mut entries) {
            names.push(top);
        }
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Archive {
            label,
            names,
            entries,
            notes,
            zip,
            limits,
        })
    }

    /// Reads one entry through `f`, with the limits enforced and `counter` advanced by every
    /// uncompressed byte read (for the total-size limit and the progress bar).
    pub fn read_entry<T>(
        &self,
        entry: &Entry,
        counter: &AtomicU64,
        f: impl FnOnce(&mut dyn Read) -> io::Result<T>,
    ) -> Result<T, ArchiveError> {
        if let Some(why) = &entry.problem {
            return Err(ArchiveError::Unreadable {
                entry: entry.path.clone(),
                why: why.clone(),
            });
        }
        let read_err = |source: io::Error| match source
            .get_ref()
            .and_then(|e| e.downcast_ref::<LimitExceeded>())
        {
            Some(limit) => ArchiveError::Limit {
                entry: entry.path.clone(),
                what: limit.0.clone(),
            },
            None => ArchiveError::Read {
                entry: entry.path.clone(),
                source,
            },
        };
        match &entry.locator {
            Locator::Zip(index) => {
                let mut zip = self.zip.clone().expect("zip entries come from a zip");
                let mut file = zip.by_index(*index).map_err(|e| ArchiveError::Unreadable {
                    entry: entry.path.clone(),
                    why: e.to_string(),
                })?;
                let mut guard = Guard::new(&mut file, entry, &self.limits, counter);
                f(&mut guard).map_err(read_err)
            }
            Locator::File(path) => {
                let mut file = File::open(path).map_err(read_err)?;
                let mut guard = Guard::new(&mut file, entry, &self.limits, counter);
                f(&mut guard).map_err(read_err)
            }
        }
    }
}

fn list_zip(
    zip: &ZipArchive<SharedFile>,
    limits: &Limits,
    label: &str,
    notes: &mut Vec<(String, String)>,
) -> Result<Vec<Entry>, ArchiveError> {
    if zip.len() > limits.max_entries {
        return Err(ArchiveError::Limit {
            entry: label.to_string(),
            what: format!(
                "{} entries, more than the limit of {}",
                zip.len(),
                limits.max_entries
            ),
        });
    }
    if zip.has_duplicate_names() {
        notes.push((
            label.to_string(),
            "the archive lists some names twice; only the last of each is read".into(),
        ));
    }
    let overlapping = overlapping_entries(zip);
    let mut entries = Vec::with_capacity(zip.len());
    for index in 0..zip.len() {
        let data = zip
            .by_index_data(index)
            .map_err(|source| ArchiveError::NotZip {
                path: label.to_string(),
                source,
            })?;
        let raw = String::from_utf8_lossy(data.name_raw()).into_owned();
        if data.is_dir() {
            continue;
        }
        let path = match safe_name(&raw, limits) {
            Ok(path) => path,
            Err(why) => {
                notes.push((raw.escape_debug().to_string(), why));
                continue;
            }
        };
        let problem = if let Some(other) = overlapping.get(&index) {
            Some(format!(
                "the entry's data overlaps that of `{other}` (an overlapping-entries zip bomb?); not read"
            ))
        } else if data.encrypted() {
            Some("the entry is encrypted; it was not read".to_string())
        } else if data.is_symlink() {
            Some("the entry is a symbolic link; it was not followed".to_string())
        } else if !matches!(
            data.compression(),
            zip::CompressionMethod::Stored
                | zip::CompressionMethod::Deflated
                | zip::CompressionMethod::Deflate64
        ) {
            Some(format!(
                "the entry uses compression method {}, which this tool does not read",
                data.compression()
            ))
        } else {
            None
        };
        entries.push(Entry {
            path,
            size: data.size(),
            compressed: data.compressed_size(),
            problem,
            locator: Locator::Zip(index),
        });
    }
    Ok(entries)
}

/// Entries whose bytes overlap an earlier entry's bytes in the file: the non-recursive zip
/// bomb, where many central-directory records point into one deflate stream, so a small file
/// inflates once per record. The first entry at a place is read; every later one that starts
/// inside it is refused. A local header is at least 30 bytes plus the name, then the data.
fn overlapping_entries(zip: &ZipArchive<SharedFile>) -> std::collections::HashMap<usize, String> {
    let mut spans: Vec<(u64, u64, usize, String)> = (0..zip.len())
        .filter_map(|i| {
            let data = zip.by_index_data(i).ok()?;
            let name = String::from_utf8_lossy(data.name_raw()).into_owned();
            let start = data.header_start();
            let end = start + 30 + data.name_raw().len() as u64 + data.compressed_size();
            Some((start, end, i, name))
        })
        .collect();
    // By position, and at one position in central-directory order: the first listed wins.
    spans.sort_by_key(|&(start, _, index, _)| (start, index));
    let mut out = std::collections::HashMap::new();
    let mut reach: Option<(u64, String)> = None;
    for (start, end, index, name) in spans {
        match &reach {
            Some((until, owner)) if start < *until => {
                out.insert(index, owner.clone());
            }
            _ => reach = Some((end, name)),
        }
    }
    out
}

fn list_dir(
    root: &Path,
    limits: &Limits,
    label: &str,
    notes: &mut Vec<(String, String)>,
) -> Result<Vec<Entry>, ArchiveError> {
    let mut entries = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let listing = std::fs::read_dir(&dir).map_err(|source| ArchiveError::Open {
            path: dir.display().to_string(),
            source,
        })?;
        for item in listing {
            let item = item.map_err(|source| ArchiveError::Open {
                path: dir.display().to_string(),
                source,
            })?;
            let path = item.path();
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let kind = item.file_type().map_err(|source| ArchiveError::Open {
                path: path.display().to_string(),
                source,
            })?;
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_symlink() {
                notes.push((rel, "a symbolic link; it was not followed".into()));
            } else if kind.is_file() {
                let size = item.metadata().map(|m| m.len()).unwrap_or(0);
                entries.push(Entry {
                    path: rel,
                    size,
                    compressed: size,
                    problem: None,
                    locator: Locator::File(path),
                });
                if entries.len() > limits.max_entries {
                    return Err(ArchiveError::Limit {
                        entry: label.to_string(),
                        what: format!("more than {} files", limits.max_entries),
                    });
                }
            }
        }
    }
    Ok(entries)
}

/// Accepts relative names without `..`, NUL or a drive; returns them with `/` separators.
fn safe_name(raw: &str, limits: &Limits) -> Result<String, String> {
    if raw.len() > limits.max_name_len {
        return Err(format!(
            "an entry name of {} bytes, longer than the limit of {}; skipped",
            raw.len(),
            limits.max_name_len
        ));
    }
    if raw.contains('\0') {
        return Err("an entry name with a NUL byte; skipped".into());
    }
    let name = raw.replace('\\', "/");
    if name.starts_with('/') || Path::new(&name).has_root() || name.get(1..2) == Some(":") {
        return Err("an absolute entry name; skipped".into());
    }
    let mut parts = Vec::new();
    for component in Path::new(&name).components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::CurDir => {}
            _ => return Err("an entry name that climbs out of the archive (`..`); skipped".into()),
        }
    }
    if parts.is_empty() {
        return Err("an empty entry name; skipped".into());
    }
    Ok(parts.join("/"))
}

/// Removes one or two levels of a folder that every entry shares (a member who extracted and
/// re-zipped), unless it is a folder LinkedIn writes itself. Returns the removed folder name.
fn strip_top_folder(entries: &mut [Entry]) -> Option<String> {
    let mut removed = None;
    for _ in 0..2 {
        let Some((first, _)) = entries.first().and_then(|e| e.path.split_once('/')) else {
            break;
        };
        let first = first.to_string();
        if crate::export::catalog::LINKEDIN_FOLDERS.contains(&first.to_lowercase().as_str()) {
            break;
        }
        let prefix = format!("{first}/");
        if !entries.iter().all(|e| e.path.starts_with(&prefix)) {
            break;
        }
        for entry in entries.iter_mut() {
            entry.path.drain(..prefix.len());
        }
        removed = Some(first);
    }
    removed
}

#[derive(Debug)]
struct LimitExceeded(String);

impl std::fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LimitExceeded {}

/// Counts the bytes an entry really inflates to and stops at the limits.
struct Guard<'a, R: ?Sized> {
    inner: &'a mut R,
    read: u64,
    compressed: u64,
    limits: &'a Limits,
    counter: &'a AtomicU64,
}

impl<'a, R: Read + ?Sized> Guard<'a, R> {
    fn new(inner: &'a mut R, entry: &Entry, limits: &'a Limits, counter: &'a AtomicU64) -> Self {
        Guard {
            inner,
            read: 0,
            compressed: entry.compressed.max(1),
            limits,
            counter,
        }
    }

    fn check(&self, total: u64) -> io::Result<()> {
        let l = self.limits;
        let fail = |what: String| Err(io::Error::other(LimitExceeded(what)));
        if self.read > l.max_entry_bytes {
            return fail(format!("inflates to more than {} bytes", l.max_entry_bytes));
        }
        if self.read > l.ratio_floor && self.read / self.compressed > l.max_ratio {
            return fail(format!(
                "compression ratio above {}:1 ({} compressed bytes inflate past {}): a zip bomb?",
                l.max_ratio, self.compressed, self.read
            ));
        }
        if total > l.max_total_bytes {
            return fail(format!(
                "the exports together inflate to more than {} bytes",
                l.max_total_bytes
            ));
        }
        Ok(())
    }
}

impl<R: Read + ?Sized> Read for Guard<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        let total = self.counter.fetch_add(n as u64, Ordering::Relaxed) + n as u64;
        self.check(total)?;
        Ok(n)
    }
}

/// A file shared by every reader of one archive: each clone keeps its own position and reads
/// with positioned reads, so rayon tasks read entries side by side without reopening the file
/// or re-parsing the central directory.
#[derive(Debug, Clone)]
struct SharedFile {
    file: Arc<File>,
    pos: u64,
    len: u64,
}

impl SharedFile {
    fn new(file: File) -> io::Result<SharedFile> {
        let len = file.metadata()?.len();
        Ok(SharedFile {
            file: Arc::new(file),
            pos: 0,
            len,
        })
    }
}

impl Read for SharedFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = read_at(&self.file, buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for SharedFile {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let target = match pos {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = target
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before start"))?;
        Ok(self.pos)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], pos: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, pos)
}

#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], pos: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_names_are_refused() {
        let l = Limits::default();
        assert!(safe_name("../etc/passwd", &l).is_err());
        assert!(safe_name("a/../../b.csv", &l).is_err());
        assert!(safe_name("/etc/passwd", &l).is_err());
        assert!(safe_name("C:\\x.csv", &l).is_err());
        assert!(safe_name("a\0b.csv", &l).is_err());
        assert!(safe_name(&"x".repeat(2000), &l).is_err());
        assert_eq!(
            safe_name("./Jobs\\Saved Jobs.csv", &l).unwrap(),
            "Jobs/Saved Jobs.csv"
        );
    }

    fn entry(path: &str) -> Entry {
        Entry {
            path: path.into(),
            size: 0,
            compressed: 0,
            problem: None,
            locator: Locator::Zip(0),
        }
    }

    #[test]
    fn a_rezip_top_folder_is_removed_but_not_linkedins_own() {
        let mut e = vec![
            entry("Export/Shares.csv"),
            entry("Export/Jobs/Saved Jobs.csv"),
        ];
        assert_eq!(strip_top_folder(&mut e).as_deref(), Some("Export"));
        assert_eq!(e[1].path, "Jobs/Saved Jobs.csv");
        let mut e = vec![
            entry("Jobs/Saved Jobs.csv"),
            entry("Jobs/Job Applications.csv"),
        ];
        assert_eq!(strip_top_folder(&mut e), None);
        let mut e = vec![entry("Shares.csv"), entry("x/Comments.csv")];
        assert_eq!(strip_top_folder(&mut e), None);
    }
}
