fn main() {
    mail_setup_doctor::start();
}
