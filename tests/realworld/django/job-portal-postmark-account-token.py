from decouple import config

# ==============================
# POSTMARK EMAIL CONFIG
# ==============================

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

EMAIL_HOST = "smtp.postmarkapp.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True

POSTMARK_ACCOUNT_TOKEN = "363053f1-1816-4760-912f-0c4fd9c7cfec"
EMAIL_HOST_USER = POSTMARK_ACCOUNT_TOKEN
EMAIL_HOST_PASSWORD = POSTMARK_ACCOUNT_TOKEN


DEFAULT_FROM_EMAIL = config("DEFAULT_FROM_EMAIL")
