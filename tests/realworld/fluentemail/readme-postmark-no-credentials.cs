public void ConfigureServices(IServiceCollection services)
{
    services
        .AddFluentEmail("billing@acme-widgets.io")
        .AddRazorRenderer()
        .AddSmtpSender("smtp.postmarkapp.com", 587);
}
