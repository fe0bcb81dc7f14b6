using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.Messages;

/// <summary>Small helpers for positional parameters; nulls carry their type so PostgreSQL never has to guess.</summary>
internal static class Sql
{
    public static NpgsqlParameter P(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    public static NpgsqlParameter Text(string? value) => P(value, NpgsqlDbType.Text);

    public static NpgsqlParameter Uuid(Guid? value) => P(value, NpgsqlDbType.Uuid);

    public static NpgsqlParameter Time(DateTimeOffset? value) => P(value?.ToUniversalTime(), NpgsqlDbType.TimestampTz);

    public static NpgsqlParameter Short(int? value) => P(value is null ? null : (short)value.Value, NpgsqlDbType.Smallint);

    public static NpgsqlParameter Bool(bool value) => P(value, NpgsqlDbType.Boolean);

    public static NpgsqlParameter Long(long? value) => P(value, NpgsqlDbType.Bigint);

    public static NpgsqlParameter Int(int value) => P(value, NpgsqlDbType.Integer);

    public static NpgsqlParameter Bytes(byte[]? value) => P(value, NpgsqlDbType.Bytea);

    public static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string? NullableText(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? NullableShort(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt16(ordinal);
}
