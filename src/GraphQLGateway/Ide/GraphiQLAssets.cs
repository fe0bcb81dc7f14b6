namespace DigitalPost.GraphQLGateway.Ide;

/// <summary>The files GraphQLGateway.csproj copies from npm; the page references each of them.</summary>
public static class GraphiQLAssets
{
    public const string React = "react.production.min.js";
    public const string ReactDom = "react-dom.production.min.js";
    public const string GraphQLWs = "graphql-ws.min.js";
    public const string GraphiQLScript = "graphiql.min.js";
    public const string GraphiQLStyles = "graphiql.min.css";

    public static IReadOnlyList<string> Files { get; } = [React, ReactDom, GraphQLWs, GraphiQLScript, GraphiQLStyles];
}
