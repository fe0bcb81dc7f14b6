namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>
/// An upload that cannot be accepted: names the part, the line (0 for the whole part) and the
/// problem. Nothing of the upload is stored.
/// </summary>
public sealed class MassSendInputException : Exception
{
    public MassSendInputException(string part, long lineNumber, string problem)
        : base(lineNumber > 0 ? $"{part}, line {lineNumber}: {problem}" : $"{part}: {problem}")
    {
        Part = part;
        LineNumber = lineNumber;
        Problem = problem;
    }

    public MassSendInputException()
        : this("request", 0, "invalid input")
    {
    }

    public MassSendInputException(string message)
        : this("request", 0, message)
    {
    }

    public MassSendInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Part = "request";
        Problem = message;
    }

    /// <summary>The multipart part (<c>template</c>, <c>recipients</c>, <c>messages</c>) or <c>request</c>.</summary>
    public string Part { get; }

    /// <summary>The 1-based line number in the part, or 0 when the problem is not one line's.</summary>
    public long LineNumber { get; }

    /// <summary>What is wrong, without the line prefix.</summary>
    public string Problem { get; }
}
