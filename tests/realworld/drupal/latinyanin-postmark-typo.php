<?php

/**
 * @file
 * Drupal site-specific configuration file.
 */

$databases = [
  "default" => [
    "default" => [
      "database" => $_ENV['MYSQL_DATABASE'],
      "username" => $_ENV['MYSQL_USER'],
      "password" => $_ENV['MYSQL_PASSWORD'],
      "host" => "db",
      "port" => "3306",
      "driver" => "mysql",
      "prefix" => "",
    ],
  ],
];

$settings["file_temp_path"] = '/tmp';
$settings['config_sync_directory'] = dirname(DRUPAL_ROOT) . '/configs';
$settings['file_public_path'] = 'sites/default/files';
$settings['file_private_path'] = __DIR__ . '/files/private';
$settings['trusted_host_patterns'] = ['^localhost$'];
$settings["hash_salt"] = 'pqhzkrwmtbvnlyxcsdfgjaeuoiwqrtyp';
$config['smtp.settings']['smtp_on'] = TRUE;
$config['smtp.settings']['smtp_host'] = 'smtp.postmark.com';
$config['smtp.settings']['smtp_port'] = '587';
$config['smtp.settings']['smtp_username'] = '7c3e9a41-2b6d-4f80-9e15-d8a2c4b7f036';
$config['smtp.settings']['smtp_password'] = '7c3e9a41-2b6d-4f80-9e15-d8a2c4b7f036';
$config['smtp.settings']['smtp_protocol'] = 'tls';
$config['smtp.settings']['smtp_autotls'] = true;
$config['smtp.settings']['smtp_timeout'] = 30;
$config['smtp.settings']['smtp_allowhtml'] = 1;
