```php
	// email_transport: Mean to send emails: PHPMail (uses the function mail()), SMTP (implements the client protocol) or SMTP_OAuth (connect to the server using OAuth 2.0)
	//	default: 'PHPMail'
	'email_transport' => 'SMTP',

	// email_transport_smtp.host: host name or IP address (optional)
	//	default: 'localhost'
	'email_transport_smtp.host' => 'smtp.postmarkapp.com',

	// email_transport_smtp.port: port number (optional)
	//	default: 25
	'email_transport_smtp.port' => '587',

	'email_transport_smtp.username' => '7e2c9d41-0b8a-4f63-a5d7-c1e93b06f28a',
	'email_transport_smtp.password' => '7e2c9d41-0b8a-4f63-a5d7-c1e93b06f28a',
	'email_default_sender_address' => 'servicedesk@brindlewood-ops.com',
```
