# Email settings
EMAIL = {
    'SERVER': 'smtp.postmarkapp.com',
    'PORT': 587,
    'USERNAME': '4d8f2b6a-9c31-4e07-b5a2-e1f7c3d9a604',
    'PASSWORD': '4d8f2b6a-9c31-4e07-b5a2-e1f7c3d9a604',
    'TIMEOUT': 10,  # seconds
    'FROM_EMAIL': 'netbox@netops-acme.net',
}

# Setting this to True will permit only authenticated users to access any part of NetBox. By default, anonymous users
# are permitted to access most data in NetBox (excluding secrets) but not make any changes.
LOGIN_REQUIRED = False
