namespace Application.Options;
public class MailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
}
//"MailSettings": {
//    "Host": "smtp.gmail.com",
//    "Port": 587,
//    "Username": "mentalmediator0@gmail.com",
//    "Password": "kqdt wmxa pzhe ujrv",
//    "EnableSsl": true
//  }
