import smtplib


smtpObj = smtplib.SMTP('smtp.example.com', 587)
smtpObj.ehlo()
smtpObj.starttls()
smtpObj.login('bob@example.com', 'MY_SECRET_PASSWORD')
smtpObj.sendmail('bob@example.com', 'alice@example.com',
                 'Subject: Solong.\nDear Alice, so long and thanks for all the fish. Sincerely, Bob')
smtpObj.quit()
