import supertokens from "supertokens-node";
import EmailPassword from "supertokens-node/recipe/emailpassword";
import Session from "supertokens-node/recipe/session";
import { SMTPService } from "supertokens-node/recipe/emailpassword/emaildelivery";

supertokens.init({
    appInfo: {
        apiDomain: "https://api.harborlight.dev",
        appName: "Harborlight",
        websiteDomain: "https://harborlight.dev"
    },
    recipeList: [
        EmailPassword.init({
            emailDelivery: {
                service: new SMTPService({
                    smtpSettings: {
                        host: "smtp.postmarkapp.com",
                        username: "c7d2a9e4-1f6b-4e38-9a05-b3e8f1c6d274",
                        password: "c7d2a9e4-1f6b-4e38-9a05-b3e8f1c6d274",
                        port: 465,
                        from: {
                            name: "Harborlight",
                            email: "auth@harborlight.dev",
                        },
                        secure: true
                    },
                })
            },
        }),
        Session.init()
    ]
});
