[log]
log_writers[] = "file"
log_writers[] = "screen"
; log_level = INFO
logger_file_path = /tmp/logs/matomo.log

[CustomReports]
custom_reports_max_execution_time = 2700
custom_reports_disabled_dimensions = "CoreHome.VisitLastActionDate"

[mail]
transport = "smtp"
port = "25"
host = "127.0.0.1"
encryption = "none"
defaultHostnameIfEmpty = matomo.ramsalt.com

[Plugins]
Plugins[] = "MarketingCampaignsReporting"
