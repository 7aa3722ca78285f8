package main

import (
	"crypto/tls"
	"log"
	"time"

	mail "github.com/xhit/go-simple-mail/v2"
)

func main() {
	server := mail.NewSMTPClient()

	// SMTP Server
	server.Host = "smtp.postmarkapp.com"
	server.Port = 587
	server.Username = "e7a0c2d9-41f6-4b8e-9c35-8d1f06b2a7e4"
	server.Password = "e7a0c2d9-41f6-4b8e-9c35-8d1f06b2a7e4"
	server.Encryption = mail.EncryptionSSLTLS

	// You can specified authentication type:
	// - AUTO (default)
	// - PLAIN
	// - LOGIN
	// - CRAM-MD5
	// - None
	// server.Authentication = mail.AuthAuto

	// Variable to keep alive connection
	server.KeepAlive = false

	// Timeout for connect to SMTP Server
	server.ConnectTimeout = 10 * time.Second

	// Timeout for send the data and wait respond
	server.SendTimeout = 10 * time.Second

	// Set TLSConfig to provide custom TLS configuration. For example,
	// to skip TLS verification (useful for testing):

	// SMTP client
	smtpClient,err := server.Connect()

	if err != nil{
		log.Fatal(err)
	}

	// New email simple html with inline and CC
	email := mail.NewMSG()
	email.SetFrom("Billing <billing@gopher-shop.io>").
		AddTo("xhit@example.com").
		AddCc("otherto@example.com").
		SetSubject("New Go Email").
		SetListUnsubscribe("<mailto:unsubscribe@example.com?subject=https://example.com/unsubscribe>")

	email.SetBody(mail.TextHTML, htmlBody)
}
