#!/usr/bin/perl
# Tiny loopback listeners for the mail-server tests (started by scripts/mail-servers):
#   listeners.pl ADDR SILENT_PORT GARBAGE_PORT
# SILENT accepts connections and never writes; GARBAGE writes an SSH banner and a few bytes that
# are no mail greeting, then keeps the connection until the client closes it.
use strict;
use warnings;
use IO::Socket::INET;
use IO::Select;

$0 = "mail-doctor-listeners";
my ($addr, $silent_port, $garbage_port) = @ARGV;
my %kind;
my $sel = IO::Select->new;
for my $pair ([silent => $silent_port], [garbage => $garbage_port]) {
    my $s = IO::Socket::INET->new(LocalAddr => $addr, LocalPort => $pair->[1],
        Listen => 128, ReuseAddr => 1, Proto => "tcp") or die "listener $pair->[0]: $!\n";
    $kind{fileno $s} = $pair->[0];
    $sel->add($s);
}
my %listening = %kind;
while (1) {
    for my $fh ($sel->can_read) {
        my $fd = fileno $fh;
        if (exists $listening{$fd}) {
            my $c = $fh->accept or next;
            if ($listening{$fd} eq "garbage") {
                syswrite $c, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n\x00\xff\xfe\x16\x03garbage\r\n";
            }
            $sel->add($c);
        } else {
            # A client: read and drop what it sends; close when it closes.
            my $n = sysread $fh, my $buf, 4096;
            if (!$n) { $sel->remove($fh); close $fh; }
        }
    }
}
