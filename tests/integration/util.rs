//! Running the binary and reading its output.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    pub fn stdout_str(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_linkedin-exposure")
}

pub fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    output(Command::new(bin()).args(args))
}

/// Runs the binary with `dir` as its working directory.
pub fn run_in<I, S>(dir: &std::path::Path, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    output(Command::new(bin()).args(args).current_dir(dir))
}

fn output(command: &mut Command) -> Run {
    let out = command.output().expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

pub const ERAS: [&str; 3] = [
    "Basic_LinkedInDataExport_07-11-2023",
    "Complete_LinkedInDataExport_03-20-2024",
    "Complete_LinkedInDataExport_07-05-2026",
];

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
