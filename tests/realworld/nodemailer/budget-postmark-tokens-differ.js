const nodemailer = require('nodemailer'); // Import Nodemailer for email sending

// Create a transporter object using the Office365 SMTP transport
const transporter = nodemailer.createTransport({
    host: 'smtp.postmarkapp.com', // SMTP server address for Office365
    port: 587, // Port number for TLS/STARTTLS
    secure: false, // Set to true if using port 465, false for other ports
    auth: {
        user: '7c3e9a41-2b6d-4f80-9e15-d8a2c4b7f036', // Email user from environment variables
        pass: 'e41b8d2f-6c93-4a57-b0e8-19f5a3c7d264'  // Email password from environment variables
    },
    tls: {
        ciphers: 'SSLv3' // Use SSLv3 for TLS
    }
});

// Verify connection configuration
transporter.verify((error, success) => {
    if (error) {
        console.log('Error with email configuration:', error);
    } else {
        console.log('Email configuration is correct.');
    }
});

// Export the transporter object for use in other modules
module.exports = transporter;
