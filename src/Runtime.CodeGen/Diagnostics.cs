using Microsoft.CodeAnalysis;

namespace DigitalPost.Runtime.CodeGen;

internal static class GeneratorDiagnostics
{
    public static readonly DiagnosticDescriptor UnsupportedMember = new(
        "DPRT001",
        "Unsupported grain interface member",
        "Grain interface member '{0}' is not supported: {1}",
        "DigitalPost.Runtime",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InaccessibleInterface = new(
        "DPRT002",
        "Grain interface not accessible to generated code",
        "Grain interface '{0}' must be public or internal (and not nested in a private type) to get a generated reference",
        "DigitalPost.Runtime",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MethodIdCollision = new(
        "DPRT003",
        "Grain method id collision",
        "Methods '{0}' and '{1}' of grain interface '{2}' hash to the same method id; rename one",
        "DigitalPost.Runtime",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
