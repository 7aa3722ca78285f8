// wp-config.php
define( 'SMTP_USER',   'a5c3e9d1-7b2f-4e60-8d14-92f0b6c7a3e5' );
define( 'SMTP_PASS',   'a5c3e9d1-7b2f-4e60-8d14-92f0b6c7a3e5' );
define( 'SMTP_HOST',   'smtp.postmarkapp.com' );
define( 'SMTP_FROM',   'website@northfield-dental.com' );
define( 'SMTP_NAME',   'Northfield Dental' );
define( 'SMTP_PORT',   '465' );
define( 'SMTP_SECURE', 'ssl' );
define( 'SMTP_AUTH',    true );
define( 'SMTP_DEBUG',   0 );

// functions.php
add_action( 'phpmailer_init', 'my_phpmailer_smtp' );
function my_phpmailer_smtp( $phpmailer ) {
    $phpmailer->isSMTP();
    $phpmailer->Host = SMTP_HOST;
    $phpmailer->SMTPAuth = SMTP_AUTH;
    $phpmailer->Port = SMTP_PORT;
    $phpmailer->Username = SMTP_USER;
    $phpmailer->Password = SMTP_PASS;
    $phpmailer->SMTPSecure = SMTP_SECURE;
    $phpmailer->From = SMTP_FROM;
    $phpmailer->FromName = SMTP_NAME;
}
