resource "tfe_settings_smtp" "settings" {
  enabled = true

  host               = "example.com"
  port               = 25
  sender             = "sample_user@example.com"
  auth               = "login"
  username           = "sample_user"
  password           = "sample_password"
}
