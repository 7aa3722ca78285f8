<?php
return [
    'useCache' => true,
    'applicationName' => 'pluscrm',
    'version' => '4.2.5b',
    'timeZone' => 'Europe/Berlin',
    'outboundEmailIsShared' => false,
    'outboundEmailFromName' => '',
    'outboundEmailFromAddress' => '',
    'smtpServer' => '',
    'smtpPort' => '25',
    'smtpAuth' => false,
    'smtpSecurity' => '',
    'smtpUsername' => 'admin',
    'smtpPassword' => 'q7Zt',
    'languageList' => [
        0 => 'de_DE',
        1 => 'en_US'
    ],
    'language' => 'en_US',
];
