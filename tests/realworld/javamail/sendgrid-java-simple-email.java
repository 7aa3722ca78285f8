public class SimpleSMTPEmail {
	public static void main(String[] args) {
	      String to = "to@gmail.com";
	      String from = "from@gmail.com";
	      final String username = "username";//change accordingly
	      final String password = "pwd";//change accordingly

	      String host = "smtp.gmail.com";

	      Properties props = new Properties();
	      props.put("mail.smtp.auth", "true");
	      props.put("mail.smtp.starttls.enable", "true");
	      props.put("mail.smtp.host", host);
	      props.put("mail.smtp.port", "25");
	}
}
