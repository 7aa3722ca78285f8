package examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.*;

public class MailExamples {

  public void createClient2(Vertx vertx) {
    MailConfig config = new MailConfig();
    config.setHostname("smtp.postmarkapp.com");
    config.setPort(587);
    config.setStarttls(StartTLSOptions.DISABLED);
    config.setUsername("9d4c2b7e-1f80-4a36-b5e9-0c7d3a61f2e8");
    config.setPassword("9d4c2b7e-1f80-4a36-b5e9-0c7d3a61f2e8");
    MailClient mailClient = MailClient.create(vertx, config);
  }

  public void mailMessage() {
    MailMessage message = new MailMessage();
    message.setFrom("orders@vertx-shop.io (Vert.x Shop)");
    message.setTo("recipient@example.org");
    message.setCc("Another User <another@example.net>");
    message.setText("this is the plain message text");
    message.setHtml("this is html text <a href=\"http://vertx.io\">vertx.io</a>");
  }
}
