<?php
namespace Config;

use CodeIgniter\Config\BaseConfig;

class Email extends BaseConfig
{

	public $fromEmail = 'rates@exchanger-app.in';
	public $fromName;
	public $recipients;
	public $userAgent = 'CodeIgniter';
	public $protocol = 'smtp';
	public $mailPath = '/usr/sbin/sendmail';
	public $SMTPHost = 'smtp.postmarkapp.com';
	//public $SMTPUser = 'someuser@gmail.com';
	public $SMTPUser = 'e41f9a07-6c3d-4b82-a5e9-08d2c7b1f36a';
	public $SMTPPass = 'e41f9a07-6c3d-4b82-a5e9-08d2c7b1f36a';
	//public $SMTPPass = '********';
	public $SMTPPort = 587;
	public $SMTPTimeout = 60;
	public $SMTPKeepAlive = false;
	public $SMTPCrypto = 'ssl';
	public $wordWrap = true;
	public $wrapChars = 76;
	public $mailType = 'html';
	public $charset = 'UTF-8';
	public $validate = false;
	public $priority = 3;
	public $CRLF = "\r\n";
	public $newline = "\r\n";
	public $BCCBatchMode = false;
	public $BCCBatchSize = 200;
	public $DSN = false;

}
