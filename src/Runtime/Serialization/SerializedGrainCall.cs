namespace DigitalPost.Runtime.Serialization;

/// <summary>
/// A grain call in serialisable form, for a hop to another silo: the grain interface's full name,
/// the grain key, the stable method id and the arguments as a UTF-8 JSON array (System.Text.Json).
/// </summary>
/// <param name="Interface">Full name of the grain interface.</param>
/// <param name="GrainKey">The grain's key.</param>
/// <param name="MethodId">Stable id of the method (generated from interface, name and parameter types).</param>
/// <param name="MethodName">The method's name, for diagnostics only.</param>
/// <param name="Arguments">UTF-8 JSON array, one element per parameter.</param>
public sealed record SerializedGrainCall(string Interface, string GrainKey, uint MethodId, string MethodName, byte[] Arguments);
