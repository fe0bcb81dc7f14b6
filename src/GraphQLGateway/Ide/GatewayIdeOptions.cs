namespace DigitalPost.GraphQLGateway.Ide;

/// <summary>The browser IDE (configuration section <c>GraphQL:Ide</c>). On by default in Development, off elsewhere.</summary>
public sealed class GatewayIdeOptions
{
    public const string Section = "GraphQL:Ide";

    public bool Enabled { get; set; }

    /// <summary>The GraphQL endpoint the page talks to (HTTP and WebSocket); the page is served at the same path.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Where the build copied the npm assets (<c>graphql-ide</c> next to the assembly).</summary>
    public string AssetsDirectory { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "graphql-ide");

    public string Title { get; set; } = "Digital Post GraphQL";

    /// <summary>The URL prefix of the assets: <c>{Path}/ide</c>.</summary>
    public string AssetsPath => Path.TrimEnd('/') + "/ide";
}
