const nodemailer = require("nodemailer")

module.exports = nodemailer.createTransport({
    host: 'smtp.postmarkapp.com',
    port: 25,
    secure: false,
    auth: {
        user: process.env.NODEMAILER_USER,
        pass: process.env.NODEMAILER_PASSWORD,
    }
})
