config :pleroma, Pleroma.Emails.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.postmarkapp.com",
  username: "3f1c9a2e-7b4d-4e8a-9c61-0d5e2b7a4f93",
  password: "3f1c9a2e-7b4d-4e8a-9c61-0d5e2b7a4f93",
  port: 465,
  ssl: true,
  tls: :always,
  auth: :always
