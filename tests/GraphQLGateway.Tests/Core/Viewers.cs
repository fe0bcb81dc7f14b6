using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Tests.Core;

internal static class Viewers
{
    public const string CitizenCpr = "0101901234";
    public const string OtherCpr = "0202801234";
    public const string CompanyCvr = "12345678";

    public static GatewayViewer Citizen(string cpr = CitizenCpr, GatewayPlatform? platform = null) =>
        new(new CitizenSubject(Cpr.Parse(cpr)), platform ?? GatewayPlatform.BorgerDk, GatewayLanguage.English);

    public static GatewayViewer Representative(string cvr = CompanyCvr, string cpr = CitizenCpr) =>
        new(new CompanyRepresentativeSubject(Cvr.Parse(cvr), Cpr.Parse(cpr)), GatewayPlatform.EBoks, GatewayLanguage.English);

    public static GatewayViewer Authority(string id = "aalborg-kommune") =>
        new(new AuthoritySubject(AuthorityId.Parse(id)), GatewayPlatform.BorgerDk, GatewayLanguage.English);

    public static GatewayViewer Staff(int code = 851) =>
        new(new MunicipalStaffSubject(code), GatewayPlatform.BorgerDk, GatewayLanguage.English);
}
