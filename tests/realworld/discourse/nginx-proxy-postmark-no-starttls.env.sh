# edit this and copy to nginx-proxy/.env or run with
# docker compose --env-file sample.env.sh up  -d

DISCOURSE_HOSTNAME=forum.harborlight.net
DSICOURSE_DB_HOSTAME=db # use postgres container in docker-compose
DISCOURSE_DB_PASSWORD=discourse
DISCOURSE_DB_USER=postgres # use "postgres" if using postgres in docker-compose
DISCOURSE_DB_NAME=discourse
DISCOURSE_REDIS_HOST=redis # use "redis" if user redis in docker-compose
CONTACT_EMAIL=admin@harborlight.net
UNICORN_WORKERS=4
DISCOURSE_DEVELOPER_EMAILS=admin@harborlight.net
DISCOURSE_SMTP_ADDRESS=smtp.postmarkapp.com
DISCOURSE_SMTP_PORT=2525
DISCOURSE_SMTP_USER_NAME=8c1f5a3e-6d27-4b90-9e4a-3f7b2c0d5e81
DISCOURSE_SMTP_PASSWORD=8c1f5a3e-6d27-4b90-9e4a-3f7b2c0d5e81
DISCOURSE_SMTP_ENABLE_START_TLS=false
DISCOURSE_NOTIFICATION_EMAIL=noreply@harborlight.net
