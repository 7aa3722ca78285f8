variable "smtp_host" {
  description = "SMTP server hostname"
  type        = string
  default     = "smtp.postmarkapp.com"
}

variable "smtp_port" {
  description = "SMTP server port"
  type        = number
  default     = 465
}
