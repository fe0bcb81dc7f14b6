namespace DigitalPost.GraphQL.Tests.Execution.StarWars;

public enum Episode
{
    NewHope,
    Empire,
    Jedi,
}

public abstract record Character(string Id, string Name, string[] FriendIds, Episode[] AppearsIn);

public sealed record Human(string Id, string Name, string[] FriendIds, Episode[] AppearsIn, string? HomePlanet)
    : Character(Id, Name, FriendIds, AppearsIn);

public sealed record Droid(string Id, string Name, string[] FriendIds, Episode[] AppearsIn, string? PrimaryFunction)
    : Character(Id, Name, FriendIds, AppearsIn);

/// <summary>The classic Star Wars test data of graphql-js, as records.</summary>
public static class StarWarsData
{
    public static readonly Human Luke = new("1000", "Luke Skywalker", ["1002", "1003", "2000", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Tatooine");
    public static readonly Human Vader = new("1001", "Darth Vader", ["1004"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Tatooine");
    public static readonly Human Han = new("1002", "Han Solo", ["1000", "1003", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], null);
    public static readonly Human Leia = new("1003", "Leia Organa", ["1000", "1002", "2000", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Alderaan");
    public static readonly Human Tarkin = new("1004", "Wilhuff Tarkin", ["1001"], [Episode.NewHope], null);
    public static readonly Droid Threepio = new("2000", "C-3PO", ["1000", "1002", "1003", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Protocol");
    public static readonly Droid Artoo = new("2001", "R2-D2", ["1000", "1002", "1003"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Astromech");

    public static readonly IReadOnlyDictionary<string, Character> Characters =
        new Character[] { Luke, Vader, Han, Leia, Tarkin, Threepio, Artoo }.ToDictionary(c => c.Id);

    public static Character? Get(string id) => Characters.GetValueOrDefault(id);
}
