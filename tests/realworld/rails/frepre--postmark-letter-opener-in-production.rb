if Rails.env.production?
  ActionMailer::Base.delivery_method = :letter_opener
  ActionMailer::Base.smtp_settings = {
    address: "smtp.postmarkapp.com",
    port: 587,
    domain: "acme.io",
    user_name: ENV['POSTMARK_API_TOKEN'],
    password: ENV['POSTMARK_API_TOKEN'],
    authentication: 'plain',
    enable_starttls_auto: true
  }
elsif Rails.env.development?
  ActionMailer::Base.delivery_method = :letter_opener
else
  ActionMailer::Base.delivery_method = :test
end
