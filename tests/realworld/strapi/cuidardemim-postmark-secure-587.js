module.exports = ({ env }) => ({
    // ...
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: 'smtp.postmarkapp.com',
          port: 587,
          auth: {
            user: '5b8e21d4-7c09-4a3f-b6e2-d19f0a47c385',
            pass: '5b8e21d4-7c09-4a3f-b6e2-d19f0a47c385',
          },
          secure: true,
        },
        settings: {
            defaultFrom: 'hello@cuidardemim.pt',
            defaultReplyTo: 'hello@cuidardemim.pt',
        },
      },
    },
    // ...
  });
