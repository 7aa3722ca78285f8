const unleash = require('unleash-server');

unleash.start({
  email: {
    host: 'smtp.postmarkapp.com',
    port: 587,
    smtpuser: '7a3c5e91-2b4f-4d6a-8e07-1f9c3b5d2a68',
    smtppass: '7a3c5e91-2b4f-4d6a-8e07-1f9c3b5d2a68',
    sender: 'flags@features.acme-labs.io',
  },
});
