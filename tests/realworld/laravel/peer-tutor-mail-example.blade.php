<!DOCTYPE html>
<html>
<head>
    <title>Mail Configuration Example</title>
</head>
<body>
    <h1>Example .env Mail Configuration for SMTP</h1>
    <pre>
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailtrap.io
MAIL_PORT=2525
MAIL_USERNAME=your_mail_username
MAIL_PASSWORD=your_mail_password
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=your_email@example.com
MAIL_FROM_NAME="Your App Name"
    </pre>
    <p>Replace the values with your actual SMTP provider details.</p>
</body>
</html>
