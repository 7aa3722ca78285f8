package main

import (
	"log"
	"net/smtp"
)

var (
	from       = "gopher@gmail.com"
	msg        = []byte("dummy message")
	recipients = []string{"foo@example.com"}
)

func main() {
	hostname := "smtp.postmarkapp.com"
	auth := smtp.PlainAuth("", "9c41e7d2-0b6a-4f53-8e1d-2a7c5b90f364", "9c41e7d2-0b6a-4f53-8e1d-2a7c5b90f364", hostname)

	err := smtp.SendMail(hostname+":25", auth, from, recipients, msg)
	if err != nil {
		log.Fatal(err)
	}
}
