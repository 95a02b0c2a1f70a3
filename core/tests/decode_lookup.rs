//! Pasted lookup output: Windows nslookup (en/ja), Unix nslookup, Resolve-DnsName, ping
//! (Windows en/ja, IPv6, Linux), dig, host; noise and truncated pastes.

use mail_doctor_core::case::Resolved;
use mail_doctor_core::decode::parse_lookup;

fn r(host: &str, addresses: &[&str]) -> Resolved {
    Resolved {
        host: host.into(),
        addresses: addresses.iter().map(|a| a.to_string()).collect(),
    }
}

#[test]
fn windows_nslookup_english_with_alias() {
    let paste = "C:\\Users\\taro>nslookup mail.aoi.example.jp\n\
Server:  UnKnown\n\
Address:  192.168.0.1\n\
\n\
Non-authoritative answer:\n\
Name:    imap.mail.example.jp\n\
Addresses:  2001:db8:10::110\n\
\x20         192.0.2.110\n\
Aliases:  mail.aoi.example.jp\n\
\n";
    assert_eq!(
        parse_lookup(paste),
        [r(
            "mail.aoi.example.jp",
            &["2001:db8:10::110", "192.0.2.110"]
        )]
    );
}

#[test]
fn windows_nslookup_japanese_two_lookups_and_a_failure() {
    let paste = "PS C:\\> nslookup smtp.aoi.example.jp\r\n\
サーバー:  UnKnown\r\n\
Address:  fe80::1%12\r\n\
\r\n\
権限のない回答:\r\n\
名前:    smtp.aoi.example.jp\r\n\
Address:  203.0.113.25\r\n\
\r\n\
PS C:\\> nslookup pop.aoi.example.jp\r\n\
サーバー:  UnKnown\r\n\
Address:  fe80::1%12\r\n\
\r\n\
*** UnKnown が pop.aoi.example.jp を見つけられません: Non-existent domain\r\n\
PS C:\\> nslookup SMTP.AOI.EXAMPLE.JP.\r\n\
サーバー：  ｂｕｆｆａｌｏ．ｓｅｔｕｐ\r\n\
Address：  192.168.11.1\r\n\
\r\n\
名前：    SMTP.AOI.EXAMPLE.JP.\r\n\
Address：  203.0.113.26\r\n";
    assert_eq!(
        parse_lookup(paste),
        [r("smtp.aoi.example.jp", &["203.0.113.25", "203.0.113.26"])]
    );
}

#[test]
fn unix_nslookup_follows_the_cname_to_the_asked_name() {
    let paste = "$ nslookup mail.aoi.example.jp\n\
Server:\t\t127.0.0.53\n\
Address:\t127.0.0.53#53\n\
\n\
Non-authoritative answer:\n\
mail.aoi.example.jp\tcanonical name = imap.mail.example.jp.\n\
Name:\timap.mail.example.jp\n\
Address: 192.0.2.110\n\
Name:\timap.mail.example.jp\n\
Address: 2001:db8:10::110\n";
    assert_eq!(
        parse_lookup(paste),
        [r(
            "mail.aoi.example.jp",
            &["192.0.2.110", "2001:db8:10::110"]
        )]
    );
}

#[test]
fn resolve_dnsname_table_and_list_forms() {
    let table = "PS C:\\> Resolve-DnsName imap.mail.example.jp\n\
\n\
Name                                           Type   TTL   Section    IPAddress\n\
----                                           ----   ---   -------    ---------\n\
imap.mail.example.jp                           AAAA   300   Answer     2001:db8:10::110\n\
imap.mail.example.jp                           A      300   Answer     192.0.2.110\n";
    assert_eq!(
        parse_lookup(table),
        [r(
            "imap.mail.example.jp",
            &["2001:db8:10::110", "192.0.2.110"]
        )]
    );
    let mixed = "Name                           Type   TTL   Section    NameHost\n\
----                           ----   ---   -------    --------\n\
mail.aoi.example.jp            CNAME  300   Answer     imap.mail.example.jp\n\
\n\
Name       : imap.mail.example.jp\n\
QueryType  : A\n\
TTL        : 300\n\
Section    : Answer\n\
IP4Address : 192.0.2.110\n\
\n\
Name       : ns1.example.jp\n\
QueryType  : A\n\
TTL        : 300\n\
Section    : Additional\n\
IP4Address : 198.51.100.53\n";
    assert_eq!(
        parse_lookup(mixed),
        [r("mail.aoi.example.jp", &["192.0.2.110"])]
    );
}

