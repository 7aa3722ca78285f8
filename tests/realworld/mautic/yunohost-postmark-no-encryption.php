<?php
// Example local.php to test install (to adapt of course)
$parameters = array(
  // Do not set db_driver and mailer_from_name as they are used to assume Mautic is installed
  'db_host' => 'localhost',
  'db_table_prefix' => null,
  'db_port' => 3306,
  'db_name' => '__DB_NAME__',
  'db_user' => '__DB_USER__',
  'db_password' => '__DB_PWD__',
  'db_backup_tables' => false,
  'db_backup_prefix' => 'bak_',
  'admin_email' => '__EMAIL__',
  'admin_password' => '__PASSWORD__',
  'mailer_transport' => 'smtp',
  'mailer_host' => 'smtp.postmarkapp.com',
  'mailer_port' => 587,
  'mailer_user' => '2e8f5a1c-6d94-4b37-a0c2-9f1e7d3b5a68',
  'mailer_password' => '2e8f5a1c-6d94-4b37-a0c2-9f1e7d3b5a68',
  'mailer_api_key' => null,
  'mailer_encryption' => null,
  'mailer_auth_mode' => null,
  'mailer_from_email' => 'news@harborline-media.com',
);
