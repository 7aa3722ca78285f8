SMTP_SERVER = ('smtp.postmarkapp.com', 587)
SMTP_LOGIN = 'c8e41f27-96b3-4d0a-a5e2-7f1b3d9c6048'
SMTP_PASSWORD = 'c8e41f27-96b3-4d0a-a5e2-7f1b3d9c6048'
SMTP_USE_TLS = True
SMTP_TIMEOUT = 30
NO_REPLY_EMAIL = 'noreply@events.physik-uni-mittelland.de'
PUBLIC_SUPPORT_EMAIL = 'indico@events.physik-uni-mittelland.de'
SUPPORT_EMAIL = 'it-support@physik-uni-mittelland.de'
