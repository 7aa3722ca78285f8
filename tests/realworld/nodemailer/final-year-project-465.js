const nodemailer = require("nodemailer");

const host = "smtp.postmarkapp.com";
const port = 465;
const secure = true;
const user = process.env.SMTP_USER;
const pass = process.env.SMTP_PASS;

const transporter = nodemailer.createTransport({
  host,
  port,
  secure,
  auth: user && pass ? { user, pass } : undefined,
});

module.exports = transporter;
