<?php

# Enable and configure email functionality for the wiki.
$wgEnableEmail = true; // Activate email functionality in the wiki.
$wgEnableUserEmail = true; // Allow users to send emails to each other via the wiki interface.

# Administrative email addresses
$wgEmergencyContact = 'admin@fulu.org';
$wgPasswordSender = 'wiki@fulu.org';

# Configure Postmark SMTP for sending emails.
$wgSMTP = [
    'host' => 'smtp.postmarkapp.com',
    'port' => 587,
    'auth' => false,
    'username' => '2f7b9d14-8c3a-4e61-b5d0-9a1c6e3f7b28',
    'password' => '2f7b9d14-8c3a-4e61-b5d0-9a1c6e3f7b28'
];
