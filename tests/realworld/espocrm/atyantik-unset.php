<?php
return [
  'useCache' => true,
  'applicationName' => 'EspoCRM',
  'version' => '8.4.2',
  'timeZone' => 'UTC',
  'language' => 'en_US',
  'outboundEmailIsShared' => true,
  'outboundEmailFromName' => 'EspoCRM',
  'outboundEmailFromAddress' => NULL,
  'smtpServer' => NULL,
  'smtpPort' => 587,
  'smtpAuth' => true,
  'smtpSecurity' => 'TLS',
  'smtpUsername' => NULL,
  'authenticationMethod' => 'Espo',
];
