define( 'WPMS_ON', true ); // True turns on constants support and usage, false turns it off.
define( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' ); // The SMTP mail host.
define( 'WPMS_SMTP_PORT', 587 ); // The SMTP server port number.
define( 'WPMS_SSL', 'tls' ); // Possible values '', 'ssl', 'tls' - note TLS is not STARTTLS.
define( 'WPMS_SMTP_AUTH', false ); // True turns it on, false turns it off.
define( 'WPMS_SMTP_USER', 'ffea38fe-a815-4367-8a41-8c38d6112cc3' ); // SMTP authentication username, only used if WPMS_SMTP_AUTH i>
define( 'WPMS_SMTP_PASS', 'ffea38fe-a815-4367-8a41-8c38d6112cc3' ); // SMTP authentication password, only used if WPMS_SMTP_AUTH is true.
define( 'WPMS_SMTP_AUTOTLS', true ); // True turns it on, false turns it off.
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_MAIL_FROM', 'wordpress@jxm-studio.com' );
