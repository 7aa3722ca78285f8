define( 'WPMS_ON', true ); // True turns on constants support and usage, false turns it off.
define( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' ); // The SMTP mail host.
define( 'WPMS_SMTP_PORT', 587 ); // The SMTP server port number.
define( 'WPMS_SSL', 'ssl' ); // Possible values '', 'ssl', 'tls' - note TLS is not STARTTLS.
define( 'WPMS_SMTP_AUTH', true ); // True turns it on, false turns it off.
define( 'WPMS_SMTP_USER', getenv( 'POSTMARK_SERVER_TOKEN' ) ); // SMTP authentication username, only used if WPMS_SMTP_AUTH i>
define( 'WPMS_SMTP_PASS', getenv( 'POSTMARK_SERVER_TOKEN' ) ); // SMTP authentication password, only used if WPMS_SMTP_AUTH is true.
define( 'WPMS_SMTP_AUTOTLS', true ); // True turns it on, false turns it off.
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_MAIL_FROM', 'studio@lakeshore-pottery.ca' );
