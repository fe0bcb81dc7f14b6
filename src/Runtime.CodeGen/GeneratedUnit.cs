using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DigitalPost.Runtime.CodeGen;

/// <summary>One generated source file (or a diagnostic); equal by content so the incremental pipeline can cache it.</summary>
internal sealed class GeneratedUnit : IEquatable<GeneratedUnit>
{
    public GeneratedUnit(string hintName, string source, ImmutableArray<Diagnostic> diagnostics)
    {
        HintName = hintName;
        Source = source;
        Diagnostics = diagnostics;
    }

    public string HintName { get; }

    public string Source { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool Equals(GeneratedUnit? other)
        => other is not null && other.HintName == HintName && other.Source == Source && other.Diagnostics.Length == Diagnostics.Length;

    public override bool Equals(object? obj) => Equals(obj as GeneratedUnit);

    public override int GetHashCode() => HintName.GetHashCode() ^ Source.GetHashCode();
}
