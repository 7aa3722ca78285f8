<?php
# Protect against web entry
if ( !defined( 'MEDIAWIKI' ) ) {
    exit;
}

$ini = parse_ini_file("ExtraLocalConfig.ini");

$wgEmergencyContact = $ini['smtp_user'];
$wgPasswordSender = $ini['smtp_user'];

$wgSMTP = [
    'host' => 'ssl://smtp.gmail.com', // hostname of the email server
    'IDHost' => 'gmail.com',
    'port' => 465,
    'username' => $ini['smtp_user'], // user of the email account
    'password' => $ini['smtp_pass'], // app password of the email account
    'auth' => true
];
