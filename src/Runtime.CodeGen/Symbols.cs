using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DigitalPost.Runtime.CodeGen;

/// <summary>Symbol helpers shared by the generator's steps.</summary>
internal static class Symbols
{
    public const string GrainInterfaceName = "DigitalPost.Runtime.IGrain";
    public const string StringKeyInterfaceName = "DigitalPost.Runtime.IGrainWithStringKey";

    /// <summary>Fully qualified, with nullable annotations, so explicit implementations match exactly.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Fully qualified, without nullable annotations: the stable form hashed into method ids.</summary>
    public static readonly SymbolDisplayFormat IdFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static bool IsMarker(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString();
        return name == GrainInterfaceName || name == StringKeyInterfaceName;
    }

    /// <summary>True for interfaces deriving (directly or not) from IGrain, other than the markers.</summary>
    public static bool IsGrainInterface(INamedTypeSymbol type)
        => type.TypeKind == TypeKind.Interface
           && !IsMarker(type)
           && type.AllInterfaces.Any(i => i.ToDisplayString() == GrainInterfaceName);

    public static bool IsAccessible(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = current.ContainingType)
        {
            if (named.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A C# identifier made from a type's full name.</summary>
    public static string Mangle(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString(IdFormat).Replace("global::", "");
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>FNV-1a (32 bit) over UTF-8: stable across builds, machines and runtimes.</summary>
    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    public static bool HasAttribute(ISymbol symbol, string fullName)
        => symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == fullName);

    /// <summary>Ticks of a [ResponseTimeout("c-format TimeSpan")] on the symbol, or 0.</summary>
    public static long TimeoutTicks(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "DigitalPost.Runtime.ResponseTimeoutAttribute"
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string text
                && System.TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var timeout))
            {
                return timeout.Ticks;
            }
        }

        return 0;
    }
}
