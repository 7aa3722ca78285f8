<?php
return [

    /**
     * Email configuration.
     *
     * Each transport needs a `className`. Valid options are as follows:
     *
     *  Mail   - Send using PHP mail function
     *  Smtp   - Send using SMTP
     *  Debug  - Do not send the email, just return the result
     */
    'EmailTransport' => [
        'default' => [
            'className' => 'Mail'
        ],
        'smtp' => [
            'className' => 'Smtp',
            // The following keys are used in SMTP transports
            'host' => '',
            'port' => '',
            'timeout' => 30,
            'username' => '',
            'password' => '',
            'client' => null,
            'tls' => false,
            'url' => env('EMAIL_TRANSPORT_DEFAULT_URL', null),
            'context' => [
                'ssl' => [ 'verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]
            ]

        ],
        'mail2' => [
            'className' => 'PHPMailerMail'
        ],
        'sendmail' => [
            'className' => 'PHPMailerSendmail'
        ],
    ],
    'Email' => [
        'default' => [
            'transport' => 'default',
            'from' => ['no_reply@cashando.me' => 'AdLinkFly'],
            //'charset' => 'utf-8',
            //'headerCharset' => 'utf-8',
        ],
        'smtp' => [
            'transport' => 'smtp',
            'from' => ['no_reply@cashando.me' => 'AdLinkFly'],
            //'charset' => 'utf-8',
            //'headerCharset' => 'utf-8',
        ],
    ],
];
