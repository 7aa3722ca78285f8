const nodemailer = require('nodemailer')

let transporter = nodemailer.createTransport({
    sendmail: true,
    newline: 'unix',
    path: '../sendmail/sendmail',
    host: 'smtp.postmarkapp.com',
    port: 465,
    auth: {
        user: '3f9c2a71-5b0e-4d8a-9e61-7c2b4a0d1e93',
        pass: '3f9c2a71-5b0e-4d8a-9e61-7c2b4a0d1e93'
    }
});

module.exports = function (mailOptions) {
    transporter.sendMail(mailOptions, (error, info) => {
        if (error) {
            return console.log(error);
        }
        console.log("Message send:", info.messageId)
    });
}
