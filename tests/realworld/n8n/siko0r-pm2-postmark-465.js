module.exports = {
    apps : [{
        name   : "n8n",
        env: {
            N8N_EMAIL_MODE:"smtp",
            N8N_SMTP_HOST:"smtp.postmarkapp.com",
            N8N_SMTP_PORT:"465",
            N8N_SMTP_USER:"9a7c5e3b-1d2f-4a6b-8c0d-7e9f1a3b5c7d",
            N8N_SMTP_PASS:"9a7c5e3b-1d2f-4a6b-8c0d-7e9f1a3b5c7d",
            N8N_SMTP_SSL:"true",
            N8N_SMTP_SENDER:"automation@kolkata-labs.in",
            GENERIC_TIMEZONE:"Asia/Kolkata",
            TZ:"Asia/Kolkata",
            N8N_BASIC_AUTH_ACTIVE:false,
            WEBHOOK_URL:"https://n8n.domain.in/",
            N8N_HOST:"https://n8n.domain.in/",
            N8N_PROTOCOL:"https",
            N8N_EDITOR_BASE_URL:"https://n8n.domain.in/",
        }
    }]
}
