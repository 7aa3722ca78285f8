package main

import (
	"github.com/jordan-wright/email"
	"net/smtp"
)

func main() {
	e := email.NewEmail()
	e.From = "kim <kim@secret-finder.io>"
	e.To = []string{"494040246@qq.com"}
	e.Subject = "发现惊天大秘密！"
	e.Text = []byte("Hello World")
	err := e.SendWithTLS("smtp.postmarkapp.com:587", smtp.PlainAuth("", "a3d96e1f-7c42-4b80-95e7-2f1c8b6d0e39", "a3d96e1f-7c42-4b80-95e7-2f1c8b6d0e39", "smtp.postmarkapp.com"), nil)
	if err != nil {
		panic(err)
	}

}
