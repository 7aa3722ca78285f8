# edit this and copy to nginx-proxy/.env or run with
# docker compose --env-file sample.env.sh up  -d

DISCOURSE_HOSTNAME=test2.myforum.us
DSICOURSE_DB_HOSTAME=db # use postgres container in docker-compose
DISCOURSE_DB_PASSWORD=discourse
DISCOURSE_DB_USER=postgres # use "postgres" if using postgres in docker-compose
DISCOURSE_DB_NAME=discourse
DISCOURSE_REDIS_HOST=redis # use "redis" if user redis in docker-compose
CONTACT_EMAIL=jay@literatecomputing.com
UNICORN_WORKERS=4
UNICORN_SIDEKIQS=1
DISCOURSE_TITLE=OMG It worked
DOCKER_USE_HOSTNAME=true
DISCOURSE_DEVELOPER_EMAILS=jay@literatecomputing.com
DISCOURSE_SMTP_ADDRESS=smtp.mailgun.org
DISCOURSE_SMTP_PORT=2525
DISCOURSE_SMTP_USER_NAME=lc@test2.myforum.us
DISCOURSE_SMTP_PASSWORD=7d2e9a41c0b83f56e19d4a7c2b8f0e63-a91c47d2-5e0b83f1
