import EmailProvider from 'next-auth/providers/nodemailer';
   
providers: [
  EmailProvider({
    server: {
      host: 'smtp.postmarkapp.com',
      port: 465,
      auth: { user: process.env.POSTMARK_TOKEN, pass: process.env.POSTMARK_TOKEN },
    },
    from: process.env.EMAIL_FROM,
    sendVerificationRequest({
      identifier: email,
      url,
      provider: { server, from },
    }) {
      /* your function */
    },
  }),
]
