<?php

return [
    /*
     * ------------------------------------------------------------------------
     * Mail settings
     * ------------------------------------------------------------------------
     */
    'mail' => [
        'method' => 'smtp',
        'methods' => [
            'smtp' => [
                'server' => 'smtp.postmarkapp.com',
                'port' => '587',
                'username' => 'a3d5f7c9-1e2b-4c6d-8f0a-9b7e5c3d1f24',
                'password' => 'a3d5f7c9-1e2b-4c6d-8f0a-9b7e5c3d1f24',
                'encryption' => 'SSL',
                'messages_per_connection' => null,
                // The domain to be used in the HELO/EHLO step (if empty we'll use localhost)
                'helo_domain' => 'localhost',
            ],
        ],
    ],

    /*
     * ------------------------------------------------------------------------
     * Email settings
     * ------------------------------------------------------------------------
     */
    'email' => [
        /*
         * Enable emails
         *
         * @var bool
         */
        'enabled' => true,
        'default' => [
            'address' => 'website@northfieldbakery.com',
            'name' => '',
        ],
    ],
];
