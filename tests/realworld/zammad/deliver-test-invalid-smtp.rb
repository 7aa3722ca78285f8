    # send with invalid smtp settings
    channel.update!(
      options: {
        inbound:  {
          adapter: 'imap',
          options: {
            host:     'mx1.example.com',
            user:     'example',
            password: 'some_pw',
            ssl:      true,
          }
        },
        outbound: {
          adapter: 'smtp',
          options: {
            host:      'mx1.example.com',
            port:      25,
            start_tls: true,
            user:      'not_existing',
            password:  'not_existing',
          },
        },
      },
    )
