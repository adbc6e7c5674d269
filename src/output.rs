//! Writing output files that hold personal data (DESIGN §2, §7): mode 0600, no overwrite
//! without `--force`, and never through a symlink planted at the path.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context as _, Result};

/// Writes `bytes` to a new file at `path`, created with mode 0600.
///
/// Without `force` an existing path (a file, a directory or a symlink, even a dangling one) is
/// an error. With `force` an existing regular file is replaced by a new one; a symlink or
/// anything else that is not a regular file is still refused. The file is created with
/// `O_CREAT | O_EXCL`, which never follows a symlink.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if force {
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                bail!(
                    "{} is a symbolic link; not writing through it",
                    path.display()
                )
            }
            Ok(meta) if !meta.is_file() => {
                bail!("{} exists and is not a regular file", path.display())
            }
            Ok(_) => std::fs::remove_file(path)
                .with_context(|| format!("removing the old {}", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("checking {}", path.display())),
        }
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => bail!(
            "{} already exists; add --force to overwrite it",
            path.display()
        ),
        Err(e) => return Err(e).with_context(|| format!("creating {}", path.display())),
    };
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::write_private;

    #[test]
    fn new_files_are_private_and_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        write_private(&path, b"one", false).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let err = write_private(&path, b"two", false).unwrap_err();
        assert!(err.to_string().contains("--force"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_private(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("victim");
        std::fs::write(&target, b"keep").unwrap();
        let link = dir.path().join("report.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(write_private(&link, b"x", false).is_err());
        assert!(write_private(&link, b"x", true).is_err());
        let dangling = dir.path().join("dangling.md");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        assert!(write_private(&dangling, b"x", false).is_err());
        assert!(!dir.path().join("nowhere").exists());
        assert_eq!(std::fs::read(&target).unwrap(), b"keep");
    }
}
