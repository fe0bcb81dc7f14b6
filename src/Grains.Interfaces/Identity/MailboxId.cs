using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.Identity;

/// <summary>
/// A mailbox address: <c>cpr:0101901234</c> (citizen), <c>cvr:12345678</c> (business) or
/// <c>authority:&lt;id&gt;</c>. <see cref="Value"/> is that canonical string (the grain key);
/// <see cref="ToString"/> masks a citizen's CPR (<c>cpr:010190-****</c>) so it is safe in logs.
/// </summary>
public readonly record struct MailboxId : IParsable<MailboxId>
{
    public const string CitizenPrefix = "cpr:";
    public const string BusinessPrefix = "cvr:";
    public const string AuthorityPrefix = "authority:";

    private readonly string? _key;

    private MailboxId(MailboxKind kind, string key)
    {
        Kind = kind;
        _key = key;
    }

    public MailboxKind Kind { get; }

    /// <summary>The owner's id without prefix: 10 CPR digits, 8 CVR digits or the authority slug.</summary>
    public string Key => _key ?? throw new InvalidOperationException("Default MailboxId has no value.");

    /// <summary>The canonical string form, e.g. <c>cpr:0101901234</c>. Contains a full CPR: not for logs.</summary>
    public string Value => Prefix(Kind) + Key;

    /// <summary>The log-safe form: a citizen's CPR masked.</summary>
    public string Masked => _key is null
        ? "(none)"
        : Kind == MailboxKind.Citizen ? CitizenPrefix + string.Concat(_key.AsSpan(0, 6), "-****") : Value;

    public static MailboxId ForCitizen(Cpr cpr) => new(MailboxKind.Citizen, cpr.Value);

    public static MailboxId ForBusiness(Cvr cvr) => new(MailboxKind.Business, cvr.Value);

    public static MailboxId ForAuthority(AuthorityId authority) => new(MailboxKind.Authority, authority.Value);

    /// <summary>The CPR of a citizen mailbox.</summary>
    public Cpr Cpr => Kind == MailboxKind.Citizen
        ? Cpr.Parse(Key)
        : throw new InvalidOperationException($"Mailbox {Masked} is not a citizen mailbox.");

    /// <summary>The CVR of a business mailbox.</summary>
    public Cvr Cvr => Kind == MailboxKind.Business
        ? Cvr.Parse(Key)
        : throw new InvalidOperationException($"Mailbox {Masked} is not a business mailbox.");

    /// <summary>The authority id of an authority mailbox.</summary>
    public AuthorityId AuthorityId => Kind == MailboxKind.Authority
        ? AuthorityId.Parse(Key)
        : throw new InvalidOperationException($"Mailbox {Masked} is not an authority mailbox.");

    public static MailboxId Parse(string s) =>
        TryParse(s, out var id, out var error) ? id : throw new IdentityFormatException(error);

    public static MailboxId Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, out MailboxId result) => TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MailboxId result) =>
        TryParse(s, out result, out _);

    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        out MailboxId result,
        [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (s is null)
        {
            error = "Mailbox id is missing";
            return false;
        }

        if (s.StartsWith(CitizenPrefix, StringComparison.Ordinal))
        {
            if (Cpr.TryParse(s[CitizenPrefix.Length..], out var cpr, out var cprError))
            {
                result = ForCitizen(cpr);
                error = null;
                return true;
            }

            error = $"Mailbox id is not a valid citizen id: {cprError}";
            return false;
        }

        if (s.StartsWith(BusinessPrefix, StringComparison.Ordinal))
        {
            if (Cvr.TryParse(s[BusinessPrefix.Length..], out var cvr, out var cvrError))
            {
                result = ForBusiness(cvr);
                error = null;
                return true;
            }

            error = $"Mailbox id '{s}' is not a valid business id: {cvrError}";
            return false;
        }

        if (s.StartsWith(AuthorityPrefix, StringComparison.Ordinal))
        {
            if (AuthorityId.TryParse(s[AuthorityPrefix.Length..], out var authority, out var authorityError))
            {
                result = ForAuthority(authority);
                error = null;
                return true;
            }

            error = $"Mailbox id '{s}' is not a valid authority id: {authorityError}";
            return false;
        }

        // Never echo the input here: it may be a bare CPR someone forgot to prefix.
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        error = colon < 0
            ? "Mailbox id has no kind prefix; expected 'cpr:', 'cvr:' or 'authority:'"
            : $"Mailbox id has unknown kind '{s[..colon]}'; expected 'cpr', 'cvr' or 'authority'";
        return false;
    }

    private static string Prefix(MailboxKind kind) => kind switch
    {
        MailboxKind.Citizen => CitizenPrefix,
        MailboxKind.Business => BusinessPrefix,
        MailboxKind.Authority => AuthorityPrefix,
        _ => throw new InvalidOperationException($"Unknown mailbox kind {kind}."),
    };

    /// <summary>The log-safe form (<see cref="Masked"/>).</summary>
    public override string ToString() => Masked;
}
