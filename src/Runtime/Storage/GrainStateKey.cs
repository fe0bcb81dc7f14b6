namespace DigitalPost.Runtime.Storage;

/// <summary>Identifies one named state of one grain: grain type name, grain key and state name.</summary>
public readonly record struct GrainStateKey(string GrainType, string GrainKey, string StateName);
