$ docker run -d --name sonarqube -p 80:8080 -p 443:8443 \
  --env SONARQUBE_DATABASE_USER=bn_sonarqube \
  --env SONARQUBE_DATABASE_NAME=bitnami_sonarqube \
  --env SONARQUBE_SMTP_HOST=smtp.gmail.com \
  --env SONARQUBE_SMTP_PORT_NUMBER=587 \
  --env SONARQUBE_SMTP_USER=your_email@gmail.com \
  --env SONARQUBE_SMTP_PASSWORD=your_password \
  --network sonarqube-tier \
  --volume /path/to/sonarqube-persistence:/bitnami \
  bitnami/sonarqube:latest
