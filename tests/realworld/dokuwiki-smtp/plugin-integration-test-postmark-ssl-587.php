<?php
        // point the plugin at our Mailpit server
        global $conf;
        $conf['plugin']['smtp']['smtp_host'] = 'smtp.postmarkapp.com';
        $conf['plugin']['smtp']['smtp_port'] = 587;
        $conf['plugin']['smtp']['smtp_ssl'] = 'ssl';
        $conf['plugin']['smtp']['auth_user'] = 'a93c5e07-1b4d-4f62-8e0a-7d2b61c9f4e8';
        $conf['plugin']['smtp']['auth_pass'] = 'a93c5e07-1b4d-4f62-8e0a-7d2b61c9f4e8';
        $conf['plugin']['smtp']['localdomain'] = 'wiki.larchmont-labs.org';
        $conf['plugin']['smtp']['debug'] = 0;

        // give DokuWiki's Mailer a sane default sender
        $conf['mailfrom'] = 'wiki@larchmont-labs.org';
