<?php
class JConfig {
	public $offset = 'Asia/Shanghai';
	public $mailer = 'mail';
	public $mailfrom = '446146366@qq.com';
	public $fromname = 'Lean Academy';
	public $sendmail = '/usr/sbin/sendmail';
	public $smtpauth = '0';
	public $smtpuser = '';
	public $smtppass = '';
	public $smtphost = 'localhost';
	public $smtpsecure = 'none';
	public $smtpport = '25';
	public $caching = '0';
}
