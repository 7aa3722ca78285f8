use Mix.Config

config :helloplug, Helloplug.Mailer,
  adapter: Bamboo.SMTPAdapter,
  hostname: "smtp.postmarkapp.com",
  port: 587,
  username: System.get_env("SMTP_USERNAME"),
  password: System.get_env("SMTP_PASSWORD"),
  tls: :if_available,
  allowed_tls_versions: [:"tlsv1", :"tlsv1.1", :"tlsv1.2"],
  ssl: false,
  retries: 1
