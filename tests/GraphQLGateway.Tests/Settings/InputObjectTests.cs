using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class InputObjectTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 24, 18, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Fields_read_in_the_form_the_scalars_produced()
    {
        var uuid = Guid.NewGuid();
        var input = new InputObject(new Dictionary<string, object?>
        {
            ["mailboxId"] = "TWFpbGJveDpjcHI6MDEwMTkwMTIzNA",
            ["notify"] = true,
            ["expiresAt"] = At,
            ["messageUuid"] = uuid,
            ["level"] = AccessLevel.ReadWrite,
            ["emails"] = new object?[] { "a@example.dk", "b@example.dk" },
            ["clientMutationId"] = null,
        });

        Assert.Equal("TWFpbGJveDpjcHI6MDEwMTkwMTIzNA", input.String("mailboxId"));
        Assert.True(input.Boolean("notify"));
        Assert.Equal(At, input.OptionalDateTime("expiresAt"));
        Assert.Equal(uuid, input.Guid("messageUuid"));
        Assert.Equal(AccessLevel.ReadWrite, input.Enum<AccessLevel>("level"));
        Assert.Equal(["a@example.dk", "b@example.dk"], input.Strings("emails"));
        Assert.True(input.Has("clientMutationId"));
        Assert.Null(input.OptionalString("clientMutationId"));
        Assert.False(input.Has("missing"));
        Assert.Empty(input.Strings("missing"));
        Assert.Null(input.OptionalDateTime("missing"));
    }

    [Fact]
    public void An_enum_given_by_its_schema_name_converts()
    {
        var input = new InputObject(new Dictionary<string, object?> { ["criterion"] = "NO_INTERNET_CONNECTION_OF_AT_LEAST_512_KBITS" });

        Assert.Equal(ExemptionCriterion.NoInternetConnectionOfAtLeast512Kbits, input.Enum<ExemptionCriterion>("criterion"));
    }

    [Fact]
    public void A_missing_required_field_is_a_programming_error_not_a_silent_default()
    {
        var input = new InputObject(new Dictionary<string, object?>());

        Assert.Throws<InvalidOperationException>(() => input.String("mailboxId"));
        Assert.Throws<InvalidOperationException>(() => input.Boolean("notify"));
    }
}
