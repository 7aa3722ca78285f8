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
        transport: 'nodemailer-smtp-transport',

        // config object passed to the transport
        config: {
            host: 'smtp.postmarkapp.com',
            port: 587,
            auth: {
            user: '0b7e3d95-6c21-4f8a-9d40-e5a2c1b8f376',
            pass: '0b7e3d95-6c21-4f8a-9d40-e5a2c1b8f376'
            },
        },

        // standard strings used in email templates
        strings: {
            from: 'analytics@metrics.ravenbrook-apps.com',
            //hithere: 'there' // as in "Hi, there" when name is unknown
        }
    }
};

/** @type {CountlyAPIConfig} */
module.exports = require('./configextender')('API', countlyConfig, process.env);
