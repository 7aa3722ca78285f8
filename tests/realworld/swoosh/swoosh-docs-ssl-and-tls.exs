# config/config.exs
config :sample, Sample.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.avengers.com",
  username: "tonystark",
  password: "ilovepepperpotts",
  ssl: true,
  tls: :always,
  # See "TLS options and certificate verification" below.
  auth: :always,
  port: 1025,
  retries: 2,
  no_mx_lookups: false
