from redmail import EmailSender
from smtplib import SMTP_SSL

from app.settings import Settings

Sender = EmailSender(
    host="smtp.postmarkapp.com",
    port=465,
    username=Settings.EMAIL_USERNAME,
    password=Settings.EMAIL_PASSWORD,
    cls_smtp=SMTP_SSL
)
