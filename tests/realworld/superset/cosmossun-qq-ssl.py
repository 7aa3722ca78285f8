#SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://pguser:pgpwd@some.host/superset"
#SQLALCHEMY_ECHO = True

# Email configuration
ALERT_REPORTS_NOTIFICATION_DRY_RUN = False
SMTP_HOST = "smtp.qq.com" #change to your host
SMTP_STARTTLS = False     #qq mail not support STARTTLS
SMTP_SSL = True           #qq mail must SSL
SMTP_USER = "10xxxx"
SMTP_PORT = 465 # your port eg. 587
SMTP_PASSWORD = "yyyy"
SMTP_MAIL_FROM = "10xxxx@qq.com"

# WebDriver configuration
# If you use Firefox, you can stick with default values
# If you use Chrome, then add the following WEBDRIVER_TYPE and WEBDRIVER_OPTION_ARGS
WEBDRIVER_TYPE = "chrome"
