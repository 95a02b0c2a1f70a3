//! `mail-doctor`: the command-line face of the engine. SCAFFOLD: the engine work fills this in.
fn main() {}
