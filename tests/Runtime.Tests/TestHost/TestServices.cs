using DigitalPost.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.TestHost;

/// <summary>Registers the services the test grains take.</summary>
public static class TestServices
{
    public static IServiceCollection AddTestGrainServices(this IServiceCollection services, GrainProbe probe)
    {
        services.AddSingleton(probe);
        services.AddSingleton<ThreadMeetingPoint>();
        services.AddSingleton<ThrownExceptions>();
        services.AddSingleton<LiveActivations>();
        return services;
    }
}
