//! The built-in theme and `init`'s starter site are embedded in the
//! program (`include_dir!`), which cargo does not track by itself: a
//! change to either must rebuild fadaa, or it would ship stale files.

fn main() {
    println!("cargo:rerun-if-changed=themes/espace");
    println!("cargo:rerun-if-changed=starter");
}
