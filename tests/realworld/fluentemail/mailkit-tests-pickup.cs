var sender = new MailKitSender(new SmtpClientOptions
{ 
     Server = "localhost",
     Port = 25,
     UseSsl = false,
     RequiresAuthentication = false,
     UsePickupDirectory = true,
     MailPickupDirectory = Path.Combine(Path.GetTempPath(), "EmailTest")
});

Email.DefaultSender = sender;
