<?php

add_action( 'phpmailer_init', 'my_phpmailer_knoxweb' );
function my_phpmailer_knoxweb( $phpmailer ) {
    $postmark_api = 'cd4c5cac-5c19-4cc6-a200-595fc84a8201';
    $phpmailer->isSMTP();
    $phpmailer->Host = 'smtp.postmarkapp.com';
    $phpmailer->SMTPAuth = true; // Force it to use Username and Password to authenticate
    $phpmailer->Port = 2525;
    $phpmailer->Username = $postmark_api;
    $phpmailer->Password = $postmark_api;

    // Additional settings…
    $phpmailer->SMTPSecure = "ssl"; // Choose SSL or TLS, if necessary for your server
    $phpmailer->From = "no-reply@knoxweb.com";
    $phpmailer->FromName = get_bloginfo('name');
}
