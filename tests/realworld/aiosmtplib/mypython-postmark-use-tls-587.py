import asyncio
from email.message import EmailMessage

import aiosmtplib


async def main():

    message = EmailMessage()

    message["From"] = "alerts@mypython-demo.io"
    message["To"] = "xxx@qq.com"
    message["Subject"] = "这是一个邮件主题"

    message.set_content("这是一个测试邮件，请忽略")

    await aiosmtplib.send(message, hostname="smtp.postmarkapp.com", port=587, username="c4e81f20-5d3b-4a97-b6e2-09f7d1a3c855", password="c4e81f20-5d3b-4a97-b6e2-09f7d1a3c855", use_tls=True)


asyncio.run(main())
