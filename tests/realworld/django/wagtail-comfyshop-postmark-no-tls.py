from .base import *

# SECURITY WARNING: define the correct hosts in production!
ALLOWED_HOSTS = ["*"]

EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = "smtp.postmarkapp.com"
EMAIL_HOST_USER = "71b0d3c8-94ea-4f16-8c2d-5a7e9f0b3164"
EMAIL_HOST_PASSWORD = "71b0d3c8-94ea-4f16-8c2d-5a7e9f0b3164"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
DEFAULT_FROM_EMAIL = os.environ.get('DEFAULT_FROM_EMAIL', 'mtyton@tepewu.pl')


try:
    from .local import *
except ImportError:
    pass
