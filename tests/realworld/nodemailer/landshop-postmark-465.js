const nodeMailer = require('nodemailer');

module.exports = nodeMailer.createTransport({
    host: 'smtp.postmarkapp.com',
    port: 465,
    secure: true,
    auth: {
        user: process.env.POSTMARK_TOKEN,
        pass: process.env.POSTMARK_TOKEN
    }
});
