const unleash = require('unleash-server');

unleash.start({
  email: {
    host: 'myhost',
    smtpuser: 'username',
    smtppass: 'password',
    sender: 'noreply@mycompany.com',
  },
});
