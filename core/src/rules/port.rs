//! `port-wrong`: the port is not the port of the corrected endpoint — except outgoing port 25,
//! which gives `smtp-port-25` alone (error when the profile says `op25b` or offers no 25).

use super::Context;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if let Some(port) = ctx.case.incoming.as_ref().and_then(|i| i.port) {
        if let Some(reference) = ctx.incoming_reference() {
            if port != reference.port {
                out.push(
                    Finding::new(Code::PortWrong, Severity::Error, Field::IncomingPort)
                        .observed(port)
                        .expected(reference.port),
                );
            }
        }
    }
    let Some(port) = ctx.case.outgoing.as_ref().and_then(|o| o.port) else {
        return;
    };
    let reference = ctx.outgoing_reference();
    if port == 25 {
        let offered = ctx
            .servers
            .is_some_and(|s| s.smtp.iter().any(|e| e.port == 25));
        if ctx.profile.policy.op25b || !offered {
            let mut f =
                Finding::new(Code::SmtpPort25, Severity::Error, Field::OutgoingPort).observed(port);
            // Even when the profile lists 25 (kept as the corrected port), the way out is a
            // submission port.
            let submission = reference.map(|r| r.port).filter(|&p| p != 25).or_else(|| {
                ctx.servers
                    .and_then(|s| s.smtp.iter().find(|e| e.port != 25))
                    .map(|e| e.port)
            });
            if let Some(p) = submission {
                f = f.expected(p);
            }
            out.push(f);
        }
        return;
    }
    if let Some(reference) = reference {
        if port != reference.port {
            out.push(
                Finding::new(Code::PortWrong, Severity::Error, Field::OutgoingPort)
                    .observed(port)
                    .expected(reference.port),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{check as run, check_with, profile_with};
    use super::check;

    #[test]
    fn wrong_ports_on_each_side() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "pop3", "port": 110},
                    "outgoing": {"port": 2525}}"#
            ),
            [
                "port-wrong/error incoming.port 110 -> 995",
                "port-wrong/error outgoing.port 2525 -> 465",
            ]
        );
    }

    #[test]
    fn port_25_is_its_own_finding() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp", "outgoing": {"port": 25}}"#
            ),
            ["smtp-port-25/error outgoing.port 25 -> 465"]
        );
        assert_eq!(
            run(check, r#"{"outgoing": {"port": 25}}"#),
            ["smtp-port-25/error outgoing.port 25 -> "]
        );
        // Offered on 25 and no OP25B: the port is right.
        let open = profile_with(|t| {
            t.replace("op25b = true", "op25b = false").replace(
                r#"smtp = [ { host = "smtp.{domain}", port = 587, security = "starttls" } ]"#,
                r#"smtp = [ { host = "smtp.{domain}", port = 587, security = "starttls" },
                           { host = "smtp.{domain}", port = 25, security = "starttls" } ]"#,
            )
        });
        assert!(check_with(
            check,
            r#"{"address": "a@yama.example.jp", "outgoing": {"port": 25}}"#,
            &open
        )
        .is_empty());
        // Offered on 25 but OP25B on: the submission port is the way out.
        let listed = profile_with(|t| {
            t.replace(
                r#"smtp = [ { host = "smtp.{domain}", port = 587, security = "starttls" } ]"#,
                r#"smtp = [ { host = "smtp.{domain}", port = 587, security = "starttls" },
                           { host = "smtp.{domain}", port = 25, security = "starttls" } ]"#,
            )
        });
        assert_eq!(
            check_with(
                check,
                r#"{"address": "a@yama.example.jp", "outgoing": {"port": 25}}"#,
                &listed
            ),
            ["smtp-port-25/error outgoing.port 25 -> 587"]
        );
        // Not offered: still an error without OP25B.
        assert_eq!(
            check_with(
                check,
                r#"{"address": "a@aoi.example.jp", "outgoing": {"port": 25}}"#,
                &open
            ),
            ["smtp-port-25/error outgoing.port 25 -> 465"]
        );
    }

    #[test]
    fn silent_for_offered_ports() {
        for json in [
            r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "port": 993}, "outgoing": {"port": 587}}"#,
            r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "pop3", "port": 995}, "outgoing": {"port": 465}}"#,
            r#"{"address": "a@unknown.example.jp", "incoming": {"port": 110}, "outgoing": {"port": 2525}}"#,
            // POP settings on an early Outlook (new) build: POP is not refused by build.
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-new", "version": "1.2024.403.300"}, "incoming": {"protocol": "pop3", "port": 995}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
