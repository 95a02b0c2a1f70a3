//! The reference for the case JSON parity checks (`tests/case_json_parity.rs` and the fuzz
//! target `case_json`): how `Case::from_json` read a case with serde before it was written by
//! hand — serde's derived reader, then a second pass that refused a list where the case has an
//! object (serde's derive reads a list into a struct field by field).

use mail_doctor_core::Case;
use serde_json::Value;

/// What serde made of the text: the case, or its error message, line and column.
pub fn serde_read(text: &str) -> Result<Case, (String, usize, usize)> {
    let case: Case =
        serde_json::from_str(text).map_err(|e| (e.to_string(), e.line(), e.column()))?;
    let value: Value = serde_json::from_str(text).unwrap_or_default();
    if array_for_object(&value) {
        return Err(("a list where the case has an object".into(), 0, 0));
    }
    Ok(case)
}

fn array_for_object(value: &Value) -> bool {
    let root = match value {
        Value::Array(_) => return true,
        Value::Object(map) => map,
        _ => return false,
    };
    ["client", "incoming", "outgoing", "sending"]
        .iter()
        .any(|key| root.get(*key).is_some_and(Value::is_array))
        || root
            .get("resolved")
            .and_then(Value::as_array)
            .is_some_and(|items| items.iter().any(Value::is_array))
}

/// Where our reader refuses what serde accepted, on purpose:
/// - a choice written as serde's map form of an enum, `{"becky": null}`: the format's choices
///   are strings (`docs/case.md`);
/// - a list where the case has an object, when serde's second pass could not read the text as a
///   JSON value (a lone surrogate escape or nesting deeper than 127 in a field it skipped), and
///   so let the list through.
pub fn refused_on_purpose(text: &str, our_message: &str) -> bool {
    (our_message.starts_with("invalid type at ")
        && our_message.ends_with("expected a string, found an object"))
        || (our_message.contains("not a list") && serde_json::from_str::<Value>(text).is_err())
}

/// How the two readers compare on one text.
#[derive(Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Both read the same case.
    Same,
    /// Both refuse it, and say the same line.
    BothRefuse,
    /// Both refuse it; the lines differ (ours, serde's).
    BothRefuseLines(usize, usize),
    /// We refuse what serde read, for a reason listed in [`refused_on_purpose`].
    RefusedOnPurpose,
}

/// Compares our reader with serde's on `text`; a difference other than those above panics.
pub fn compare(text: &str) -> Agreement {
    match (Case::from_json(text), serde_read(text)) {
        (Ok(ours), Ok(theirs)) => {
            assert_eq!(ours, theirs, "the readers differ on {text:?}");
            // What we write, both read back to the same case, and it is serde's text.
            let written = ours.to_json();
            assert_eq!(written, serde_json::to_string(&ours).expect("serialises"));
            assert_eq!(Case::from_json(&written).as_ref(), Ok(&ours), "{written}");
            Agreement::Same
        }
        (Err(ours), Err((_, line, column)))
            if same_line(ours.line, line, column) || serde_read_further(&ours.message) =>
        {
            Agreement::BothRefuse
        }
        (Err(ours), Err((_, line, _))) => Agreement::BothRefuseLines(ours.line, line),
        (Err(ours), Ok(_)) => {
            assert!(
                refused_on_purpose(text, &ours.message),
                "we refuse what serde read: {text:?}: {ours}"
            );
            Agreement::RefusedOnPurpose
        }
        (Ok(case), Err((message, ..))) => {
            panic!("we read what serde refused: {text:?} → {case:?}; serde: {message}")
        }
    }
}

/// Whether serde's place is on our line. serde_json's place is the count of bytes it had taken
/// (its second pass, line 0, has none); at column 0 it had just taken a line break, which may have
/// been the character it refused (the line before) or white space before it (this line).
fn same_line(ours: usize, line: usize, column: usize) -> bool {
    line == 0 || ours == line || (column == 0 && ours + 1 == line)
}

/// Refusals where serde went on reading past the place we name, so its line may be a later one:
/// a list where the case has an object (serde read it as the object's fields, one by one), an
/// object where a choice belongs (serde read it as the map form of an enum), a broken escape
/// (serde read the four characters after `\u` first; we name the escape), and a field given
/// twice (serde named the place after the white space that follows the key; we name the key).
fn serde_read_further(our_message: &str) -> bool {
    our_message.contains("not a list")
        || our_message.ends_with("found an object")
        || our_message.starts_with("invalid escape")
        || our_message.starts_with("duplicate field")
}
