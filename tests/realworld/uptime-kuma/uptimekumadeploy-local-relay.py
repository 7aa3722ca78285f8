#! /usr/bin/env python3
import argparse
import yaml
from uptime_kuma_api import UptimeKumaApi, MonitorType, NotificationType


def add_notification(api):
    api.add_notification(
        name="email_this",
        type=NotificationType.SMTP,
        isDefault=True,
        applyExisting=True,
        smtpHost='127.0.0.1',
        smtpPort=25,
        smtpIgnoreTLSError=True,
        smtpFrom='mysenderemail@localhost.local',
        smtpTo='myemailmailbox@localhost.local',
    )
