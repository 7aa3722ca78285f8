from .sender import EmailSender

gmail = EmailSender(
    host="smtp.gmail.com",
    port=587,
)

outlook = EmailSender(
    host='smtp.office365.com',
    port=587,
)
