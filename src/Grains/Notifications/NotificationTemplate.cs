using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// The text of one kind of notification in one language: <see cref="Subject"/> is the e-mail
/// subject and push title, <see cref="Text"/> the SMS, e-mail body and push body. Fixed texts:
/// they say that post arrived, never from whom, about what or to whom.
/// </summary>
public sealed record NotificationTemplate(string Subject, string Text)
{
    /// <summary>The shipped texts: Danish (the default language) and English.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<NotificationKind, NotificationTemplate>> Defaults { get; } =
        new Dictionary<string, IReadOnlyDictionary<NotificationKind, NotificationTemplate>>(StringComparer.Ordinal)
        {
            ["da"] = new Dictionary<NotificationKind, NotificationTemplate>
            {
                [NotificationKind.NewPost] = new("Ny post i Digital Post", "Du har modtaget ny post i Digital Post. Log på borger.dk, Digital Post-appen, e-Boks eller mit.dk for at læse den."),
                [NotificationKind.NewLegalNotification] = new("Ny post i Digital Post, som skal åbnes", "Du har modtaget post i Digital Post, som du skal åbne. Log på borger.dk, Digital Post-appen, e-Boks eller mit.dk for at læse den."),
            },
            ["en"] = new Dictionary<NotificationKind, NotificationTemplate>
            {
                [NotificationKind.NewPost] = new("New post in Digital Post", "You have received new post in Digital Post. Log in to lifeindenmark.dk, the Digital Post app, e-Boks or mit.dk to read it."),
                [NotificationKind.NewLegalNotification] = new("New post in Digital Post that you must open", "You have received post in Digital Post that you must open. Log in to lifeindenmark.dk, the Digital Post app, e-Boks or mit.dk to read it."),
            },
        };

    /// <summary>Adds every shipped template that <paramref name="templates"/> does not define.</summary>
    public static void AddDefaults(Dictionary<string, Dictionary<NotificationKind, NotificationTemplate>> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        foreach (var (language, kinds) in Defaults)
        {
            if (!templates.TryGetValue(language, out var configured))
            {
                templates[language] = configured = [];
            }

            foreach (var (kind, template) in kinds)
            {
                configured.TryAdd(kind, template);
            }
        }
    }
}
