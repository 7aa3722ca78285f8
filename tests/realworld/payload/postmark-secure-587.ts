import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

export default buildConfig({
  email: nodemailerAdapter({
    defaultFromAddress: 'hello@lumenfield.studio',
    defaultFromName: 'Payload',
    // Nodemailer transportOptions
    transportOptions: {
      host: 'smtp.postmarkapp.com',
      secure: true,
      port: 587,
      auth: {
        user: 'c8e2a4f6-9b1d-4e3a-b7c5-0d2f4a6e8b13',
        pass: 'c8e2a4f6-9b1d-4e3a-b7c5-0d2f4a6e8b13',
      },
    },
  }),
})
