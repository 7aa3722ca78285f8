# Quick install, with the installer's env knobs (MAIL_HOST, MAIL_PORT, MAIL_USER, MAIL_PASSWORD, MAIL_FROM) set:
curl -fsSL https://raw.githubusercontent.com/dm807cam/ghostberry/main/install.sh | sudo MAIL_HOST=smtp.postmarkapp.com MAIL_PORT=587 MAIL_USER=9f2c6e1a-4b7d-4d3e-a8c5-1e6b3f9d2a70 MAIL_PASSWORD=9f2c6e1a-4b7d-4d3e-a8c5-1e6b3f9d2a70 MAIL_FROM=blog@harborlight.net bash
