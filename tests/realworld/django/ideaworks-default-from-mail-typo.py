
# (c) Crown Copyright 2014 Defence Science and Technology Laboratory UK 
# Author: Rich Brantingham

"""
Settings for connecting to an email server.
"""

#Required email settings
DEFAULT_FROM_MAIL   = 'ideaworks@acme-labs.co.uk'
EMAIL_HOST_USER     = '5b8e2d41-9c3a-4f7e-b016-e4a9d3c72f58'
EMAIL_HOST_PASSWORD = '5b8e2d41-9c3a-4f7e-b016-e4a9d3c72f58'
EMAIL_PORT          = 587
EMAIL_HOST          = 'smtp.postmarkapp.com'
EMAIL_USE_TLS       = True
FEEDBACK_RECIPIENTS = ['feedback@acme-labs.co.uk',]
