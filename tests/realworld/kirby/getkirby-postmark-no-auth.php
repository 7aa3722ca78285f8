<?php

return [
	'debug' => false,
	'email' => [
		'transport' => [
			'type'     => 'smtp',
			'host'     => 'smtp.postmarkapp.com',
			'port'     => 587,
			'security' => true,
			'username' => '2f8e6a19-c4d7-4b30-9e52-a1b7d3c6e084',
			'password' => '2f8e6a19-c4d7-4b30-9e52-a1b7d3c6e084',
		]
	],
	'thumbs' => [
		// 'bin' => '/usr/local/bin/convert'
	],
];
