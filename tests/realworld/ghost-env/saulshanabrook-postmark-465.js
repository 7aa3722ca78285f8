var config = {
    production: {
        url: process.env.web_url,
        mail: {
            transport: 'SMTP',
            from: 'blog@heroku-ghost.dev',
            options: {
                host: 'smtp.postmarkapp.com',
                port: 465,
                auth: {
                    user: process.env.POSTMARK_API_TOKEN,     // mailgun username
                    pass: process.env.POSTMARK_API_TOKEN  // mailgun password
                }
            }
        },
        database: {
            client: 'pg',
            connection: process.env.DATABASE_URL,
            debug: false
        },
        server: {
            // Host to be passed to node's `net.Server#listen()`
            host: '0.0.0.0',
            // Port to be passed to node's `net.Server#listen()`, for iisnode set this to `process.env.PORT`
            port: process.env.PORT
        }
    },
};

// Export config
module.exports = config;
