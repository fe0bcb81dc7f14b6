namespace DigitalPost.Grains.Messages;

/// <summary>A physical print job (fjernprint): the address as JSON (null when the registry has none) and why.</summary>
public sealed record PrintJob(string? AddressJson, string Reason);
