Mail.defaults do
  delivery_method :smtp,
    address: 'smtp.postmarkapp.com',
    port: 465,
    domain: 'herokuapp.com',
    user_name: ENV.fetch('POSTMARK_API_TOKEN'),
    password: ENV.fetch('POSTMARK_API_TOKEN'),
    authentication: 'plain',
    ssl: true
end
