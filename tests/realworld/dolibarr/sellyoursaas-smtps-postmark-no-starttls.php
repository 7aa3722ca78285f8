<?php
		// Force to use local sending (MAIN_MAIL_SENDMODE is the one of the master server. It may be to an external SMTP server not allowed to the deployment server)
		$conf->global->MAIN_MAIL_SENDMODE = 'smtps';
		$conf->global->MAIN_MAIL_SENDMODE_EMAILING = 'smtps';
		$conf->global->MAIN_MAIL_SMTP_SERVER = 'smtp.postmarkapp.com';
		$conf->global->MAIN_MAIL_SMTP_PORT = '587';
		$conf->global->MAIN_MAIL_SMTPS_ID = '0f4a9c2e-6b1d-4d87-9e35-a2c7b8d4e610';
		$conf->global->MAIN_MAIL_SMTPS_PW = '0f4a9c2e-6b1d-4d87-9e35-a2c7b8d4e610';
		$conf->global->MAIN_MAIL_EMAIL_FROM = 'supervision@orvane-cloud.eu';
