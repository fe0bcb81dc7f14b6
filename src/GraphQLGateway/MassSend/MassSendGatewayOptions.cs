namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>Options of the mass-send GraphQL side (section <c>Gateway:MassSend</c>).</summary>
public sealed class MassSendGatewayOptions
{
    public const string SectionName = "Gateway:MassSend";

    /// <summary>How often <c>massSendProgress</c> reads the job's state.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);
}
