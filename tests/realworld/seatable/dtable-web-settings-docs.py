EMAIL_USE_TLS = False                       # Either True or False
EMAIL_HOST = 'smtp.example.com'             # Hostname of your SMTP server
EMAIL_HOST_USER = 'username@example.com'    # Username for authentication
EMAIL_HOST_PASSWORD = 'password'            # Password
EMAIL_PORT = 25
DEFAULT_FROM_EMAIL = EMAIL_HOST_USER
SERVER_EMAIL = EMAIL_HOST_USER
