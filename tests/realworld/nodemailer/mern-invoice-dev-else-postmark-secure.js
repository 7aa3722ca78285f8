import nodemailer from "nodemailer";

let transporter;

if (process.env.NODE_ENV === "development") {
  transporter = nodemailer.createTransport({
    host: "mailhog",
    port: 1025,
    secure: false,
  });
} else {
  transporter = nodemailer.createTransport({
    host: "smtp.postmarkapp.com",
    port: 587,
    secure: true,
    auth: {
      user: "f5621a46-1008-4da6-9236-edae3d57099f",
      pass: "f5621a46-1008-4da6-9236-edae3d57099f",
    },
  });
}

export default transporter;
