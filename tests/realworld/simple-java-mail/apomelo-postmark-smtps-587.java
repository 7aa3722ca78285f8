package test.org.simplejavamail;

import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Created by C on 2020/4/14.
 */
public class MailTest {
    private static final Logger logger = LoggerFactory.getLogger(MailTest.class);

    public static void main(String[] args) {
        test1();
    }

    private static void test1() {
        Mailer mailer = MailerBuilder
                .withSMTPServer("smtp.postmarkapp.com", 587, "8d2f6a41-0c7e-4b59-a3d1-6e9f2b0c7a84", "8d2f6a41-0c7e-4b59-a3d1-6e9f2b0c7a84")
                .withTransportStrategy(TransportStrategy.SMTPS)
                .withSessionTimeout(10 * 1000)
                .clearEmailValidator()
                .withProperty("mail.smtp.sendpartial", true)
                .withDebugLogging(true)
                .resetClusterKey()
                .buildMailer();
        mailer.shutdownConnectionPool();
        Email email = EmailBuilder.startingBlank()
                .to()
                .withSubject("hey")
                .buildEmail();
        mailer.sendMail(email);
    }
}
