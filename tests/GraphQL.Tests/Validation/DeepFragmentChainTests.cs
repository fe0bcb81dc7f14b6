using System.Text;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Tests.Validation;

/// <summary>
/// Fragment chains are not bounded by the parser's depth limit (each fragment is shallow), so the
/// rules that follow spreads must never overflow the stack: with the default parser limits a chain
/// of about 12,000 spread-only fragments fits in one document.
/// </summary>
public sealed class DeepFragmentChainTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(12_000)]
    public async Task A_long_fragment_chain_is_validated_or_refused_without_crashing(int length)
    {
        var document = Parser.Parse(Chain(length, cyclic: false), ParserOptions.Default);

        // Thread-pool threads have smaller stacks than the main thread: validate where requests run.
        var errors = await Task.Run(() => DocumentValidator.Default.Validate(ValidationSchemas.Spec, document));

        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        if (length <= 1_000)
        {
            Assert.Empty(errors);
        }
    }

    [Fact]
    public async Task A_long_cyclic_fragment_chain_is_refused_without_crashing()
    {
        var document = Parser.Parse(Chain(12_000, cyclic: true), ParserOptions.Default);
        var errors = await Task.Run(() => DocumentValidator.Default.Validate(ValidationSchemas.Spec, document));
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void On_a_small_stack_a_long_chain_is_refused_with_a_validation_error()
    {
        var document = Parser.Parse(Chain(12_000, cyclic: false), ParserOptions.Default);
        IReadOnlyList<GraphQLError>? errors = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    errors = DocumentValidator.Default.Validate(ValidationSchemas.Spec, document);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        var error = Assert.Single(errors!);
        Assert.Equal("Validation aborted: the document nests too deeply.", error.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    private static string Chain(int length, bool cyclic)
    {
        var builder = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < length - 1; i++)
        {
            builder.Append($"fragment F{i} on Dog {{ ...F{i + 1} }}\n");
        }

        builder.Append($"fragment F{length - 1} on Dog {{ name {(cyclic ? "...F0" : string.Empty)} }}\n");
        return builder.ToString();
    }
}
