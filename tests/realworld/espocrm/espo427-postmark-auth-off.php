<?php
return [
    'useCache' => true,
    'applicationName' => 'pluscrm',
    'version' => '4.2.5b',
    'timeZone' => 'Europe/Berlin',
    'outboundEmailIsShared' => false,
    'outboundEmailFromName' => '',
    'outboundEmailFromAddress' => 'crm@plus-crm.de',
    'smtpServer' => 'smtp.postmarkapp.com',
    'smtpPort' => '587',
    'smtpAuth' => false,
    'smtpSecurity' => 'TLS',
    'smtpUsername' => '70c4e1a2-8b3d-4f95-b6e0-2a9d5c7f1e38',
    'smtpPassword' => '70c4e1a2-8b3d-4f95-b6e0-2a9d5c7f1e38',
    'languageList' => [
        0 => 'de_DE',
        1 => 'en_US'
    ],
    'language' => 'en_US',
];
