<?php

return [
	'debug' => false,
	'email' => [
		'transport' => [
			'type'     => 'smtp',
			'host'     => 'smtp.postmarkapp.com',
			'port'     => 587,
			'auth'     => true,
			'username' => '9c1d7e42-3b8a-4f06-a5e1-6d2c8b0f7a39',
			'password' => '9c1d7e42-3b8a-4f06-a5e1-6d2c8b0f7a39',
		],
		'presets' => [
			'contact' => [
				'from' => 'hello@studio-meridian.de',
			],
		],
	],
	'thumbs' => [
		// 'bin' => '/usr/local/bin/convert'
	],
];
