namespace DigitalPost.GraphQL.Execution;

/// <summary>A loader the request's <see cref="DataLoaderScope"/> can tell to send its pending keys.</summary>
internal interface IDataLoaderDispatch
{
    void Dispatch(CancellationToken cancellationToken);
}
