ZO_SMTP_ENABLED=true \
ZO_SMTP_HOST="smtp.postmarkapp.com" \
ZO_SMTP_PORT=587 \
ZO_SMTP_USER_NAME="304ec0e6-2e8b-4986-af7f-4031690356fb" \
ZO_SMTP_PASSWORD="304ec0e6-2e8b-4986-af7f-4031690356fb" \
ZO_SMTP_FROM_EMAIL="alerts@observe.tallgrass-works.com" \
ZO_SMTP_ENCRYPTION="starttls" \
ZO_ROOT_USER_EMAIL="ops@tallgrass-works.com" \
ZO_ROOT_USER_PASSWORD="Wq7#rTz2pLm9vXc4" \
./openobserve
