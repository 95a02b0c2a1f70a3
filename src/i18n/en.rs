use super::Strings;

pub const EN: Strings = Strings {
    app_title: "Mail Setup Doctor",
    app_tagline:
        "Checks a customer's mail settings and shows the right settings and how to fix them.",
    skip_to_results: "Skip to the results",
    language: "Language",

    nav_label: "Pages",
    nav_help: "Self-help",
    nav_guides: "Setup guides",
    nav_agent: "Help desk",
    nav_profile: "Profile browser",
    nav_advisor: "Sending-limit check",
    nav_import: "Profile import",
    nav_dns: "DNS checks",
    nav_login_ip: "Login IP check",
    nav_server_health: "Server health",
    nav_survey: "Log survey",
    skip_to_main: "Skip to the main content",
    to_desk_opening: "Opening the page…",
    to_desk_link: "If it does not open, tap here.",

    loading_profile: "Loading the settings profile…",
    profile_errors_title: "Errors in profile.toml",
    profile_error_line: "Line",
    profile_error_key: "Key",
    profile_error_message: "Problem",
    profile_unusable:
        "No profile could be loaded, so nothing can be diagnosed. What you typed stays here.",
    profile_unusable_customer:
        "The mail settings cannot be loaded right now. Please open this page again in a while. If it is urgent, please call your cable TV company's support desk.",



    address: "E-mail address",
    address_hint: "For example: taro@kita.aoi.example.jp",
    servers: "Servers for this address",
    server_incoming_imap: "Incoming (IMAP)",
    server_incoming_pop3: "Incoming (POP)",
    server_outgoing: "Outgoing (SMTP)",

    client: "Mail app",
    client_version: "Version",
    client_os: "Operating system",

    protocol: "Protocol",
    host: "Server name",
    port: "Port",
    security: "Encryption",
    username: "User name",
    auth: "Authentication",

    error_text: "The error shown (paste it)",

    recipients_per_message: "Recipients per message",
    messages: "Messages sent",
    per_minutes: "Within how many minutes",


    findings_title: "What we found",
    expected: "Expected",




    not_found_title: "This page does not exist.",
    not_found_link: "Go to the diagnosis page",

    fatal_title: "Sorry, something went wrong while showing the page.",
    fatal_detail: "What you typed is kept in the link in the address bar. Please reload the page.",
    fatal_reload: "Reload",
};
