using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>Conversions from domain values to what the schema's types can hold.</summary>
public static class SettingsValues
{
    /// <summary>A count for a GraphQL <c>Int</c> (32-bit): larger counts show as <see cref="int.MaxValue"/> rather than failing the field.</summary>
    public static int ClampToInt(long value) => value > int.MaxValue ? int.MaxValue : value < int.MinValue ? int.MinValue : (int)value;

    /// <summary>
    /// A platform the schema's <c>Platform</c> enum can show: entries recorded without one (<see cref="Platform.Unknown"/>,
    /// only possible for rows written before platforms were recorded) show as the platform itself, <c>INTERNAL</c>.
    /// </summary>
    public static Platform KnownPlatform(Platform platform) => platform == Platform.Unknown ? Platform.Internal : platform;
}
