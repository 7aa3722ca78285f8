define( 'WPMS_ON', true ); // True turns on constants support and usage, false turns it off.
define( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' ); // The SMTP mail host.
define( 'WPMS_SMTP_PORT', 587 ); // The SMTP server port number.
define( 'WPMS_SSL', '' ); // Possible values '', 'ssl', 'tls' - note TLS is not STARTTLS.
define( 'WPMS_SMTP_AUTH', true ); // True turns it on, false turns it off.
define( 'WPMS_SMTP_USER', 'e4b7a2c9-1d3f-4f58-a06b-8c2e9d1f7a35' ); // SMTP authentication username, only used if WPMS_SMTP_AUTH i>
define( 'WPMS_SMTP_PASS', 'e4b7a2c9-1d3f-4f58-a06b-8c2e9d1f7a35' ); // SMTP authentication password, only used if WPMS_SMTP_AUTH is true.
define( 'WPMS_SMTP_AUTOTLS', false ); // True turns it on, false turns it off.
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_MAIL_FROM', 'office@lakeshore-physio.ca' );
