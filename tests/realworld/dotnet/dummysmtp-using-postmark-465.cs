using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Mail;
using System.Text;
using System.Threading.Tasks;

namespace DummySMTPClient
{
    class Program
    {
        static void Main(string[] args)
        {
            Console.WriteLine("Starting up...");

            using (SmtpClient client = new SmtpClient("smtp.postmarkapp.com", 465))
            {
                client.EnableSsl = true;
                client.Credentials = new System.Net.NetworkCredential("81530b9f-7d1f-46a7-b422-c15d49b9c541", "81530b9f-7d1f-46a7-b422-c15d49b9c541");
                client.Send("hello@dummysmtp-widgets.io", "test@to.com", "asubject", "abody");
            }
        }
    }
}
