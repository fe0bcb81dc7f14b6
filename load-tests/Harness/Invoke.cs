namespace DigitalPost.LoadTests.Harness;

/// <summary>Turns exceptions from user code into failed responses so one bad call never stops a run.</summary>
internal static class Invoke
{
    public static async Task<Response> Safely(Func<Task<Response>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Response.Fail("cancelled", "the run stopped before the call completed");
        }
        catch (TaskCanceledException exception)
        {
            // HttpClient reports its own timeout as a cancellation that nobody asked for.
            return Response.Fail("timeout", exception.Message);
        }
        catch (Exception exception)
        {
            return Response.Fail(exception.GetType().Name, exception.Message);
        }
    }
}
