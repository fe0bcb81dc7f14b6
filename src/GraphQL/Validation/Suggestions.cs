namespace DigitalPost.GraphQL.Validation;

/// <summary>"Did you mean …?" hints as graphql-js words them: names within a lexical distance, closest first.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = subMessage is null ? " Did you mean " : " Did you mean " + subMessage + " ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>The options close to <paramref name="input"/>, closest first (ties in natural order).</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                found.Add((option, d));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        return found.Select(f => f.Option).ToList();
    }

    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var numberA = decimal.Parse(a.AsSpan(startA, i - startA), System.Globalization.CultureInfo.InvariantCulture);
                var numberB = decimal.Parse(b.AsSpan(startB, j - startB), System.Globalization.CultureInfo.InvariantCulture);
                if (numberA != numberB)
                {
                    return numberA.CompareTo(numberB);
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i].CompareTo(b[j]);
                }

                i++;
                j++;
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    /// <summary>Optimal string alignment distance, case-insensitive (a case-only difference counts 1), or <c>null</c> above the threshold.</summary>
    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
