  def self.provider(email, password)
    # check domain based attributes
    {
      google_imap: {
        domain:   'gmail|googlemail|google',
        inbound:  {
          adapter: 'imap',
          options: {
            host:     'imap.gmail.com',
            port:     993,
            ssl:      true,
            user:     email,
            password: password,
          },
        },
        outbound: {
          adapter: 'smtp',
          options: {
            host:      'smtp.gmail.com',
            port:      25,
            start_tls: true,
            user:      email,
            password:  password,
          }
        },
      },
    }
  end
