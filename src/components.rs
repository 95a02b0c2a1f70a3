pub mod client_choice;
pub mod console_results;
pub mod dns_panel;
pub mod field;
pub mod fix_tools;
pub mod guide_steps;
pub mod header;
pub mod help_bits;
pub mod lookup_paste;
pub mod profile_notice;
pub mod results;
pub mod safety;
// The connection doctor's check (agent console) and its table (tools page's server health).
pub mod server_check;
// The tools (decoder panel, settings-file downloads), public for the self-help page.
pub mod decoder_panel;
pub mod export_buttons;
