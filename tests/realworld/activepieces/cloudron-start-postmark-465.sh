# Email (Sendmail Addon)
export AP_SMTP_HOST=smtp.postmarkapp.com
export AP_SMTP_PORT=465
export AP_SMTP_USERNAME=b81f3d6e-2ac4-4e97-9c05-6d1a7e3f2b48
export AP_SMTP_PASSWORD=b81f3d6e-2ac4-4e97-9c05-6d1a7e3f2b48
export AP_SMTP_SENDER_EMAIL=flows@northgate-farms.com
export AP_SMTP_SECURE="true"
