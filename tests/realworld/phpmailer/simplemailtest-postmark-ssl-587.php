<?php

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\Exception;

require './Exception.php';
require './PHPMailer.php';
require './SMTP.php';

$user = 'b3e1c7a2-9d04-4f6b-8a15-2c7e9f0d4a68';
$pass = 'b3e1c7a2-9d04-4f6b-8a15-2c7e9f0d4a68';

$mail = new PHPMailer(true);                              // Passing `true` enables exceptions
try {
    //Server settings
    $mail->SMTPDebug = 2;                                 // Enable verbose debug output
    $mail->isSMTP();                                      // Set mailer to use SMTP
    $mail->Host = 'smtp.postmarkapp.com';                    // Specify main and backup SMTP servers
    $mail->SMTPAuth = true;                               // Enable SMTP authentication
    $mail->Username = $user;                              // SMTP username
    $mail->Password = $pass;                              // SMTP password
    $mail->SMTPSecure = 'ssl';                            // Enable TLS encryption, `ssl` also accepted
    $mail->Port = 587;                                    // TCP port to connect to

    //Recipients
    $mail->setFrom('noreply@somedomain.co.uk', 'Name');
    $mail->addAddress('email@somedomain.co.uk', 'Name');  // Add a recipient
    $mail->addReplyTo('noreply@somedomain.co.uk', 'Reply Name');
