FROM python:3.6

ENV PYTHONUNBUFFERED 1
ENV SECRET_KEY 'q3v_kxm=p_w481abc72z06j#$_rl9h)52$td8&c_mpqzrk_ws7'
ENV DEBUG 1
ENV SQL_ENGINE 'django.db.backends.postgresql'
ENV SQL_DATABASE 'email_sender'
ENV SQL_USER 'luke'
ENV SQL_PASSWORD 'mvqx_plor482'
ENV SQL_HOST 'email_sender_db'
ENV SQL_PORT 5432
ENV DJANGO_SETTINGS_MODULE 'email_sender_project.settings.development'

# Email configurations
ENV EMAIL_BACKEND ='django.core.mail.backends.smtp.EmailBackend'
ENV EMAIL_HOST_USER = '<Enter your GMAIL username here>@gmail.com'
ENV EMAIL_HOST ='smtp.gmail.com'
ENV EMAIL_PORT = 587
ENV EMAIL_HOST_PASSWORD = '<Enter your password here>'
ENV EMAIL_USE_TLS = True

RUN mkdir /django_email_sender_project
WORKDIR /django_email_sender_project
