using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Types;

/// <summary>Adapts the convenience resolver shapes to <see cref="FieldResolver"/> and <see cref="SubscriptionResolver"/>.</summary>
internal static class ResolverAdapters
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> TaskResults = new();

    public static FieldResolver FromSync(Func<ResolverContext, object?> resolver) =>
        context =>
        {
            var result = resolver(context);
            return result is Task task ? AwaitTask(task) : new ValueTask<object?>(result);
        };

    /// <summary>A compiled call of <paramref name="method"/> on <paramref name="target"/>; ValueTask results become tasks that are awaited.</summary>
    public static FieldResolver FromMethod(object target, MethodInfo method)
    {
        var context = Expression.Parameter(typeof(ResolverContext), "context");
        Expression call = Expression.Call(Expression.Constant(target), method, method.GetParameters().Length == 1 ? [context] : []);
        var returnType = method.ReturnType;
        if (returnType == typeof(void))
        {
            call = Expression.Block(call, Expression.Constant(null, typeof(object)));
        }
        else if (returnType == typeof(ValueTask) || (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            call = Expression.Call(call, returnType.GetMethod(nameof(ValueTask.AsTask))!);
        }

        var compiled = Expression.Lambda<Func<ResolverContext, object?>>(Expression.Convert(call, typeof(object)), context).Compile();
        return FromSync(compiled);
    }

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return GetResult(task);
    }

    private static object? GetResult(Task task) => TaskResults.GetOrAdd(task.GetType(), static type =>
    {
        // Task<T>.Result read through reflection once per T; a plain Task (including the runtime's
        // Task<VoidTaskResult>) has no value.
        var property = type.IsGenericType ? type.GetProperty("Result") : null;
        if (property is null || property.PropertyType.Name == "VoidTaskResult")
        {
            return static _ => null;
        }

        return property.GetValue;
    })(task);

    public static SubscriptionResolver FromStream<T>(Func<ResolverContext, IAsyncEnumerable<T>> subscribe) =>
        context =>
        {
            var stream = subscribe(context);
            return new ValueTask<IAsyncEnumerable<object?>>(
                stream as IAsyncEnumerable<object?> ?? Box(stream, context.CancellationToken));
        };

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
