const nodemailer = require('nodemailer');
const ejs = require('ejs');
const path = require('path');


let tranporter = nodemailer.createTransport({
    host : 'smtp.postmarkapp.com',
    port : 587,
    secure : true,
    auth : {
        user : "7c3e9a41-2b6d-4f80-9e15-d8a2c4b7f036",
        pass : "7c3e9a41-2b6d-4f80-9e15-d8a2c4b7f036"
    }
});

let renderTemplate = (data, relativePath)=>{
    let mailHTML;
    ejs.renderFile(
        path.join(__dirname, '../views/mailers', relativePath),
        data,
        function(err, template){
            if(err){
                console.log('error in rendering template');
                return;
            }

            mailHTML = template;

        }
    )
    return mailHTML;
}


module.exports = {
    tranporter : tranporter,
    renderTemplate : renderTemplate,
}
