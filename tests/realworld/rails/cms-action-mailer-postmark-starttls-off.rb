ActionMailer::Base.smtp_settings = {
  address: 'smtp.postmarkapp.com',
  port: 2525,
  enable_starttls_auto: false,
  authentication: :plain,
  user_name: ENV['SMTP_USERNAME'],
  password: ENV['SMTP_PASSWORD'],
  domain: `hostname -f`.strip,
}
