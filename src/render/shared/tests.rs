use super::*;

#[test]
fn collation_ignores_accents_and_hamza() {
    assert!(collation_key("Émilie") < collation_key("Fatma"));
    assert_eq!(collation_key("أريانة"), collation_key("اريانه"));
    assert!(collation_key("بلدية أريانة") < collation_key("بلدية تونس"));
}
