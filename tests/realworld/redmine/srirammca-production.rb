# Settings specified here will take precedence over those in config/application.rb
RedmineApp::Application.configure do
  # The production environment is meant for finished, "live" apps.
  # Code is not reloaded between requests
  config.cache_classes = true

  # Disable delivery errors if you bad email addresses should just be ignored
  config.action_mailer.raise_delivery_errors = false
config.action_mailer.perform_deliveries = true
	config.action_mailer.delivery_method = :smtp
	config.action_mailer.raise_delivery_errors = true
	config.action_mailer.smtp_settings = {
	:enable_starttls_auto => true,
	:address => "smtp.gmail.com",
	:port => 587,
	:domain => "gmail.com",
	:authentication => :login,
	:user_name => "railsmailer57@gmail.com",
	:password => "wqkzhtnv",
	}
  # No email in production log
  config.action_mailer.logger = nil

  config.active_support.deprecation = :log
end
