Pony.options = {
  via: :smtp,
  from: 'no-reply@hud-notifier.herokuapp.com',
  via_options: {
    address: 'smtp.postmarkapp.com',
    port: '587',
    domain: 'heroku.com',
    user_name: ENV['POSTMARK_API_TOKEN'],
    password: ENV['POSTMARK_API_TOKEN'],
    authentication: :plain,
    ssl: true
  }
}
