//! Setting a site up: `fadaa init DIR` (a new site) and `fadaa theme eject`
//! (the built-in theme written out to be changed).

use super::{print, say};
use fadaa::diag::Diagnostic;
use fadaa::init::InitError;
use fadaa::messages::Locale;
use fadaa::msg;
use fadaa::theme::EjectError;
use std::path::Path;
use std::process::ExitCode;

fn fail(root: &Path, d: Diagnostic, locale: Locale) -> ExitCode {
    print::diagnostics(root, &[d], false, locale);
    ExitCode::FAILURE
}

pub fn init(dir: &Path, locale: Locale) -> ExitCode {
    let shown = dir.display().to_string();
    match fadaa::init::init(dir) {
        Ok(count) => {
            say(
                locale,
                msg!("init-done", dir = shown.as_str(), count = count),
            );
            say(locale, msg!("init-next", dir = shown.as_str()));
            ExitCode::SUCCESS
        }
        Err(InitError::NotEmpty) => fail(
            dir,
            Diagnostic::error(msg!("init-not-empty", dir = shown.as_str()))
                .help(msg!("init-not-empty-help")),
            locale,
        ),
        Err(InitError::Io(e)) => fail(
            dir,
            Diagnostic::error(msg!(
                "cannot-write-in",
                dir = shown.as_str(),
                detail = e.to_string()
            )),
            locale,
        ),
    }
}

/// `theme eject [DIR]`: DIR defaults to the site's `themes/espace/`, where
/// the site then reads it, file by file over the built-in theme.
pub fn eject(root: &Path, dir: Option<&Path>, locale: Locale) -> ExitCode {
    let target = dir.map_or_else(
        || root.join("themes").join(fadaa::theme::BUILT_IN_NAME),
        Path::to_path_buf,
    );
    let shown = target.display().to_string();
    match fadaa::theme::eject(&target) {
        Ok(count) => {
            say(
                locale,
                msg!("eject-done", dir = shown.as_str(), count = count),
            );
            ExitCode::SUCCESS
        }
        Err(EjectError::NotEmpty) => fail(
            root,
            Diagnostic::error(msg!("eject-not-empty", dir = shown.as_str()))
                .help(msg!("eject-not-empty-help", dir = shown.as_str())),
            locale,
        ),
        Err(EjectError::Io(e)) => fail(
            root,
            Diagnostic::error(msg!(
                "cannot-write-in",
                dir = shown.as_str(),
                detail = e.to_string()
            )),
            locale,
        ),
    }
}
