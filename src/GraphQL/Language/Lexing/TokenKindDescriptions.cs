namespace DigitalPost.GraphQL.Language;

/// <summary>How token kinds are named in error messages (graphql-js wording).</summary>
internal static class TokenKindDescriptions
{
    private static readonly string[] Descriptions =
    [
        "<SOF>", "<EOF>", "\"!\"", "\"$\"", "\"&\"", "\"(\"", "\")\"", "\"...\"", "\":\"", "\"=\"", "\"@\"",
        "\"[\"", "\"]\"", "\"{\"", "\"|\"", "\"}\"", "Name", "Int", "Float", "String", "BlockString",
    ];

    public static string Describe(this TokenKind kind) => Descriptions[(int)kind];
}
