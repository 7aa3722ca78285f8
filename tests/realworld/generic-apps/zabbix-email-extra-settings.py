# -*- coding: utf-8 -*-

#Zabbix server settings
zbx_server = 'http://zabbix.example.org/zabbix'  # zabbix server full url
zbx_api_user = 'api'
zbx_api_pass = 'apipass'
zbx_graph_width = '600'
zbx_graph_height = '200'
zbx_graph_period = '3600'

#Email settings
email_from = 'zabbix@example.org'
email_username = 'zabbix@example.org'
email_password = 'password'
email_smtp = 'mail.example.org'
