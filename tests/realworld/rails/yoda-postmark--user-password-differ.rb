ActionMailer::Base.smtp_settings = {
  address: 'smtp.postmarkapp.com',
  port: '25',
  domain: 'heroku.com',
  user_name: '5c1f0e2a-7b3d-4e8f-9a61-2d4c8b7e0f93',
  password: '9e4b7a10-3c2f-4d6e-8b5a-71f0c2d9e4a6',
  authentication: :cram_md5,
  enable_starttls_auto: true
}
