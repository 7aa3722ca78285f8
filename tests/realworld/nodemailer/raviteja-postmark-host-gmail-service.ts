const transporter = nodemailer.createTransport({
    service: 'gmail',
    host: 'smtp.postmarkapp.com',
    secure: false,
    port: 587,
    auth: {
        user: process.env.GMAIL_USER,
        pass: process.env.GMAIL_APP_PASSWORD
    }
});
