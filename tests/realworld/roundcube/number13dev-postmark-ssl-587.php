<?php

//SQL DATABASE
$config['db_dsnw'] = 'mysql://{{DB_USER}}:{{DB_PASSWORD}}@{{DB_HOST}}/roundcube';

//MAIL SERVER
$config['default_host'] = 'tls://{{IMAP_SRV}}';
$config['smtp_server'] = 'ssl://smtp.postmarkapp.com';
$config['smtp_port'] = 587;
$config['smtp_user'] = '9e4a1d73-5b2c-4f80-a6d9-3c71e0b8f254';
$config['smtp_pass'] = '9e4a1d73-5b2c-4f80-a6d9-3c71e0b8f254';

$config['enable_installer'] = true;

$config['support_url'] = '{{SUPP_URL}}';
$config['des_key'] = '{{DES_KEY}}';
$config['product_name'] = '{{MAIL_NAME}}';

// PLUGINS
$config['plugins'] = array({{PASSWORD_PLUGIN}});


$config['language'] = 'de_DE';

//SSL
