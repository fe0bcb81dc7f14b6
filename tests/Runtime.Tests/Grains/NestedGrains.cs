namespace DigitalPost.Runtime.Tests.Grains;

/// <summary>Grain interface and class nested in a type, and a grain that does not derive from <see cref="Grain"/>.</summary>
public static class NestedGrains
{
    internal interface IEchoGrain : IGrainWithStringKey
    {
        ValueTask<string> Echo(string text);
    }

    internal sealed class EchoGrain : IEchoGrain
    {
        public ValueTask<string> Echo(string text) => new(text);
    }
}
