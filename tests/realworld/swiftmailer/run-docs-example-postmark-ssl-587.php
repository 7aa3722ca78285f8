<?php

// Create the Transport
$transport = (new Swift_SmtpTransport('smtp.postmarkapp.com', 587, 'ssl'))
  ->setUsername('a655347f-e1a4-42e6-96b7-106b1cae07ef')
  ->setPassword('a655347f-e1a4-42e6-96b7-106b1cae07ef')
;

// Create the Mailer using your created Transport
$mailer = new Swift_Mailer($transport);

// Create a message
$message = (new Swift_Message('Wonderful Subject'))
  ->setFrom(['john@doe-widgets.io' => 'John Doe'])
  ->setTo(['receiver@domain.org', 'other@domain.org' => 'A name'])
  ->setBody('Here is the message itself')
;

// Send the message
$result = $mailer->send($message);

?>
