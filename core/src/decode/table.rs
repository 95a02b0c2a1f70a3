//! The error table: one entry per recognised error, in the order the matcher tries them.
//!
//! Each entry: how it is spotted (`Pat`), which side of the mail flow it is about, its possible
//! causes (most likely first), what it means, and, where the generic check of a cause
//! (`errors::cause_check`) is not precise enough, a check of its own.
//!
//! Sources (checked 2026-12-07; the strings each entry must recognise, with their source, are the
//! rows of `core/tests/fixtures/error_strings.tsv`, and `docs/knowledge/` has the dossiers):
//! - `0x800CCCxx`: the `IXP_E_*` defines of `imnxport.h` (Microsoft's header: the MIDL output of
//!   `imnxport.idl`, as published in the Windows SDK / Windows CE shared source; Wine's
//!   `include/imnxport.idl` carries the general and SMTP ranges); `0x8004210x` from DOMAIN.md.
//! - SMTP replies: RFC 5321, RFC 3463 (enhanced codes), RFC 4954 (`5.7.8`, `5.7.9`, `5.7.11`)
//!   and Microsoft 365's documented replies.
//! - Thunderbird: the shipped en-US strings (mozilla/releases-comm-central
//!   `mail/locales/en-US/…`) and Japanese ones (thunderbird/thunderbird-l10n `ja/mail/…`), key
//!   by key in the comments below.
//! - Outlook (new): Microsoft Learn, "Accounts in the new Outlook for Windows".
//! - Classic Outlook / Outlook Express / Windows Live Mail / Apple: vendor and ISP pages quoting
//!   the dialogs. Wording marked unconfirmed is matched loosely on purpose (short fragments).

use super::errors::{Entry, Pat};
use crate::codes::{Cause, Code, OtherCause};
use crate::lang::Text;
use crate::report::Side::{Both, Incoming, Outgoing};

const fn c(code: Code) -> Cause {
    Cause::Finding(code)
}
const HOST: Cause = c(Code::HostWrong);
const HOST_IP: Cause = c(Code::HostIpLiteral);
const HOST_OLD: Cause = c(Code::HostRetired);
const PORT: Cause = c(Code::PortWrong);
const SEC: Cause = c(Code::SecurityMismatch);
const SEC_NONE: Cause = c(Code::SecurityNone);
const P25: Cause = c(Code::SmtpPort25);
const AUTH_OFF: Cause = c(Code::SmtpAuthOff);
const AUTH_METHOD: Cause = c(Code::AuthMethod);
const USER_FMT: Cause = c(Code::UsernameFormat);
const USER_OTHER: Cause = c(Code::UsernameMismatch);
const TLS_OLD: Cause = c(Code::ClientTlsLegacy);
const CLOUD: Cause = c(Code::ClientCloudSync);
const NO_POP: Cause = c(Code::ClientNoPop);
const EOS: Cause = c(Code::ClientEndOfSupport);
const RCPT: Cause = c(Code::RecipientsOverLimit);
const RATE: Cause = c(Code::SendRateOverLimit);
const ADDR: Cause = c(Code::AddressInvalid);
const PW: Cause = Cause::Other(OtherCause::PasswordWrong);
const LOCKED: Cause = Cause::Other(OtherCause::AccountLocked);
const SERVER: Cause = Cause::Other(OtherCause::ServerSide);
const NET: Cause = Cause::Other(OtherCause::Network);
const AV: Cause = Cause::Other(OtherCause::Antivirus);

const fn t(ja: &'static str, en: &'static str) -> Text {
    // Display only: the customers' page loads the English on demand (`lang::english`).
    Text::table(ja, en)
}

