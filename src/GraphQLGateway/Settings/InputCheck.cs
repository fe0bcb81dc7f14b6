namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>A failed check of one input field: which field, and what is wrong (never the CPR number itself).</summary>
public sealed record InputCheck(string Field, string Problem);
