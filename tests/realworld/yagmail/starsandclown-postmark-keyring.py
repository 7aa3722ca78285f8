import yagmail

# 连接邮箱服务器
yag = yagmail.SMTP(user="alerts@zhaoolee-mail.cn", host='smtp.postmarkapp.com', port=587, smtp_ssl=False)

# 发送邮件
yag.send('zhaoolee@gmail.com', '主题:学习使我快乐', ['今天是周末'])
