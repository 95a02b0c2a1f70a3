//! Case JSON read and written by hand ([`crate::json`]), by the rules serde's derive applied
//! before: every field may be absent; `null` is the same as absent for a field that holds one
//! value (not for a list, and not for `resolved[].host`); unknown fields are skipped, whatever
//! they hold (a `password` a hand-made link carries is dropped so); a field given twice is an
//! error; choices are read and written by their wire names ([`Wire`]). The text written is the
//! text `serde_json` wrote: fields in this order, absent values and empty lists left out.

use super::{Case, ClientReport, IncomingReport, OutgoingReport, Resolved, Sending, Symptom, Wire};
use crate::json::{write_string, Error, Kind, ObjectWriter, Reader};
use std::fmt;

/// Where a value is in the case, for messages: `incoming.port`, `symptoms[2]`,
/// `resolved[0].addresses[1]`.
#[derive(Clone, Copy)]
struct Place<'p> {
    parent: &'p str,
    key: &'p str,
    index: Option<usize>,
}

impl<'p> Place<'p> {
    fn field(parent: &'p str, key: &'p str) -> Place<'p> {
        Place {
            parent,
            key,
            index: None,
        }
    }

    fn item(self, index: usize) -> Place<'p> {
        Place {
            index: Some(index),
            ..self
        }
    }
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.parent.is_empty() {
            write!(f, "{}.", self.parent)?;
        }
        f.write_str(self.key)?;
        if let Some(i) = self.index {
            write!(f, "[{i}]")?;
        }
        Ok(())
    }
}

/// Reads a whole case.
pub(super) fn read(text: &str) -> Result<Case, Error> {
    let mut r = Reader::new(text);
    let case = read_case(&mut r)?;
    r.finish()?;
    Ok(case)
}

fn read_case(r: &mut Reader<'_>) -> Result<Case, Error> {
    const FIELDS: &[&str] = &[
        "address",
        "client",
        "incoming",
        "outgoing",
        "symptoms",
        "error_text",
        "sending",
        "resolved",
    ];
    let mut case = Case::default();
    object(r, None, FIELDS, &mut |r, i| {
        let at = Place::field("", FIELDS[i]);
        match i {
            0 => case.address = opt_string(r, at)?,
            1 => case.client = opt_object(r, at, read_client)?,
            2 => case.incoming = opt_object(r, at, read_incoming)?,
            3 => case.outgoing = opt_object(r, at, read_outgoing)?,
            4 => case.symptoms = list(r, at, wire::<Symptom>)?,
            5 => case.error_text = opt_string(r, at)?,
            6 => case.sending = opt_object(r, at, read_sending)?,
            _ => {
                case.resolved = list(r, at, |r, at| {
                    // One owned name per item, for the messages about its fields.
                    let name = at.to_string();
                    read_resolved(r, &name)
                })?
            }
        }
        Ok(())
    })?;
    Ok(case)
}

fn read_client(r: &mut Reader<'_>, parent: &str) -> Result<ClientReport, Error> {
    const FIELDS: &[&str] = &["id", "version", "os"];
    let mut c = ClientReport::default();
    object(r, Some(parent), FIELDS, &mut |r, i| {
        let at = Place::field(parent, FIELDS[i]);
        match i {
            0 => c.id = opt_wire(r, at)?,
            1 => c.version = opt_string(r, at)?,
            _ => c.os = opt_string(r, at)?,
        }
        Ok(())
    })?;
    Ok(c)
}

fn read_incoming(r: &mut Reader<'_>, parent: &str) -> Result<IncomingReport, Error> {
    const FIELDS: &[&str] = &["protocol", "host", "port", "security", "username", "auth"];
    let mut s = IncomingReport::default();
    object(r, Some(parent), FIELDS, &mut |r, i| {
        let at = Place::field(parent, FIELDS[i]);
        match i {
            0 => s.protocol = opt_wire(r, at)?,
            1 => s.host = opt_string(r, at)?,
            2 => s.port = opt_number(r, at, u16::MAX.into())?,
            3 => s.security = opt_wire(r, at)?,
            4 => s.username = opt_string(r, at)?,
            _ => s.auth = opt_wire(r, at)?,
        }
        Ok(())
    })?;
    Ok(s)
}

fn read_outgoing(r: &mut Reader<'_>, parent: &str) -> Result<OutgoingReport, Error> {
    const FIELDS: &[&str] = &["host", "port", "security", "auth", "username"];
    let mut s = OutgoingReport::default();
    object(r, Some(parent), FIELDS, &mut |r, i| {
        let at = Place::field(parent, FIELDS[i]);
        match i {
            0 => s.host = opt_string(r, at)?,
            1 => s.port = opt_number(r, at, u16::MAX.into())?,
            2 => s.security = opt_wire(r, at)?,
            3 => s.auth = opt_wire(r, at)?,
            _ => s.username = opt_string(r, at)?,
        }
        Ok(())
    })?;
    Ok(s)
}

