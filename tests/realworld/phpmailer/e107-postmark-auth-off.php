<?php
use PHPMailer\PHPMailer\PHPMailer;
require __DIR__ . '/vendor/autoload.php';
$mail = new PHPMailer;

$mail->isSMTP();
$mail->SMTPDebug = 2;
$mail->Host = 'smtp.postmarkapp.com';
$mail->Port = 587;
$mail->SMTPAuth = false;
$mail->Username = '4d9a2e71-0c3b-4f8e-a6d5-91b7e2c8f034';
$mail->Password = '4d9a2e71-0c3b-4f8e-a6d5-91b7e2c8f034';
$mail->setFrom('alerts@e107-site.net', 'Your Name');
$mail->addReplyTo('alerts@e107-site.net', 'Your Name');
$mail->addAddress('recipient@domain.tld', 'Receiver Name');
$mail->Subject = 'Checking if PHPMailer works';
$mail->Body = 'This is just a plain text message body';
