import java.util.*;
import javax.mail.*;
import javax.mail.internet.*;

public class SMTP {
    public static void main(String[] a) throws Exception {
        Properties props = System.getProperties();
        props.put("mail.smtp.host", "smtp.postmarkapp.com");
        props.put("mail.smtp.port", "465");
        props.put("mail.smtp.ssl.enable", "true");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.user", "8d2f6b1c-4a7e-49d3-b0c5-e6a1f9273d84");
        props.put("mail.smtp.from", "lab@quillfeather.net");
    }
}
