using System.Runtime.CompilerServices;

namespace DigitalPost.LoadTests.Population;

/// <summary>
/// A fixed list of CPR numbers (from <c>--cprs-file</c>, one per line, blank lines and <c>#</c> comments skipped, or
/// given in code by the tests). The list is taken as it is: it serves both as citizens and as a mass send's people.
/// </summary>
public sealed class CprListPopulationSource : IPopulationSource
{
    private readonly IReadOnlyList<string> _cprs;

    /// <summary>A source serving <paramref name="cprs"/> in order.</summary>
    public CprListPopulationSource(IReadOnlyList<string> cprs, string description = "a list of CPR numbers")
    {
        ArgumentNullException.ThrowIfNull(cprs);
        _cprs = cprs;
        Description = description;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Reads <paramref name="path"/>: one CPR per line (<c>DDMMYYSSSS</c> or <c>DDMMYY-SSSS</c>).</summary>
    public static CprListPopulationSource FromFile(string path)
    {
        var cprs = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var digits = text.Replace("-", string.Empty, StringComparison.Ordinal);
            if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
            {
                throw new FormatException($"{path}:{number}: '{text}' is not a CPR number (10 digits).");
            }

            cprs.Add(digits);
        }

        return new CprListPopulationSource(cprs, $"{cprs.Count:N0} CPR numbers from {path}");
    }

    /// <inheritdoc />
    public IAsyncEnumerable<string> CitizensAsync(long count, CancellationToken cancellationToken) => TakeAsync(count, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<string> PeopleAsync(long count, CancellationToken cancellationToken) => TakeAsync(count, cancellationToken);

    private async IAsyncEnumerable<string> TakeAsync(long count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < _cprs.Count && i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return _cprs[i];
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
