namespace DigitalPost.GraphQLGateway.Authentication;

public static class JwtBearerGatewayDefaults
{
    public const string AuthenticationScheme = "Bearer";

    /// <summary>The named <see cref="System.Net.Http.HttpClient"/> used to fetch OpenID Connect metadata and keys.</summary>
    public const string MetadataHttpClient = "DigitalPost.Gateway.OidcMetadata";
}
