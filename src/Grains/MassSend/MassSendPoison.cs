using System.Net.Sockets;
using Npgsql;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Which failures of a batch may be caused by one of its lines (and are narrowed down to it by halving the batch,
/// docs/mass-send.md "Poison lines"), and which concern the connection, the server's load or shutdown (retried as
/// they are). A bug that fails every line would dead-letter line after line: <see cref="MassSendOptions.MaxDeadLettersPerSlice"/>
/// stops that.
/// </summary>
internal static class MassSendPoison
{
    /// <summary>PostgreSQL's query_canceled: a statement past <see cref="MassSendOptions.BatchCommandTimeout"/>, load rather than a line.</summary>
    private const string QueryCanceled = "57014";

    public static bool MayBeALine(Exception error) => error switch
    {
        OperationCanceledException or ObjectDisposedException or TimeoutException or IOException or SocketException => false,
        PostgresException e => !e.IsTransient && e.SqlState != QueryCanceled,
        NpgsqlException e => !e.IsTransient && e.InnerException is not (IOException or SocketException or TimeoutException),
        _ => true,
    };
}
