<?php

return [
    'EmailTransport' => [
        'smtp' => [
            'className' => 'Smtp',
            /*
             * The following keys are used in SMTP transports:
             */
            'host' => 'smtp.postmarkapp.com',
            'port' => 587,
            'timeout' => 30,
            'username' => '8c2e6a14-d95b-4f07-a3c1-7e0b5d92f4a8',
            'password' => 'f1d7b3e9-26a0-4c85-9e4f-b38a0c6d7125',
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
