namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// The one xunit collection of the end-to-end tests: every class marked
/// <c>[Collection(EndToEndCollection.Name)]</c> shares one <see cref="EndToEndFixture"/> (one silo,
/// one database, one seeded world), so the silo starts once per test run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndFixture>
{
    /// <summary>The collection name to put on test classes.</summary>
    public const string Name = "End to end (in-process silo on Kestrel)";
}
