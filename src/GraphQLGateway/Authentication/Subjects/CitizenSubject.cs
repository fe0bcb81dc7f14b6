using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Authentication.Subjects;

public sealed record CitizenSubject(Cpr Cpr) : GatewaySubject
{
    public override SubjectKind Kind => SubjectKind.Citizen;

    public override string Value => "cpr:" + Cpr.Value;

    public override string Masked => "cpr:" + Cpr.Masked;
}
