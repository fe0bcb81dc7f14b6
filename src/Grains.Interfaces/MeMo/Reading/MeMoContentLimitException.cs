namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>Thrown by the content stream when a file exceeds its byte limit; the reader turns it into a validation error.</summary>
public sealed class MeMoContentLimitException : IOException
{
    public MeMoContentLimitException(string message)
        : base(message)
    {
    }

    public MeMoContentLimitException()
    {
    }

    public MeMoContentLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
