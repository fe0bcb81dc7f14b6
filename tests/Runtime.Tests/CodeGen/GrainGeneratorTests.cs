using System.Collections.Immutable;
using DigitalPost.Runtime.CodeGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DigitalPost.Runtime.Tests.CodeGen;

public sealed class GrainGeneratorTests
{
    [Fact]
    public void A_grain_interface_gets_a_reference_invocations_and_a_registration_that_compile()
    {
        var (diagnostics, generated) = Run("""
            using System.Threading.Tasks;
            namespace Sample;
            public interface IGreeter : DigitalPost.Runtime.IGrainWithStringKey
            {
                Task<string> Greet(string name, int times);
                ValueTask Forget();
            }
            public sealed class Greeter : DigitalPost.Runtime.Grain, IGreeter
            {
                public Task<string> Greet(string name, int times) => Task.FromResult(name);
                public ValueTask Forget() => ValueTask.CompletedTask;
            }
            """);

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(generated, source => source.Contains("class Sample_IGreeter_Reference", StringComparison.Ordinal));
        Assert.Contains(generated, source => source.Contains("RegisterGrainClass(typeof(global::Sample.Greeter))", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("int Count();", "must return Task")]
    [InlineData("Task<T> Get<T>();", "generic grain methods")]
    [InlineData("Task Fill(out int value);", "ref, out and in parameters")]
    [InlineData("string Name { get; }", "may only declare methods")]
    public void Unsupported_grain_interface_members_are_compile_errors(string member, string reason)
    {
        var (diagnostics, _) = Run($$"""
            using System.Threading.Tasks;
            namespace Sample;
            public interface IBad : DigitalPost.Runtime.IGrainWithStringKey
            {
                {{member}}
            }
            """);

        var error = Assert.Single(diagnostics, d => d.Id == "DPRT001");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(reason, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, string[] Generated) Run(string source)
    {
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .Select(a => MetadataReference.CreateFromFile(a.Location))
            .Append(MetadataReference.CreateFromFile(typeof(IGrain).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "GeneratorTest",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new GrainGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var all = generatorDiagnostics.AddRange(output.GetDiagnostics());
        var generated = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray();
        return (all, generated);
    }
}
