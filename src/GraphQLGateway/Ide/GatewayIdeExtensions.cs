using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Ide;

/// <summary>Registers and serves the browser IDE.</summary>
public static class GatewayIdeExtensions
{
    /// <summary>Binds <c>GraphQL:Ide</c>; <c>Enabled</c> defaults to whether the environment is Development.</summary>
    public static IServiceCollection AddGatewayIde(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, Action<GatewayIdeOptions>? configure = null)
    {
        services.AddOptions<GatewayIdeOptions>().Configure(options =>
        {
            var section = configuration.GetSection(GatewayIdeOptions.Section);
            options.Enabled = section.GetValue("Enabled", environment.IsDevelopment());
            options.Path = section["Path"] ?? options.Path;
            options.AssetsDirectory = section["AssetsDirectory"] ?? options.AssetsDirectory;
            options.Title = section["Title"] ?? options.Title;
            configure?.Invoke(options);
        });
        return services;
    }

    /// <summary>
    /// Middleware (before routing to the GraphQL endpoint): a browser's <c>GET {Path}</c> (Accept text/html, no query)
    /// gets the page, <c>{Path}/ide/*</c> the assets. Does nothing when the IDE is disabled.
    /// </summary>
    public static IApplicationBuilder UseGatewayIde(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<GatewayIdeOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        if (!Directory.Exists(options.AssetsDirectory))
        {
            throw new InvalidOperationException(
                $"The GraphQL IDE is enabled but its assets are missing at '{options.AssetsDirectory}'; build src/GraphQLGateway (it runs npm ci) or disable {GatewayIdeOptions.Section}:Enabled.");
        }

        var page = GraphiQLPage.Render(options);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(options.AssetsDirectory),
            RequestPath = options.AssetsPath,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.Use(async (context, next) =>
        {
            if (IsPageRequest(context.Request, options.Path))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>A plain browser navigation: GET, the exact path, no GraphQL parameters, not a WebSocket, HTML preferred.</summary>
    public static bool IsPageRequest(HttpRequest request, string path)
    {
        if (!HttpMethods.IsGet(request.Method)
            || !string.Equals(request.Path.Value?.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || request.Query.Count > 0
            || request.HttpContext.WebSockets.IsWebSocketRequest)
        {
            return false;
        }

        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
    }
}
