using System.Net;
using Analytics.Cli.Web;
using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Analytics.Server.Database;
using Analytics.Server.Indexing;
using Analytics.Server.Jobs;
using Analytics.Server.Review;
using Analytics.Server.Store;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.ServerWeb;

/// <summary>The shared workspace of a provincial office (`plans serve --server`): every page but the login
/// page needs a signed-in account (cookie authentication, anti-forgery on every form, lockout after repeated
/// wrong passwords), and every answer is scoped on the server by the account's units.</summary>
public static class ServerWorkspaceApp
{
    public static WebApplication Build(ServerWorkspaceOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 200L * 1024 * 1024;
            kestrel.Listen(options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host), options.Port);
        });
        var database = ServerDatabase.Open(options.ConnectionString);
        AddSignIn(builder.Services, database, options);
        // Everything needs a signed-in account unless an endpoint says otherwise (only the login page does).
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "plans.csrf";
            antiforgery.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(new AuditLog(database));
        builder.Services.AddSingleton(new PgPlanStore(database));
        builder.Services.AddSingleton(new PlanEdits(database));
        builder.Services.AddSingleton(new JobQueue(database));
        builder.Services.AddSingleton(new JobSubmitter(database, new ContentStore(options.FilesDirectory)));
        builder.Services.AddSingleton(new IndexFollower(database, options.NodeDirectory));
        builder.Services.AddHostedService<FeedPoller>();
        builder.Services.AddSingleton<ScopedReports>();

        var app = builder.Build();
        // Behind the HTTPS proxy on this host: take the client's address and the https scheme from the proxy's
        // X-Forwarded-* headers (trusted from loopback only, ASP.NET Core's default), so redirects stay on
        // https and the audit log names the client, not the proxy.
        if (options.SecureCookies) app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.Use(new HostGate(options.AllowedHosts).Apply);
        app.Use(SecurityHeaders.Apply);
        app.Use(RequestLog.Apply);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        LoginEndpoints.Map(app);
        ServerEndpoints.Map(app);
        return app;
    }

    /// <summary>Accounts on ASP.NET Core Identity: UserManager over the users table, SignInManager issuing the
    /// workspace's cookie, the security stamp checked at every request.</summary>
    private static void AddSignIn(IServiceCollection services, Npgsql.NpgsqlDataSource database, ServerWorkspaceOptions options)
    {
        services.AddHttpContextAccessor();
        services.AddAccounts(database).AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/dang-nhap";
            cookie.LogoutPath = "/dang-xuat";
            cookie.Cookie.Name = "plans.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // A signed-in account refused a page (a viewer uploading, a non-admin on /quan-tri) gets 403, not a
            // redirect to an access-denied page this workspace does not have.
            cookie.Events.OnRedirectToAccessDenied = denied =>
            {
                denied.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // The security stamp is checked at every request: a changed role or units, or a lock, ends the old
            // sessions at once.
            cookie.Events.OnValidatePrincipal = SessionCheck.Validate;
        });
    }
}
