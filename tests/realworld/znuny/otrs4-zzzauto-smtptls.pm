# OTRS config file (automatically generated)
# VERSION:1.1
package Kernel::Config::Files::ZZZAuto;
use strict;
use warnings;
no warnings 'redefine';
use utf8;
sub Load {
    my ($File, $Self) = @_;
$Self->{'TimeZone::Calendar1Name'} =  'Work time m-f,8-18';
$Self->{'SendmailModule::AuthPassword'} =  'Kq7wZr2mXv9p';
$Self->{'SendmailModule::AuthUser'} =  'otrs@steinwegs.de';
$Self->{'SendmailModule::Host'} =  'smtp.strato.de';
$Self->{'SendmailModule'} =  'Kernel::System::Email::SMTPTLS';
$Self->{'LogModule::LogFile'} =  'C:/dev/otrs/OTRS/var/log/otrs.log';
$Self->{'LogModule'} =  'Kernel::System::Log::File';
$Self->{'CheckMXRecord'} =  '0';
$Self->{'DefaultLanguage'} =  'de';
$Self->{'Organization'} =  'Steinwegs';
$Self->{'AdminEmail'} =  'otrs@steinwegs.de';
$Self->{'FQDN'} =  'tpdev03';
$Self->{'SystemID'} =  '42';
$Self->{'SecureMode'} =  '1';
}
1;
