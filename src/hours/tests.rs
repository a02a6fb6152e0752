use super::*;

fn spans(text: &str, month: u8, day: u8) -> String {
    format_spans(&parse(text).unwrap().day(month, day))
}

#[test]
fn valid_values_and_what_they_mean() {
    // (value, month, weekday 0=Mo, expected spans)
    let cases: &[(&str, u8, u8, &str)] = &[
        ("Mo-Fr 08:00-17:00", 3, 0, "08:00–17:00"),
        ("Mo-Fr 08:00-17:00", 3, 5, ""),
        (
            "Mo-Fr 08:00-12:30,14:00-17:30; Sa 08:00-12:00",
            3,
            2,
            "08:00–12:30, 14:00–17:30",
        ),
        (
            "Mo-Fr 08:00-12:30,14:00-17:30; Sa 08:00-12:00",
            3,
            5,
            "08:00–12:00",
        ),
        ("Mo,We,Fr 09:00-12:00", 3, 2, "09:00–12:00"),
        ("Mo,We,Fr 09:00-12:00", 3, 1, ""),
        ("Sa-Mo 10:00-11:00", 3, 6, "10:00–11:00"),
        ("08:00-16:00", 1, 6, "08:00–16:00"),
        ("Mo-Sa 08:00-17:00; Sa off", 3, 5, ""),
        (
            "Mo-Fr 08:00-17:00; Jul-Aug Mo-Fr 07:30-13:30",
            7,
            0,
            "07:30–13:30",
        ),
        (
            "Mo-Fr 08:00-17:00; Jul-Aug Mo-Fr 07:30-13:30",
            9,
            0,
            "08:00–17:00",
        ),
        (
            "Mo-Fr 08:00-17:00; Jul-Aug Mo-Fr 07:30-13:30; Jul-Aug Sa off",
            7,
            5,
            "",
        ),
        (
            "Mo-Fr 08:00-17:00; Nov-Feb Mo-Fr 08:30-16:30",
            1,
            0,
            "08:30–16:30",
        ),
        (
            "Mo-Fr 08:00-17:00; Nov-Feb Mo-Fr 08:30-16:30",
            3,
            0,
            "08:00–17:00",
        ),
        (
            "Mo-Fr 08:00-17:00; Jun,Sep Mo-Fr 08:00-13:00",
            9,
            0,
            "08:00–13:00",
        ),
        ("Mo-Fr 08:00-17:00; PH off", 3, 0, "08:00–17:00"),
        ("Mo-Su 00:00-24:00", 3, 6, "00:00–24:00"),
        ("Mo-Fr 08:00-17:00;", 3, 4, "08:00–17:00"),
        (
            "  Mo-Fr  08:00-17:00 ;  Sa 08:00-12:00  ",
            3,
            5,
            "08:00–12:00",
        ),
    ];
    for (text, month, day, want) in cases {
        assert_eq!(
            spans(text, *month, *day),
            *want,
            "{text} in month {month}, day {day}"
        );
    }
}

#[test]
fn holidays_and_periods() {
    let h = parse("Mo-Fr 08:00-17:00; Jul-Aug Mo-Fr 07:30-13:30; Jul-Aug Sa off; PH off").unwrap();
    assert!(h.closed_on_holidays());
    assert_eq!(h.periods(), vec![vec![7, 8]]);
    assert!(!parse("Mo-Fr 08:00-17:00").unwrap().closed_on_holidays());
}

#[test]
fn malformed_values_point_at_the_character() {
    // (value, 0-based character, message)
    let cases: &[(&str, usize, &str)] = &[
        (
            "",
            0,
            "the hours are empty: write them like Mo-Fr 08:00-17:00",
        ),
        (
            "Lu-Ve 08:00-17:00",
            0,
            "`Lu` is not a day or month: use Mo Tu We Th Fr Sa Su, Jan … Dec, PH or off",
        ),
        (
            "Mo-Fri 08:00-17:00",
            3,
            "`Fri` is not a day (Mo Tu We Th Fr Sa Su)",
        ),
        (
            "Mo-Fr 8:00-17:00",
            6,
            "expected a time like 08:00 (two digits, colon, two digits)",
        ),
        ("Mo-Fr 08:00-25:00", 12, "25:00 is not a time of day"),
        (
            "Mo-Fr 08:00-07:00",
            12,
            "the closing time must be after the opening time",
        ),
        (
            "Mo-Fr 08:00 17:00",
            11,
            "expected `-` between two times, as in 08:00-12:30",
        ),
        (
            "Mo-Fr 08:00-17:00, Sa 08:00-12:00",
            17,
            "use `;` to start a new rule (`,` separates two times of one day)",
        ),
        (
            "Mo-Fr 08:00-17:00 Sa 08:00-12:00",
            18,
            "expected `;` between rules",
        ),
        (
            "Mo-Fr 08:00-12:00,11:00-17:00",
            29,
            "the time spans overlap or are out of order",
        ),
        (
            "Jul-Aou Mo-Fr 08:00-13:00",
            4,
            "`Aou` is not a month (Jan … Dec)",
        ),
        (
            "Mo-Fr 08h00-17h00",
            6,
            "expected a time like 08:00 (two digits, colon, two digits)",
        ),
    ];
    for (text, at, message) in cases {
        let err = parse(text).expect_err(text);
        let expected = format!("invalid opening hours: {message}");
        assert_eq!((err.at, err.message.to_string()), (*at, expected), "{text}");
    }
}
