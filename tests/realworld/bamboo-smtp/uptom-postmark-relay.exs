use Mix.Config

config :uptom, Uptom.Mailer,
  adapter: Bamboo.SMTPAdapter,
  relay: "smtp.postmarkapp.com",
  port: 587,
  username: "0b6f2e94-7c1d-4a38-b5e0-93d7a4c1f826",
  password: "0b6f2e94-7c1d-4a38-b5e0-93d7a4c1f826",
  tls: :always, # can be `:always` or `:never`
  ssl: false, # can be `true`
  retries: 1
