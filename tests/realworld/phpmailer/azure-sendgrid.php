<?php 
require 'PHPMailer-master/PHPMailerAutoload.php';
require '../defaultToLoad.php';

$mail = new PHPMailer;

$mail->SMTPDebug = 3;                     // Enable verbose debug output

$mail->isSMTP();                          // Set mailer to use SMTP
$mail->Host = 'smtp.sendgrid.net';        // Specify main/backup SMTP servers 
$mail->SMTPAuth = true;                   // Enable SMTP authentication 
$mail->Username = 'sendGridUser';         // SMTP username
$mail->Password = 'snedGridPassword';     // SMTP password
$mail->SMTPSecure = 'tls';                // Enable TLS/SSL encryption 
$mail->Port = 587;                        // TCP port to connect to

$mail->From = 'fromEmail@contoso.com';
$mail->FromName = 'From SendGrid website';
$mail->addAddress('sendToUser@yahoo.com', 'Support');     // Add a recipient
