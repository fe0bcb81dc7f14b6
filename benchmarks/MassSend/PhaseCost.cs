using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace DigitalPost.Benchmarks.MassSend;

/// <summary>
/// What a phase cost besides its wall time, in figures a loaded shared machine moves little: the
/// private cluster's CPU time (all its processes, exited backends included: the postmaster reaps
/// them, so their time lands in its children's counters), this process's CPU time, and the WAL
/// bytes written. Linux only (/proc); elsewhere the CPU figures are zero.
/// </summary>
internal sealed class PhaseCost
{
    private readonly int _postmaster;
    private readonly NpgsqlDataSource _dataSource;
    private double _serverStart;
    private TimeSpan _clientStart;
    private string _walStart = "0/0";

    private PhaseCost(NpgsqlDataSource dataSource, int postmaster)
    {
        _dataSource = dataSource;
        _postmaster = postmaster;
    }

    public static async Task<PhaseCost> StartAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_backend_pid()");
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var cost = new PhaseCost(dataSource, ParentOf(backend));
        await cost.RestartAsync();
        return cost;
    }

    public async Task RestartAsync()
    {
        _walStart = await WalAsync();
        _serverStart = ServerSeconds();
        _clientStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <summary>Per recipient: server CPU µs, client CPU µs, WAL bytes.</summary>
    public async Task<string> ReportAsync(long recipients)
    {
        // The backends of the phase have closed (pooled connections stay open: their time is read live).
        var server = ServerSeconds() - _serverStart;
        var client = (Process.GetCurrentProcess().TotalProcessorTime - _clientStart).TotalSeconds;
        await using var command = _dataSource.CreateCommand("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)");
        command.Parameters.Add(new NpgsqlParameter { Value = _walStart });
        var wal = Convert.ToDouble(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        var n = Math.Max(1, recipients);
        return string.Create(CultureInfo.InvariantCulture,
            $"server CPU {server:F1} s ({server * 1e6 / n:F1} µs/recipient), client CPU {client:F1} s ({client * 1e6 / n:F1} µs/recipient), WAL {wal / 1048576:N0} MiB ({wal / n:N0} B/recipient)");
    }

    private async Task<string> WalAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT pg_current_wal_lsn()::text");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private double ServerSeconds()
    {
        if (!OperatingSystem.IsLinux() || _postmaster <= 0)
        {
            return 0;
        }

        // utime, stime, cutime, cstime of the postmaster, plus utime and stime of its live children.
        var ticks = Fields(_postmaster) is { } own ? own[11] + own[12] + own[13] + own[14] : 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Fields(pid) is { } fields && fields[1] == _postmaster)
            {
                ticks += fields[11] + fields[12];
            }
        }

        return ticks / 100.0;
    }

    private static int ParentOf(int pid) => OperatingSystem.IsLinux() && Fields(pid) is { } fields ? (int)fields[1] : 0;

    /// <summary>The numeric fields of /proc/pid/stat after the command name: [0] state (0), [1] ppid, … [11] utime … [14] cstime.</summary>
    private static long[]? Fields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var rest = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var values = new long[rest.Length];
            for (var i = 1; i < rest.Length; i++)
            {
                _ = long.TryParse(rest[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]);
            }

            return values;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
