namespace DigitalPost.GraphQL.Operations;

/// <summary>The <c>extensions.code</c> values of the operations layer (limits and persisted documents). Stable: clients may branch on them.</summary>
public static class OperationErrorCodes
{
    /// <summary>The operation nests fields deeper than <see cref="OperationLimits.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation uses more aliases than <see cref="OperationLimits.MaxAliases"/>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation selects more root fields than <see cref="OperationLimits.MaxRootFields"/>.</summary>
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";

    /// <summary>The operation's estimated cost is above <see cref="OperationLimits.MaxCost"/>.</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>The document (or the request body) is larger than <see cref="OperationLimits.MaxRequestBytes"/>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The persisted document id is unknown to the store (or no store is configured).</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>Allow-only mode: the request carried a document text instead of a persisted document id.</summary>
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";

    /// <summary>The request carried both a document and an id, and the document's SHA-256 is not the id.</summary>
    public const string PersistedDocumentHashMismatch = "PERSISTED_DOCUMENT_HASH_MISMATCH";

    /// <summary>The document id is not of the form <c>sha256:&lt;64 hex digits&gt;</c>.</summary>
    public const string PersistedDocumentIdInvalid = "PERSISTED_DOCUMENT_ID_INVALID";
}
