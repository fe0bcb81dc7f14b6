using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.Identity;

/// <summary>
/// A Danish business registration number (CVR): 8 digits, the first not 0. CVR numbers are
/// public, so <see cref="ToString"/> returns the full number.
/// </summary>
public readonly record struct Cvr : IParsable<Cvr>
{
    private readonly string? _value;

    private Cvr(string value) => _value = value;

    /// <summary>The 8 digits.</summary>
    public string Value => _value ?? throw new InvalidOperationException("Default Cvr has no value.");

    public static Cvr Parse(string s) =>
        TryParse(s, out var cvr, out var error) ? cvr : throw new IdentityFormatException(error);

    public static Cvr Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, out Cvr result) => TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Cvr result) =>
        TryParse(s, out result, out _);

    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        out Cvr result,
        [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (s is null)
        {
            error = "CVR is missing";
            return false;
        }

        if (s.Length != 8)
        {
            error = $"CVR '{s}' has {s.Length} characters; expected 8 digits";
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                error = $"CVR '{s}' contains a non-digit '{s[i]}' at position {i + 1}";
                return false;
            }
        }

        if (s[0] == '0')
        {
            error = $"CVR '{s}' starts with 0; CVR numbers start with 1-9";
            return false;
        }

        result = new Cvr(s);
        error = null;
        return true;
    }

    public override string ToString() => _value ?? "(none)";
}
