using System.Collections.Frozen;
using System.Globalization;

namespace DigitalPost.GraphQLGateway.Localization;

/// <summary>
/// The message of every stable code in Danish and English. <c>FORBIDDEN</c> and <c>NOT_FOUND</c> share one text so a
/// caller cannot tell a denied id from an unknown one. Messages take <see cref="string.Format(IFormatProvider, string, object[])"/> arguments.
/// </summary>
public static class GatewayErrorCatalogue
{
    private const string HiddenDa = "Det findes ikke, eller du har ikke adgang til det.";
    private const string HiddenEn = "It does not exist, or you do not have access to it.";

    private static readonly FrozenDictionary<string, (string Danish, string English)> Messages =
        new Dictionary<string, (string, string)>
        {
            [GatewayErrorCodes.Unauthenticated] = ("Du skal logge ind.", "You must sign in."),
            [GatewayErrorCodes.Forbidden] = (HiddenDa, HiddenEn),
            [GatewayErrorCodes.NotFound] = (HiddenDa, HiddenEn),
            [GatewayErrorCodes.PlatformRequired] = (
                "Angiv platformen i headeren X-DigitalPost-Platform (borger.dk, app, e-boks eller mit.dk).",
                "Name the platform in the X-DigitalPost-Platform header (borger.dk, app, e-boks or mit.dk)."),
            [GatewayErrorCodes.PlatformUnknown] = (
                "Platformen er ukendt. Brug borger.dk, app, e-boks eller mit.dk.",
                "The platform is unknown. Use borger.dk, app, e-boks or mit.dk."),
            [GatewayErrorCodes.PlatformNotAllowed] = (
                "Dit login gælder ikke for denne platform.",
                "Your sign-in is not valid for this platform."),
            [GatewayErrorCodes.Validation] = ("Ugyldigt input: {0}", "Invalid input: {0}"),
            [GatewayErrorCodes.Conflict] = (
                "Data er ændret i mellemtiden. Hent dem igen og prøv igen.",
                "The data changed in the meantime. Fetch it again and retry."),
            [GatewayErrorCodes.RecipientUnavailable] = (
                "Modtageren kan ikke modtage meddelelsen via Digital Post.",
                "The recipient cannot receive this message through Digital Post."),
            [GatewayErrorCodes.MailboxClosed] = ("Postkassen er lukket.", "The mailbox is closed."),
            [GatewayErrorCodes.NotReplyable] = ("Der kan ikke svares på denne meddelelse.", "This message cannot be replied to."),
            [GatewayErrorCodes.LimitExceeded] = ("Grænsen er overskredet: {0}", "The limit was exceeded: {0}"),
            [GatewayErrorCodes.Internal] = ("Der opstod en uventet fejl.", "An unexpected error occurred."),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Codes => Messages.Keys;

    public static bool Contains(string code) => Messages.ContainsKey(code);

    /// <summary>The message for <paramref name="code"/>; an unknown code is a programming error and throws.</summary>
    public static string Message(string code, GatewayLanguage language, params object?[] arguments)
    {
        if (!Messages.TryGetValue(code, out var pair))
        {
            throw new ArgumentException($"No message is catalogued for error code '{code}'.", nameof(code));
        }

        var template = language == GatewayLanguage.English ? pair.English : pair.Danish;
        var culture = language == GatewayLanguage.English ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("da");
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }
}
