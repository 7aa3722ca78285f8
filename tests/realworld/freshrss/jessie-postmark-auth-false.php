<?php
return array (
  'environment' => 'production',
  'base_url' => 'https://benpearce.io',
  'default_user' => 'ben',
  'auth_type' => 'none',
  'mailer' => 'smtp',
  'smtp' => 
  array (
    'hostname' => '',
    'host' => 'smtp.postmarkapp.com',
    'port' => 587,
    'auth' => false,
    'auth_type' => '',
    'username' => '6d2b8f40-1e7a-4c93-b5d8-0a4f3e9c1b72',
    'password' => '6d2b8f40-1e7a-4c93-b5d8-0a4f3e9c1b72',
    'secure' => 'tls',
    'from' => 'rss@benpearce.io',
  ),
  'extensions_enabled' => 
  array (
    'Google-Groups' => true,
    'Tumblr-GDPR' => true,
  ),
  'disable_update' => true,
);
