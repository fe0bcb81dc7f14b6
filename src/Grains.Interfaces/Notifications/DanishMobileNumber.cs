using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>
/// A Danish mobile number: +45 followed by 8 digits, kept in the canonical form <c>+4512345678</c>.
/// Input may be written <c>+45 12 34 56 78</c>, <c>004512345678</c>, <c>+45-1234-5678</c> or just
/// the 8 digits (taken as +45). Any other country code is refused: SMS notifications and NemSMS
/// are for Danish numbers only.
/// </summary>
/// <remarks><see cref="ToString"/> masks all but the last two digits, so a number in a log line does not identify anyone.</remarks>
public readonly record struct DanishMobileNumber : IParsable<DanishMobileNumber>
{
    /// <summary>The country calling code every accepted number carries.</summary>
    public const string CountryCode = "+45";

    private readonly string? _value;

    private DanishMobileNumber(string value) => _value = value;

    /// <summary>The canonical form, e.g. <c>+4512345678</c>. A full phone number: not for logs.</summary>
    public string Value => _value ?? throw new InvalidOperationException("Default DanishMobileNumber has no value.");

    /// <summary>The 8 national digits.</summary>
    public string NationalNumber => Value[CountryCode.Length..];

    /// <summary>The log-safe form, e.g. <c>+45 ******78</c>.</summary>
    public string Masked => _value is null ? "(none)" : string.Concat(CountryCode, " ******", _value.AsSpan(_value.Length - 2));

    public static DanishMobileNumber Parse(string s) =>
        TryParse(s, out var number, out var error) ? number : throw new NotificationAddressException(error);

    public static DanishMobileNumber Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, out DanishMobileNumber result) => TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DanishMobileNumber result) =>
        TryParse(s, out result, out _);

    /// <summary>Parses and, on failure, says what is wrong with the value (naming it, so the person can correct it).</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out DanishMobileNumber result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "Mobile number is missing";
            return false;
        }

        var given = s.Trim();
        Span<char> compact = stackalloc char[Math.Min(given.Length, 64)];
        var length = 0;
        foreach (var c in given)
        {
            // Separators people write between digit groups.
            if (c is ' ' or '-' or '.' or '(' or ')' or '\u00A0')
            {
                continue;
            }

            if (length == compact.Length)
            {
                error = $"'{given}' is not a phone number: too long";
                return false;
            }

            compact[length++] = c;
        }

        ReadOnlySpan<char> digits = compact[..length];
        if (digits.StartsWith("+"))
        {
            if (!digits.StartsWith(CountryCode))
            {
                error = ForeignNumber(given);
                return false;
            }

            digits = digits[3..];
        }
        else if (digits.StartsWith("00"))
        {
            if (!digits.StartsWith("0045"))
            {
                error = ForeignNumber(given);
                return false;
            }

            digits = digits[4..];
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                error = $"'{given}' is not a phone number: '{c}' is not a digit";
                return false;
            }
        }

        if (digits.Length != 8)
        {
            error = $"'{given}' is not a Danish mobile number: expected +45 followed by 8 digits, got {digits.Length} digits";
            return false;
        }

        result = new DanishMobileNumber(string.Concat(CountryCode, digits));
        error = null;
        return true;
    }

    private static string ForeignNumber(string given) => $"SMS notifications accept Danish +45 numbers only; got {given}";

    /// <summary>The masked form; never the full number.</summary>
    public override string ToString() => Masked;
}
