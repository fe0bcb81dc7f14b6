using DigitalPost.GraphQL.Tests.Conformance;
using DigitalPost.GraphQL.Tests.Introspection;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Validation;

/// <summary>The schemas validation tests run against: the specification's section 5 example schema and the Star Wars-like schema.</summary>
internal static class ValidationSchemas
{
    private static readonly Lazy<Schema> SpecSchema = new(() => Build(Path.Combine("validation", "spec-schema.graphql")));
    private static readonly Lazy<Schema> StarWarsSchema = new(() => Build("starwars-schema.graphql"));

    /// <summary>The specification's example schema (Dog, Cat, Pet, Human, Alien, Arguments, ComplexInput, …).</summary>
    public static Schema Spec => SpecSchema.Value;

    /// <summary>The Star Wars-like schema of the conformance corpus.</summary>
    public static Schema StarWars => StarWarsSchema.Value;

    public static Schema ByName(string name) => name switch
    {
        "spec" => Spec,
        "starwars" => StarWars,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown validation schema."),
    };

    public static string Sdl(string relativePath) => File.ReadAllText(Path.Combine(ConformanceDirectory.Path, "corpus", relativePath));

    /// <summary>Validation needs no data: root fields get resolvers returning null.</summary>
    private static Schema Build(string relativePath) => ConformanceSchemas.Build(Sdl(relativePath));
}
