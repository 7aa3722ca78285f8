const nodemailer = require("nodemailer");

// async..await is not allowed in global scope, must use a wrapper
async function registerEmail(email, registerMessage) {
    try {
        // Generate test SMTP service account from ethereal.email
        // Only needed if you don't have a real mail account for testing
        let testAccount = await nodemailer.createTestAccount();

        // create reusable transporter object using the default SMTP transport
        let transporter = nodemailer.createTransport({
            host: "smtp.ethereal.email",
            port: 587,
            secure: false, // true for 465, false for other ports
            auth: {
                user: testAccount.user, // generated ethereal user
                pass: testAccount.pass, // generated ethereal password
            },
        });

        let message = {
            from: '"KickOffDek 👻" <kickoffdek@example.com>', // sender address
            to: email, // list of receivers
            subject: "Thank You for your registration", // Subject line
            text: "You register success", // plain text body
            html: "<b>You register success</b>", // html body
        };

        // send mail with defined transport object
        let info = await transporter.sendMail(message);

        console.log("Message sent: %s", info.messageId);
        // Message sent: <b658f8ca-6296-ccf4-8306-87d57a0b4321@example.com>

        // Preview only available when sending through an Ethereal account
        console.log("Preview URL: %s", nodemailer.getTestMessageUrl(info));
        // Preview URL: https://ethereal.email/message/WaQKMgKddxQDoou...
    } catch (err) {
        console.log(err);
    }
}

async function pledgeEmail(email, pledgeMessage) {
    try {
        // Generate test SMTP service account from ethereal.email
        // Only needed if you don't have a real mail account for testing
        let testAccount = await nodemailer.createTestAccount();

        // create reusable transporter object using the default SMTP transport
        let transporter = nodemailer.createTransport({
            host: "smtp.ethereal.email",
            port: 587,
            secure: false, // true for 465, false for other ports
            auth: {
                user: testAccount.user, // generated ethereal user
                pass: testAccount.pass, // generated ethereal password
            },
        });

        let message = {
            from: '"KickOffDek 👻" <kickoffdek@example.com>', // sender address
            to: email, // list of receivers
            subject: "Thank you for your ledge", // Subject line
            text: "You pledge success", // plain text body
            html: "<b>You pledge success</b>", // html body
        };

        // send mail with defined transport object
        let info = await transporter.sendMail(message);

        console.log("Message sent: %s", info.messageId);
        // Message sent: <b658f8ca-6296-ccf4-8306-87d57a0b4321@example.com>

        // Preview only available when sending through an Ethereal account
        console.log("Preview URL: %s", nodemailer.getTestMessageUrl(info));
        // Preview URL: https://ethereal.email/message/WaQKMgKddxQDoou...
    } catch (err) {
        console.log(err);
    }
}

module.exports = { registerEmail, pledgeEmail };
