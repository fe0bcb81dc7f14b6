namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A postal address for physical print (fjernprint).</summary>
public sealed record PostalAddress(string Name, string Street, string PostalCode, string City, string CountryCode = "DK")
{
    /// <inheritdoc />
    public override string ToString() => "PostalAddress(****)";
}
