use Mix.Config

config :rm_emails, RMEmails.DefaultImpl.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.postmarkapp.com",
  username: "7d3e5a21-94bc-4f0e-a8d6-2c51b9e07f43",
  password: "7d3e5a21-94bc-4f0e-a8d6-2c51b9e07f43",
  tls: :always,
  auth: :always,
  port: 465
