FROM        accent/starlette-docker:3.7-alpine

ARG         REQUIREMENTS_FILE=/requirements/base.txt

ENV         APP_MODULE=app.main:app \
            ALLOWED_HOSTS="*" \
            DATABASE_URL=postgresql+psycopg2://postgres:password@db:5432/appdb \
            SECRET_KEY="***** change me *****" \
            EMAIL_HOST=smtp.postmarkapp.com \
            EMAIL_PORT=465 \
            EMAIL_DEFAULT_FROM_ADDRESS=hello@tidewater-apps.io \
            EMAIL_DEFAULT_FROM_NAME=Mail