macro_rules! entry {
    ($id:literal, [$($pat:expr),+ $(,)?], $side:expr, [$($cause:expr),* $(,)?], $ja:literal, $en:literal
     $(, checks: [$(($cc:expr, $cja:literal, $cen:literal)),* $(,)?])?
     $(, alias: $alias:literal)? $(, general: $general:literal)?) => {
        Entry {
            id: $id,
            patterns: &[$($pat),+],
            side: $side,
            causes: &[$($cause),*],
            meaning: t($ja, $en),
            checks: &[$($(($cc, t($cja, $cen))),*)?],
            alias_of: { #[allow(unused_mut, unused_assignments)] let mut a: Option<&'static str> = None; $(a = Some($alias);)? a },
            general: { #[allow(unused_mut, unused_assignments)] let mut g = false; $(g = $general;)? g },
        }
    };
}

use Pat::{Hex, Smtp, Text as Msg};

pub(super) static ENTRIES: &[Entry] = &[
    // ---- Outlook / Outlook Express / Windows Live Mail HRESULTs (0x800CCCxx) -------------------
    entry!("0x800ccc0d", [Hex(0x800C_CC0D)], Both, [HOST, NET],
        "サーバー名が見つかりません（DNS で名前を引けません）。", "The server name cannot be found (DNS does not resolve it).", general: true),
    entry!("0x800ccc0e", [Hex(0x800C_CC0E)], Outgoing, [P25, HOST, PORT, NET],
        "サーバーに接続できません（接続そのものが確立しない）。", "Cannot connect to the server (no connection is made at all).",
        checks: [(P25, "送信ポートが 25 になっていないか（587 または 465 にする）。", "Is the outgoing port 25? (Use 587 or 465.)")], general: true),
    entry!("0x800ccc0f", [Hex(0x800C_CC0F)], Both, [SEC, TLS_OLD, AV, NET],
        "接続がサーバー側から予期せず切断されました。", "The server unexpectedly dropped the connection.", general: true),
    entry!("0x800ccc10", [Hex(0x800C_CC10)], Outgoing, [ADDR],
        "メールアドレスの形式が正しくありません（差出人または宛先）。", "An address (sender or recipient) is not valid."),
    entry!("0x800ccc18", [Hex(0x800C_CC18)], Incoming, [AUTH_METHOD, PW, USER_FMT],
        "ログオンに失敗しました（セキュリティで保護されたパスワード認証 SPA）。", "Logon failed (Secure Password Authentication, SPA)."),
    entry!("0x800ccc19", [Hex(0x800C_CC19)], Both, [PORT, SEC, NET, AV],
        "サーバーの応答を待つ間にタイムアウトしました。", "Timed out waiting for the server.", general: true),
    entry!("0x800ccc1a", [Hex(0x800C_CC1A)], Both, [SEC, PORT, TLS_OLD, AV],
        "暗号化（SSL/TLS）接続を確立できませんでした。", "The secure (SSL/TLS) connection could not be set up.", general: true),
    entry!("0x800ccc60", [Hex(0x800C_CC60)], Outgoing, [SERVER, AUTH_OFF],
        "送信サーバーがエラーを返しました（SMTP 応答エラー）。", "The outgoing server answered with an error (SMTP response error)."),
    entry!("0x800ccc61", [Hex(0x800C_CC61)], Outgoing, [PORT, SEC, AV],
        "送信サーバーから想定外の応答がありました。", "The outgoing server sent an unexpected response."),
    entry!("0x800ccc62", [Hex(0x800C_CC62)], Outgoing, [SEC, AV],
        "送信サーバーがコマンドを理解できませんでした（500 構文エラー）。", "The outgoing server did not understand a command (500 syntax error)."),
    entry!("0x800ccc63", [Hex(0x800C_CC63)], Outgoing, [ADDR],
        "送信サーバーが引数の形式を拒否しました（501、多くはアドレスの誤り）。", "The outgoing server rejected a parameter (501, usually an address)."),
    entry!("0x800ccc64", [Hex(0x800C_CC64)], Outgoing, [AUTH_METHOD, PORT],
        "送信サーバーがそのコマンドに対応していません（502）。", "The outgoing server does not implement that command (502)."),
    entry!("0x800ccc65", [Hex(0x800C_CC65)], Outgoing, [AUTH_OFF, AUTH_METHOD],
        "コマンドの順序が正しくありません（503、多くは認証前の送信）。", "Bad command sequence (503, usually sending before logging in)."),
    entry!("0x800ccc66", [Hex(0x800C_CC66)], Outgoing, [AUTH_METHOD],
        "送信サーバーがそのパラメーターに対応していません（504）。", "The outgoing server does not implement that parameter (504)."),
    entry!("0x800ccc67", [Hex(0x800C_CC67)], Outgoing, [RATE, SERVER, NET],
        "送信サーバーが一時的に利用できません（421）。", "The outgoing server is not available right now (421)."),
    entry!("0x800ccc68", [Hex(0x800C_CC68)], Outgoing, [SERVER, RATE],
        "メールボックスが一時的に使用できません（450）。", "Mailbox busy or temporarily unavailable (450)."),
    entry!("0x800ccc69", [Hex(0x800C_CC69)], Outgoing, [AUTH_OFF, SERVER],
        "宛先のメールボックスが見つからないか、中継が拒否されました（550）。", "Mailbox not found, or relaying refused (550)."),
    entry!("0x800ccc6a", [Hex(0x800C_CC6A)], Outgoing, [SERVER, RATE],
        "送信サーバー側の処理エラーです（451）。", "A processing error on the outgoing server (451)."),
    entry!("0x800ccc6b", [Hex(0x800C_CC6B)], Outgoing, [AUTH_OFF],
        "宛先はこのサーバーのユーザーではありません（551）。", "The user is not local to this server (551)."),
    entry!("0x800ccc6c", [Hex(0x800C_CC6C)], Outgoing, [RCPT, SERVER],
        "送信サーバーの容量不足、または宛先が多すぎます（452）。", "Insufficient storage on the server, or too many recipients (452)."),
    entry!("0x800ccc6d", [Hex(0x800C_CC6D)], Outgoing, [SERVER],
        "容量の上限を超えました（552、メールが大きすぎる等）。", "Storage allocation exceeded (552, e.g. the message is too large)."),
    entry!("0x800ccc6e", [Hex(0x800C_CC6E)], Outgoing, [USER_OTHER, AUTH_OFF, ADDR],
        "メールボックス名（差出人アドレス）が許可されていません（553）。", "The mailbox name (sender address) is not allowed (553)."),
    entry!("0x800ccc6f", [Hex(0x800C_CC6F)], Outgoing, [AUTH_OFF, RATE, SERVER],
        "送信処理が拒否されました（554）。", "The transaction was refused (554)."),
    entry!("0x800ccc78", [Hex(0x800C_CC78)], Outgoing, [USER_OTHER, AUTH_OFF, ADDR],
        "差出人アドレスが拒否されました。", "The sender address was rejected."),
    entry!("0x800ccc79", [Hex(0x800C_CC79)], Outgoing, [AUTH_OFF, USER_OTHER, RCPT],
        "宛先が拒否されました（多くは送信認証なしによる中継拒否）。", "Recipients were rejected (usually relaying denied: no SMTP authentication)."),
    entry!("0x800ccc7a", [Hex(0x800C_CC7A)], Outgoing, [ADDR],
        "差出人アドレスがありません。", "No sender address was given."),
    entry!("0x800ccc7b", [Hex(0x800C_CC7B)], Outgoing, [AUTH_OFF, RCPT],
        "有効な宛先がありません（すべて拒否された）。", "No valid recipients (all were rejected)."),
    entry!("0x800ccc7c", [Hex(0x800C_CC7C)], Outgoing, [SEC_NONE, SEC],
        "サーバーが STARTTLS による暗号化を要求しています（530）。", "The server requires STARTTLS encryption (530)."),
    entry!("0x800ccc7d", [Hex(0x800C_CC7D)], Outgoing, [SEC, PORT, AV],
        "サーバーが STARTTLS に対応していません（その接続先・ポートでは）。", "The server does not offer STARTTLS (on that host and port)."),
    entry!("0x800ccc7e", [Hex(0x800C_CC7E)], Outgoing, [SERVER],
        "サーバーが配信状態通知（DSN）に対応していません。", "The server does not support delivery status notifications (DSN)."),
    entry!("0x800ccc7f", [Hex(0x800C_CC7F)], Outgoing, [TLS_OLD, AV, SEC],
        "STARTTLS での暗号化に失敗しました（454）。", "Starting TLS failed (454)."),
    entry!("0x800ccc80", [Hex(0x800C_CC80)], Both, [AUTH_METHOD, SEC, SEC_NONE],
        "このアプリの認証方法はどれもサーバーに対応していません。", "None of the app's authentication methods is supported by the server.",
        checks: [(SEC, "ポート 143/110/587 で「SSL」にしていないか（DOMAIN: SSL+143 でこの表示になる）。", "Is SSL set on port 143/110/587? (SSL with port 143 shows exactly this.)")]),
    entry!("0x800ccc90", [Hex(0x800C_CC90)], Incoming, [PW, LOCKED, SERVER],
        "受信（POP3）サーバーがエラーを返しました。", "The incoming (POP3) server returned an error."),
    entry!("0x800ccc91", [Hex(0x800C_CC91)], Incoming, [USER_FMT, USER_OTHER],
        "ユーザー名が正しくありません（POP3）。", "The user name is not valid (POP3)."),
    entry!("0x800ccc92", [Hex(0x800C_CC92)], Incoming, [PW, AUTH_METHOD, USER_FMT, LOCKED],
        "パスワードが正しくないか、ログインが拒否されました（POP3）。", "The password is wrong or the login was refused (POP3)."),
    entry!("0x80042108", [Hex(0x8004_2108)], Incoming, [HOST, PORT, SEC, NET, AV],
        "受信（POP3）サーバーに接続できません。", "Cannot connect to the incoming (POP3) server."),
    entry!("0x80042109", [Hex(0x8004_2109)], Outgoing, [P25, HOST, PORT, NET, AV],
        "送信（SMTP）サーバーに接続できません。", "Cannot connect to the outgoing (SMTP) server."),
    entry!("0x8004210a", [Hex(0x8004_210A)], Incoming, [PORT, SEC, AV, NET],
        "受信（POP3）サーバーの応答待ちでタイムアウトしました。", "Timed out waiting for the incoming (POP3) server."),
    entry!("0x8004210b", [Hex(0x8004_210B)], Outgoing, [P25, PORT, SEC, AV, NET],
        "送信（SMTP）サーバーの応答待ちでタイムアウトしました。", "Timed out waiting for the outgoing (SMTP) server."),
    // ---- imnxport.h: every other IXP_E_* code (the header's names; rare ones share an entry) --
    // IXP_E_LOAD_SICILY_FAILED
    entry!("0x800ccc00", [Hex(0x800C_CC00)], Both, [AUTH_METHOD],
        "SPA を使えません（SPA をオフに）。",
        "SPA is unavailable (turn SPA off).", general: true),
    // IXP_E_INVALID_CERT_CN
    entry!("0x800ccc01", [Hex(0x800C_CC01)], Both, [HOST_IP, HOST_OLD, HOST, AV],
        "証明書の名前と設定したサーバー名が違います。", "The certificate's name differs from the server name.",
        checks: [(HOST, "サーバー名が証明書の名前（プロファイルの現行ホスト名）と一字一句同じか。", "Is the host exactly the certificate's name (the profile's current host)?")], general: true),
    // IXP_E_INVALID_CERT_DATE
    entry!("0x800ccc02", [Hex(0x800C_CC02)], Both, [HOST_OLD, AV, SERVER],
        "証明書の有効期間外です。", "The certificate is out of date.", general: true),
    // IXP_E_ALREADY_CONNECTED, _WOULD_BLOCK, _INVALID_STATE, _NOT_INIT
    entry!("ixp-internal", [Hex(0x800C_CC03), Hex(0x800C_CC07), Hex(0x800C_CC08), Hex(0x800C_CC0C)], Both, [SERVER, NET],
        "アプリ内部のエラーです（再起動して再試行）。",
        "An internal error (restart and retry).", general: true),
    // IXP_E_CONN, IXP_E_NOT_CONNECTED
    entry!("0x800ccc04", [Hex(0x800C_CC04), Hex(0x800C_CC05)], Both, [NET, HOST, PORT],
        "サーバーとの接続がありません。", "No connection to the server.", general: true),
    // IXP_E_CONN_SEND, _CONN_RECV, _SOCKET_READ_ERROR, _SOCKET_WRITE_ERROR
    entry!("0x800ccc06", [Hex(0x800C_CC06), Hex(0x800C_CC09), Hex(0x800C_CC12), Hex(0x800C_CC13)], Both, [NET, AV, SEC],
        "通信の途中で送受信に失敗しました。", "Sending to or receiving from the server failed mid-connection.", general: true),
    // IXP_E_INCOMPLETE
    entry!("0x800ccc0a", [Hex(0x800C_CC0A)], Incoming, [NET, AV, SERVER],
        "メッセージのダウンロードが完了しませんでした。", "The message download did not complete.", general: true),
    // IXP_E_BUSY
    entry!("0x800ccc0b", [Hex(0x800C_CC0B)], Both, [SERVER, LOCKED],
        "サーバーまたはメールボックスが使用中です。",
        "The server or mailbox is busy.", general: true),
    // IXP_E_INVALID_ADDRESS_LIST
    entry!("0x800ccc11", [Hex(0x800C_CC11)], Outgoing, [ADDR],
        "宛先の一覧に正しくないアドレスがあります。", "A recipient address is not valid."),
    // IXP_E_SOCKET_INIT_ERROR, IXP_E_WINSOCK_*
    entry!("0x800ccc14", [Hex(0x800C_CC14), Hex(0x800C_CC40), Hex(0x800C_CC41), Hex(0x800C_CC42), Hex(0x800C_CC43), Hex(0x800C_CC44),
            Hex(0x800C_CC45)], Both, [NET, AV],
        "Windows のネットワーク機能（Winsock）のエラーです。", "A Windows network stack (Winsock) error.", general: true),
    // IXP_E_SOCKET_CONNECT_ERROR
    entry!("0x800ccc15", [Hex(0x800C_CC15)], Both, [NET, HOST, PORT, AV],
        "ネットワークに接続できません。", "Cannot connect to the network.", general: true),
    // IXP_E_INVALID_ACCOUNT
    entry!("0x800ccc16", [Hex(0x800C_CC16)], Both, [USER_FMT, USER_OTHER, PW],
        "アカウントが認識されません。", "The account is not recognised.", general: true),
    // IXP_E_USER_CANCEL
    entry!("0x800ccc17", [Hex(0x800C_CC17)], Both, [],
        "操作が取り消されました。", "The operation was cancelled.", general: true),
    // POP3 (90–92 are above).
    // IXP_E_POP3_PARSE_FAILURE
    entry!("0x800ccc93", [Hex(0x800C_CC93)], Incoming, [PORT, SEC, AV],
        "POP3 の応答を解釈できません。", "The POP3 reply could not be parsed."),
    // IXP_E_POP3_NEED_STAT, _NO_MESSAGES, _NO_MARKED_MESSAGES, _POPID_OUT_OF_RANGE; IXP_E_IMAP_*; 0xCCD0 and 0xCCE1 are success codes
    entry!("0x800ccc94", [Hex(0x800C_CC94), Hex(0x800C_CC95), Hex(0x800C_CC96), Hex(0x800C_CC97)], Incoming, [SERVER, LOCKED],
        "POP3 のメッセージ一覧が合いません。",
        "The POP3 message list does not match."),
    // IMAP.
    // IXP_E_IMAP_LOGINFAILURE: LOGIN cmd failed
    entry!("0x800cccd1", [Hex(0x800C_CCD1)], Incoming, [PW, USER_FMT, LOCKED, AUTH_METHOD],
        "IMAP サーバーへのログインに失敗しました。", "Logging in to the IMAP server failed."),
    // IXP_E_IMAP_TAGGED_NO_RESPONSE / _BAD_RESPONSE
    entry!("0x800cccd2", [Hex(0x800C_CCD2), Hex(0x800C_CCD3)], Incoming, [SERVER, LOCKED],
        "IMAP サーバーが要求を拒否しました。", "The IMAP server refused a request."),
    // IXP_E_IMAP_SVR_SYNTAXERR, _BUFFER_OVERFLOW, _RECVR_ERROR, _INCOMPLETE_LINE, _UNRECOGNIZED_RESP
    entry!("0x800cccd4", [Hex(0x800C_CCD4), Hex(0x800C_CCD6), Hex(0x800C_CCD7), Hex(0x800C_CCD8), Hex(0x800C_CCDA)], Incoming, [PORT, SEC, AV, NET],
        "IMAP の応答を受け取れません。",
        "The IMAP replies cannot be read."),
    // IXP_E_IMAP_NOTIMAPSERVER
    entry!("0x800cccd5", [Hex(0x800C_CCD5)], Incoming, [PORT, HOST, SEC],
        "IMAP サーバーではありません。", "Not an IMAP server."),
    // IXP_E_IMAP_CONNECTION_REFUSED
    entry!("0x800cccd9", [Hex(0x800C_CCD9)], Incoming, [SERVER, LOCKED, NET],
        "IMAP サーバーが接続を拒否しました。", "The IMAP server refused the connection."),
    // IXP_E_IMAP_CHANGEDUID, _UIDORDER, _IMPROPER_SVRSTATE
    entry!("0x800cccdb", [Hex(0x800C_CCDB), Hex(0x800C_CCDC), Hex(0x800C_CCDE)], Incoming, [SERVER],
        "IMAP の同期状態が合いません。", "The IMAP sync state is inconsistent."),
    // IXP_E_IMAP_UNSOLICITED_BYE
    entry!("0x800cccdd", [Hex(0x800C_CCDD)], Incoming, [SERVER, NET, LOCKED],
        "IMAP サーバーが接続を切りました。",
        "The IMAP server closed the connection."),
    // IXP_E_IMAP_AUTH_NOT_POSSIBLE / _OUT_OF_AUTH_METHODS
    entry!("0x800cccdf", [Hex(0x800C_CCDF), Hex(0x800C_CCE0)], Incoming, [AUTH_METHOD, SEC, SEC_NONE],
        "共通の認証方式がありません。",
        "No common authentication method."),
    // Newsgroups (IXP_E_NNTP_*), dial-up (IXP_E_RAS_*) and HTTPMail (IXP_E_HTTP_*: old Hotmail).
    // IXP_E_NNTP_*; IXP_E_RAS_*; IXP_E_HTTP_*
    entry!("ixp-other", [Hex(0x800C_CCA0), Hex(0x800C_CCA1), Hex(0x800C_CCA2), Hex(0x800C_CCA3), Hex(0x800C_CCA4), Hex(0x800C_CCA5),
            Hex(0x800C_CCA6), Hex(0x800C_CCA7), Hex(0x800C_CCA8), Hex(0x800C_CCA9), Hex(0x800C_CCAA), Hex(0x800C_CCAB),
            Hex(0x800C_CCAC), Hex(0x800C_CCAD), Hex(0x800C_CCAE), Hex(0x800C_CCC2), Hex(0x800C_CCC3), Hex(0x800C_CCC4),
            Hex(0x800C_CCC5), Hex(0x800C_CCC6), Hex(0x800C_CC30), Hex(0x800C_CC31), Hex(0x800C_CC32), Hex(0x800C_CC33),
            Hex(0x800C_CC34), Hex(0x800C_CC35), Hex(0x800C_CC36), Hex(0x800C_CC37), Hex(0x800C_CC38), Hex(0x800C_CC39),
            Hex(0x800C_CC3A), Hex(0x800C_CC3B), Hex(0x800C_CC3C), Hex(0x800C_CC3D), Hex(0x800C_CC3E), Hex(0x800C_CC3F),
            Hex(0x800C_CCF0), Hex(0x800C_CCF1), Hex(0x800C_CCF2), Hex(0x800C_CCF3), Hex(0x800C_CCF4)], Both, [NET],
        "ニュース・ダイヤルアップ・HTTP メールのエラーです（設定と無関係）。",
        "A news, dial-up or HTTPMail error (not the settings)."),
    entry!("0x80090331", [Hex(0x8009_0331), Msg("do not possess a common algorithm"), Msg("no common encryption algorithm"),
            Msg("ssl_error_no_cypher_overlap"), Msg("共通のアルゴリズムがない"), Msg("共通の暗号化アルゴリズム")], Both, [TLS_OLD, AV],
        "アプリとサーバーに共通の暗号方式がありません（古い TLS・暗号スイートのみ対応のアプリ）。", "The app and the server share no cipher (the app only knows old TLS versions or cipher suites)."),

    // ---- SMTP replies (RFC 5321 basic code, RFC 3463 enhanced code) -----------------------------
    entry!("smtp-421-4.4.2", [Smtp(421, Some("4.4.2"))], Outgoing, [NET, AV, SERVER],
        "接続が途中で切断されました（421 4.4.2）。", "The connection was dropped (421 4.4.2)."),
    entry!("smtp-421-4.7.0", [Smtp(421, Some("4.7.0"))], Outgoing, [RATE, SERVER],
        "接続数や送信量の制限で一時的に拒否されました（421 4.7.0）。", "Temporarily refused: too many connections or messages (421 4.7.0)."),
    entry!("smtp-421", [Smtp(421, None)], Outgoing, [RATE, SERVER, NET],
        "送信サーバーが一時的に受け付けていません（421）。", "The outgoing server is not accepting right now (421)."),
    entry!("smtp-450", [Smtp(450, None)], Outgoing, [RATE, SERVER],
        "一時的に処理できません（450）。時間をおくと通ることがあります。", "Temporarily not processed (450); may pass later."),
    entry!("smtp-451-5.7.3", [Smtp(451, Some("5.7.3"))], Outgoing, [SEC_NONE, SEC],
        "先に STARTTLS で暗号化する必要があります（451 5.7.3）。", "STARTTLS must be issued first (451 5.7.3)."),
    entry!("smtp-451", [Smtp(451, None)], Outgoing, [SERVER, RATE],
        "送信サーバー側の一時的なエラーです（451）。", "A temporary error on the outgoing server (451)."),
    entry!("smtp-452-4.5.3", [Smtp(452, Some("4.5.3"))], Outgoing, [RCPT],
        "宛先が多すぎます（452 4.5.3）。", "Too many recipients (452 4.5.3)."),
    entry!("smtp-452", [Smtp(452, None)], Outgoing, [RCPT, SERVER],
        "宛先が多すぎるか、サーバーの容量不足です（452）。", "Too many recipients, or insufficient storage on the server (452)."),
    entry!("smtp-454", [Smtp(454, None)], Outgoing, [TLS_OLD, SEC, SERVER],
        "TLS が使えないか、認証が一時的に失敗しました（454）。", "TLS is not available, or authentication failed temporarily (454)."),
    entry!("smtp-503", [Smtp(503, None)], Outgoing, [AUTH_OFF, AUTH_METHOD],
        "コマンドの順序が正しくありません（503、多くは認証なしで送信）。", "Bad sequence of commands (503, usually sending without logging in)."),
    entry!("smtp-530-5.7.57", [Smtp(530, Some("5.7.57"))], Outgoing, [AUTH_OFF, USER_FMT],
        "認証されていないため送信できません（530 5.7.57）。", "Not authenticated, so not allowed to send (530 5.7.57)."),
    entry!("smtp-530", [Smtp(530, None)], Outgoing, [AUTH_OFF, SEC_NONE, SEC],
        "送信には認証（または先に STARTTLS）が必要です（530）。", "Authentication (or STARTTLS first) is required to send (530)."),
    entry!("smtp-534-5.7.9", [Smtp(534, Some("5.7.9"))], Outgoing, [AUTH_METHOD, SEC_NONE],
        "認証方式が弱すぎます（534 5.7.9）。", "The authentication mechanism is too weak (534 5.7.9)."),
    entry!("smtp-535-5.7.8", [Smtp(535, Some("5.7.8"))], Outgoing, [PW, USER_FMT, LOCKED, AUTH_METHOD],
        "認証情報（ユーザー名・パスワード）が正しくありません（535 5.7.8）。", "Authentication credentials invalid (535 5.7.8)."),
    entry!("smtp-535-5.7.3", [Smtp(535, Some("5.7.3"))], Outgoing, [PW, USER_FMT, AUTH_METHOD],
        "認証に失敗しました（535 5.7.3）。", "Authentication unsuccessful (535 5.7.3)."),
    entry!("smtp-535-5.7.139", [Smtp(535, Some("5.7.139"))], Outgoing, [AUTH_METHOD, SERVER],
        "このアカウントでは SMTP 認証が無効です（535 5.7.139）。", "SMTP authentication is disabled for the account (535 5.7.139)."),
    entry!("smtp-535", [Smtp(535, None)], Outgoing, [PW, USER_FMT, AUTH_METHOD, LOCKED],
        "送信サーバーでの認証に失敗しました（535）。", "Authentication failed on the outgoing server (535)."),
    entry!("smtp-538-5.7.11", [Smtp(538, Some("5.7.11"))], Outgoing, [SEC_NONE, SEC],
        "暗号化が必要です（538 5.7.11）。", "Encryption required (538 5.7.11)."),
    entry!("smtp-550-5.1.1", [Smtp(550, Some("5.1.1"))], Outgoing, [],
        "宛先のアドレスが存在しません（550 5.1.1）。設定ではなく宛先の誤りです。", "The recipient address does not exist (550 5.1.1): a wrong recipient, not a setting."),
    entry!("smtp-550-5.7.1", [Smtp(550, Some("5.7.1"))], Outgoing, [AUTH_OFF, USER_OTHER, CLOUD],
        "送信が許可されていません（550 5.7.1、中継拒否など）。", "Delivery not authorised (550 5.7.1, e.g. relaying denied)."),
    entry!("smtp-550-5.4.5", [Smtp(550, Some("5.4.5"))], Outgoing, [RATE],
        "1 日の送信上限を超えました（550 5.4.5）。", "Daily sending quota exceeded (550 5.4.5)."),
    entry!("smtp-550-5.5.3", [Smtp(550, Some("5.5.3")), Smtp(552, Some("5.5.3")), Smtp(452, Some("5.5.3"))], Outgoing, [RCPT],
        "宛先が多すぎます（5.5.3）。", "Too many recipients (5.5.3)."),
    entry!("smtp-550", [Smtp(550, None)], Outgoing, [AUTH_OFF, SERVER],
        "要求が拒否されました（550、宛先なし・中継拒否など）。", "Request refused (550: no such mailbox, relaying denied…)."),
    entry!("smtp-551", [Smtp(551, None)], Outgoing, [AUTH_OFF],
        "宛先はこのサーバーのユーザーではありません（551）。", "The user is not local to this server (551)."),
    entry!("smtp-552", [Smtp(552, None)], Outgoing, [RCPT, SERVER],
        "容量または宛先数の上限を超えました（552）。", "A size or recipient limit was exceeded (552)."),
    entry!("smtp-553", [Smtp(553, None)], Outgoing, [USER_OTHER, AUTH_OFF, ADDR],
        "差出人アドレスが許可されていません（553）。", "The sender address is not allowed (553)."),
    entry!("smtp-554-5.7.1", [Smtp(554, Some("5.7.1"))], Outgoing, [CLOUD, AUTH_OFF, RATE, SERVER],
        "送信が拒否されました（554 5.7.1）。海外からの SMTP 認証を遮断するサーバーは Outlook (new) の送信をこれで拒否します。",
        "Sending refused (554 5.7.1). Servers that block SMTP AUTH from abroad refuse Outlook (new) this way.",
        checks: [(CLOUD, "アプリが Outlook (new) か、アカウントの海外ログイン制限（Microsoft 例外）を確認。", "Is the app Outlook (new)? Check the account's foreign-login block and its Microsoft exception.")]),
    entry!("smtp-554", [Smtp(554, None)], Outgoing, [CLOUD, AUTH_OFF, SERVER],
        "送信処理が拒否されました（554）。", "The transaction was refused (554)."),

    // ---- Outlook (classic) / Outlook Express / Windows Live Mail / Windows Mail messages --------
    // Microsoft publishes no string table for these; the sourced ones are quoted from vendor and
    // ISP/help pages with screenshots (docs/knowledge/outlook-classic.md lists each with its
    // page); the rest are unconfirmed wording matched by short fragments.
    entry!("msg-cannot-connect", [Msg("cannot connect to the server"), Msg("unable to connect to the server"),
            Msg("サーバーに接続できません"), Msg("サーバーに接続できませんでした")], Both, [HOST, PORT, P25, NET],
        "サーバーに接続できません。", "Cannot connect to the server.", alias: "0x800ccc0e", general: true),
    entry!("msg-host-not-found", [Msg("cannot locate the server"), Msg("could not be found. please verify that you have entered the server name"),
            Msg("the host * could not be found"), Msg("ホスト * が見つかりませんでした"), Msg("サーバーが見つかりません")], Both, [HOST, NET],
        "サーバー名が見つかりません。", "The server name cannot be found.", alias: "0x800ccc0d", general: true),
    entry!("msg-smtp-not-found", [Msg("送信(smtp)サーバー*が見つかりません"), Msg("outgoing server (smtp) * is unknown"),
            Msg("outgoing (smtp) server could not be found"), Msg("outgoing (smtp) e-mail server could not be found")], Outgoing, [HOST, NET],
        "送信（SMTP）サーバー名が見つかりません。", "The outgoing (SMTP) server name cannot be found."),
    entry!("msg-connect-failed", [Msg("サーバーへの接続に失敗しました"), Msg("サーバへの接続に失敗しました"),
            Msg("connection to the server has failed"), Msg("the connection to the server failed")], Both, [HOST, PORT, SEC, NET],
        "サーバーへの接続に失敗しました。", "The connection to the server failed.", general: true),
    entry!("msg-login-rejected", [Msg("e-mail server rejected your login"), Msg("email server rejected your login"),
            Msg("サーバーがログインを拒否しました")], Incoming, [PW, USER_FMT, AUTH_METHOD, LOCKED],
        "メールサーバーがログインを拒否しました。", "The mail server rejected the login.", alias: "0x800ccc92"),
    entry!("msg-user-or-password", [Msg("username or password is incorrect"), Msg("user name or password is incorrect"),
            Msg("user name or password for * is incorrect"), Msg("username or password for * is incorrect"),
            Msg("ユーザー名またはパスワードが正しくありません"), Msg("ユーザ名またはパスワードが間違っています"),
            Msg("ユーザー名またはパスワードが間違っています")], Both, [PW, USER_FMT, LOCKED],
        "ユーザー名またはパスワードが正しくありません。", "The user name or password is incorrect."),
    entry!("msg-encryption-type", [Msg("does not support the connection encryption type"), Msg("指定した種類の接続暗号化をサポートしていません"),
            Msg("暗号化接続の種類をサポートしていません"),
            Msg("サーバーは暗号化接続をサポートしていません"), Msg("the server does not support ssl"), Msg("server does not support secure connections"),
            Msg("サーバーは ssl をサポートしていません")], Both, [SEC, PORT, TLS_OLD],
        "指定した暗号化の種類にサーバーが対応していません（SSL/TLS と STARTTLS の取り違え）。", "The server does not support the encryption type chosen (SSL/TLS and STARTTLS mixed up).",
        alias: "0x800ccc1a", general: true),
    entry!("msg-terminated", [Msg("unexpectedly terminated the connection"), Msg("接続が予期せず切断されました"),
            Msg("サーバーへの接続が中断されました")], Both, [SEC, TLS_OLD, AV, NET],
        "サーバーが接続を予期せず切断しました。", "The server unexpectedly terminated the connection.", alias: "0x800ccc0f", general: true),
    entry!("msg-no-auth-method", [Msg("none of the authentication methods supported by this client"), Msg("いずれの認証方法も")],
        Both, [AUTH_METHOD, SEC, SEC_NONE], "アプリの認証方法がどれもサーバーに対応していません。",
        "None of the app's authentication methods is supported by the server.", alias: "0x800ccc80"),
    entry!("msg-pop-timeout", [Msg("timed out waiting for a response from the receiving (pop) server"), Msg("受信(pop)サーバーからの応答を待機中にタイムアウト")],
        Incoming, [PORT, SEC, AV, NET], "受信（POP）サーバーの応答待ちでタイムアウトしました。",
        "Timed out waiting for the incoming (POP) server.", alias: "0x8004210a"),
    entry!("msg-smtp-timeout", [Msg("timed out waiting for a response from the sending (smtp) server"), Msg("送信(smtp)サーバーからの応答を待機中にタイムアウト")],
        Outgoing, [P25, PORT, SEC, AV, NET], "送信（SMTP）サーバーの応答待ちでタイムアウトしました。",
        "Timed out waiting for the outgoing (SMTP) server.", alias: "0x8004210b"),
    entry!("msg-recipient-rejected", [Msg("one of the recipients was rejected by the server"), Msg("受信者*がサーバーによって拒否")],
        Outgoing, [AUTH_OFF, RCPT], "宛先がサーバーに拒否されました。", "A recipient was rejected by the server.", alias: "0x800ccc79"),
    entry!("msg-certificate", [Hex(0x8009_0322), Msg("security certificate that could not be verified"), Msg("確認できないセキュリティ証明書"),
            Msg("target principal name is incorrect"), Msg("対象のプリンシパル名が間違っています"), Msg("cannot verify server identity"), Msg("サーバの識別情報を検証できません"),
            Msg("サーバーの識別情報を検証できません"), Msg("ssl_error_bad_cert_domain"), Msg("sec_error_unknown_issuer"),
            Msg("sec_error_expired_certificate")], Both, [HOST_IP, HOST_OLD, HOST, AV],
        "サーバー証明書を確認できません（証明書の名前と設定したサーバー名が違う、またはウイルス対策ソフトの検査）。",
        "The server's certificate cannot be verified (its name differs from the configured host, or antivirus scanning).",
        checks: [(HOST, "サーバー名が証明書の名前（プロファイルの現行ホスト名）と一字一句同じか。", "Is the host exactly the certificate's name (the profile's current host)?")], general: true),
    entry!("msg-sender-rejected", [Msg("アカウントのプロパティで電子メールアドレス")], Outgoing,
        [USER_OTHER, AUTH_OFF, ADDR], "差出人アドレスが拒否されました。",
        "The sender address was rejected.", alias: "0x800ccc78"),
    entry!("msg-no-encrypted-connection", [Msg("encrypted connection to your mail server is not available"),
            Msg("暗号化された接続を使用できません")], Both, [SEC, PORT, TLS_OLD, AV],
        "暗号化された接続ができません。",
        "No encrypted connection.", general: true),
    // Outlook 2016+ / Microsoft 365 classic add-account screens (formerly filed under Outlook (new)).
    entry!("outlook-couldnt-connect-in", [Msg("couldn't connect to the incoming"), Msg("受信*サーバーに接続できませんでした")], Incoming,
        [HOST, PORT, SEC, AV], "受信サーバーに接続できませんでした。", "Could not connect to the incoming server."),
    entry!("outlook-couldnt-connect-out", [Msg("couldn't connect to the outgoing"), Msg("送信*サーバーに接続できませんでした")], Outgoing,
        [HOST, PORT, SEC, P25], "送信サーバーに接続できませんでした。", "Could not connect to the outgoing server."),
    entry!("msg-wlm-account", [Msg("unable to send or receive messages for the"), Msg("のメッセージを送受信できません")], Both,
        [HOST, PORT, SEC, TLS_OLD], "アカウントの送受信ができません（Windows Live Mail）。詳細はその下のエラー番号で判断します。",
        "Cannot send or receive for the account (Windows Live Mail); the error number below it says why.", alias: "*"),
    entry!("msg-settings-out-of-date", [Msg("account settings are out-of-date"), Msg("account settings are out of date"),
            Msg("アカウントの設定が最新ではありません")], Both, [PW, EOS, SEC, TLS_OLD],
        "アカウント設定が最新ではありません（Windows メールアプリ。パスワード誤りでも表示）。", "The account settings are out of date (Windows Mail; also shown for a wrong password)."),

    // ---- Outlook (new) ----------------------------------------------------------------------
    // Microsoft Learn, "Accounts in the new Outlook for Windows": an account type it cannot use
    // (POP before it had POP, on-premises Exchange) gets "We couldn’t reach the email server.
    // Please try again." (English ✓; the Japanese wording is unconfirmed, so no Japanese pattern).
    entry!("outlook-new-unreachable", [Msg("we couldn't reach the email server")], Incoming, [NO_POP, HOST, PORT, SEC, CLOUD],
        "メールサーバーに到達できません。",
        "The email server could not be reached.",
        checks: [(NO_POP, "POP で追加していないか。IMAP なら追加できるか。", "Is it being added as POP? Does IMAP work?")]),
    // Unconfirmed (no source found): short fragments matched loosely on purpose.
    entry!("outlook-new-sign-in", [Msg("couldn't sign you in"), Msg("couldn't sign in"), Msg("we can't sign you in"),
            Msg("アカウントにサインインできませんでした"), Msg("サインインできませんでした")], Both, [PW, CLOUD, USER_FMT, LOCKED],
        "サインインできませんでした（Outlook (new) は Microsoft のクラウドからログインします）。", "Could not sign in (Outlook (new) logs in from Microsoft's cloud).",
        checks: [(CLOUD, "ISP のログ・不正ログイン検知で Microsoft の IP（classify-ips）からのログインが遮断されていないか。", "Are logins from Microsoft's IPs (classify-ips) blocked by the ISP's foreign/unauthorised-login detection?")]),
    entry!("outlook-new-sync", [Msg("couldn't sync"), Msg("can't sync"), Msg("isn't syncing"), Msg("sync error"),
            Msg("同期できません"), Msg("同期できませんでした"), Msg("同期エラー")], Incoming, [CLOUD, PW, LOCKED, SERVER],
        "同期できません（Outlook (new) は Microsoft のクラウド経由で ISP と同期します）。", "Cannot sync (Outlook (new) syncs with the ISP through Microsoft's cloud)."),

    // ---- Thunderbird (shipped en-US / ja strings; key names in the comments) ------------------
    // Sources: mozilla/releases-comm-central mail/locales/en-US/… and thunderbird/thunderbird-l10n
    // ja/mail/…, checked 2026-12-07; every pattern is a part of the shipped text with its
    // placeholders (%S, %1$S, { $hostname }) as `*` (core/tests/fixtures/error_strings.tsv).
    // messenger.properties mailServerLoginFailed2 (≥ 53; before: mailServerLoginFailed), …TitleWithAccount.
    entry!("tb-login-failed", [Msg("login to server * failed"), Msg("login to account * failed"),
            Msg("サーバー*へのログインに失敗しました"), Msg("アカウント*へのログインに失敗しました")],
        Incoming, [PW, USER_FMT, AUTH_METHOD, LOCKED], "サーバーへのログインに失敗しました。", "Logging in to the server failed."),
    // accountCreation.ftl cannot-login-error; accountSetup.ftl / accountHub.ftl …-credentials-wrong / -incomplete.
    entry!("tb-setup-login", [Msg("unable to log in at server"), Msg("サーバーにログインできません。ユーザー名や"),
            Msg("authentication failed. please check the username and password"), Msg("認証に失敗しました。ユーザー名とパスワードを確認してください"),
            Msg("authentication failed. either the entered credentials are incorrect"), Msg("入力した認証情報が正しくないか")],
        Incoming, [PW, USER_FMT, AUTH_METHOD, SEC, LOCKED],
        "アカウント設定でログイン（認証）に失敗しました。", "Account setup could not log in (authentication failed)."),
    // accountSetup.ftl account-setup-find-settings-failed, accountHub.ftl account-hub-find-settings-failed.
    entry!("tb-setup-not-found", [Msg("failed to find the settings for your email account"), Msg("がメールアカウントの設定を見つけられませんでした")],
        Both, [HOST, NET],
        "設定を自動で見つけられませんでした。",
        "The settings were not found automatically."),
    // accountSetup.ftl account-setup-warning-cleartext (and the Account Hub's security warning).
    entry!("tb-insecure-warning", [Msg("does not use encryption"), Msg("への接続は暗号化されません"),
            Msg("warning: insecure mail server detected"), Msg("警告: 安全でないメールサーバーが検知されました")], Both, [SEC_NONE, SEC],
        "接続の保護が「なし」です。", "Connection security is None."),
    // messenger.properties unknownHostError, imapMsgs.properties imapUnknownHostError.
    entry!("tb-failed-to-connect", [Msg("failed to connect to server"), Msg("サーバー*との接続に失敗しました"), Msg("サーバー*への接続に失敗しました")],
        Both, [HOST, NET, PORT], "サーバーとの接続に失敗しました（サーバー名を確認）。", "Failed to connect to the server (check the host name).", general: true),
    // messenger.properties connectionRefusedError, imapMsgs.properties imapConnectionRefusedError.
    entry!("tb-refused", [Msg("the connection was refused"), Msg("接続が拒否されました")], Both, [PORT, HOST, NET],
        "サーバーが接続を拒否しました（そのポートで待ち受けていない）。", "The server refused the connection (nothing listens on that port).", general: true),
    // messenger.properties netTimeoutError, imapMsgs.properties imapNetTimeoutError.
    entry!("tb-net-timeout", [Msg("connection to server * timed out"), Msg("との接続がタイムアウトになりました"),
            Msg("サーバー*への接続がタイムアウトしました"), Msg("接続がタイムアウト")], Both,
        [PORT, SEC, NET, AV], "サーバーとの接続がタイムアウトしました。", "The connection to the server timed out.", general: true),
    // messenger.properties netResetError.
    entry!("tb-reset", [Msg("connection to server * was reset"), Msg("との接続がリセットされました")], Both, [SEC, AV, TLS_OLD],
        "サーバーとの接続がリセットされました。", "The connection to the server was reset.", general: true),
    // messenger.properties netInterruptError.
    entry!("tb-interrupted", [Msg("connection to server * was interrupted"), Msg("との接続が中断されました")], Both, [NET, SEC, AV],
        "サーバーとの接続が中断されました。", "The connection to the server was interrupted.", general: true),
    // imapMsgs.properties imapServerDisconnected.
    entry!("tb-server-disconnected", [Msg("has disconnected. the server may have gone down"), Msg("サーバーがダウンしたか、ネットワーク")],
        Incoming, [NET, SEC, AV, SERVER], "サーバーとの接続が切れました。", "The server disconnected."),
    // imapMsgs.properties imapServerDroppedConnection2.
    entry!("tb-too-many-connections", [Msg("maximum number of connections to this server"), Msg("同時接続数の限度を超えている")],
        Incoming, [SERVER, LOCKED],
        "同時接続数の上限を超えた可能性があります。",
        "Too many simultaneous connections?"),
    // imapMsgs.properties imapTlsError; certError.ftl cert-error-ssl-connection-error.
    entry!("tb-tls-error", [Msg("non-overridable tls error"), Msg("上書きできない tls エラーが発生しました"),
            Msg("an error occurred connecting to"), Msg("への接続中にエラーが発生しました")], Both, [TLS_OLD, SEC, PORT, AV],
        "TLS 接続のエラーです。",
        "A TLS error.", general: true),
    // messenger.properties oAuth2Error, imapMsgs.properties imapOAuth2Error.
    entry!("tb-oauth", [Msg("authentication failure while connecting to server"), Msg("との接続で認証に失敗しました"), Msg("への接続時の認証に失敗しました")],
        Both, [AUTH_METHOD, PW], "接続時の認証に失敗しました。", "Authentication failed while connecting."),
    // imap/pop3/smtp …AuthMechNotSupported.
    entry!("tb-auth-mech", [Msg("does not support the selected authentication method"), Msg("選択された認証方式をサポートしていません")],
        Both, [AUTH_METHOD, SEC_NONE], "サーバーが、選んだ認証方式に対応していません。", "The server does not support the chosen authentication method.", general: true),
    // imap/pop3 …AuthChangeEncryptToPlain… / …PlainToEncrypt, smtpHintAuth….
    entry!("tb-encrypted-password", [Msg("does not seem to support encrypted passwords"), Msg("暗号化されたパスワードをサポートしていない"),
            Msg("does not allow plaintext passwords"), Msg("平文のパスワードを許可していません")], Both, [AUTH_METHOD],
        "パスワードの送り方（認証方式）がサーバーと合いません。", "The authentication method does not match the server's.", general: true),
    // imapMsgs.properties imapServerCommandFailed / imapFolderCommandFailed (the server's reply follows).
    entry!("tb-imap-command-failed", [Msg("the current command did not succeed"), Msg("現在のコマンドを正常に完了できませんでした"),
            Msg("did not succeed. the mail server for account"), Msg("に対する現在の操作を正常に完了できませんでした")],
        Incoming, [SERVER, LOCKED], "IMAP サーバーがコマンドを拒否しました。",
        "The IMAP server refused a command.", alias: "*"),
    // imapMsgs.properties imapServerNotImap4.
    entry!("tb-not-imap", [Msg("is not an imap4 mail server"), Msg("は imap4 メールサーバーではありません")], Incoming, [PORT, HOST, SEC],
        "IMAP サーバーではありません（POP のポート等）。", "Not an IMAP server (e.g. a POP port)."),
    // localMsgs.properties pop3PasswordFailed, pop3UsernameFailure, pop3ServerError, pop3TempServerError, nsErrorCouldNotConnectViaTls.
    entry!("tb-pop3-password", [Msg("sending of password for user * did not succeed"), Msg("のパスワードを送信できませんでした")],
        Incoming, [PW, USER_FMT, LOCKED], "POP3 サーバーがパスワードを拒否しました。", "The POP3 server refused the password."),
    entry!("tb-pop3-username", [Msg("sending of username did not succeed"), Msg("ユーザー名を送信できませんでした")],
        Incoming, [USER_FMT, SEC_NONE, SERVER], "POP3 サーバーがユーザー名を拒否しました。", "The POP3 server refused the user name."),
    entry!("tb-pop3-server-error", [Msg("an error occurred with the pop3 mail server"), Msg("pop3 サーバーでエラーが発生しました")],
        Incoming, [SERVER, PW], "POP3 サーバーのエラーです。", "A POP3 server error.", alias: "*"),
    entry!("tb-pop3-temp", [Msg("while retrieving new messages"), Msg("新着メッセージ取得中に一時的なエラー")],
        Incoming, [SERVER, NET, LOCKED], "受信中の一時的なエラーです。", "A temporary error while fetching mail."),
    entry!("tb-pop3-tls", [Msg("unable to establish tls connection to pop3 server"), Msg("pop3 サーバーへの tls 接続が確立できません")],
        Incoming, [SEC, PORT, TLS_OLD, AV], "POP3 サーバーと TLS 接続できません。", "No TLS connection to the POP3 server."),
    // certError.ftl (Thunderbird ≥ 127): cert-error-domain-mismatch / -expired / -not-yet-valid / -untrusted-default.
    entry!("tb-cert-domain", [Msg("is not valid for that server"), Msg("の証明書が正しくありません")], Both, [HOST_IP, HOST_OLD, HOST, AV],
        "証明書の名前とサーバー名が合いません。", "The certificate's name does not match the server name.",
        checks: [(HOST, "サーバー名が証明書の名前（プロファイルの現行ホスト名）と一字一句同じか。", "Is the host exactly the certificate's name (the profile's current host)?")], general: true),
    entry!("tb-cert-date", [Msg("the certificate for * expired on"), Msg("の証明書の有効期限が*に切れています"),
            Msg("the certificate for * will not be valid until"), Msg("の証明書は*まで無効です")], Both, [HOST_OLD, AV, SERVER],
        "証明書の有効期間外です。",
        "The certificate is out of date.", general: true),
    entry!("tb-cert-untrusted", [Msg("does not come from a trusted source"), Msg("信頼されたソースからのものではありません")],
        Both, [AV, HOST_OLD, HOST], "証明書の発行元を信頼できません。", "The certificate's issuer is not trusted.", general: true),
    // composeMsgs.properties startTlsFailed.
    entry!("tb-no-starttls", [Msg("doesn't advertise that feature"), Msg("starttls をサポートしていないため")], Outgoing, [SEC, PORT, AV],
        "サーバーが STARTTLS を提示しませんでした（ポートと暗号化の組み合わせ違い、またはウイルス対策ソフトの介入）。",
        "The server did not offer STARTTLS (wrong port/encryption pair, or antivirus interfering)."),
    // composeMsgs.properties smtpTooManyRecipients (≥ 121); "too many recipients" / "maximum number of
    // recipients" are server-reply fragments (unconfirmed wording, matched loosely).
    entry!("tb-too-many-recipients", [Msg("exceeding the allowed number of recipients"), Msg("受信者の許容数を超えた"),
            Msg("too many recipients"), Msg("maximum number of recipients")],
        Outgoing, [RCPT], "宛先の数が上限を超えました。", "The number of recipients is over the limit."),
    // composeMsgs.properties smtpSendInterrupted, smtpSendTimeout, smtpSendRequestRefused, smtpAuthFailure.
    entry!("tb-smtp-lost", [Msg("connection to outgoing server (smtp) * was lost"), Msg("との接続が切断されたため")], Outgoing,
        [SEC, AV, NET], "送信の途中で送信サーバーとの接続が切れました。", "The connection to the outgoing server was lost while sending."),
    entry!("tb-smtp-timeout", [Msg("connection to outgoing server (smtp) * timed out"), Msg("との接続がタイムアウトした")], Outgoing,
        [P25, PORT, NET], "送信サーバーとの接続がタイムアウトしました。", "The connection to the outgoing server timed out."),
    entry!("tb-smtp-refused", [Msg("connecting to outgoing server (smtp) * failed"), Msg("に接続できなかったため")], Outgoing,
        [P25, HOST, PORT, NET], "送信サーバーに接続できませんでした。", "Could not connect to the outgoing server."),
    entry!("tb-smtp-auth", [Msg("unable to authenticate to outgoing server (smtp)"), Msg("送信(smtp)サーバー*の認証に失敗しました")],
        Outgoing, [PW, USER_FMT, AUTH_METHOD], "送信サーバーでの認証に失敗しました。", "Authentication to the outgoing server failed."),
    // composeMsgs.properties smtpSendNotAllowed (Thunderbird ≤ 137; still in the ja file).
    entry!("tb-smtp-not-allowed", [Msg("allowed to send via this smtp server"),
            Msg("を経由した現在のログイン情報による送信")],
        Outgoing, [AUTH_OFF, USER_OTHER, AUTH_METHOD],
        "この送信サーバーからの送信が許可されていません。",
        "Sending through this server is not allowed."),
    // composeMsgs.properties errorSendingFromCommand (the reply names the problem with the sender).
    entry!("tb-smtp-from", [Msg("verify that your email address is correct in your account settings"),
            Msg("でメールアドレスの設定が正しいか確認し")],
        Outgoing, [USER_OTHER, ADDR, AUTH_OFF], "差出人アドレスが拒否されました。",
        "The sender address was rejected.", alias: "*"),
    // composeMsgs.properties errorSendingRcptCommand.
    entry!("tb-smtp-rcpt", [Msg("please check the message recipient"), Msg("メッセージの受信者*を確認し")],
        Outgoing, [AUTH_OFF, RCPT, ADDR], "宛先が拒否されました。",
        "A recipient was refused.", alias: "*"),
    // composeMsgs.properties smtpServerError, errorSendingDataCommand, errorSendingMessage.
    entry!("tb-smtp-server-error", [Msg("outgoing server (smtp) error. the server responded"), Msg("server (smtp) error occurred while sending mail"),
            Msg("please check the message and try again"), Msg("サーバーエラーが発生しました。サーバーから"),
            Msg("メッセージを確認し、再度試してください")],
        Outgoing, [SERVER], "送信サーバーのエラーです。",
        "An outgoing server error.", alias: "*"),
    // composeMsgs.properties smtpPermSizeExceeded2.
    entry!("tb-size", [Msg("exceeds the global size limit of the server"), Msg("サーバーのサイズ制限を超えた")],
        Outgoing, [SERVER], "メッセージが大きすぎます。",
        "The message is too large."),
    // composeMsgs.properties sendFailed (shown under the specific error).
    entry!("tb-send-failed", [Msg("sending of the message failed"), Msg("メッセージを送信できませんでした")], Outgoing,
        [HOST, PORT, AUTH_OFF, NET], "メッセージを送信できませんでした（理由は続く文で判断）。", "Sending the message failed (the text after it says why).", alias: "*"),
    // NSS error names (Thunderbird and Firefox show them in certificate/TLS errors).
    entry!("tls-record-too-long", [Msg("ssl_error_rx_record_too_long")], Both, [SEC, PORT],
        "SSL/TLS で暗号化されていないポートに SSL/TLS で接続しました（STARTTLS/平文のポートに SSL）。", "SSL/TLS was used on a port that is not SSL/TLS (a STARTTLS or plain port)."),
    entry!("tls-version", [Msg("ssl_error_protocol_version_alert"), Msg("ssl_error_unsupported_version"), Msg("sec_error_no_cypher")],
        Both, [TLS_OLD, AV], "TLS のバージョンが合いません。", "The TLS versions do not match."),

    // ---- Apple Mail / iPhone. iPhone's own strings (iOS 15, docs/knowledge/ios-mail.md E1; rows in
    // tests/fixtures/error_strings.tsv): "Cannot Get Mail" 「メールを取得できません」, "Unable to Send Email"
    // 「メールを送信できません」, "The %1$@ server “%2$@” is not responding. … in the “Incoming Mail Server”
    // field." 「%1$@サーバ “%2$@”が応答しません。…“受信メールサーバ”フィールドに…」 (and Outgoing / 送信). The
    // Mac's wordings ("Cannot Send Mail", 「メールサーバ…が応答していません」…) are unconfirmed
    // (docs/knowledge/apple-mail.md E1). ----
    entry!("apple-cannot-get-mail", [Msg("cannot get mail"), Msg("メールを取得できません")], Incoming, [PW, HOST, SEC, NET],
        "メールを受信できません（理由は続く文で判断）。", "Cannot get mail (the text after it says why).", alias: "*"),
    entry!("apple-cannot-send-mail", [Msg("cannot send mail"), Msg("unable to send email"), Msg("メールを送信できません")], Outgoing, [AUTH_OFF, HOST, PORT, P25],
        "メールを送信できません（理由は続く文で判断）。", "Cannot send mail (the text after it says why).", alias: "*"),
    entry!("apple-smtp-not-responding", [Msg("smtp server * is not responding"), Msg("connection to the outgoing server * failed"),
            Msg("送信用メールサーバ*への接続に失敗しました"), Msg("送信用メールサーバ*が応答していません"),
            Msg("correct information in the “outgoing mail server” field"), Msg("“送信メールサーバ”フィールドに正しい情報")], Outgoing, [P25, PORT, SEC, HOST],
        "送信サーバーが応答しません。", "The outgoing server is not responding."),
    entry!("apple-server-not-responding", [Msg("mail server * is not responding"), Msg("メールサーバ*が応答していません"),
            Msg("correct information in the “incoming mail server” field"), Msg("“受信メールサーバ”フィールドに正しい情報")], Incoming,
        [PORT, SEC, NET], "受信サーバーが応答しません。", "The incoming server is not responding."),
];
