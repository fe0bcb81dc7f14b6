namespace DigitalPost.GraphQL.Language;

/// <summary>A node that can carry a description.</summary>
public interface IHasDescription
{
    /// <summary>The description, or <c>null</c>.</summary>
    StringValueNode? Description { get; }
}
