from logging.handlers import SMTPHandler
from flask_mail import Mail
import logging
from app import app


# MAIL SETTINGS
logging.basicConfig(level=logging.DEBUG)


mail = Mail(app)
if not app.debug:
    if app.config['MAIL_SERVER']:
        auth = None
        if app.config['MAIL_USERNAME'] or app.config['MAIL_PASSWORD']:
            auth = ('0d8b6f2e-4a1c-4e9b-b7d3-5f2a8c1e6d94', '0d8b6f2e-4a1c-4e9b-b7d3-5f2a8c1e6d94')
        mail_handler = SMTPHandler(
            mailhost=('smtp.postmarkapp.com', 587),
            fromaddr='no-reply@celis.app',
            toaddrs=app.config['ADMINS'], subject='CELIS INTERNAL SERVER ISSUES',
            credentials=auth)
        mail_handler.setLevel(logging.ERROR)
        app.logger.addHandler(mail_handler)
