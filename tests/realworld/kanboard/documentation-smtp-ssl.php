<?php
// Use "smtp" as the mail transport
define('MAIL_TRANSPORT', 'smtp');

// Define server settings
define('MAIL_SMTP_HOSTNAME', 'mail.example.com');
define('MAIL_SMTP_PORT', 25);

// Credentials for SMTP server authentication (optional)
define('MAIL_SMTP_USERNAME', 'username');
define('MAIL_SMTP_PASSWORD', 'super password');

define('MAIL_SMTP_ENCRYPTION', 'ssl'); // Valid values: null, "ssl", or "tls"
