using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features.Authentication;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// What ASP.NET Core's authentication middleware puts on a request it authenticated (<see cref="IHttpAuthenticationFeature"/>
/// for <c>HttpContext.User</c> and <see cref="IAuthenticateResultFeature"/> for the authorization middleware), set by
/// <see cref="GatewayAuthenticationMiddleware"/> instead. The <see cref="AuthenticateResult"/> is built only if someone
/// asks for it (nothing in the gateway does); replacing <see cref="User"/> drops it, as in the framework.
/// </summary>
internal sealed class GatewayAuthenticationFeatures(ClaimsPrincipal user, string scheme) : IHttpAuthenticationFeature, IAuthenticateResultFeature
{
    private ClaimsPrincipal? _user = user;
    private ClaimsPrincipal? _authenticated = user;
    private AuthenticateResult? _result;

    public ClaimsPrincipal? User
    {
        get => _user;
        set
        {
            _user = value;
            _authenticated = null;
            _result = null;
        }
    }

    public AuthenticateResult? AuthenticateResult
    {
        get => _result ??= _authenticated is { } principal ? AuthenticateResult.Success(new AuthenticationTicket(principal, scheme)) : null;
        set
        {
            _result = value;
            _user = value?.Principal;
            _authenticated = null;
        }
    }
}
