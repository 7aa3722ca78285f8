import { defineConfig, transports } from '@adonisjs/mail'
import env from '#start/env'

const mailConfig = defineConfig({
  default: 'smtp',

  from: {
    address: 'kitchen@recipes-hub.app',
    name: env.get('MAIL_FROM_NAME'),
  },

  mailers: {
    smtp: transports.smtp({
      host: 'smtp.postmarkapp.com',
      port: 465,
      secure: false,
      auth: { type: 'login', user: '1d9a4f62-7c3e-4b81-a05f-e8b2c6d4f917', pass: '1d9a4f62-7c3e-4b81-a05f-e8b2c6d4f917' },
    }),
  },
})

export default mailConfig
