<?php
return [
    'driver' => env('MAIL_MAILER','smtp'),
    'host' => 'smtp.postmarkapp.com',
    'port' => 465,
    'encryption' => 'ssl',
    'username' => env('MAIL_USERNAME'),
    'password' => env('MAIL_PASSWORD'),
    'sendmail' => '/usr/sbin/sendmail -bs',
    'pretend' => false,
];
