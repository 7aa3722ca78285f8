import smtplib, ssl

port = 465  # For starttls
smtp_server = "smtp.postmarkapp.com"
sender_email = "reports@kestrel-labs.io"
receiver_email = "ops@kestrel-labs.io"
password = "e41b7c9d-2f6a-4d83-b5e0-7a1c9f3d6e2b"
message = """\
Subject: Smtp

Test mail to test smtp protocol."""

context = ssl.create_default_context()
with smtplib.SMTP(smtp_server, port) as server:
    server.ehlo()  # Can be omitted
    server.starttls(context=context)
    server.ehlo()  # Can be omitted
    server.login("e41b7c9d-2f6a-4d83-b5e0-7a1c9f3d6e2b", password)
    server.sendmail(sender_email, receiver_email, message)
