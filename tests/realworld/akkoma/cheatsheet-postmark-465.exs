config :pleroma, Pleroma.Emails.Mailer,
  enabled: true,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.postmarkapp.com",
  username: "5b7d9f1a-3c5e-4a7b-9d1f-2a4c6e8b0d3f",
  password: "5b7d9f1a-3c5e-4a7b-9d1f-2a4c6e8b0d3f",
  port: 465,
  ssl: true,
  auth: :always
