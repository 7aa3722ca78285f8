using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Mail;
using System.Text;

namespace LibraryDemo.DesktopClient.Util
{
    class MailSender : IMailSender
    {
        public void Send(string mail, string password)
        {
            var smtpClient = new SmtpClient("smtp.postmarkapp.com")
            {
                Port = 2525,
                Credentials = new NetworkCredential("3b9e1c47-8d2a-4f6e-b051-7c4d9a2e86f1", "3b9e1c47-8d2a-4f6e-b051-7c4d9a2e86f1"),
            };

            smtpClient.Send("no-reply@librarydemo.bg", mail, "New passwor", password);
        }
    }
}
