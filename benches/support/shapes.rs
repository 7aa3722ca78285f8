//! The input shapes of the benchmarks (shared with the memory and timing
//! script): each a unit of text repeated up to a size.

/// `unit` repeated up to `size` bytes (cut on a character boundary).
pub fn fill(unit: &str, size: usize) -> String {
    let mut out = String::with_capacity(size + unit.len());
    while out.len() < size {
        out.push_str(unit);
    }
    let mut cut = size.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// Every fixture of `tests/fixtures/dialects`, concatenated.
fn fixtures() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dialects");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|d| {
            std::fs::read_dir(d.path())
                .into_iter()
                .flatten()
                .flatten()
                .map(|f| f.path())
        })
        .collect();
    files.sort();
    let mut out = String::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(f) {
            out.push_str(&t);
            out.push('\n');
        }
    }
    out
}

/// (name, repeated unit) for every shape.
pub fn shapes() -> Vec<(&'static str, String)> {
    let token = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";
    vec![
        ("env", format!("APP_NAME=Acme\nDB_HOST=127.0.0.1\n# mail\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_USERNAME={token}\nMAIL_PASSWORD=\"{token} \"\nMAIL_ENCRYPTION=ssl\nMAIL_FROM_ADDRESS=hello@gmail.com\n\n")),
        ("yaml", format!("services:\n  web:\n    image: app:1\n    environment:\n      SMTP_HOST: smtp.postmarkapp.com\n      SMTP_PORT: \"587\"\n      SMTP_USER: {token}\n      SMTP_PASS: {token}\n      - OTHER=1\n")),
        ("ini", format!("[mailer]\nENABLED = true\nSMTP_ADDR = smtp.postmarkapp.com\nSMTP_PORT = 465\nUSER = {token}\nPASSWD = {token}\nFROM = hello@acme.io\n\n")),
        ("toml", format!("[smtp]\nhost = \"smtp.postmarkapp.com\"\nport = 587\nuser = \"{token}\"\npassword = \"{token}\"\ntls = {{ enabled = true }}\n\n")),
        ("properties", format!("spring.mail.host=smtp.postmarkapp.com\nspring.mail.port=465\nspring.mail.username={token}\nspring.mail.password={token}\nspring.mail.properties.mail.smtp.starttls.enable=true\n")),
        ("xml", format!("<smtp from=\"a@acme.io\"><network host=\"smtp.postmarkapp.com\" port=\"587\" userName=\"{token}\" password=\"{token}\" enableSsl=\"true\"/></smtp>\n")),
        ("json", format!("{{\"mail\": {{\"transport\": \"SMTP\", \"options\": {{\"host\": \"smtp.postmarkapp.com\", \"port\": 2525, \"secure\": true, \"auth\": {{\"user\": \"{token}\", \"pass\": \"{token}\"}}}}}}}}\n")),
        ("javascript", format!("const t = nodemailer.createTransport({{\n  host: 'smtp.postmarkapp.com',\n  port: 465,\n  secure: true,\n  auth: {{ user: '{token}', pass: process.env.SMTP_PASS }},\n}});\n")),
        ("php", format!("$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->Port = 465;\n$mail->SMTPSecure = 'ssl';\n$mail->Username = '{token}';\n$mail->Password = '{token}';\n")),
        ("python", format!("EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = int(os.environ.get('EMAIL_PORT', 587))\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = '{token}'\nEMAIL_HOST_PASSWORD = '{token}'\n")),
        ("ruby", format!("config.action_mailer.smtp_settings = {{\n  address: 'smtp.postmarkapp.com',\n  port: 465,\n  user_name: '{token}',\n  password: ENV['SMTP_PASSWORD'],\n  enable_starttls_auto: true\n}}\n")),
        ("go", format!("d := gomail.NewDialer(\"smtp.postmarkapp.com\", 587, \"{token}\", \"{token}\")\nd.TLSConfig = &tls.Config{{InsecureSkipVerify: true}}\n")),
        ("csharp", format!("var client = new SmtpClient(\"smtp.postmarkapp.com\", 587) {{ EnableSsl = true, Credentials = new NetworkCredential(\"{token}\", \"{token}\") }};\n")),
        ("java", "props.put(\"mail.smtp.host\", \"smtp.postmarkapp.com\");\nprops.put(\"mail.smtp.port\", \"587\");\nprops.put(\"mail.smtp.auth\", \"true\");\nprops.put(\"mail.smtp.starttls.enable\", \"true\");\n".to_string()),
        ("elixir", format!("config :app, App.Mailer,\n  adapter: Swoosh.Adapters.SMTP,\n  relay: \"smtp.postmarkapp.com\",\n  port: 587,\n  username: \"{token}\",\n  password: \"{token}\"\n")),
        ("hcl", "resource \"k\" \"s\" {\n  data = {\n    SMTP_HOST = \"smtp.postmarkapp.com\"\n    SMTP_PORT = \"587\"\n    SMTP_PASS = var.pass\n  }\n}\n".to_string()),
        ("nix", format!("services.gitea.settings.mailer = {{\n  SMTP_ADDR = \"smtp.postmarkapp.com\";\n  SMTP_PORT = 587;\n  USER = \"{token}\";\n}};\n")),
        ("prose", format!("Server: smtp.postmarkapp.com\nPort: 587 (or 25, 2525)\nUsername: {token}\n- **Password:** `{token}`\n| From | hello@acme.io |\n\n")),
        ("fixtures", fixtures()),
        ("one-line", format!("MAIL_HOST=smtp.postmarkapp.com MAIL_PORT=587 MAIL_USERNAME={token} ")),
        ("short-lines", "K=v\n".to_string()),
        ("json-object", format!("\"k\": {{\"host\": \"smtp.postmarkapp.com\", \"port\": 587, \"user\": \"{token}\"}}, ")),
        ("smtp-urls", format!("smtp://{token}:{token}@smtp.postmarkapp.com:587\n")),
        // URLs without credentials on one line: each asks whether the rest
        // of its line finishes credentials cut by a blank.
        ("one-line-urls", "smtp://smtp.postmarkapp.com:587 ".to_string()),
        ("code-calls", format!("s = smtplib.SMTP_SSL('smtp.postmarkapp.com', 465); s.login('{token}', '{token}')\n")),
    ]
}
