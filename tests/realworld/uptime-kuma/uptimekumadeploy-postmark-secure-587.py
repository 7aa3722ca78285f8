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
        smtpHost='smtp.postmarkapp.com',
        smtpPort=587,
        smtpSecure=True,
        smtpUsername='0d6b3f8e-2a71-4c59-9e14-b7c3a5d2f960',
        smtpPassword='0d6b3f8e-2a71-4c59-9e14-b7c3a5d2f960',
        smtpFrom='status@northpeak-ops.com',
        smtpTo='myemailmailbox@localhost.local',
    )
