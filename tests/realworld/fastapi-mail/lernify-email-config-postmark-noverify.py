from fastapi_mail import ConnectionConfig


conf = ConnectionConfig(
    MAIL_USERNAME="b7e3f1a2-6c4d-4e98-a1f0-93d5c7e2b6a8",
    MAIL_PASSWORD="b7e3f1a2-6c4d-4e98-a1f0-93d5c7e2b6a8",
    MAIL_FROM="hello@lernify.app",
    MAIL_PORT=587,
    MAIL_SERVER="smtp.postmarkapp.com",
    MAIL_FROM_NAME="Lernify",
    MAIL_STARTTLS = True,
    MAIL_SSL_TLS = False,
    USE_CREDENTIALS = True,
    VALIDATE_CERTS = False
)
