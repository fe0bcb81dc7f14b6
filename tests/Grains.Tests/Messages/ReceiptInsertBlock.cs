using Npgsql;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>
/// A transaction holding a lock that makes every delivery statement wait at its receipt insert until
/// it is rolled back: lets a test queue deliveries behind a batch that is still being written.
/// </summary>
internal sealed class ReceiptInsertBlock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private ReceiptInsertBlock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<ReceiptInsertBlock> StartAsync(NpgsqlDataSource dataSource)
    {
        var connection = await dataSource.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE mailbox_receipts IN SHARE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new ReceiptInsertBlock(connection, transaction);
    }

    public Task RollbackAsync() => _transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
