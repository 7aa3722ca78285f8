<?php

add_action( 'phpmailer_init', 'my_phpmailer_knoxweb' );
function my_phpmailer_knoxweb( $phpmailer ) {
    $postmark_api = 'c839f95f-1b7f-4124-8431-b43fb22dda6d';
    $phpmailer->isSMTP();
    $phpmailer->Host = 'smtp.postmarkapp.com';
    $phpmailer->SMTPAuth = true; // Force it to use Username and Password to authenticate
    $phpmailer->Port = 2525;
    $phpmailer->Username = $postmark_api;
    $phpmailer->Password = $postmark_api;

    // Additional settings…
    //$phpmailer->SMTPSecure = "SSL"; // Choose SSL or TLS, if necessary for your server
    $phpmailer->From = "no-reply@knoxweb.com";
    $phpmailer->FromName = get_bloginfo('name');
}
