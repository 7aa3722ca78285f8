EMAIL_USE_TLS = True
EMAIL_HOST = 'smtp.postmarkapp.com'
EMAIL_HOST_USER = 'f1f38fae-df22-4d3c-bbaa-1310ac282969'
EMAIL_HOST_PASSWORD = 'f1f38fae-df22-4d3c-bbaa-1310ac282969'
EMAIL_PORT = 587
DEFAULT_FROM_EMAIL = 'SeaTable <tables@quarrybank-research.org>'
SERVER_EMAIL = 'tables@quarrybank-research.org'
