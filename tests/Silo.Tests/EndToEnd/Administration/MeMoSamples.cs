using System.Text.RegularExpressions;

namespace DigitalPost.Silo.Tests.EndToEnd.Administration;

/// <summary>
/// The shared MeMo samples (<c>../shared/memo-samples/</c> next to the project root), adjusted for a test: recipient,
/// messageUUID, sender and doNotDeliverUntilDate replaced, everything else as published.
/// </summary>
internal static partial class MeMoSamples
{
    public const string FullExample = "MeMo_Full_Example.xml";

    /// <summary>The sample's text.</summary>
    public static string Read(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DigitalPost.sln")))
            {
                var path = Path.Combine(directory.FullName, "..", "shared", "memo-samples", fileName);
                return File.Exists(path)
                    ? File.ReadAllText(path)
                    : throw new FileNotFoundException($"The MeMo sample {fileName} is expected in ../shared/memo-samples next to the project root.", path);
            }
        }

        throw new DirectoryNotFoundException("The project root (DigitalPost.sln) was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The full example addressed to <paramref name="recipientCpr"/> from the authority with CVR <paramref name="senderCvr"/>,
    /// with a new messageUUID and the given doNotDeliverUntilDate (yyyy-MM-dd).
    /// </summary>
    public static string FullExampleFor(string recipientCpr, string senderCvr, Guid messageUuid, string doNotDeliverUntilDate)
    {
        var xml = Read(FullExample);
        xml = MessageUuid().Replace(xml, $"<memo:messageUUID>{messageUuid:D}</memo:messageUUID>", 1);
        xml = DoNotDeliverUntil().Replace(xml, $"<memo:doNotDeliverUntilDate>{doNotDeliverUntilDate}</memo:doNotDeliverUntilDate>", 1);
        xml = SenderId().Replace(xml, $"<memo:senderID>{senderCvr}</memo:senderID>", 1);
        // The header's Recipient block is the first recipientID of the document (ForwardData/ReplyData come later).
        xml = RecipientId().Replace(xml, $"<memo:recipientID>{recipientCpr}</memo:recipientID>", 1);
        return xml;
    }

    [GeneratedRegex("<memo:messageUUID>[^<]*</memo:messageUUID>")]
    private static partial Regex MessageUuid();

    [GeneratedRegex("<memo:doNotDeliverUntilDate>[^<]*</memo:doNotDeliverUntilDate>")]
    private static partial Regex DoNotDeliverUntil();

    [GeneratedRegex("<memo:senderID>[^<]*</memo:senderID>")]
    private static partial Regex SenderId();

    [GeneratedRegex("<memo:recipientID>[^<]*</memo:recipientID>")]
    private static partial Regex RecipientId();
}
