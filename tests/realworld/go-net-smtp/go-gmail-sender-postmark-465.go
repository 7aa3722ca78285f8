package gmail

import (
	"log"
	"net/smtp"
)

func main() {
	send("hello there")
}

func send(body string) {
	from := "alerts@acme-widgets.io"
	pass := "5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58"
	to := "ops@acme-widgets.io"

	msg := "From: " + from + "\n" +
		"To: " + to + "\n" +
		"Subject: Hello there\n\n" +
		body

	err := smtp.SendMail("smtp.postmarkapp.com:465",
		smtp.PlainAuth("", pass, pass, "smtp.postmarkapp.com"),
		from, []string{to}, []byte(msg))

	if err != nil {
		log.Printf("smtp error: %s", err)
		return
	}
}
