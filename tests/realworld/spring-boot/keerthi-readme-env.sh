# Gmail SMTP configuration
export SPRING_MAIL_HOST="smtp.gmail.com"
export SPRING_MAIL_PORT=587
export SPRING_MAIL_USERNAME="your-email@gmail.com"
export SPRING_MAIL_PASSWORD="your-app-password"

export SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH=true
export SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE=true

echo "Gmail SMTP environment variables configured."
