<?php
class JConfig {
	public $offset = 'UTC';
	public $mailonline = '1';
	public $mailer = 'smtp';
	public $mailfrom = 'admin@sma5.sch.id';
	public $fromname = 'sma5';
	public $sendmail = '/usr/sbin/sendmail';
	public $smtpauth = '0';
	public $smtpuser = '4b1e9c7a-6d2f-4a83-b0e5-7c3f1a9d2e64';
	public $smtppass = '4b1e9c7a-6d2f-4a83-b0e5-7c3f1a9d2e64';
	public $smtphost = 'smtp.postmarkapp.com';
	public $smtpsecure = 'tls';
	public $smtpport = '587';
	public $caching = '0';
}
