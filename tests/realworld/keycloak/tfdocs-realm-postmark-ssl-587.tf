resource "keycloak_realm" "realm" {
  realm             = "my-realm"
  enabled           = true
  display_name      = "my realm"
  display_name_html = "<b>my realm</b>"

  login_theme = "base"

  access_code_lifespan = "1h"

  ssl_required    = "external"
  password_policy = "upperCase(1) and length(8) and forceExpiredPasswordChange(365) and notUsername"
  attributes      = {
    mycustomAttribute = "myCustomValue"
  }

  smtp_server {
    host = "smtp.postmarkapp.com"
    port = "587"
    ssl  = true
    from = "accounts@my-realm.io"

    auth {
      username = "7d3f9b1e-2a4c-4e6f-8b0d-1c3e5a7f9b2d"
      password = "7d3f9b1e-2a4c-4e6f-8b0d-1c3e5a7f9b2d"
    }
  }

  internationalization {
    supported_locales = [
      "en",
      "de",
      "es"
    ]
    default_locale    = "en"
  }
}
