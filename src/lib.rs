//! Mail Setup Doctor, the browser face. SCAFFOLD: the app work fills this in.
pub use mail_doctor_core as core;
