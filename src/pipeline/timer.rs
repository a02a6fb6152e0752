//! How long each stage of a build took, for `--verbose` and for
//! profiling big sites.

/// Stage durations, for `--verbose` and for profiling big sites.
pub(super) struct Timer {
    last: std::time::Instant,
    pub(super) laps: Vec<(&'static str, std::time::Duration)>,
}

impl Timer {
    pub(super) fn start() -> Timer {
        Timer {
            last: std::time::Instant::now(),
            laps: Vec::new(),
        }
    }

    pub(super) fn lap(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        self.laps.push((stage, now - self.last));
        self.last = now;
    }
}
