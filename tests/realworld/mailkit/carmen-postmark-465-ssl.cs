using MailKit.Net.Smtp;
using MimeKit;

namespace ASPtest
{
    public class SendingMail
    {
        public static void sendMail()
        {
            MimeMessage message = new MimeMessage();
            message.From.Add(new MailboxAddress("CarmenatWork", "carmen@asptest-demo.io"));
            message.To.Add(MailboxAddress.Parse("caramella.home@gmail.com"));
            message.Subject = "Testing";
            message.Body = new TextPart("plain")
            {
                Text = @"Yes,
                 Hello!
                 This is dog!"
            };

            SmtpClient client = new SmtpClient();
            try
            {
                client.Connect("smtp.postmarkapp.com", 465, true);
                client.Authenticate("4b8e2c6f-9a1d-4f3e-b7c5-8d2a6e1f9c4b", "4b8e2c6f-9a1d-4f3e-b7c5-8d2a6e1f9c4b");
                client.Send(message);
                System.Diagnostics.Debug.WriteLine("You did something!");
            }
            catch (System.Exception)
            {

                throw;
            }
            finally
            {
                client.Disconnect(true);
                client.Dispose();
            }
        }
    }
}
