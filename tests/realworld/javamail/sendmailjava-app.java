package org.test.test;

import java.util.Properties;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

public class App 
{
    public static void main( String[] args ) throws AddressException, MessagingException
    {
    	Properties prop = new Properties();
    	prop.put("mail.smtp.auth", "true");
    	prop.put("mail.smtp.starttls.enable", "true");
    	prop.put("mail.smtp.host", "smtp.gmail.com");
    	prop.put("mail.smtp.port", "587");
    	prop.put("mail.smtp.user", "");
        prop.put("mail.smtp.password", "");
        
        Session session = Session.getDefaultInstance(prop);
        MimeMessage message = new MimeMessage(session);
    }
}
