<?php
class JConfig {
	public $offset = 'UTC';
	public $mailonline = '1';
	public $mailer = 'smtp';
	public $mailfrom = 'achidre.ivision@gmail.com';
	public $fromname = 'demo';
	public $sendmail = '/usr/sbin/sendmail';
	public $smtpauth = '1';
	public $smtpuser = '8d2f6a1c-3b7e-4f90-a5c1-2e9d7b4f6a03';
	public $smtppass = '8d2f6a1c-3b7e-4f90-a5c1-2e9d7b4f6a03';
	public $smtphost = 'smtp.postmarkapp.com';
	public $smtpsecure = 'ssl';
	public $smtpport = '465';
	public $caching = '0';
	public $massmailoff = '0';
	public $replyto = '';
	public $replytoname = '';
}
