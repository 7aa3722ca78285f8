import Env from '@ioc:Adonis/Core/Env'
import { MailConfig } from '@ioc:Adonis/Addons/Mail'

const mailConfig: MailConfig = {
  mailer: 'mailgun',

  mailers: {
    mailgun: {
      driver: 'mailgun',
      baseUrl: 'https://api.mailgun.net/v3/',
      key: Env.get('MAILGUN_API_KEY'),
      domain: Env.get('MAILGUN_URL'),
    },

  },
}

export default mailConfig
