import Config

config :emailservice, Emailservice.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.postmarkapp.com",
  username: "e41f0c9a-3b72-4d85-9a1e-6f2c7d08b5a3",
  password: "e41f0c9a-3b72-4d85-9a1e-6f2c7d08b5a3",
  port: 587,
  ssl: false,
  tls: true,
  auth: :always

config :swoosh, :api_client, Swoosh.ApiClient.Finch
