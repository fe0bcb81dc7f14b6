namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// Who a simulated user is to the gateway: a development-token subject (<c>cpr:0101901234</c>,
/// <c>cvr:12345678/cpr:…</c>, <c>authority:&lt;id&gt;</c>, <c>staff:&lt;municipality&gt;</c>) on a platform
/// (<c>borger.dk</c>, <c>app</c>, <c>e-boks</c>, <c>mit.dk</c>). <see cref="ToString"/> gives the form
/// <see cref="GatewaySession.AuthorizeAsync"/> takes as its principal.
/// </summary>
/// <param name="Subject">The token's subject.</param>
/// <param name="Platform">The token's platform.</param>
public sealed record GatewayPrincipal(string Subject, string Platform)
{
    /// <summary>The four platforms, in the order scenarios spread users over them.</summary>
    public static IReadOnlyList<string> Platforms { get; } = ["borger.dk", "app", "e-boks", "mit.dk"];

    /// <summary>A citizen by CPR (10 digits) on <paramref name="platform"/>.</summary>
    public static GatewayPrincipal Citizen(string cpr, string platform) => new("cpr:" + cpr, platform);

    /// <summary>An authority's sender system, by directory id (e.g. <c>udbetaling-danmark</c>).</summary>
    public static GatewayPrincipal Authority(string authorityId, string platform = "borger.dk") => new("authority:" + authorityId, platform);

    /// <summary>Reads the <c>subject@platform</c> form.</summary>
    public static GatewayPrincipal Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            throw new FormatException($"'{text}' is not a principal of the form subject@platform.");
        }

        return new GatewayPrincipal(text[..at], text[(at + 1)..]);
    }

    /// <inheritdoc />
    public override string ToString() => Subject + "@" + Platform;
}
