namespace DigitalPost.GraphQL.Operations;

/// <summary>Whether requests may carry ad-hoc documents or only persisted document ids.</summary>
public enum PersistedDocumentMode
{
    /// <summary>Both ad-hoc documents and persisted document ids are accepted.</summary>
    Optional,

    /// <summary>Only persisted document ids are accepted; a document text is refused with <c>PERSISTED_DOCUMENT_REQUIRED</c>.</summary>
    AllowOnly,
}
