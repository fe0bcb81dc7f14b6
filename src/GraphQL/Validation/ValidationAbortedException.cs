namespace DigitalPost.GraphQL.Validation;

/// <summary>Thrown inside a walk when the error limit is reached, to stop it at once.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }
}
