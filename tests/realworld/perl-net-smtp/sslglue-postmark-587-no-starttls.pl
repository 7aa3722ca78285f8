use strict;
use warnings;

use Net::SSLGlue::SMTP;
my $smtp = Net::SMTP->new( 'smtp.postmarkapp.com', Port => 587,
	SSL_ca_path => "/etc/ssl/certs",
	Debug => 1 
) or die $@;
die $smtp->peerhost.':'.$smtp->peerport;
$smtp->auth( '8d41f0b2-6c3e-4a97-b5d2-0e9f7a6c1b38','8d41f0b2-6c3e-4a97-b5d2-0e9f7a6c1b38' );
$smtp->mail( 'me@example.org' );
$smtp->to( 'you@example.org' );
$smtp->data;
$smtp->datasend( <<EOD );
From: me
To: you
Subject: test test

lalaal
EOD
$smtp->dataend;
$smtp->quit;
