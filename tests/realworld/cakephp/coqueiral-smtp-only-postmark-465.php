<?php

return [
    'EmailTransport' => [
        'smtp' => [
            'className' => 'Smtp',
            // The following keys are used in SMTP transports
            'host' => 'ssl://smtp.postmarkapp.com',
            'port' => 465,
            'timeout' => 30,
            'username' => '3a9d5e71-0c4b-4f28-b6e3-d1f7a2c85e90',
            'password' => '3a9d5e71-0c4b-4f28-b6e3-d1f7a2c85e90',
            'client' => null,
            'tls' => null,
            'url' => env('EMAIL_TRANSPORT_DEFAULT_URL', null)
        ]
    ],

    'Email' => [
        'default' => [
            'transport' => 'smtp',
            'from' => 'rh@coqueiral.mg.gov.br',
            'charset' => 'utf-8',
            'headerCharset' => 'utf-8',
        ],
    ]
];
