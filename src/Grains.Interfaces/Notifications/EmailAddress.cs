using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>
/// An e-mail address for notifications, checked pragmatically: one <c>@</c>, a local part of 1-64
/// printable characters without spaces, and a domain of at least two dot-separated labels
/// (letters, digits, hyphens) ending in a top-level domain of two or more letters; at most 254
/// characters. Quoted local parts and IP-literal domains are refused: no notification provider
/// needs them. The domain is lower-cased; the local part is kept as written.
/// </summary>
public readonly record struct EmailAddress : IParsable<EmailAddress>
{
    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxLength = 254;

    private readonly string? _value;

    private EmailAddress(string value) => _value = value;

    /// <summary>The normalised address. Personal data: not for logs.</summary>
    public string Value => _value ?? throw new InvalidOperationException("Default EmailAddress has no value.");

    /// <summary>The log-safe form: first character of the local part and the domain, e.g. <c>j***@example.dk</c>.</summary>
    public string Masked => _value is null ? "(none)" : string.Concat(_value.AsSpan(0, 1), "***", _value.AsSpan(_value.IndexOf('@', StringComparison.Ordinal)));

    public static EmailAddress Parse(string s) =>
        TryParse(s, out var address, out var error) ? address : throw new NotificationAddressException(error);

    public static EmailAddress Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, out EmailAddress result) => TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EmailAddress result) =>
        TryParse(s, out result, out _);

    /// <summary>Parses and, on failure, says what is wrong with the value.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out EmailAddress result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "E-mail address is missing";
            return false;
        }

        var given = s.Trim();
        if (given.Length > MaxLength)
        {
            error = $"E-mail address is {given.Length} characters long; at most {MaxLength} are allowed";
            return false;
        }

        var at = given.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || at != given.LastIndexOf('@'))
        {
            error = $"'{given}' is not an e-mail address: it must contain exactly one '@'";
            return false;
        }

        var local = given.AsSpan(0, at);
        var domain = given[(at + 1)..];
        if (local.Length is 0 or > 64)
        {
            error = $"'{given}' is not an e-mail address: the part before '@' must be 1-64 characters";
            return false;
        }

        foreach (var c in local)
        {
            if (c <= ' ' || c == '\u007F' || c is '"' or '(' or ')' or ',' or ':' or ';' or '<' or '>' or '[' or '\\' or ']')
            {
                error = $"'{given}' is not an e-mail address: the part before '@' contains '{c}'";
                return false;
            }
        }

        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            error = $"'{given}' is not an e-mail address: dots in the part before '@' must separate characters";
            return false;
        }

        if (DomainError(domain) is { } domainError)
        {
            error = $"'{given}' is not an e-mail address: {domainError}";
            return false;
        }

        result = new EmailAddress(string.Concat(local, "@", domain.ToLowerInvariant()));
        error = null;
        return true;
    }

    private static string? DomainError(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return "the domain needs at least two parts, e.g. example.dk";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return $"the domain part '{label}' is not a valid name";
            }
        }

        var tld = labels[^1];
        return tld.Length < 2 || !tld.All(char.IsAsciiLetter) ? $"the top-level domain '{tld}' is not valid" : null;
    }

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
