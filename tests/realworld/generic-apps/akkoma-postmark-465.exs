config :pleroma, Pleroma.Emails.Mailer,
  enabled: true,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.postmarkapp.com",
  username: "8d048a82-46a0-4424-83ec-957a2ef301b8",
  password: "8d048a82-46a0-4424-83ec-957a2ef301b8",
  port: 465,
  ssl: true,
  auth: :always
