using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DigitalPost.Runtime.CodeGen;

/// <summary>What the emitter needs of one grain method.</summary>
internal sealed class MethodModel
{
    private MethodModel(string declaringInterface, string name, string returnType, string? resultType, bool isValueTask, IReadOnlyList<ParameterModel> parameters, string kind, long timeoutTicks, string signature)
    {
        DeclaringInterface = declaringInterface;
        Name = name;
        ReturnType = returnType;
        ResultType = resultType;
        IsValueTask = isValueTask;
        Parameters = parameters;
        Kind = kind;
        TimeoutTicks = timeoutTicks;
        Signature = signature;
        Id = Symbols.StableHash(signature);
    }

    public string DeclaringInterface { get; }

    public string Name { get; }

    public string ReturnType { get; }

    /// <summary>T of Task&lt;T&gt;/ValueTask&lt;T&gt;, or null for Task/ValueTask.</summary>
    public string? ResultType { get; }

    public bool IsValueTask { get; }

    public IReadOnlyList<ParameterModel> Parameters { get; }

    public string Kind { get; }

    public long TimeoutTicks { get; }

    /// <summary>Declaring interface, name and parameter types: what the stable method id hashes.</summary>
    public string Signature { get; }

    public uint Id { get; }

    public static MethodModel? Create(INamedTypeSymbol declaring, IMethodSymbol method, long interfaceTimeout, out string problem)
    {
        problem = "";
        if (method.IsGenericMethod)
        {
            problem = "generic grain methods are not supported";
            return null;
        }

        if (method.Parameters.Any(p => p.RefKind != RefKind.None))
        {
            problem = "ref, out and in parameters cannot cross an activation boundary";
            return null;
        }

        if (method.ReturnType is not INamedTypeSymbol returnType)
        {
            problem = "grain methods must return Task, Task<T>, ValueTask or ValueTask<T>";
            return null;
        }

        var original = returnType.OriginalDefinition.ToDisplayString();
        string? resultType;
        bool isValueTask;
        switch (original)
        {
            case "System.Threading.Tasks.Task":
                resultType = null;
                isValueTask = false;
                break;
            case "System.Threading.Tasks.ValueTask":
                resultType = null;
                isValueTask = true;
                break;
            case "System.Threading.Tasks.Task<TResult>":
                resultType = returnType.TypeArguments[0].ToDisplayString(Symbols.TypeFormat);
                isValueTask = false;
                break;
            case "System.Threading.Tasks.ValueTask<TResult>":
                resultType = returnType.TypeArguments[0].ToDisplayString(Symbols.TypeFormat);
                isValueTask = true;
                break;
            default:
                problem = "grain methods must return Task, Task<T>, ValueTask or ValueTask<T>";
                return null;
        }

        var kind = Symbols.HasAttribute(method, "DigitalPost.Runtime.AlwaysInterleaveAttribute") ? "Interleave"
            : Symbols.HasAttribute(method, "DigitalPost.Runtime.ReadOnlyAttribute") ? "ReadOnly"
            : "Exclusive";
        var timeout = Symbols.TimeoutTicks(method);
        if (timeout == 0)
        {
            timeout = interfaceTimeout != 0 ? interfaceTimeout : Symbols.TimeoutTicks(declaring);
        }

        var parameters = method.Parameters.Select(p => new ParameterModel(p.Name, p.Type.ToDisplayString(Symbols.TypeFormat))).ToList();
        var signature = $"{declaring.ToDisplayString(Symbols.IdFormat)}.{method.Name}({string.Join(",", method.Parameters.Select(p => p.Type.ToDisplayString(Symbols.IdFormat)))})";
        return new MethodModel(
            declaring.ToDisplayString(Symbols.TypeFormat),
            method.Name,
            returnType.ToDisplayString(Symbols.TypeFormat),
            resultType,
            isValueTask,
            parameters,
            kind,
            timeout,
            signature);
    }
}

internal sealed class ParameterModel
{
    public ParameterModel(string name, string type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public string Type { get; }
}
