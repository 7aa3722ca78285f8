<?php
/**
 * Created by PhpStorm.
 * User: alexc
 * Date: 25/02/2018
 * Time: 13:13
 */

return [

    /**
     * Your mail server (eg. mail.ovh.net)
     */
    "host" => "127.0.0.1",

    /**
     * Your mailing port (eg. 25)
     */
    "port" => "1025",

    /**
     * Security of the transmission (eg. tls)
     */
    "security" => null,

    /**
     * Authenticate user with its password
     */
    "auth" => [
        "username" => null,
        "password" => null,
    ],

];
