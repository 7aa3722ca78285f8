import { HandlebarsAdapter } from '@nest-modules/mailer';

export = {
  transport: `smtps://5e8a1c3f-b2d4-4079-8e61-a4c0f9d72b35:5e8a1c3f-b2d4-4079-8e61-a4c0f9d72b35@smtp.postmarkapp.com`,
  defaults: {
    from: 'shop@nest-shop-demo.io',
  },
  template: {
    dir: './templates/email',
    adapter: new HandlebarsAdapter(),
    options: {
      strict: true,
    },
  },
};
