<?php
# --- Database Configuration ---
$g_hostname      = 'localhost';
$g_db_username   = 'aardvarkdbuser';
$g_db_password   = 'tX83kqLm2Pz0';
$g_database_name = 'tester0db';
$g_db_type       = 'mysqli';

# --- Anonymous Access / Signup ---
$g_allow_signup				= OFF;
$g_allow_anonymous_login	= ON;
$g_anonymous_account		= 'Anonynmous_Reader';

# --- Email Configuration ---
$g_phpMailer_method		= PHPMAILER_METHOD_SMTP; # or PHPMAILER_METHOD_SMTP, PHPMAILER_METHOD_SENDMAIL
$g_smtp_host			= 'localhost';			# used with PHPMAILER_METHOD_SMTP
$g_smtp_username		= '';					# used with PHPMAILER_METHOD_SMTP
$g_smtp_password		= '';					# used with PHPMAILER_METHOD_SMTP
$g_webmaster_email      = 'webmaster@msnkbrown.net';
$g_from_email           = 'noreply@msnkbrown.net';	# the "From: " field in emails
$g_return_path_email    = 'webmaster@msnkbrown.net';	# the return address for bounced mail
$g_from_name			= 'Austin Group Issue Tracker';
$g_email_receive_own	= OFF;
$g_email_send_using_cronjob = OFF;
