[General]
noreply_email_address = "analytics@ramsalt-media.no"

[log]
log_writers[] = "file"
log_writers[] = "screen"
; log_level = INFO
logger_file_path = /tmp/logs/matomo.log

[mail]
transport = "smtp"
port = "587"
host = "smtp.postmarkapp.com"
type = "LOGIN"
username = "b7e1c9d2-40af-4c6e-8e21-9f3a5d7c1b04"
password = "b7e1c9d2-40af-4c6e-8e21-9f3a5d7c1b04"
encryption = "ssl"
defaultHostnameIfEmpty = matomo.ramsalt.com
