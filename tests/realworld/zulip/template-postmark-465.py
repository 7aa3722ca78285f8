# EMAIL_HOST and EMAIL_HOST_USER are generally required.
EMAIL_HOST = 'smtp.postmarkapp.com'
EMAIL_HOST_USER = '8f2c41d7-3b9e-4a65-b0d1-7e5c9a2f6b38'

# Passwords and secrets are not stored in this file.  The password
# for user EMAIL_HOST_USER goes in `/etc/zulip/zulip-secrets.conf`.
# In that file, set `email_password`.  For example:
#   email_password = abcd1234

# EMAIL_USE_TLS and EMAIL_PORT are required for most SMTP providers.
EMAIL_USE_TLS = True
EMAIL_PORT = 465

ADD_TOKENS_TO_NOREPLY_ADDRESS = True
NOREPLY_EMAIL_ADDRESS = 'noreply@example.com'
