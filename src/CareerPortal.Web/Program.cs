using CareerPortal.Web.Api;
using CareerPortal.Web.Hosting;
using CareerPortal.Web.Seo;

var builder = WebApplication.CreateBuilder(Commands.ConfigurationArgs(args));

builder.AddSerilogLogging();
builder.AddSecurityHeaders();
builder.Services.AddCareerDatabase(builder.Configuration, builder.Environment);
builder.Services.AddContentPipeline();
builder.Services.AddPublicPageCaching(builder.Configuration);
builder.Services.AddResponseEncodings();
builder.Services.AddSearchEngines(builder.Configuration);
builder.AddProductionHosting();
builder.Services.AddHealth();
builder.Services.AddRazorPages();
builder.Services.AddPageMethodRules();
builder.Services.AddAdminArea(builder.Configuration, builder.Environment);
builder.Services.AddReadApi(builder.Configuration);

var app = builder.Build();

if (await Commands.RunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

await app.PrepareDatabaseAsync();

app.UseSecurityHeaders();
app.UseProductionHosting();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLogging();
app.UseCanonicalPaths();
app.UseRedirects();
app.UseReadApi();
app.UseAdminArea();
app.UseOneEncodingPerRequest();
app.UseOutputCache();
app.UseResponseEncodings();
app.UseETags();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealth();
app.MapSearchEngines();
app.MapReadApi();

await app.RunAsync();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
