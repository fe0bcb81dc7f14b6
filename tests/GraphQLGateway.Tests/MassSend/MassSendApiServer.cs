using System.Net.Http.Headers;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Development;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.MassSend;
using DigitalPost.GraphQLGateway.Platforms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.MassSend;

/// <summary>The bulk API (the mass-send gateway part) on a real Kestrel at 127.0.0.1, with development tokens and a recording job service.</summary>
internal sealed class MassSendApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MassSendApiServer(WebApplication app, Uri baseUri, RecordingMassSendService service)
    {
        _app = app;
        Service = service;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public HttpClient Client { get; }

    public RecordingMassSendService Service { get; }

    public static async Task<MassSendApiServer> StartAsync(IDictionary<string, string?>? configuration = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        var service = new RecordingMassSendService();
        builder.Services.AddSingleton<IMassSendService>(service);
        builder.Services.AddGatewayAuthentication(builder.Configuration, builder.Environment);
        var part = new MassSendGatewayPart();
        part.AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        app.UseGatewayAuthentication();
        part.MapEndpoints(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MassSendApiServer(app, new Uri(address.TrimEnd('/') + "/"), service);
    }

    public string Token(GatewaySubject subject) => _app.Services.GetRequiredService<DevTokenIssuer>().Issue(subject, GatewayPlatform.BorgerDk);

    public string AuthorityToken(string authority) => Token(new AuthoritySubject(AuthorityId.Parse(authority)));

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add(MassSendApi.IdempotencyKeyHeader, idempotencyKey);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A multipart body with the given parts (name, content type, text), in order.</summary>
    public static MultipartFormDataContent Multipart(params (string Name, string ContentType, string Text)[] parts)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, type, text) in parts)
        {
            var part = new StringContent(text);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            content.Add(part, name, name + (type.Contains("csv", StringComparison.Ordinal) ? ".csv" : ".txt"));
        }

        return content;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
