var sender = new MailKitSender(new SmtpClientOptions
{ 
     Server = "smtp.postmarkapp.com",
     Port = 587,
     User = "3e9a1c57-0b2d-4f68-a4c1-7d2e5b8f9a06",
     Password = "3e9a1c57-0b2d-4f68-a4c1-7d2e5b8f9a06",
     UseSsl = false
});

Email.DefaultSender = sender;
