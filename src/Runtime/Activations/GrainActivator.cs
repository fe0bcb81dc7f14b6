using System.Reflection;
using DigitalPost.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Activations;

/// <summary>
/// Constructs grain instances: services come from DI, parameters marked
/// <see cref="PersistentStateAttribute"/> get an <see cref="IPersistentState{TState}"/> bound to the
/// activation. Uses reflection, once per activation, never per call.
/// </summary>
internal sealed class GrainActivator
{
    [ThreadStatic]
    private static ActivationData? t_constructing;

    private readonly ConstructorInfo _constructor;
    private readonly Func<IServiceProvider, ActivationData, object?>[] _arguments;

    public GrainActivator(Type grainClass)
    {
        var constructors = grainClass.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (constructors.Length == 0)
        {
            throw new InvalidOperationException($"Grain class {grainClass} has no public constructor.");
        }

        _constructor = constructors.OrderByDescending(c => c.GetParameters().Length).First();
        _arguments = [.. _constructor.GetParameters().Select(CreateArgumentFactory)];
    }

    /// <summary>The activation whose grain is being constructed on this thread (read by <see cref="Grain"/>'s constructor).</summary>
    public static ActivationData? Constructing => t_constructing;

    public object Create(IServiceProvider services, ActivationData activation)
    {
        var arguments = new object?[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](services, activation);
        }

        var previous = t_constructing;
        t_constructing = activation;
        try
        {
            return _constructor.Invoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
        finally
        {
            t_constructing = previous;
        }
    }

    private static Func<IServiceProvider, ActivationData, object?> CreateArgumentFactory(ParameterInfo parameter)
    {
        var stateAttribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
        if (stateAttribute is not null)
        {
            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException(
                    $"Parameter '{parameter.Name}' of {parameter.Member.DeclaringType} has [PersistentState] but is not IPersistentState<T>.");
            }

            var stateType = type.GetGenericArguments()[0];
            var create = typeof(PersistentStateFactory<>).MakeGenericType(stateType).GetMethod(nameof(PersistentStateFactory<object>.Create))!
                .CreateDelegate<Func<IServiceProvider, ActivationData, PersistentStateAttribute, object>>();
            return (services, activation) => create(services, activation, stateAttribute);
        }

        var parameterType = parameter.ParameterType;
        if (parameter.HasDefaultValue)
        {
            var fallback = parameter.DefaultValue;
            return (services, _) => services.GetService(parameterType) ?? fallback;
        }

        return (services, _) => services.GetRequiredService(parameterType);
    }
}
