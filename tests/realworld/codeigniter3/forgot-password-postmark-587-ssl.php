<?php defined('BASEPATH') or exit('No direct script access allowed');

$config = [
    'protocol' => 'smtp', // 'mail', 'sendmail', or 'smtp'
    'smtp_host' => 'smtp.postmarkapp.com',
    'smtp_port' => 587,
    'smtp_user' => '0d9a4c21-5e7f-4b38-b1c6-9f2e8a73d405',
    'smtp_pass' => '0d9a4c21-5e7f-4b38-b1c6-9f2e8a73d405',
    'smtp_crypto' => 'ssl', //can be 'ssl' or 'tls' for example
    'mailtype' => 'text', //plaintext 'text' mails or 'html'
    'smtp_timeout' => '4', //in seconds
    'charset' => 'iso-8859-1', //utf-8
    'wordwrap' => TRUE
];
