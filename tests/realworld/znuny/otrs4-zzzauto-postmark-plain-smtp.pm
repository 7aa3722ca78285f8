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
$Self->{'SendmailModule::AuthPassword'} =  '0d6f3b92-7a41-4c58-b1e6-2f9a84c73d05';
$Self->{'SendmailModule::AuthUser'} =  '0d6f3b92-7a41-4c58-b1e6-2f9a84c73d05';
$Self->{'SendmailModule::Host'} =  'smtp.postmarkapp.com';
$Self->{'SendmailModule::Port'} =  '587';
$Self->{'SendmailModule'} =  'Kernel::System::Email::SMTP';
$Self->{'NotificationSenderEmail'} =  'otrs@steinwegs.de';
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
