class ApplicationMailer < ActionMailer::Base
  default from: 'hello@yoda-widgets.io', "X-PM-Message-Stream" => "broadcast"
  layout 'mailer'
end

ActionMailer::Base.smtp_settings = {
  address: 'smtp.postmarkapp.com',
  port: '2525',
  domain: 'heroku.com',
  user_name: ENV['POSTMARK_API_KEY'],
  password: ENV['POSTMARK_API_KEY'],
  authentication: :cram_md5,
  enable_starttls_auto: true
}
