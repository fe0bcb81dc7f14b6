namespace DigitalPost.GraphQL.Validation;

/// <summary>Thrown inside a walk when the error limit is reached, to stop it at once.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(bool errorLimitReached)
        : base("Validation aborted.")
    {
        ErrorLimitReached = errorLimitReached;
    }

    /// <summary>Whether the walk stopped for the error limit (rather than a rule's own work budget).</summary>
    public bool ErrorLimitReached { get; }
}
