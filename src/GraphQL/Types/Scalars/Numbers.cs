using System.Globalization;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>Numeric conversions shared by the numeric scalars.</summary>
internal static class Numbers
{
    /// <summary>Reads any CLR number as a double (for range and integrality checks).</summary>
    public static bool TryGetDouble(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>Reads an integral CLR number exactly as a long.</summary>
    public static bool TryGetInt64(object value, out long number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul when ul <= long.MaxValue: number = (long)ul; return true;
            case double d when Math.Floor(d) == d && d >= -9.2233720368547758E+18 && d < 9.2233720368547758E+18: number = (long)d; return true;
            case float f when Math.Floor(f) == f && f >= -9.2233720368547758E+18f && f < 9.2233720368547758E+18f: number = (long)f; return true;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue: number = (long)m; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>Formats a double as JavaScript's <c>String(number)</c> does (ECMAScript Number::toString), for messages and literals.</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // Shortest round-trip digits and exponent: value = 0.d1d2...dk x 10^n.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var mantissaEnd = shortest.IndexOfAny(['E', 'e']);
        var mantissa = mantissaEnd < 0 ? shortest : shortest[..mantissaEnd];
        var exponent = mantissaEnd < 0 ? 0 : int.Parse(shortest[(mantissaEnd + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var integerDigits = point < 0 ? mantissa.Length : point;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var n = integerDigits - leadingZeros + exponent;
        var k = digits.Length;
        string result;
        if (k <= n && n <= 21)
        {
            result = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            result = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            result = digits[..1] + (k > 1 ? "." + digits[1..] : string.Empty) + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return value < 0 ? "-" + result : result;
    }
}
