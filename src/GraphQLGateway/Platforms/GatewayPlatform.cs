using System.Diagnostics.CodeAnalysis;
using DomainPlatform = DigitalPost.Grains.Interfaces.Mailboxes.Platform;

namespace DigitalPost.GraphQLGateway.Platforms;

/// <summary>One of the four front-end platforms a request belongs to, by its wire name.</summary>
public readonly record struct GatewayPlatform
{
    private readonly string? _name;

    private GatewayPlatform(string name, DomainPlatform domain)
    {
        _name = name;
        Domain = domain;
    }

    public static GatewayPlatform BorgerDk { get; } = new("borger.dk", DomainPlatform.BorgerDk);

    public static GatewayPlatform App { get; } = new("app", DomainPlatform.DigitalPostApp);

    public static GatewayPlatform EBoks { get; } = new("e-boks", DomainPlatform.EBoks);

    public static GatewayPlatform MitDk { get; } = new("mit.dk", DomainPlatform.MitDk);

    public static IReadOnlyList<GatewayPlatform> All { get; } = [BorgerDk, App, EBoks, MitDk];

    /// <summary>The wire name: <c>borger.dk</c>, <c>app</c>, <c>e-boks</c> or <c>mit.dk</c>.</summary>
    public string Name => _name ?? throw new InvalidOperationException("Default GatewayPlatform has no value.");

    /// <summary>The domain's platform (what grains record in events and access logs).</summary>
    public DomainPlatform Domain { get; }

    /// <summary>Exact, case-insensitive match of a wire name.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out GatewayPlatform platform)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                platform = candidate;
                return true;
            }
        }

        platform = default;
        return false;
    }

    public static string ExpectedNames => "borger.dk, app, e-boks or mit.dk";

    public override string ToString() => _name ?? "(none)";
}
