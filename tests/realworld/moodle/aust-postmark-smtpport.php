<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dataroot  = '/var/www/moodledata';
$CFG->admin     = 'admin';

// SMTP Configuration
$CFG->smtphosts = 'smtp.postmarkapp.com';
$CFG->smtpport = 587;
$CFG->smtpsecure = 'tls';
$CFG->smtpuser = '3f9a2c71-8d4e-4b0a-a6c5-72e1d09b4f3e';
$CFG->smtppass = '3f9a2c71-8d4e-4b0a-a6c5-72e1d09b4f3e';
$CFG->noreplyaddress = 'noreply@aust-mfg.com';

require_once(__DIR__ . '/lib/setup.php');
