<?php

use PHPMailer\PHPMailer\PHPMailer;

return [
    'host'        => 'smtp.postmarkapp.com',
    'port'        => 587,
    'username'    => '96a6902c-2516-47b0-97cb-d763541e059a',
    'password'    => '4ffa73e0-a381-4897-8a62-09c99648eaf4',
    'encryption' => match ($_ENV['MAIL_ENCRYPTION'] ?? 'tls') {
        'ssl' => PHPMailer::ENCRYPTION_SMTPS,
        default => PHPMailer::ENCRYPTION_STARTTLS
    },
    'from_email'  => 'dashboard@panel.acme-labs.io',
    'from_name'   => $_ENV['MAIL_FROM_NAME'] ?? 'Dashboard',
];
