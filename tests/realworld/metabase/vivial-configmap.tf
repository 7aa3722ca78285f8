resource "kubernetes_config_map" "shared" {
  metadata {
    name      = "metabase-shared"
    namespace = var.kube_namespace_name
  }

  data = {
    MB_NO_SURVEYS                                = "true"
    MB_CHECK_FOR_UPDATES                         = "false"
    MB_EMAIL_SMTP_HOST                           = "smtp-relay.gmail.com"
    MB_EMAIL_SMTP_PORT                           = "587"
    MB_EMAIL_SMTP_SECURITY                       = "tls"
    MB_EMAIL_FROM_ADDRESS                        = "info@eave.fyi"
    MB_EMAIL_FROM_NAME                           = "Eave"
    MB_ADMIN_EMAIL                               = "support@eave.fyi"
    MB_SEND_EMAIL_ON_FIRST_LOGIN_FROM_NEW_DEVICE = "false"
    # MB_EMAIL_REPLY_TO: "\"['info@eave.fyi']\""
    MB_SITE_NAME        = "Eave"
    MB_SITE_URL         = "https://embed.${var.project.root_domain}"
  }
}

resource "kubernetes_secret" "shared" {
  metadata {
    name = "metabase-shared"
    namespace = var.kube_namespace_name
  }

  type = "Opaque"
  data = {
    MB_PREMIUM_EMBEDDING_TOKEN = var.MB_SHARED_SECRETS.MB_PREMIUM_EMBEDDING_TOKEN
    MB_EMAIL_SMTP_USERNAME = var.MB_SHARED_SECRETS.MB_EMAIL_SMTP_USERNAME
    MB_EMAIL_SMTP_PASSWORD = var.MB_SHARED_SECRETS.MB_EMAIL_SMTP_PASSWORD
  }
}
