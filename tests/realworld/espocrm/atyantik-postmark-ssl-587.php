<?php
return [
  'useCache' => true,
  'applicationName' => 'EspoCRM',
  'version' => '8.4.2',
  'timeZone' => 'UTC',
  'language' => 'en_US',
  'outboundEmailIsShared' => true,
  'outboundEmailFromName' => 'EspoCRM',
  'outboundEmailFromAddress' => 'crm@atyantik.com',
  'smtpServer' => 'smtp.postmarkapp.com',
  'smtpPort' => 587,
  'smtpAuth' => true,
  'smtpSecurity' => 'SSL',
  'smtpUsername' => '3b9e2c71-5f04-4d8a-a6c2-91e7d0f4b853',
  'smtpPassword' => '3b9e2c71-5f04-4d8a-a6c2-91e7d0f4b853',
  'authenticationMethod' => 'Espo',
];
