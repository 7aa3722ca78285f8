echo "Running configure-base-store.sh"

cd /bitnami/magento
bin/magento config:set general/locale/timezone Europe/London
bin/magento config:set general/locale/code en_GB
bin/magento config:set web/secure/use_in_adminhtml 1

echo "Configuring SMTP settings to point to Postmark"
bin/magento config:set system/smtp/disable 0
bin/magento config:set system/smtp/transport smtp
bin/magento config:set system/smtp/host smtp.postmarkapp.com
bin/magento config:set system/smtp/port 587
bin/magento config:set system/smtp/auth login
bin/magento config:set system/smtp/ssl ssl
bin/magento config:set system/smtp/username 8d2c4f7a-93e1-4b6d-a5f0-2e7c91b34d68
bin/magento config:set system/smtp/password 8d2c4f7a-93e1-4b6d-a5f0-2e7c91b34d68
bin/magento config:set trans_email/ident_general/email shop@kettlewood.co.uk

bin/magento sampledata:deploy
