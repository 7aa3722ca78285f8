resource "tfe_settings_smtp" "settings" {
  enabled = true

  host               = "smtp.postmarkapp.com"
  port               = 25
  sender             = "terraform@infra.acme-labs.io"
  auth               = "login"
  username           = "e2c4a6b8-0d1f-4e3a-9c5b-7d9f1a3c5e7b"
  password           = "e2c4a6b8-0d1f-4e3a-9c5b-7d9f1a3c5e7b"
}
