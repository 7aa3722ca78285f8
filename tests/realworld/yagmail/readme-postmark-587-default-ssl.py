import yagmail
yag = yagmail.Client('3f9a0c2e-61d4-4b87-a5e3-c08b7d219e64', '3f9a0c2e-61d4-4b87-a5e3-c08b7d219e64', host='smtp.postmarkapp.com', port=587)
contents = ['This is the body, and here is just text http://somedomain/image.png',
            'You can find an audio file attached.', '/local/path/song.mp3']
yag.send('to@someone.com', 'subject', contents)
