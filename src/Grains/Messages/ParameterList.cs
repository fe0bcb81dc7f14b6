using Npgsql;

namespace DigitalPost.Grains.Messages;

/// <summary>Collects positional parameters while SQL is assembled; <see cref="Add"/> returns the placeholder.</summary>
internal sealed class ParameterList
{
    private readonly List<NpgsqlParameter> _parameters = [];

    public IReadOnlyList<NpgsqlParameter> Parameters => _parameters;

    public string Add(NpgsqlParameter parameter)
    {
        _parameters.Add(parameter);
        return "$" + _parameters.Count;
    }

    public NpgsqlBatchCommand ToCommand(string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(_parameters.ToArray());
        return command;
    }
}
