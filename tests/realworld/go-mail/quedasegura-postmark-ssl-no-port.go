package mypkgteste

import (
	"log"
	"os"
	"github.com/wneessen/go-mail"
)

func Send()  {
    token := os.Getenv("POSTMARK_SERVER_TOKEN")

    message := mail.NewMsg()
	if err := message.From("alerts@acme-widgets.io"); err != nil {
		log.Fatalf("failed to set From address: %s", err)
	}
	if err := message.To("ops@acme-widgets.io"); err != nil {
		log.Fatalf("failed to set To address: %s", err)
	}

    message.Subject("This is my first mail with go-mail!")
	message.SetBodyString(mail.TypeTextPlain, "Do you like this mail? I certainly do!")
   
	client, _ := mail.NewClient("smtp.postmarkapp.com",
		mail.WithSMTPAuth(mail.SMTPAuthPlain), mail.WithSSL(),
		mail.WithUsername(token), mail.WithPassword(token),
	)

    if err := client.DialAndSend(message); err != nil {
		log.Fatalf("failed to send mail: %s", err)
	}	
}
