namespace DigitalPost.Runtime.Activations;

/// <summary>Life cycle of an activation.</summary>
internal enum ActivationStatus
{
    /// <summary>In the table; activation starts with its first work loop.</summary>
    Created,

    /// <summary>Reading state and running <c>OnActivateAsync</c>; calls wait.</summary>
    Activating,

    /// <summary>Serving calls.</summary>
    Valid,

    /// <summary>Running <c>OnDeactivateAsync</c>; calls wait and go to the next activation.</summary>
    Deactivating,

    /// <summary>Gone from the table; arriving calls are rejected and resolved again.</summary>
    Invalid,
}
