using System.Diagnostics.CodeAnalysis;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.GraphQLGateway.Messages.Content;

/// <summary>
/// Positions of files and actions inside a message, over the main document, then the additional documents, then the
/// technical documents, each in order. The schema's views and the download endpoints use the same numbering, so a
/// link's index finds the file the view showed.
/// </summary>
public static class MessageContentIndex
{
    /// <summary>Every document of the body in link order.</summary>
    public static IEnumerable<MeMoDocument> Documents(MeMoMessageBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        yield return body.MainDocument;
        foreach (var document in body.AdditionalDocuments)
        {
            yield return document;
        }

        foreach (var document in body.TechnicalDocuments)
        {
            yield return document;
        }
    }

    /// <summary>The file at <paramref name="index"/>, or false when there is none.</summary>
    public static bool FileAt(MeMoMessage message, int index, [NotNullWhen(true)] out MeMoFile? file)
    {
        ArgumentNullException.ThrowIfNull(message);
        file = null;
        if (message.Body is not { } body || index < 0)
        {
            return false;
        }

        var position = index;
        foreach (var document in Documents(body))
        {
            if (position < document.Files.Count)
            {
                file = document.Files[position];
                return true;
            }

            position -= document.Files.Count;
        }

        return false;
    }

    /// <summary>The action at <paramref name="index"/>, or false when there is none.</summary>
    public static bool ActionAt(MeMoMessage message, int index, [NotNullWhen(true)] out MeMoAction? action)
    {
        ArgumentNullException.ThrowIfNull(message);
        action = null;
        if (message.Body is not { } body || index < 0)
        {
            return false;
        }

        var position = index;
        foreach (var document in Documents(body))
        {
            if (position < document.Actions.Count)
            {
                action = document.Actions[position];
                return true;
            }

            position -= document.Actions.Count;
        }

        return false;
    }

    /// <summary>Disposes the file contents of an opened message (large ones live in temporary files).</summary>
    public static void DisposeContents(MeMoMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Body is not { } body)
        {
            return;
        }

        foreach (var document in Documents(body))
        {
            foreach (var file in document.Files)
            {
                file.Content.Dispose();
            }
        }
    }
}
