using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.Identity;

/// <summary>
/// The id of a sending authority in the authority directory: a lower-case slug such as
/// <c>aalborg-kommune</c> or <c>skattestyrelsen</c> (ASCII letters a-z, digits 0-9 and single
/// inner dashes, 2 to 64 characters). An authority's CVR number (8 digits) is also a valid
/// slug, so directories keyed by CVR work unchanged.
/// </summary>
public readonly record struct AuthorityId : IParsable<AuthorityId>
{
    /// <summary>Longest accepted id.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private AuthorityId(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("Default AuthorityId has no value.");

    public static AuthorityId Parse(string s) =>
        TryParse(s, out var id, out var error) ? id : throw new IdentityFormatException(error);

    public static AuthorityId Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, out AuthorityId result) => TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AuthorityId result) =>
        TryParse(s, out result, out _);

    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        out AuthorityId result,
        [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (s is null)
        {
            error = "Authority id is missing";
            return false;
        }

        if (s.Length is < 2 or > MaxLength)
        {
            error = $"Authority id '{s}' has {s.Length} characters; expected 2 to {MaxLength}";
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '-')
            {
                if (i == 0 || i == s.Length - 1 || s[i - 1] == '-')
                {
                    error = $"Authority id '{s}' has a dash at the start, at the end or doubled (position {i + 1})";
                    return false;
                }
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                error = $"Authority id '{s}' contains '{c}' at position {i + 1}; only a-z, 0-9 and '-' are allowed";
                return false;
            }
        }

        result = new AuthorityId(s);
        error = null;
        return true;
    }

    public override string ToString() => _value ?? "(none)";
}
