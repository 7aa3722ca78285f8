<?php
# --- Database Configuration ---

$g_hostname = 'localhost:8889';
$g_db_type = 'mysql';
$g_database_name = 'bugtracker';
$g_db_username = 'bugAdmin';
$g_db_password = 'admin';

# --- Anonymous Access / Signup ---
$g_allow_signup				= ON;
$g_allow_anonymous_login	= OFF;
$g_anonymous_account		= '';

$g_phpMailer_method		= PHPMAILER_METHOD_MAIL; # or PHPMAILER_METHOD_SMTP, PHPMAILER_METHOD_SENDMAIL
$g_smtp_host			= 'a2plcpnl0127.prod.iad2.secureserver.net';	
$g_smtp_connection_mode = 'ssl';
$g_smtp_port = 465;
# used with PHPMAILER_METHOD_SMTP
$g_smtp_username		= 'noreply@girlstrade.com';					# used with PHPMAILER_METHOD_SMTP
$g_smtp_password		= 'Quasar7214';					# used with PHPMAILER_METHOD_SMTP
$g_administrator_email  = 'rchiu5hk@yahoo.com.hk';
$g_webmaster_email      = 'rchiu5hk@yahoo.com.hk';
$g_from_email           = 'noreply@girlstrade.com';	# the "From: " field in emails
$g_return_path_email    = 'rchiu5hk@yahoo.com.hk';	# the return address for bounced mail
$g_from_name			= 'Mantis Bug Tracker';
$g_enable_email_notification = ON;
$g_news_enabled = OFF;
$g_email_receive_own = ON;
$g_allow_file_upload	= ON;
