<?php

return [
    'EmailTransport' => [
        'smtp' => [
            'className' => 'Smtp',
            /*
             * The following keys are used in SMTP transports:
             */
            'host' => '',
            'port' => 587,
            'timeout' => 30,
            'username' => '',
            'password' => '',
            'client' => null,
            'tls' => true,
            'url' => env('EMAIL_TRANSPORT_DEFAULT_URL', null),
        ],
    ],
    'Email' => [
        'default' => [
            'transport' => 'smtp',
            'from' => 'noreply@svtest02.info',
            'charset' => 'utf-8',
            'headerCharset' => 'utf-8',
            'emailFormat' => 'both'
        ],
    ],
];
