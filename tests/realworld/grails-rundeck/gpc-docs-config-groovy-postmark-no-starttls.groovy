grails {
   mail {
     host = "smtp.postmarkapp.com"
     port = 587
     username = "3c9e1b7a-2f4d-4e8b-a6c0-9d5f1e2b7a83"
     password = "3c9e1b7a-2f4d-4e8b-a6c0-9d5f1e2b7a83"
     props = ["mail.smtp.port":"587"]
   }
}
