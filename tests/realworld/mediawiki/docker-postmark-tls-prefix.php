<?php
$wgEmergencyContact = 'wiki@ittay-wiki.net';
$wgPasswordSender = 'wiki@ittay-wiki.net';

$wgSMTP = [
    'host' => 'tls://smtp.postmarkapp.com', // hostname of the email server
    'IDHost' => 'ittay-wiki.net',
    'port' => 587,
    'username' => '9e4c2a7f-1b8d-4f35-a6e0-3d7b5c9f1a42', // user of the email account
    'password' => '9e4c2a7f-1b8d-4f35-a6e0-3d7b5c9f1a42', // app password of the email account
    'auth' => true
];
