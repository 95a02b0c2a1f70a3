//! The English table. A calm support desk: short sentences, the exact value to type.

use crate::text::{LabelMarks, Words};

use crate::date::Date;

pub(crate) struct En;

pub(crate) static REPORT: En = En;

/// A label in quotes, unless it is already a path of several ("Next → Finish").
fn quote(label: &str) -> String {
    if label.contains('"') || label.contains('→') {
        label.to_string()
    } else {
        format!("\"{label}\"")
    }
}

/// " (mail.aoi.example.jp)", or nothing without a value.
fn paren(value: Option<&str>) -> String {
    value.map(|v| format!(" ({v})")).unwrap_or_default()
}

/// A field name inside a sentence: "the incoming port" rather than "Incoming port". English
/// wording starts with an ASCII letter; ASCII case mapping keeps std's Unicode case tables (27 KB)
/// out of the app's wasm.
fn lower(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// "the Settings screen of Outlook (new)": the way to a screen, the app said once.
fn step_path(app: &str, path: &str) -> String {
    if crate::text::path_names_app(path, app) {
        path.to_string()
    } else {
        let path = match path.strip_prefix("The ") {
            Some(rest) => format!("the {rest}"),
            None => path.to_string(),
        };
        format!("{path} in {app}")
    }
}

/// A sentence's first letter in upper case ("your mail app…" → "Your mail app…").
fn upper(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The report's names (`crate::text::Names`).
#[cfg(not(feature = "english-on-demand"))]
pub(crate) static NAMES: crate::text::Names = crate::text::Names {
    title_address_invalid: "The e-mail address is not valid",
    title_domain_unknown: "The part after @ (the domain) is not one of ours",
    title_host_retired: "A server is set to a retired server",
    title_host_ip_literal: "A server is set to an IP address instead of its name",
    title_host_typo: "A server name is misspelled",
    title_host_wrong: "A server name is wrong",
    title_protocol_unavailable: "This incoming mail type (POP / IMAP) is not offered",
    title_port_wrong: "A port number is wrong",
    title_security_mismatch: "The encryption does not match the port number",
    title_security_none: "Encryption is set to None",
    title_smtp_port25: "Sending uses port 25",
    title_smtp_auth_off: "Outgoing server authentication (SMTP AUTH) is off",
    title_auth_method: "The sign-in method is wrong",
    title_username_format: "The user name has the wrong form",
    title_username_mismatch: "The user name belongs to another account",
    title_client_no_pop: "This mail app cannot use POP",
    title_client_tls_legacy: "This system cannot use the current encryption",
    title_client_end_of_support: "The mail app is no longer supported",
    title_client_cloud_sync: "This app sends and receives through Microsoft's servers",
    title_recipients_over_limit: "Too many recipients in one message",
    title_send_rate_over_limit: "Too many messages in a short time",
    title_dns_retired: "The computer or device still uses an old server address",
    title_security_auto: "Encryption is set to Auto",
    title_os_end_of_support: "The computer's or phone's system is no longer supported",
    title_foreign_login_blocked: "The foreign-login block stopped the sending",
    field_address: "E-mail address",
    field_client: "Mail app",
    field_client_version: "Mail app version",
    field_client_os: "Operating system",
    field_incoming_protocol: "Incoming mail type (POP / IMAP)",
    field_incoming_host: "Incoming mail server",
    field_incoming_port: "Incoming port",
    field_incoming_security: "Incoming encryption",
    field_incoming_username: "User name",
    field_incoming_auth: "Incoming sign-in method",
    field_outgoing_host: "Outgoing mail server (SMTP)",
    field_outgoing_port: "Outgoing port",
    field_outgoing_security: "Outgoing encryption",
    field_outgoing_username: "Outgoing user name",
    field_outgoing_auth: "Outgoing server authentication (SMTP AUTH)",
    field_sending: "Sending pattern (recipients, messages)",
    field_resolved: "Server address found by the computer",
    security_ssl: "SSL/TLS",
    security_starttls: "STARTTLS",
    security_none: "None (no encryption)",
    security_auto: "Auto",
    severity_error: "Must fix",
    severity_warning: "Warning",
    severity_info: "Note",
    mark_error: "[Must fix] ",
    mark_warning: "[Warning] ",
    mark_info: "[Note] ",
    other_title_password_wrong: "The password is wrong",
    other_title_account_locked: "The account is temporarily locked",
    other_title_server_side: "A problem on the mail server's side",
    other_title_network: "A problem with the internet connection",
    other_title_antivirus: "Antivirus software or a firewall is in the way",
    other_detail_password_wrong: "With a wrong password the server refuses the sign-in. Check upper and lower case. If the password is forgotten, ask for it to be reissued.",
    other_detail_account_locked: "After many wrong passwords, or a suspicious sign-in, the account is locked for a while. The support desk can check its state.",
    other_detail_server_side: "The mail server may have an outage or maintenance. Check the service status page and try again later.",
    other_detail_network: "The internet connection is down or unstable. Check that other websites open; restart the router and try again.",
    other_detail_antivirus: "Mail scanning in antivirus software, or a firewall, can break encrypted connections. Turn mail scanning off for a moment and try again.",
    symptom_cannot_send: "cannot send",
    symptom_cannot_receive: "cannot receive",
    symptom_password_prompt: "keeps asking for the password",
    symptom_slow: "sending and receiving are slow",
    symptom_login_blocked: "the sign-in was blocked",
    pasted_error: "an error message",
    on: "On",
    off: "Off",
};

/// The report's sentences (`crate::text::sentences::Sentences`).
#[cfg(not(feature = "english-on-demand"))]
pub(crate) static SENTENCES: crate::text::sentences::Sentences = crate::text::sentences::Sentences {
    summary_ok_1: "All the settings entered are correct. They can stay as they are.",
    summary_notes_1: "All the settings entered are correct. They can stay as they are (note: {first_title}).",
    summary_nothing_checked_1: "Nothing checked yet: enter the incoming and outgoing server settings the customer's mail app shows.",
    summary_incomplete_1: "The settings entered are correct. Not checked yet: {missing}.",
    summary_cause_1: "Reported: {reported}. No mistake in the settings entered. Most likely cause: {cause}.",
    summary_next_1: "Reported: {reported}. The cause is not known yet; check as below.",
    summary_next_2: "Reported: {reported}. The cause is not known yet. Check next: {missing}.",
    more_fields_1: "{n} more",
    table_label_1: "{label} (incoming)",
    table_label_2: "{label} (outgoing)",
    step_choose_1: "For {target}, choose \"{choice}\".",
    step_enter_1: "Enter {value} in {target}.",
    step_check_1: "Tick {target} (turn it on).",
    step_check_2: "Untick {target} (turn it off).",
    step_switch_1: "Turn {target} on.",
    step_switch_2: "Turn {target} off.",
    step_outgoing_auth_1: "In {target}, turn on sign-in for the outgoing server (SMTP AUTH).",
    step_type_password_1: "Type your password.",
    step_keep_old_account_1: " ({old_protocol})",
    step_keep_old_account_2: "Remove the old account{old} only after the new one sends and receives. Move any mail you want to keep out of it first.",
    step_settings_match_1: "All settings have the right values. You can keep using them as they are.",
    step_compare_settings_1: "Compare each setting in the mail app with the correct settings, and change any that differ.",
    step_ask_support_1: "Please contact the support desk.",
    step_pass_error_on_1: "Note the error exactly as shown, with the time it appeared, and pass it to the support desk.",
    dns_windows_1: "the old server name",
    dns_windows_2: "In the Start menu, type \"cmd\" and open \"Command Prompt\".",
    dns_windows_3: "Type ipconfig /flushdns and press Enter (this clears the server addresses the computer remembers).",
    dns_windows_4: "Open Notepad with \"Run as administrator\", then open C:\\Windows\\System32\\drivers\\etc\\hosts. If a line contains {target}, delete it and save.",
    dns_windows_5: "Close and reopen the mail app, then try sending and receiving.",
    dns_macos_1: "the old server name",
    dns_macos_2: "Open Applications → Utilities → Terminal.",
    dns_macos_3: "Type sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder and press Return, then type the password you use to log in to the Mac.",
    dns_macos_4: "If /etc/hosts has a line with {target}, delete it.",
    dns_macos_5: "Quit and reopen Mail, then try sending and receiving.",
    dns_phone_1: "Turn airplane mode on, wait about 10 seconds, and turn it off again.",
    dns_phone_2: "If that does not help, restart the phone, then try sending and receiving.",
    dns_device_1: " ({host})",
    dns_device_2: "In the device's settings, check whether the mail server is the old server name{target} or an IP address; if so, enter the new server name.",
    dns_device_3: "Check the device's DNS server setting, then switch the device off and on.",
    dns_device_4: "If the device cannot set DNS, tell the support desk.",
    dns_unknown_1: "the old server name",
    dns_unknown_2: "Restart the computer or phone, then try sending and receiving.",
    dns_unknown_3: "If that does not help, check the hosts file (Windows: C:\\Windows\\System32\\drivers\\etc\\hosts, Mac: /etc/hosts) for a line with {target}.",
    tls_windows_old_1: "Mail apps on {os} cannot use TLS {min_tls} by default. Changing that is not something we ask customers to do.",
    tls_windows_old_2: "Use a current mail app on a computer with a supported system (such as Windows 11).",
    tls_phone_1: "this system",
    tls_phone_2: "On {os}, TLS {min_tls} may not be available. Update the system to the latest version.",
    tls_phone_3: "A phone that cannot be updated cannot use this mail. We recommend a newer phone.",
    os_end_of_support_1: "this system",
    os_end_of_support_2: " on {d}",
    os_end_of_support_3: "Support for {os} ended{when}. We recommend updating the system or moving to a supported device.",
    client_no_pop_1: "This Outlook does not offer POP, or says \"We couldn’t reach the email server\".",
    client_no_pop_2: "Then add the account with IMAP.",
    cloud_sync_1: "When you add the account, a screen asks you to agree to syncing through Microsoft's cloud. Choose \"Continue\" to use the account.",
    cloud_sync_2: "A copy of your mail is kept on Microsoft's servers, and sign-ins come from addresses abroad. This is normal.",
    recipients_over_limit_1: "Put at most {cap} recipients in one message (To, Cc and Bcc together).",
    recipients_over_limit_2: "For {n} recipients, send {parts} messages of at most {cap} recipients each.",
    domain_unknown_1: "Check the spelling of the part after @ ({d}).",
    domain_unknown_2: "Check the spelling of the part after @.",
    domain_unknown_3: "Did you mean {s}? Check again with the right domain.",
    domain_unknown_4: "Compare it with the address in the contract papers.",
    address_invalid_1: "Check the e-mail address ({a}).",
    address_invalid_2: "Check the e-mail address.",
    address_invalid_3: "It must have exactly one @, and no spaces or full-width characters.",
    address_invalid_4: "Compare it with the address in the contract papers.",
    heading_summary_1: "== Result",
    heading_findings_1: "== What we found",
    heading_settings_1: "== Correct settings",
    heading_settings_2: "== Correct settings ({app})",
    heading_steps_1: "== How to fix",
    heading_contact_1: "== Contact",
    detail_host_ip_literal_1: "This address belongs to an old server that stopped on {date}. ",
    detail_host_ip_literal_2: "This address belongs to an old server that has stopped. ",
    detail_host_ip_literal_3: "Enter the server name {e}.",
    detail_host_ip_literal_4: "Enter the server name.",
    detail_host_ip_literal_5: "{retired}A numeric address stops working when servers move. {now}",
    detail_host_typo_1: "{o} looks like a typing mistake for {e}. As it is, the app cannot reach the server.",
    detail_host_typo_2: "The server name is slightly wrong, so the app cannot reach the server.",
    detail_host_wrong_1: "{o} is not the {field} for this account. The right one is {e}.",
    detail_host_wrong_2: "This is not this account's server, so mail cannot be sent or received.",
    detail_protocol_unavailable_1: " Set it up with {protocol}.",
    detail_protocol_unavailable_2: "{protocol} is not offered for this address.{now}",
    detail_protocol_unavailable_3: "This incoming mail type is not offered.{now}",
    detail_port_wrong_1: "Port {o} does not connect here. Use {e}.",
    detail_port_wrong_2: "The app cannot reach the server on this port.",
    detail_security_mismatch_1: "This port needs \"{security}\", but \"{set_security}\" is set. The connection drops or times out.",
    detail_security_mismatch_2: "With the wrong encryption for the port, the connection drops or times out.",
    detail_security_none_1: " Choose \"{security}\".",
    detail_security_none_2: "The server accepts encrypted connections only.{now}",
    detail_security_auto_1: " Choose \"{security}\".",
    detail_security_auto_2: "With \"Auto\" the app may try without encryption and fail.{now}",
    detail_smtp_port25_1: " Use port {e}.",
    detail_smtp_port25_2: " Use port 587 or 465.",
    detail_smtp_port25_3: "Port 25 is blocked for sending mail, against spam (OP25B: Outbound Port 25 Blocking).{now}",
    detail_smtp_port25_4: "Port 25 is not for sending from a mail app.{now}",
    detail_smtp_auth_off_1: "Sending also needs the user name and password. With this off, the server refuses to send.",
    detail_auth_method_1: "\"{auth}\"",
    detail_auth_method_2: "This method",
    detail_auth_method_3: "{what} cannot sign in here. Use the normal password method (the connection is encrypted).",
    detail_username_format_1: "Another account's user name cannot send or receive this address's mail.",
    detail_username_format_2: "With the wrong form of user name, sign-in fails even with the right password.",
    detail_username_format_3: "{first} Enter {e}, not {o}.",
    detail_username_format_4: "{first} Enter {e}.",
    detail_client_no_pop_1: "Early versions of Outlook (new) had no POP (it came in 2024). Update the app, or set the account up with IMAP.",
    detail_client_tls_legacy_1: "The servers accept TLS {min} or newer only. Older models may not, and then sending fails even with the right settings.",
    detail_client_tls_legacy_2: "This system goes up to TLS {o} only.",
    detail_client_tls_legacy_3: "This system does not use it by default.",
    detail_client_tls_legacy_4: "The servers accept TLS {min} or newer only. {max} So mail fails even with the right settings.",
    detail_client_cloud_sync_1: "Outlook (new) does not sign in from the computer: Microsoft's cloud servers sign in to the mail server for it. So sign-ins come from Microsoft addresses abroad.",
    detail_foreign_login_blocked_1: " ({ip})",
    detail_foreign_login_blocked_2: "Outlook (new) signs in to the mail server and sends from Microsoft's servers{from}. Our block on sign-ins from abroad took that for an intruder and refused the sending (SMTP 554). The customer's settings are not wrong.",
    detail_recipients_over_limit_1: "One message can have at most {cap} recipients. Above that, sending is refused.",
    detail_recipients_over_limit_2: "The number of recipients in one message is limited. Above that, sending is refused.",
    detail_send_rate_over_limit_1: "At most {n} messages may be sent in any {t} minutes. Sent all at once, the rest are held back.",
    detail_send_rate_over_limit_2: "The number of messages in a short time is limited. Sent all at once, the rest are held back.",
    detail_dns_retired_1: "{h} at the old server's address {i}",
    detail_dns_retired_2: "{h} at an old server's address",
    detail_dns_retired_3: "the old server's address {i}",
    detail_dns_retired_4: "an old server's address",
    detail_dns_retired_5: "The computer or device still looks for {target}. Old information (the DNS cache or the hosts file) is left over, so it cannot connect.",
    title_host_retired_1: "The {field} is a retired server{observed}",
    title_host_ip_literal_1: "The {field} is an IP address{observed} instead of a name",
    title_host_typo_1: "The {field} is misspelled{observed}",
    title_host_wrong_1: "The {field} is wrong{observed}",
    title_protocol_unavailable_1: "{protocol} is not offered",
    title_port_wrong_1: "The {field} is wrong ({o} → {e})",
    title_port_wrong_2: "The {field} is wrong",
    title_security_mismatch_1: "The {field} does not match the port number",
    title_security_none_1: "The {field} is set to None",
    title_security_auto_1: "The {field} is set to Auto",
    title_username_format_1: "The user name must be the full e-mail address",
    title_username_format_2: "The user name must be only the part before @",
    title_client_tls_legacyifctx_1: "Whether it can use TLS {min} depends on the model",
    title_os_end_of_support_1: "{os} is no longer supported",
    title_recipients_over_limit_1: "Too many recipients in one message ({n})",
    title_domain_unknown_1: "The part after @ is not one of ours (did you mean {e}?)",
    summary_problems_alone: "{first_title}. Follow the steps below.",
    summary_problems_one_more: "{first_title}. One more thing needs fixing. Follow the steps below.",
    summary_problems_more: "{first_title}. {more} more things need fixing. Follow the steps below.",
    step_open_path: "Open {path}.",
    step_open_in_app: "In {app}, open {path}.",
    step_new_account: "In {app}, add a new mail account (an existing account's mail type cannot be changed). For {label}, choose {protocol}.",
    target_incoming: "the incoming server's {target}",
    target_outgoing: "the outgoing server's {target}",
    step_close_screens: "Click {button} to go back to the first screen.",
    step_save: "Finally, use {save} to save the settings, then check that mail sends and arrives.",
    step_save_send_only: "Finally, use {save} to save the settings, then check that a test message arrives.",
    step_read_settings: "Open {path} and read out the incoming and outgoing server settings (server names, ports, encryption, user name).",
    step_read_missing: "Open {path} and check: {missing}.",
    step_likely_cause: "The most likely cause: {title}. {detail}",
    tls_device_ask: "Ask the device's maker whether this model can send with TLS {min_tls}.",
    tls_device_ways_out: "If it cannot, {ways_out}.",
    tls_other: "Update {app} and the system. If it still cannot connect with TLS {min_tls}, use another mail app.",
    tls_other_unknown: "Update the mail app and the system. If it still cannot connect with TLS {min_tls}, use another mail app.",
    this_app: "This mail app",
    ended_on: " on {date}",
    client_end_of_support: "Support for {app} ended{when}. We recommend moving to a supported mail app.",
    foreign_login_blocked_customer: "Tell the customer: Outlook (new) sends and receives through Microsoft's servers, some of them abroad. Our block on sign-ins from abroad took that for an intruder and stopped the sending. The settings are not wrong.",
    foreign_login_blocked_meanwhile: "We will look into it. Until then, mail can be sent from an app that connects directly from the computer (classic Outlook, Thunderbird and others).",
    foreign_login_blocked_exempt: "Desk: note the IP address, the time and the account, and ask the mail operators to check the exemption.",
    foreign_login_blocked_not_exempt: "Desk: note the IP address, the time and the account, and ask the mail operators to decide how to handle it.",
    device_host_name: "If the device cannot take a server name (only an IP address, or its DNS cannot be set): {ways_out}. If none of these is possible, the support desk handles it one by one.",
    send_rate_limit: "Send at most {n} messages in any {t} minutes.",
    send_rate_pace: "Do not send them all at once: leave at least {gap_seconds} seconds between messages. Or send batches of at most {n}, and start the next batch {next} minutes or more after the last message of the previous one (exactly {t} is not enough).",
    send_rate_unknown: "Send to fewer recipients and fewer messages at a time, with pauses in between.",
    contact_phone: "phone {phone}",
    contact_desk: "Support desk",
    contact_isp_desk: "{isp} support",
    contact: "{who}: {ways}",
    title_client_no_pop: "This version of {app} cannot use POP",
    title_client_tls_legacy_os: "{app} on {os} cannot connect with TLS {min}",
    title_client_tls_legacy: "{app} cannot connect with TLS {min}",
    title_client_end_of_support: "{app} is no longer supported",
    title_client_cloud_sync: "{app} sends and receives through Microsoft's servers",
    title_foreign_login_blocked: "The foreign-login block stopped {app}'s sending",
    detail_address_invalid_value: "\"{o}\" cannot be read as an e-mail address. It needs one @, no spaces, and a domain after the @ (like example.jp).",
    detail_address_invalid: "This cannot be read as an e-mail address. It needs one @, no spaces, and a domain after the @ (like example.jp).",
    detail_domains_of: "{isp}'s",
    detail_domains_ours: "our",
    detail_domain_unknown_value: "{d} is not one of {whose} mail domains.",
    detail_domain_unknown: "This domain is not one of {whose} mail domains.",
    detail_domain_typo: "{first} It may be a typing mistake for {e}.",
    detail_domain_check: "{first} Check the address in the contract papers.",
    detail_host_retired_server: "This server",
    detail_host_retired_now: " Use {e} now.",
    detail_host_retired_on: "{host} is an old server that stopped on {date}. It no longer answers.{now}",
    detail_host_retired: "{host} is an old server that stopped. It no longer answers.{now}",
    detail_client_end_of_support_on: "Support for {app} ended on {date}. It gets no security updates and may stop working.",
    detail_client_end_of_support: "Support for {app} ended. It gets no security updates and may stop working.",
    detail_this_os: "this system",
    detail_os_end_of_support_on: "Support for {os} ended on {date}. It cannot keep up with current encryption, and mail may stop working.",
    detail_os_end_of_support: "Support for {os} ended. It cannot keep up with current encryption, and mail may stop working.",
};

impl Words for En {
    fn paren(&self, value: Option<&str>) -> String {
        paren(value)
    }

    fn field_in_sentence(&self, name: &str) -> String {
        lower(name)
    }

    fn label_marks(&self) -> LabelMarks {
        LabelMarks {
            open: "\"",
            close: "\"",
            like: "",
            note: " (the name on screen may differ)",
        }
    }

    fn auth_name(&self, auth: &str) -> String {
        match auth.trim().to_ascii_lowercase().as_str() {
            "spa" => "Secure Password Authentication (SPA)".to_string(),
            "cram-md5" => "Encrypted password (CRAM-MD5)".to_string(),
            "oauth2" => "OAuth2".to_string(),
            "none" => "No authentication".to_string(),
            "password" => "Normal password".to_string(),
            other => other.to_string(),
        }
    }

    fn date(&self, date: Date) -> String {
        let month = MONTHS
            .get(usize::from(date.month).wrapping_sub(1))
            .copied()
            .unwrap_or("");
        format!("{month} {}, {}", date.day, date.year)
    }

    fn list(&self, items: &[&str]) -> String {
        match items {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }

    fn quote(&self, label: &str) -> String {
        quote(label)
    }

    fn name(&self, name: &str) -> String {
        name.to_string()
    }

    fn name_inside(&self, name: &str) -> String {
        name.to_string()
    }

    fn screen(&self, path: &str) -> String {
        // "Open the Advanced tab." for one tab; a path reads as it is.
        if path.contains('→') {
            path.to_string()
        } else {
            format!("the {path}")
        }
    }

    fn path_inside(&self, path: &str) -> String {
        match path.strip_prefix("The ") {
            Some(rest) => format!("the {rest}"),
            None => path.to_string(),
        }
    }

    fn path_in_app(&self, app: &str, path: &str) -> String {
        step_path(app, path)
    }

    fn title_case(&self, title: String) -> String {
        upper(&title)
    }
}

/// The agent's words (`crate::text::AgentTexts`).
pub(crate) static AGENT: crate::text::AgentTexts = crate::text::AgentTexts {
    retired: "Retired equipment",
    retired_note: ": {note}",
    retired_ips: ". Old IPs: {ips}",
    retired_replaced_by: ". Replaced by: servers.{set}",
    retired_devices: ". Devices that cannot set DNS (printers and such) are handled one by one: contact the mail operators.",
    cloud_block_off: "The foreign-login block is off: sign-ins from Microsoft IPs are not stopped.",
    cloud_block_exempt: "The foreign-login block is on, but Microsoft cloud IPs are exempt. A foreign IP in the logs inside Microsoft's ranges is a legitimate sign-in (check it with the IP tool).",
    cloud_block_not_exempt: "The foreign-login block is on and Microsoft's cloud is not exempt: sign-ins and sending (SMTP 554) get blocked. Ask the mail operators about the block.",
    blocked_exempt: "Microsoft's cloud should be exempt from the foreign-login block, yet it was stopped. Hand the IP, the time and the account to the mail operators to check the exemption (its list of IP ranges).",
    blocked_not_exempt: "The foreign-login block stops Microsoft's cloud too. Whether Outlook (new) gets an exemption is the mail operators' call: hand them the IP, the time and the account.",
    no_pop: "Microsoft has not said from which version Outlook (new) offers POP. When POP is not offered, or it says \"We couldn’t reach the email server\", set the account up with IMAP. The version is under Settings → General → About Outlook.",
    tls_legacy: "Anything below TLS {min} is switched off on the servers; no exceptions. Windows 7 registry changes are not a customer task.",
    port_25: "OP25B: port 25 sending from our lines is blocked (as on most other ISPs).",
    bulk_sending: "Often a machine (printer, business system) sending in bulk. Ask for the sender's settings to be changed (split, spacing).",
    auth_method: "Outlook with SPA (NTLM) on fails with sign-in errors such as 0x800CCC18.",
    handoff_ip: "IP address",
    handoff_time: "Time",
    handoff_time_ask: "Time: ask the customer when the error appeared",
    handoff_account: "Account",
    handoff_device: "Where the device sends",
    handoff_ask_foreign: "Request: decide whether Microsoft's cloud is exempt from the foreign-login block",
    handoff_ask_foreign_exempt: "Request: check why the Microsoft cloud exemption did not apply (its IP list)",
    handoff_ask_device: "Request: one-by-one handling of a device that cannot take a server name or DNS",
    ip_microsoft: "Microsoft's cloud",
    ip_retired: "our retired server",
    ip_other: "not Microsoft's cloud",
};
