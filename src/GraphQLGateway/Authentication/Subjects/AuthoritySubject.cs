using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Authentication.Subjects;

public sealed record AuthoritySubject(AuthorityId Authority) : GatewaySubject
{
    public override SubjectKind Kind => SubjectKind.Authority;

    public override string Value => "authority:" + Authority.Value;

    public override string Masked => Value;
}
