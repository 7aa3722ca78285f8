####################################################################################################
# Email

export EMAIL_FROM="$CLOUDRON_MAIL_FROM"
export EMAIL_TRANSPORT="smtp"

## Email (SMTP Transport)
export EMAIL_SMTP_POOL=true
export EMAIL_SMTP_HOST="$CLOUDRON_MAIL_SMTP_SERVER"
export EMAIL_SMTP_PORT=$CLOUDRON_MAIL_SMTPS_PORT
export EMAIL_SMTP_SECURE=true
export EMAIL_SMTP_USER="$CLOUDRON_MAIL_SMTP_USERNAME"
export EMAIL_SMTP_PASSWORD="$CLOUDRON_MAIL_SMTP_PASSWORD"
