<?php
        // point the plugin at our Mailpit server
        global $conf;
        $conf['plugin']['smtp']['smtp_host'] = $this->host;
        $conf['plugin']['smtp']['smtp_port'] = $this->smtpPort;
        $conf['plugin']['smtp']['smtp_ssl'] = '';
        $conf['plugin']['smtp']['auth_user'] = '';
        $conf['plugin']['smtp']['auth_pass'] = '';
        $conf['plugin']['smtp']['localdomain'] = 'test.localhost';
        $conf['plugin']['smtp']['debug'] = 0;

        // give DokuWiki's Mailer a sane default sender
        $conf['mailfrom'] = 'wiki@example.com';