#[test]
fn ping_windows_english_japanese_ipv6_and_unix() {
    let paste = "C:\\>ping smtp.aoi.example.jp\n\n\
Pinging smtp.aoi.example.jp [203.0.113.25] with 32 bytes of data:\n\
Request timed out.\n\
Reply from 203.0.113.25: bytes=32 time=9ms TTL=57\n\n\
C:\\>ping imap.mail.example.jp\n\n\
imap.mail.example.jp [2001:db8:10::110]に ping を送信しています 32 バイトのデータ:\n\
2001:db8:10::110 からの応答: 時間 =8ms\n\n\
C:\\>ping pop.aoi.example.jp\n\
Ping request could not find host pop.aoi.example.jp. Please check the name and try again.\n\
ping 要求ではホスト pop.aoi.example.jp が見つかりませんでした。ホスト名を確認してもう一度実行してください。\n\
$ ping -c 3 mx.aoi.example.jp\n\
PING mx.aoi.example.jp (192.0.2.25) 56(84) bytes of data.\n\
64 bytes from 192.0.2.25: icmp_seq=1 ttl=57 time=9.1 ms\n\
Pinging 192.0.2.200 with 32 bytes of data:\n";
    assert_eq!(
        parse_lookup(paste),
        [
            r("smtp.aoi.example.jp", &["203.0.113.25"]),
            r("imap.mail.example.jp", &["2001:db8:10::110"]),
            r("mx.aoi.example.jp", &["192.0.2.25"]),
        ]
    );
}

#[test]
fn dig_answer_section_only_and_cname_chain() {
    let paste = "; <<>> DiG 9.18.28 <<>> mail.aoi.example.jp\n\
;; global options: +cmd\n\
;; Got answer:\n\
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242\n\
\n\
;; QUESTION SECTION:\n\
;mail.aoi.example.jp.\t\tIN\tA\n\
\n\
;; ANSWER SECTION:\n\
mail.aoi.example.jp.\t300\tIN\tCNAME\tmail2.aoi.example.jp.\n\
mail2.aoi.example.jp.\t300\tIN\tCNAME\timap.mail.example.jp.\n\
imap.mail.example.jp.\t60\tIN\tA\t192.0.2.110\n\
\n\
;; ADDITIONAL SECTION:\n\
ns1.example.jp.\t300\tIN\tA\t198.51.100.53\n\
\n\
;; Query time: 12 msec\n";
    assert_eq!(
        parse_lookup(paste),
        [r("mail.aoi.example.jp", &["192.0.2.110"])]
    );
}

#[test]
fn host_command() {
    let paste = "$ host mail.aoi.example.jp\n\
mail.aoi.example.jp is an alias for imap.mail.example.jp.\n\
imap.mail.example.jp has address 192.0.2.110\n\
imap.mail.example.jp has IPv6 address 2001:DB8:10:0:0:0:0:110\n\
$ host nowhere.aoi.example.jp\n\
Host nowhere.aoi.example.jp not found: 3(NXDOMAIN)\n";
    assert_eq!(
        parse_lookup(paste),
        [r(
            "mail.aoi.example.jp",
            &["192.0.2.110", "2001:db8:10::110"]
        )]
    );
}

#[test]
fn truncated_and_noisy_pastes() {
    // Cut off in the middle of the address list: what is complete is kept.
    let paste = "お客様のPCでの結果です↓\n\
Server:  UnKnown\n\
Address:  192.168.0.1\n\
\n\
Name:    smtp.aoi.example.jp\n\
Addresses:  203.0.113.25\n\
\x20         203.0.1";
    assert_eq!(
        parse_lookup(paste),
        [r("smtp.aoi.example.jp", &["203.0.113.25"])]
    );
    // Only the resolver header: nothing resolved.
    assert!(parse_lookup("Server:  UnKnown\nAddress:  192.168.0.1\n").is_empty());
    // Plain prose and a lone `dig +short` address (no name): nothing.
    assert!(parse_lookup("これは a test です\nthis is a test\n192.0.2.1\n").is_empty());
}

#[test]
fn repeated_addresses_and_aliases_merge_into_the_asked_name_once() {
    // The target's addresses repeat; the asked name has some of its own; a second alias of the
    // same target does not take it over (the first alias seen wins).
    let paste = "mail.aoi.example.jp is an alias for imap.mail.example.jp.\n\
imap.mail.example.jp has address 192.0.2.110\n\
imap.mail.example.jp has address 192.0.2.111\n\
imap.mail.example.jp has address 192.0.2.110\n\
other.example.jp is an alias for imap.mail.example.jp.\n\
mail.aoi.example.jp has address 192.0.2.111\n\
mail.aoi.example.jp has address 192.0.2.112\n\
smtp.mail.example.jp has address 192.0.2.25\n\
smtp.mail.example.jp has address 192.0.2.25\n";
    assert_eq!(
        parse_lookup(paste),
        [
            r(
                "mail.aoi.example.jp",
                &["192.0.2.110", "192.0.2.111", "192.0.2.112"]
            ),
            r("smtp.mail.example.jp", &["192.0.2.25"]),
        ]
    );
}
