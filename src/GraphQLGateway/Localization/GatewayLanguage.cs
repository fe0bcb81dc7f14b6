namespace DigitalPost.GraphQLGateway.Localization;

/// <summary>The languages error messages are written in. Danish is the default.</summary>
public enum GatewayLanguage
{
    Danish,
    English,
}
