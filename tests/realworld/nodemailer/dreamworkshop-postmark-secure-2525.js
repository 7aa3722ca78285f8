const nodemailer = require('nodemailer')

module.exports = nodemailer.createTransport({
  host: "smtp.postmarkapp.com",
  port: 2525,
  secure: true,
  auth: {
    user: process.env.NODEMAILER_USERNAME,
    pass: process.env.NODEMAILER_PASSWORD,
  },
});
