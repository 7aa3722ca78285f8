import nodemailer from 'nodemailer';

const transporter = nodemailer.createTransport({
  host: 'smtp.postmarkapp.com',
  port: 587,
  secure: false, // no SSL
  tls: {
    rejectUnauthorized: false
  }
});

export default transporter;
