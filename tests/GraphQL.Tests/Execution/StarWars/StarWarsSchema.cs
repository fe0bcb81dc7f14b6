using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Execution.StarWars;

/// <summary>A Star Wars schema (after graphql-js's test schema) with resolvers over <see cref="StarWarsData"/>.</summary>
public static class StarWarsSchema
{
    public const string Sdl = """
        "One of the films in the Star Wars Trilogy"
        enum Episode {
          "Released in 1977."
          NEW_HOPE
          "Released in 1980."
          EMPIRE
          "Released in 1983."
          JEDI
        }

        "A character in the Star Wars Trilogy"
        interface Character {
          "The id of the character."
          id: String!
          "The name of the character."
          name: String
          "The friends of the character, or an empty list if they have none."
          friends: [Character]
          "Which movies they appear in."
          appearsIn: [Episode]
          "All secrets about their past."
          secretBackstory: String @deprecated(reason: "Secrets are secret.")
        }

        "A humanoid creature in the Star Wars universe."
        type Human implements Character {
          "The id of the human."
          id: String!
          "The name of the human."
          name: String
          "The friends of the human, or an empty list if they have none."
          friends: [Character]
          "Which movies they appear in."
          appearsIn: [Episode]
          "The home planet of the human, or null if unknown."
          homePlanet: String
          "Where are they from and how they came to be who they are."
          secretBackstory: String @deprecated(reason: "Secrets are secret.")
        }

        "A mechanical creature in the Star Wars universe."
        type Droid implements Character {
          "The id of the droid."
          id: String!
          "The name of the droid."
          name: String
          "The friends of the droid, or an empty list if they have none."
          friends: [Character]
          "Which movies they appear in."
          appearsIn: [Episode]
          "Construction date and the name of the designer."
          secretBackstory: String @deprecated
          "The primary function of the droid."
          primaryFunction: String
        }

        union SearchResult = Human | Droid

        type Query {
          hero(
            "If omitted, returns the hero of the whole saga. If provided, returns the hero of that particular episode."
            episode: Episode
          ): Character
          human("id of the human" id: String!): Human
          droid("id of the droid" id: String!): Droid
          search(text: String = "", limit: Int = 10): [SearchResult!]!
        }
        """;

    public static SchemaBuilder CreateBuilder() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindEnum<Episode>("Episode")
        .BindRuntimeType<Human>("Human")
        .BindRuntimeType<Droid>("Droid")
        .BindType("Query", query => query
            .Field("hero", ctx => ctx.ArgumentOrDefault<Episode?>("episode") == Episode.Empire ? StarWarsData.Luke : StarWarsData.Artoo)
            .Field("human", ctx => StarWarsData.Get(ctx.Argument<string>("id")) as Human)
            .Field("droid", ctx => StarWarsData.Get(ctx.Argument<string>("id")) as Droid)
            .Field("search", ctx => StarWarsData.Characters.Values
                .Where(c => c.Name.Contains(ctx.Argument<string>("text"), StringComparison.OrdinalIgnoreCase))
                .Take(ctx.Argument<int>("limit"))
                .ToArray()))
        .BindResolver("Character", "friends", ctx => ((Character)ctx.Parent!).FriendIds.Select(StarWarsData.Get).ToArray())
        .BindResolver("Character", "secretBackstory", _ => throw new GraphQLException("secretBackstory is secret.", "FORBIDDEN"));

    public static Schema Build() => CreateBuilder().Build();
}
