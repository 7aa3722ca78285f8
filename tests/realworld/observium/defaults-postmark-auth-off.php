<?php
// Mailer backend Settings

$config['email']['enable']             = TRUE; // Enable/Disable email globally
$config['email']['from']               = 'Observium <noc@netops.kestrel-fiber.net>'; // Mail from. Default: "Observium" <observium@`hostname`>
$config['email']['default']            = NULL; // Default alert recipient
$config['email']['default_only']       = FALSE; // Only use default recipient (all alerts send to default recipient)
$config['email']['default_syscontact'] = FALSE; // By default always sent alerts by device sysContact email
$config['email']['graphs']             = TRUE; // Allow graphs in mail body
$config['email']['backend']            = 'smtp'; // Mail backend. Allowed: "mail" (PHP's built-in), "sendmail", "smtp", "mx".
// sendmail backend specific options
$config['email']['sendmail_path'] = '/usr/sbin/sendmail'; // The location of the sendmail program.
// smtp backend specific options
$config['email']['smtp_host']     = 'smtp.postmarkapp.com'; // Outgoing SMTP server name.
$config['email']['smtp_port']     = 587; // The port to connect.
$config['email']['smtp_timeout']  = 10; // SMTP connection timeout in seconds.
$config['email']['smtp_secure']   = NULL; // Enable encryption. Use 'tls' or 'ssl'
$config['email']['smtp_auth']     = FALSE; // Whether or not to use SMTP authentication.
$config['email']['smtp_username'] = 'd6a0f3c8-91e2-4b57-a4d9-3e8c1b7f2054'; // SMTP username.
$config['email']['smtp_password'] = 'd6a0f3c8-91e2-4b57-a4d9-3e8c1b7f2054'; // Password for SMTP authentication.
