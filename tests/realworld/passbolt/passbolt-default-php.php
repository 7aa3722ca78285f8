<?php
return [
    'EmailTransport' => [
        'default' => [
            'host' => env('EMAIL_TRANSPORT_DEFAULT_HOST', 'localhost'),
            'port' => env('EMAIL_TRANSPORT_DEFAULT_PORT', 25),
            'timeout' => env('EMAIL_TRANSPORT_DEFAULT_TIMEOUT', 30),
            'username' => env('EMAIL_TRANSPORT_DEFAULT_USERNAME', 'user'),
            'password' => env('EMAIL_TRANSPORT_DEFAULT_PASSWORD', 'secret'),
            'client' => env('EMAIL_TRANSPORT_DEFAULT_CLIENT', null),
            // Is this a secure connection? true if yes, null if no.
            'tls' => env('EMAIL_TRANSPORT_DEFAULT_TLS', null),
            'url' => env('EMAIL_TRANSPORT_DEFAULT_URL', null),
        ],
    ],

    /**
     * Email delivery profiles (overwrites settings from config/app.php).
     */
    'Email' => [
        'default' => [
            'transport' => env('EMAIL_DEFAULT_TRANSPORT', 'default'),
            'from' => [
                env('EMAIL_DEFAULT_FROM', 'you@localhost.test') => env('EMAIL_DEFAULT_FROM_NAME', 'Passbolt')
            ],
        ],
    ],
];
