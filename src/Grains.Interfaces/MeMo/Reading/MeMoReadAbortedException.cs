namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>Stops a read once the error list is full; never escapes <see cref="MeMoReader"/>.</summary>
internal sealed class MeMoReadAbortedException : Exception
{
    public MeMoReadAbortedException()
        : base("The MeMo error list is full.")
    {
    }

    public MeMoReadAbortedException(string message)
        : base(message)
    {
    }

    public MeMoReadAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
