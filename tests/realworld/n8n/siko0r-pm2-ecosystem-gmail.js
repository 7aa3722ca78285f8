module.exports = {
    apps : [{
        name   : "n8n",
        env: {
            N8N_EMAIL_MODE:"smtp",
            N8N_SMTP_HOST:"smtp.gmail.com",
            N8N_SMTP_PORT:"465",
            N8N_SMTP_USER:"name@mail.com",
            N8N_SMTP_PASS:"app_password",
            N8N_SMTP_SSL:"true",
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
