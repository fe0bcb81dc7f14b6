namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>One problem in a MeMo message, at an element path such as <c>/Message/MessageHeader/label</c>.</summary>
public sealed record MeMoValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
