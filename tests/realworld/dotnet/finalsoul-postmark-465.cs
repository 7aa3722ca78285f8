using System;
using System.Net;
using System.Net.Mail;

namespace EmailSmtp
{
    class Program
    {
        static void Main(string[] args)
        {
            try
            {
                // Credentials
                var credentials = new NetworkCredential("f477c44f-0c0b-417b-b87d-f48f4df0fe00", "f477c44f-0c0b-417b-b87d-f48f4df0fe00");

                // Mail message
                var mail = new MailMessage()
                {
                    From = new MailAddress("alerts@finalsoul.net"),
                    Subject = "Test email.",
                    Body = "Test email body"
                };

                mail.To.Add(new MailAddress("finalsoul1@naver.com"));

                // Smtp client
                var client = new SmtpClient()
                {
                    Port = 465,
                    DeliveryMethod = SmtpDeliveryMethod.Network,
                    UseDefaultCredentials = false,
                    Host = "smtp.postmarkapp.com",
                    EnableSsl = true,
                    Credentials = credentials
                };

                // Send it...
                client.Send(mail);
            }
            catch (Exception ex)
            {
                Console.WriteLine("Error in sending email: " + ex.Message);
                return;
            }
        }
    }
}
