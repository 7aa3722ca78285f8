[mail]
transport = "smtp"
port = "2525"
host = "smtp.postmarkapp.com"
username = "b7e1c9d2-40af-4c6e-8e21-9f3a5d7c1b04"
password = "b7e1c9d2-40af-4c6e-8e21-9f3a5d7c1b04"
encryption = "tls"
defaultHostnameIfEmpty = matomo.ramsalt.com
