from .base import *

EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = 'smtp.postmarkapp.com'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '9e4f1b2c-3a7d-4c85-b6e0-d1f2a3c4b5e6'
EMAIL_PORT = 587
EMAIL_USE_TLS = True
