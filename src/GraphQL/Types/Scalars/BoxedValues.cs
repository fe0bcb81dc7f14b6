namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>Pre-boxed common values so that leaf results do not allocate.</summary>
internal static class BoxedValues
{
    private const int Min = -128;
    private const int Max = 1024;
    private static readonly object[] Ints = CreateInts();

    public static readonly object True = true;
    public static readonly object False = false;

    public static object Box(bool value) => value ? True : False;

    public static object Box(int value) => value is >= Min and < Max ? Ints[value - Min] : value;

    private static object[] CreateInts()
    {
        var values = new object[Max - Min];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i + Min;
        }

        return values;
    }
}
