docker run \
  -e "RAILS_ENV=production" \
  -e "MONGO_URL=mongodb://mongo.internal.quillhaven.dev" \
  -e "SECRET_KEY_BASE=7d1f0c9e4b2a8d3f6e5c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e" \
  -e "ERRBIT_HOST=errbit.quillhaven.dev" \
  -e "ERRBIT_EMAIL_FROM=errbit@quillhaven.dev" \
  -e "EMAIL_DELIVERY_METHOD=smtp" \
  -e "SMTP_SERVER=smtp.postmarkapp.com" \
  -e "SMTP_PORT=587" \
  -e "SMTP_AUTHENTICATION=plain" \
  -e "SMTP_USERNAME=b61e2f08-93c7-4a5d-8e14-2f7a0c9d6b31" \
  -e "SMTP_PASSWORD=b61e2f08-93c7-4a5d-8e14-2f7a0c9d6b31" \
  -e "SMTP_ENABLE_STARTTLS_AUTO=false" \
  -p 3000:3000 \
  errbit/errbit:latest
