resource "kubernetes_config_map" "shared" {
  metadata {
    name      = "metabase-shared"
    namespace = var.kube_namespace_name
  }

  data = {
    MB_NO_SURVEYS                                = "true"
    MB_CHECK_FOR_UPDATES                         = "false"
    MB_EMAIL_SMTP_HOST                           = "smtp.postmarkapp.com"
    MB_EMAIL_SMTP_PORT                           = "587"
    MB_EMAIL_SMTP_SECURITY                       = "ssl"
    MB_EMAIL_FROM_ADDRESS                        = "info@quillhaven.io"
    MB_EMAIL_FROM_NAME                           = "Quillhaven"
    MB_SEND_EMAIL_ON_FIRST_LOGIN_FROM_NEW_DEVICE = "false"
  }
}

resource "kubernetes_secret" "shared" {
  metadata {
    name      = "metabase-shared"
    namespace = var.kube_namespace_name
  }

  type = "Opaque"
  data = {
    MB_EMAIL_SMTP_USERNAME = "d94b27a1-6e0c-4f53-8b1d-2a7ce50f9364"
    MB_EMAIL_SMTP_PASSWORD = "d94b27a1-6e0c-4f53-8b1d-2a7ce50f9364"
  }
}
