<?php

    use PHPMailer\PHPMailer\PHPMailer;
    use PHPMailer\PHPMailer\SMTP;
    use PHPMailer\PHPMailer\Exception;

    require 'core/PHPMailer/src/Exception.php';
    require 'core/PHPMailer/src/PHPMailer.php';
    require 'core/PHPMailer/src/SMTP.php';

    function send_mail($data){
        global $smtp;

        // Parameter Single Value Separation
        $sender     = explode("|", $data->sender->email);
        $receiver   = explode("|", $data->receiver->email);
        $replyto    = explode("|", $data->reply->email);

        //Create an instance; passing `true` enables exceptions
        $mail = new PHPMailer(true);

        try {
            //Server settings
            if($smtp->smtp_debug){
                $mail->SMTPDebug = SMTP::DEBUG_SERVER;                  //Enable verbose debug output
            } else {
                $mail->SMTPDebug = false;                               //Enable verbose debug output
            }

            $mail->isSMTP();                                            //Send using SMTP
            $mail->Host       = $data->access->host;                    //Set the SMTP server to send through
            $mail->SMTPAuth   = true;                                   //Enable SMTP authentication
            $mail->Username   = $data->access->user;                    //SMTP username
            $mail->Password   = $data->access->pass;                    //SMTP password

            if($smtp->smtp_secure){
                $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;        //Encryption
                $mail->Port       = 465;                                //TCP Port
            } else {
                $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;     //Encryption
                $mail->Port       = 587;                                //TCP Port
            }

            //Recipients
            if($sender[1] != 0 || $sender[1] != "0" || $sender[1] != ""){
                $mail->setFrom($sender[0], $sender[1]);                 //Add a sender
            } else {
                $mail->setFrom($sender[0]);                             //Add a sender
            }
