from flask import Flask 
from flask_mail import Mail 

app = Flask(__name__)

app.config['DEBUG'] = True
app.config['TESTING'] = False
app.config['MAIL_SERVER'] = 'smtp.postmarkapp.com'
app.config['MAIL_PORT'] = 25
app.config['MAIL_USE_TLS'] = True
app.config['MAIL_USE_SSL'] = False
app.config['MAIL_DEBUG'] = True
app.config['MAIL_USERNAME'] = '5c1e9a47-83d2-4b6f-9e05-2a7d6c31f8b4'
app.config['MAIL_PASSWORD'] = '5c1e9a47-83d2-4b6f-9e05-2a7d6c31f8b4'
app.config['MAIL_DEFAULT_SENDER'] = 'alerts@harborlight.dev'
app.config['MAIL_MAX_EMAILS'] = None
app.config['MAIL_SUPPRESS_SEND'] = False
app.config['MAIL_ASCII_ATTACHMENTS'] = False
