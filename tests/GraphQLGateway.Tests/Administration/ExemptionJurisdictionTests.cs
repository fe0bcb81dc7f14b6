using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.GraphQLGateway.Administration;

namespace DigitalPost.GraphQLGateway.Tests.Administration;

public sealed class ExemptionJurisdictionTests
{
    private static readonly Person Aarhus = new(Cpr.Parse("0101901234"), "Anna", "Holm", new DateOnly(1990, 1, 1),
        new Address("Vestergade", "12B", "8000", "Aarhus C", 751), Residence.Resident, null);

    [Fact]
    public void Staff_of_the_citizens_municipality_may_register() => Assert.True(ExemptionJurisdiction.Covers(751, Aarhus));

    [Fact]
    public void Staff_of_another_municipality_may_not() => Assert.False(ExemptionJurisdiction.Covers(101, Aarhus));

    [Fact]
    public void An_unknown_person_belongs_to_no_municipality() => Assert.False(ExemptionJurisdiction.Covers(751, null));

    [Fact]
    public void A_person_without_a_danish_address_belongs_to_no_municipality() =>
        Assert.False(ExemptionJurisdiction.Covers(751, Aarhus with { Address = null, Residence = Residence.Emigrated }));
}
