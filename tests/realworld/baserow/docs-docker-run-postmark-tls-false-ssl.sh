docker run \
  -d \
  --name baserow \
  -e BASEROW_PUBLIC_URL=https://tables.birchfield.co \
  -e EMAIL_SMTP=True \
  -e EMAIL_SMTP_HOST=smtp.postmarkapp.com \
  -e EMAIL_SMTP_PORT=587 \
  -e EMAIL_SMTP_USER=41c8e2d7-0f5a-4b93-a6e1-8d2c7f3b9e05 \
  -e EMAIL_SMTP_PASSWORD=41c8e2d7-0f5a-4b93-a6e1-8d2c7f3b9e05 \
  -e EMAIL_SMTP_USE_TLS=true \
  -e EMAIL_SMTP_USE_SSL=false \
  -e FROM_EMAIL=tables@birchfield.co \
  -v baserow_data:/baserow/data \
  -p 80:80 \
  -p 443:443 \
  --restart unless-stopped \
  baserow/baserow:1.30.1
