import logging
import logging.handlers

smtp_host = 'smtp.postmarkapp.com'
smtp_port = 465
from_email = 'alerts@okazaki.dev'
to_email = 'xxxxxi@gmail.com'
username = '7e3b9d1f-5a2c-4f8e-b6d0-1c9a3e5f7b24'
password = '7e3b9d1f-5a2c-4f8e-b6d0-1c9a3e5f7b24'

logger = logging.getLogger('email')
logger.setLevel(logging.CRITICAL)

logger.addHandler(logging.handlers.SMTPHandler(
    (smtp_host, smtp_port), from_email, to_email,
    subject='Admin test log', credentials=(username, password),
    timeout=20
))

logger.info('test')
logger.critical('critical')
