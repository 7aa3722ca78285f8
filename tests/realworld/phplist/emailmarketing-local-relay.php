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
//# if your SMTP server is called "smtp.mydomain.com" you enter this below like this:
//#
//#     define("PHPMAILERHOST",'smtp.mydomain.com');

define('PHPMAILERHOST', 'localhost');
define('PHPMAILERPORT',2500);
define('PHPMAILER_SECURE',false);


// if TEST is set to 1 (not 0) it will not actually send ANY messages, but display what it would have sent
// this is here, to make sure you edited the config file and mails are not sent "accidentally"
// on unmanaged systems

define('TEST', 0);

// when the protocol is pop, specify these three
$bounce_mailbox_host = 'localhost';
$bounce_mailbox_user = 'popuser';
$bounce_mailbox_password = 'password';
