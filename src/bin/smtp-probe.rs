//! `smtp-probe`: the native front door. All logic lives in the library;
//! this only hands over the process arguments and exit code.

#![forbid(unsafe_code)]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    smtp_check::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
