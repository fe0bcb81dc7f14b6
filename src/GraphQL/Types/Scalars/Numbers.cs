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

    /// <summary>Formats a double as JavaScript's <c>String(number)</c> does (for messages and literals).</summary>
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

        if (Math.Floor(value) == value && Math.Abs(value) < 1e21)
        {
            return value.ToString("F0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        // JavaScript writes exponents as e+21 / e-7.
        var mantissa = text[..e];
        var exponent = text[(e + 1)..];
        if (!exponent.StartsWith('-') && !exponent.StartsWith('+'))
        {
            exponent = "+" + exponent;
        }

        return mantissa + "e" + exponent;
    }
}
