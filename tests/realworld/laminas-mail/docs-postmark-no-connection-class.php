use Laminas\Mail\Transport\Smtp as SmtpTransport;
use Laminas\Mail\Transport\SmtpOptions;

// Setup SMTP transport using LOGIN authentication
$transport = new SmtpTransport();
$options   = new SmtpOptions([
    'name'              => 'mailer.orchard-crm.io',
    'host'              => 'smtp.postmarkapp.com',
    'port'              => 587,
    'connection_config' => [
        'username' => '6b0e4f93-2d7a-4c18-a5e2-91c3f07d8b6a',
        'password' => '6b0e4f93-2d7a-4c18-a5e2-91c3f07d8b6a',
        'ssl'      => 'tls',
    ],
]);
$transport->setOptions($options);
