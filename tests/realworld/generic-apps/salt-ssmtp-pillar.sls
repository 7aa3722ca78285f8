smtp:
  server: smtp.yourdomain.com
  port: 25
  root: joe@example.com
  mailname: example.com
  user: joe@example.com
  password: joepass
  tls: False
