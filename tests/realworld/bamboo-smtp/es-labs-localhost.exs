use Mix.Config

config :messenger, Messenger.Mailer,
  adapter: Bamboo.SMTPAdapter,
  server: "localhost",
  hostname: "localhost",
  relay: "localhost",  # Replace with your SMTP relay server
  username: "your_username",  # Replace with your SMTP username
  password: "your_password",  # Replace with your SMTP password
  port: 1025,  # Replace with your SMTP port
  ssl: false,  # Set to true if your SMTP server uses SSL
  tls: false   # true  # Set to true if your SMTP server uses TLS
