<?php

// what is your Mysql database server hostname
$database_host = 'q7rmzx2k4v9t1ahe.cbetxkdyhwsb.us-east-1.rds.amazonaws.com';

// what is the name of the database we are using
$database_name = 'w3hd81kfq0za6nyp';

// what user has access to this database
$database_user = 'p2nx6c0vbt8ejr4l';

// and what is the password to login to control the database
$database_password = 'zr7c2mkw9bq4xt1d';

// if you have an SMTP server, set it here. Otherwise it will use the normal php mail() function
define('PHPMAILERHOST', 'smtp.postmarkapp.com');
define('PHPMAILERPORT',587);
define('PHPMAILER_SECURE',false);
$phpmailer_smtpuser = '6b2e9f41-0c7d-4a58-93e1-d4f80a2c5b17';
$phpmailer_smtppassword = '6b2e9f41-0c7d-4a58-93e1-d4f80a2c5b17';

define('TEST', 0);
