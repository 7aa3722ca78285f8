# frozen_string_literal: true

if Rails.env.development? || Rails.env.test?
  ActionMailer::Base.default_url_options = { host: 'localhost',
                                             port: 3000 }
  # use mailcatcher in development (http://mailcatcher.me/)
  ActionMailer::Base.smtp_settings = {
    address: '127.0.0.1',
    port: 1025
  }
else
  ActionMailer::Base.default_url_options = { host: ENV['URL'] }
  ActionMailer::Base.smtp_settings = {
    user_name: ENV['POSTMARK_API_TOKEN'],
    password: ENV['POSTMARK_API_TOKEN'],
    domain: ENV['URL'],
    address: 'smtp.postmarkapp.com',
    port: 465,
    authentication: :plain,
    enable_starttls_auto: true
  }
end
