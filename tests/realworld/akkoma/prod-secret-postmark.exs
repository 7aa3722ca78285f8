import Config

config :pleroma, Pleroma.Web.Endpoint,
  url: [host: "social.quillhaven.org", scheme: "https", port: 443],
  http: [ip: {127, 0, 0, 1}, port: 4000]

config :pleroma, :instance,
  name: "Quillhaven Social",
  email: "admin@quillhaven.org",
  notify_email: "notify@quillhaven.org",
  limit: 5000,
  registrations_open: false

config :pleroma, Pleroma.Emails.Mailer,
  enabled: true,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.postmarkapp.com",
  username: "5b7d9f1a-3c5e-4a7b-9d1f-2a4c6e8b0d3f",
  password: "5b7d9f1a-3c5e-4a7b-9d1f-2a4c6e8b0d3f",
  port: 587,
  ssl: false,
  tls: :always,
  auth: :always
