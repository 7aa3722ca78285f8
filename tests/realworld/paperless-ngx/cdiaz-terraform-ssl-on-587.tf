resource "cloudflare_record" "paperless" {
  name    = "paperless"
  type    = "CNAME"
  zone_id = data.cloudflare_zone.domain.zone_id
  value   = module.cloudflared_tunnel.cloudflared_cname
  proxied = true
  comment = "Managed by Terraform"
}
module "paperless" {
  source = "./modules/paperless"

  url            = "https://paperless.cdiaz.cloud"
  admin_user     = data.onepassword_item.paperless.username
  admin_email    = data.onepassword_item.paperless.username
  admin_password = data.onepassword_item.paperless.password

  smtp_creds = {
    PAPERLESS_EMAIL_FROM          = "paperless@cdiaz.cloud"
    PAPERLESS_EMAIL_HOST          = "smtp.postmarkapp.com"
    PAPERLESS_EMAIL_HOST_USER     = "9e4b2c7d-1f3a-4d68-b5e0-7a2c9f1d3b84"
    PAPERLESS_EMAIL_HOST_PASSWORD = "9e4b2c7d-1f3a-4d68-b5e0-7a2c9f1d3b84"
    PAPERLESS_EMAIL_PORT          = 587
    PAPERLESS_EMAIL_USE_SSL       = true
  }
}
