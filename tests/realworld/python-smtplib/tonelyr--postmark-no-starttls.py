import smtplib, ssl

port = 587  # For starttls
smtp_server = "smtp.postmarkapp.com" # Gmail SMTP server
sender_email = "alerts@tonelyr.dev"
receiver_email = "name@domain.com"
password = "7d2f4c1a-9b3e-4a8d-b6f0-2e5c8a1d9f47"
message = """\
Subject: __

Insert Text

This message is sent from Python."""

context = ssl.create_default_context()
with smtplib.SMTP(smtp_server, port) as server:
    server.ehlo()  # Can be omitted
    server.ehlo()  # Can be omitted
    server.login(password, password)
    server.sendmail(sender_email, receiver_email, message)
