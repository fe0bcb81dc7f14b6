namespace DigitalPost.LoadTests.Harness;

/// <summary>Named, separately measured parts of a scenario iteration.</summary>
public static class Step
{
    /// <summary>
    /// Runs <paramref name="action"/> as the step <paramref name="name"/>, records its latency (from its actual
    /// start: the scenario-level figure already carries scheduling delay) and outcome, and returns the response.
    /// An exception becomes a failure of the exception's type name.
    /// </summary>
    public static async Task<Response> Run(string name, ScenarioContext context, Func<Task<Response>> action)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var clock = context.Run.Clock;
        var start = clock.Elapsed;
        var response = await Invoke.Safely(action, context.CancellationToken).ConfigureAwait(false);
        context.Run.StepRecorder(name).Record(response, clock.Elapsed - start);
        return response;
    }

    /// <summary>
    /// Records an outcome of the step <paramref name="name"/> measured by the scenario itself, e.g. the time from
    /// sending a mutation to receiving its event on another connection, which no single awaited call spans.
    /// </summary>
    public static void Record(string name, ScenarioContext context, Response response, TimeSpan latency)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        context.Run.StepRecorder(name).Record(response, latency < TimeSpan.Zero ? TimeSpan.Zero : latency);
    }
}
