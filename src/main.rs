use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = linkedin_exposure::cli::Cli::parse();
    match linkedin_exposure::app::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("linkedin-exposure: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
