yag = yagmail.Client("user@gmail.com", oauth2_file="~/oauth2_creds.json")
yag.send(subject="Great!")
