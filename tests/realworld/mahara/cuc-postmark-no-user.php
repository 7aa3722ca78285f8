<?php
/**
 *
 * @package    mahara
 * @subpackage core
 * @author     Catalyst IT Ltd
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL version 3 or later
 * @copyright  For copyright information on Mahara, please see the README file distributed with this software.
 *
 */

$cfg = new stdClass();

/**
 * database connection details
 * valid values for dbtype are 'postgres' and 'mysql'
 */
$cfg->dbtype   = 'mysql';
$cfg->dbhost   = '127.0.0.1';
$cfg->dbport   = 3311;
$cfg->dbname   = 'bitnami_mahara';
$cfg->dbuser   = 'bn_mahara';
$cfg->dbpass   = 'a81f3c07d2';

$cfg->dataroot = 'C:\xampp\htdocs\MIS\Mahara/apps/mahara/maharadata';

/**
 * Uncomment the following line if this server is not a production system.
 */
//$cfg->productionmode = false;
// Mail handling
// If you want mahara to use SMTP servers to send mail, enter one or more here
// blank means mahara will use the default PHP method.
$cfg->smtphosts = 'smtp.postmarkapp.com';
// If smtp server uses port number different from 25 (e.g. for secure connections,
// port 465 is usually used with ssl, port 587 is usually used with tls),
// specify it below. Alternatively you may specify the port in smtphosts
// definition above using format [hostname:port] (e.g. 'smtp1.example.com:465').
$cfg->smtpport = 587;
// If you have specified an smtp server above, and the server requires
// authentication, enter user credentials here:
//$cfg->smtpuser = 'd3e8a1f5-62b7-4c09-9f3e-5a1b7c2d80e4';
$cfg->smtppass = 'd3e8a1f5-62b7-4c09-9f3e-5a1b7c2d80e4';
// If smtp server requres secure connection, specify the protocol type below.
// Valid options are '', 'ssl' or 'tls'. Setting it to '' or leaving the line
// commented means that secure connection will not be used.
$cfg->smtpsecure = 'tls';
$cfg->noreplyaddress = 'portfolio@kestrelvale-college.org';

// closing php tag intentionally omitted to prevent whitespace issues
$cfg->cleanurls = true;
$cfg->passwordsaltmain= '4e0b9a7c13f58d62e9a1';
