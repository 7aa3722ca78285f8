/** @type {CountlyAPIConfig} */
var countlyConfig = {
    /**
     * Simple SMTP mail sender configuration.
     * Can only be used when you don't have custom mailer extend ({@code countly/extend/mail.js}).
     * If omited, sendmail will be used. Sendmail is not installed in Docker images.
     * @type {Object}
     */
    mail: {
        // nodemailer transport to use (only nodemailer-sendmail-transport & nodemailer-smtp-transport are installed by default,
        //transport: 'nodemailer-smtp-transport',

        // config object passed to the transport
        config: {
            //host: 'smtp.example.com',
            //port: 25,
            //auth: {
            //user: 'USER',
            //pass: 'PASSWORD'
            //},
        },

        // standard strings used in email templates
        strings: {
            //from: 'countly@example.com',
            //hithere: 'there' // as in "Hi, there" when name is unknown
        }
    }
};

/** @type {CountlyAPIConfig} */
module.exports = require('./configextender')('API', countlyConfig, process.env);