fn read_sending(r: &mut Reader<'_>, parent: &str) -> Result<Sending, Error> {
    const FIELDS: &[&str] = &[
        "recipients_per_message",
        "messages",
        "per_minutes",
        "wait_minutes",
    ];
    let mut s = Sending::default();
    object(r, Some(parent), FIELDS, &mut |r, i| {
        let at = Place::field(parent, FIELDS[i]);
        let n = opt_number(r, at, u32::MAX.into())?;
        match i {
            0 => s.recipients_per_message = n,
            1 => s.messages = n,
            2 => s.per_minutes = n,
            _ => s.wait_minutes = n,
        }
        Ok(())
    })?;
    Ok(s)
}

fn read_resolved(r: &mut Reader<'_>, parent: &str) -> Result<Resolved, Error> {
    const FIELDS: &[&str] = &["host", "addresses"];
    let mut item = Resolved::default();
    object(r, Some(parent), FIELDS, &mut |r, i| {
        let at = Place::field(parent, FIELDS[i]);
        match i {
            0 => item.host = string(r, at)?,
            _ => item.addresses = list(r, at, string)?,
        }
        Ok(())
    })?;
    Ok(item)
}

/// Reads an object whose known keys are `fields`: `field` gets each known key's index and reads
/// its value; unknown keys are skipped; a known key given twice is an error. `parent` is `None`
/// for the case itself.
fn object(
    r: &mut Reader<'_>,
    parent: Option<&str>,
    fields: &[&str],
    field: &mut dyn FnMut(&mut Reader<'_>, usize) -> Result<(), Error>,
) -> Result<(), Error> {
    match r.peek()? {
        Kind::Object => {}
        Kind::List => {
            let message = match parent {
                None => "the case must be a JSON object { … }, not a list".to_string(),
                Some(p) => format!("`{p}` must be a JSON object {{ … }}, not a list"),
            };
            return Err(r.error(message));
        }
        found => {
            return Err(match parent {
                None => {
                    let message = format!(
                        "invalid type: the case must be a JSON object {{ … }}, not {}",
                        found.name()
                    );
                    refuse(r, found, message)
                }
                Some(p) => wrong_type(r, Place::field("", p), "an object { … }", found),
            })
        }
    }
    let mut seen = 0u32;
    r.object(|r, key, at| {
        let Some(i) = fields.iter().position(|f| *f == key) else {
            return r.skip();
        };
        if seen & (1 << i) != 0 {
            let place = Place::field(parent.unwrap_or_default(), fields[i]);
            return Err(r.error_at(at, format!("duplicate field `{place}`")));
        }
        seen |= 1 << i;
        field(r, i)
    })
}

/// The error for a value of the wrong kind: `message`, at the value's start. A string or a
/// number is read first, so that text broken inside it is reported as such (as serde did).
fn refuse(r: &mut Reader<'_>, found: Kind, message: String) -> Error {
    let start = r.offset();
    let read = match found {
        Kind::String => r.string().map(drop),
        Kind::Number => r.number().map(drop),
        _ => Ok(()),
    };
    match read {
        Err(broken) => broken,
        Ok(()) => r.error_at(start, message),
    }
}

fn wrong_type(r: &mut Reader<'_>, at: Place<'_>, expected: &str, found: Kind) -> Error {
    let message = format!(
        "invalid type at `{at}`: expected {expected}, found {}",
        found.name()
    );
    refuse(r, found, message)
}

fn string(r: &mut Reader<'_>, at: Place<'_>) -> Result<String, Error> {
    match r.peek()? {
        Kind::String => Ok(r.string()?.into_owned()),
        found => Err(wrong_type(r, at, "a string", found)),
    }
}

fn opt_string(r: &mut Reader<'_>, at: Place<'_>) -> Result<Option<String>, Error> {
    if r.null()? {
        return Ok(None);
    }
    string(r, at).map(Some)
}

/// A whole number from 0 to `max` (written as an integer: not `-0`, `1.0` or `1e2`).
fn opt_number<T: TryFrom<u64>>(
    r: &mut Reader<'_>,
    at: Place<'_>,
    max: u64,
) -> Result<Option<T>, Error> {
    let expected = || format!("a whole number from 0 to {max}");
    match r.peek()? {
        Kind::Null => {
            r.null()?;
            Ok(None)
        }
        Kind::Number => {
            let start = r.offset();
            let text = r.number()?;
            match text.parse::<u64>().ok().and_then(|n| T::try_from(n).ok()) {
                Some(n) => Ok(Some(n)),
                None => Err(r.error_at(
                    start,
                    format!(
                        "invalid value at `{at}`: expected {}, found `{text}`",
                        expected()
                    ),
                )),
            }
        }
        found => Err(wrong_type(r, at, &expected(), found)),
    }
}

/// A choice by its wire name.
fn wire<T: Wire>(r: &mut Reader<'_>, at: Place<'_>) -> Result<T, Error> {
    let i = name_index(r, at, &|i| T::ALL.get(i).map(|v| v.as_str()))?;
    Ok(T::ALL[i])
}

/// Reads a name and gives its index among `names` (the names by index, `None` past the last):
/// one copy for every kind of choice.
fn name_index(
    r: &mut Reader<'_>,
    at: Place<'_>,
    names: &dyn Fn(usize) -> Option<&'static str>,
) -> Result<usize, Error> {
    let found = r.peek()?;
    if found != Kind::String {
        return Err(wrong_type(r, at, "a string", found));
    }
    let start = r.offset();
    let name = r.string()?;
    let all = || (0..).map_while(names);
    all().position(|n| n == name).ok_or_else(|| {
        let names: Vec<String> = all().map(|n| format!("`{n}`")).collect();
        r.error_at(
            start,
            format!(
                "unknown value `{name}` at `{at}`: expected one of {}",
                names.join(", ")
            ),
        )
    })
}

fn opt_wire<T: Wire>(r: &mut Reader<'_>, at: Place<'_>) -> Result<Option<T>, Error> {
    if r.null()? {
        return Ok(None);
    }
    wire(r, at).map(Some)
}

fn opt_object<T>(
    r: &mut Reader<'_>,
    at: Place<'_>,
    read: fn(&mut Reader<'_>, &str) -> Result<T, Error>,
) -> Result<Option<T>, Error> {
    if r.null()? {
        return Ok(None);
    }
    read(r, at.key).map(Some)
}

/// A list (not `null`), each item read by `item`.
fn list<T>(
    r: &mut Reader<'_>,
    at: Place<'_>,
    mut item: impl FnMut(&mut Reader<'_>, Place<'_>) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    let found = r.peek()?;
    if found != Kind::List {
        return Err(wrong_type(r, at, "a list [ … ]", found));
    }
    let mut items = Vec::new();
    r.list(|r, i| {
        items.push(item(r, at.item(i))?);
        Ok(())
    })?;
    Ok(items)
}

/// Writes a case as compact JSON.
pub(super) fn write(case: &Case) -> String {
    let mut out = String::new();
    let mut o = ObjectWriter::open(&mut out);
    put_str(&mut o, "address", case.address.as_deref());
    if let Some(c) = &case.client {
        let mut w = ObjectWriter::open(o.key("client"));
        put_str(&mut w, "id", c.id.map(Wire::as_str));
        put_str(&mut w, "version", c.version.as_deref());
        put_str(&mut w, "os", c.os.as_deref());
        w.close();
    }
    if let Some(s) = &case.incoming {
        let mut w = ObjectWriter::open(o.key("incoming"));
        put_str(&mut w, "protocol", s.protocol.map(Wire::as_str));
        put_str(&mut w, "host", s.host.as_deref());
        put_number(&mut w, "port", s.port.map(u32::from));
        put_str(&mut w, "security", s.security.map(Wire::as_str));
        put_str(&mut w, "username", s.username.as_deref());
        put_str(&mut w, "auth", s.auth.map(Wire::as_str));
        w.close();
    }
    if let Some(s) = &case.outgoing {
        let mut w = ObjectWriter::open(o.key("outgoing"));
        put_str(&mut w, "host", s.host.as_deref());
        put_number(&mut w, "port", s.port.map(u32::from));
        put_str(&mut w, "security", s.security.map(Wire::as_str));
        put_str(&mut w, "auth", s.auth.map(Wire::as_str));
        put_str(&mut w, "username", s.username.as_deref());
        w.close();
    }
    if !case.symptoms.is_empty() {
        put_list(o.key("symptoms"), case.symptoms.iter().map(|s| s.as_str()));
    }
    put_str(&mut o, "error_text", case.error_text.as_deref());
    if let Some(s) = &case.sending {
        let mut w = ObjectWriter::open(o.key("sending"));
        put_number(&mut w, "recipients_per_message", s.recipients_per_message);
        put_number(&mut w, "messages", s.messages);
        put_number(&mut w, "per_minutes", s.per_minutes);
        put_number(&mut w, "wait_minutes", s.wait_minutes);
        w.close();
    }
    if !case.resolved.is_empty() {
        let out = o.key("resolved");
        out.push('[');
        for (i, item) in case.resolved.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let mut w = ObjectWriter::open(out);
            write_string(w.key("host"), &item.host);
            put_list(
                w.key("addresses"),
                item.addresses.iter().map(String::as_str),
            );
            w.close();
        }
        out.push(']');
    }
    o.close();
    out
}

fn put_str(o: &mut ObjectWriter<'_>, key: &str, value: Option<&str>) {
    if let Some(v) = value {
        write_string(o.key(key), v);
    }
}

fn put_number(o: &mut ObjectWriter<'_>, key: &str, value: Option<u32>) {
    if let Some(n) = value {
        o.key(key).push_str(&n.to_string());
    }
}

fn put_list<'s>(out: &mut String, items: impl Iterator<Item = &'s str>) {
    out.push('[');
    for (i, s) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(out, s);
    }
    out.push(']');
}
