<?php

$GLOBALS['TYPO3_CONF_VARS'] = array_replace_recursive($GLOBALS['TYPO3_CONF_VARS'], [
    'MAIL' => [
        'transport' => 'smtp',
        'transport_smtp_encrypt' => 'tls',
        'transport_smtp_server' => 'smtp.postmarkapp.com:587',
        'transport_smtp_username' => '0b7e5d21-4c9a-4f3e-a816-93d2c5e7f104',
        'transport_smtp_password' => '0b7e5d21-4c9a-4f3e-a816-93d2c5e7f104',
        'defaultMailFromAddress' => 'info@example.com'
    ],
    'SYS' => [
        'devIPmask' => '',
        'displayErrors' => 1,
        'exceptionalErrors' => 4096,
        'reverseProxyIP' => '*',
        'reverseProxyHeaderMultiValue' => 'first'
    ],
]);
