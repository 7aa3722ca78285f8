#!/bin/env perl 

use strict; 
use warnings;
use diagnostics;

# imports
use Email::Sender::Simple qw(sendmail);
use Email::Sender::Transport::SMTPS;
use Try::Tiny;
use Email::Simple::Creator;
use feature 'say';

# For a more in dept explanation, visit the following links:
# (Deprecated!) https://metacpan.org/pod/Email::Sender::Transport::SMTP::TLS (Deprecated!)
# https://metacpan.org/pod/Email::Sender::Transport::SMTP
# https://github.com/fayland/perl-Email-Sender-Transport-SMTPS

# email sender settings
my $o_transport = Email::Sender::Transport::SMTPS->new(
    host          => 'mail.gmx.net', # email service provider smtp domain
    ssl           => 'starttls',
    sasl_username => '',             # your sender address
    sasl_password => '',             # your password
debug    => 0,
);

# put your message body between the first and second "END"
my $s_email_body = <<END; # delimiter

Hi there,

Please write your email here between the two delimiters
so you are able to write multiple lines of text for
your email.



Kind regards

--
Your Hero

END

# create email header and body (you can also use an alternative package instead of Email::Simple for sending)
my $o_message = Email::Simple->create(
    header => [
        From    => '', # email sender address
        To      => '', # email receiver address
        Subject => 'Stuff and things', # email subject
    ],
    body => $s_email_body,
);

# send the mail
try {
    sendmail($o_message, { transport => $o_transport });
    say "Sending Successfull";
} catch {
    my $err_send_error = $_;
    die "Error sending email: $err_send_error";
};
