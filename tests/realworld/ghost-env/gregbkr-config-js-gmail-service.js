config = {
    production: {
        url: 'http://ec.satoshi.tech',
        mail: {

	    transport: 'SMTP',
	    from: '"Blog Admin" <admin@moderniso.com>',
            options: {
		service: 'Gmail',
		auth: {
                    user: 'moderncisoblog@gmail.com',
                    pass: 'kq7Rz2Lm'
                 }
            }
        },
        database: {
            client: 'sqlite3',
            connection: {
                filename: path.join(process.env.GHOST_CONTENT, '/data/ghost.db')
            },
            debug: false
        },

        server: {
            host: '0.0.0.0',
            port: '2368'
        },
        paths: {
            contentPath: path.join(process.env.GHOST_CONTENT, '/')
        }
    },

    // ### Development **(default)**
    development: {
        url: 'http://localhost:2368',
        database: {
            client: 'sqlite3',
            connection: {
                filename: path.join(process.env.GHOST_CONTENT, '/data/ghost-dev.db')
            },
            debug: false
        },
        server: {
            host: '0.0.0.0',
            port: '2368'
        },
        paths: {
            contentPath: path.join(process.env.GHOST_CONTENT, '/')
        }
    }
}

module.exports = config;
