<?php
$CONFIG = array (
    "mail_smtpmode"     => "smtp",
    "mail_smtphost"     => "smtp.postmarkapp.com",
    "mail_smtpport"     => 587,
    "mail_smtpsecure"   => 'tls',
    "mail_smtpauth"     => true,
    "mail_smtpauthtype" => "LOGIN",
    "mail_smtpname"     => "a6d1e7f3-92c4-4b0a-8e5d-1f7c3b9a2e64",
    "mail_smtppassword" => "a6d1e7f3-92c4-4b0a-8e5d-1f7c3b9a2e64",
    "mail_from_address" => "cloud",
    "mail_domain"       => "fernhill-studio.net",
    "mail_smtpstreamoptions" => array(
        'ssl' => array(
            'allow_self_signed' => true,
            'verify_peer' => false,
            'verify_peer_name' => false
        )
    ),
);
