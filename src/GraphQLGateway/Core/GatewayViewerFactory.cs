using System.Globalization;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Platforms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// Builds the <see cref="GatewayViewer"/> of a request: marks the configured agency and, for municipality staff,
/// looks up the municipality's authority id in the directory (once per request or WebSocket operation).
/// </summary>
public sealed class GatewayViewerFactory
{
    private readonly IOptions<GatewayOptions> _options;
    private readonly IServiceProvider _services;

    public GatewayViewerFactory(IOptions<GatewayOptions> options, IServiceProvider services)
    {
        _options = options;
        _services = services;
    }

    /// <summary>The viewer of <paramref name="subject"/> on <paramref name="platform"/>.</summary>
    public async ValueTask<GatewayViewer> CreateAsync(GatewaySubject subject, GatewayPlatform platform, GatewayLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var viewer = new GatewayViewer(subject, platform, language);
        switch (subject)
        {
            case AuthoritySubject authority when string.Equals(authority.Authority.Value, _options.Value.AgencyAuthorityId, StringComparison.Ordinal):
                return viewer with { IsAgency = true };
            case MunicipalStaffSubject staff:
                var directory = _services.GetService<IAuthorityDirectory>();
                var municipality = directory is null ? null : await directory.GetMunicipalityAsync(staff.MunicipalityCode, cancellationToken).ConfigureAwait(false);
                return viewer with { Municipality = municipality?.Id ?? FallbackMunicipalityId(staff.MunicipalityCode) };
            default:
                return viewer;
        }
    }

    /// <summary>
    /// The actor id of staff whose municipality code the directory does not know (or when no directory is
    /// registered): <c>municipality-&lt;code&gt;</c>, so the grains still record which municipality acted.
    /// </summary>
    public static AuthorityId FallbackMunicipalityId(int municipalityCode) =>
        AuthorityId.Parse("municipality-" + municipalityCode.ToString("D3", CultureInfo.InvariantCulture));
}
