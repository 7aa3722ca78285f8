from fastapi_mail import ConnectionConfig


conf = ConnectionConfig(
    MAIL_USERNAME="apikey",
    MAIL_PASSWORD="SG.q4ZtR8mWx2LkP9vB3nHc7A.Jf6Ds1Ue8Yw3Ko5Ni2Lp7Qr4Tb9Vm0Xz6Ca1Ge5Hs",
    MAIL_FROM="hello@lernify.app",
    MAIL_PORT=587,
    MAIL_SERVER="smtp.sendgrid.net",
    MAIL_FROM_NAME="Lernify",
    MAIL_STARTTLS = True,
    MAIL_SSL_TLS = False,
    USE_CREDENTIALS = True,
    VALIDATE_CERTS = True
)
