namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>
/// One row of the authorisation matrix: a schema coordinate (<c>Query.mailbox</c>, <c>Mutation.grantAccess</c>,
/// <c>Subscription.mailboxEvents</c>, <c>Mailbox.notificationSettings</c>), optionally a variant with another target, the
/// expected outcome per role, and how to call it.
/// </summary>
/// <param name="Coordinate">The schema coordinate the row covers.</param>
/// <param name="Variant">Another target than the scene's citizen mailbox (e.g. "company mailbox"), or null.</param>
/// <param name="Expected">The outcome per role (<see cref="MatrixOutcome"/>).</param>
/// <param name="Request">The call for a role in a scene.</param>
/// <param name="ChangesState">When true, each allowed role gets a fresh scene (refusals share one).</param>
/// <param name="Prepare">Runs on each fresh scene before the call (e.g. an exemption to revoke).</param>
/// <param name="Trigger">For subscriptions: causes an event the role should receive, after subscribing.</param>
public sealed record MatrixOperation(
    string Coordinate,
    string? Variant,
    IReadOnlyDictionary<MatrixRole, string> Expected,
    Func<MatrixWorld, MatrixScene, MatrixRole, MatrixRequest> Request,
    bool ChangesState = false,
    Func<MatrixWorld, MatrixScene, Task>? Prepare = null,
    Func<MatrixWorld, MatrixScene, MatrixRole, Task>? Trigger = null)
{
    /// <summary>The row's name: the coordinate, with the variant in brackets.</summary>
    public string Key => Variant is null ? Coordinate : $"{Coordinate} [{Variant}]";

    public bool IsSubscription => Coordinate.StartsWith("Subscription.", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Key;
}
