docker run -d --name phpbb -p 80:8080 -p 443:8443 \
  --env PHPBB_DATABASE_USER=bn_phpbb \
  --env PHPBB_DATABASE_NAME=bitnami_phpbb \
  --env PHPBB_SMTP_HOST=smtp.gmail.com \
  --env PHPBB_SMTP_PORT=587 \
  --env PHPBB_SMTP_USER=your_email@gmail.com \
  --env PHPBB_SMTP_PASSWORD=your_password \
  --network phpbb-tier \
  --volume /path/to/phpbb-persistence:/bitnami \
  bitnami/phpbb:latest
