using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Types;

/// <summary>Adapts the convenience resolver shapes to <see cref="FieldResolver"/> and <see cref="SubscriptionResolver"/>.</summary>
internal static class ResolverAdapters
{
    public static FieldResolver FromSync(Func<ResolverContext, object?> resolver) =>
        context => new ValueTask<object?>(resolver(context));

    public static FieldResolver FromTask<T>(Func<ResolverContext, Task<T>> resolver) =>
        context =>
        {
            var task = resolver(context);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
        };

    public static SubscriptionResolver FromStream<T>(Func<ResolverContext, IAsyncEnumerable<T>> subscribe) =>
        context =>
        {
            var stream = subscribe(context);
            return new ValueTask<IAsyncEnumerable<object?>>(
                stream as IAsyncEnumerable<object?> ?? Box(stream, context.CancellationToken));
        };

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
