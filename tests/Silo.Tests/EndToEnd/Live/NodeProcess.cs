using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary>A running node or npm process: standard output by lines, standard error kept for failures.</summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TimeSpan _patience;
    private readonly string _description;

    private NodeProcess(Process process, TimeSpan patience, string description)
    {
        _process = process;
        _patience = patience;
        _description = description;
    }

    public static NodeProcess Start(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan patience)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var node = new NodeProcess(process, patience, $"{fileName} {arguments.FirstOrDefault()}");
        process.OutputDataReceived += (_, e) => node.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (node._error)
                {
                    node._error.AppendLine(e.Data);
                }
            }
        };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{fileName}' could not be started ({exception.Message}); these tests need Node.js and npm on PATH.", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits for the next output line (fails when the process ends first).</summary>
    public async Task<string> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(_patience);
        try
        {
            return await _lines.Reader.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException)
        {
            await _process.WaitForExitAsync();
            throw new InvalidOperationException($"{_description} ended (exit {_process.ExitCode}) before printing a line:\n{Error}");
        }
    }

    /// <summary>Waits for the process to end successfully and returns all of its standard output.</summary>
    public async Task<string> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(_patience);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit();
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{_description} exited with {_process.ExitCode}:\n{Error}");
        }

        lock (_output)
        {
            return _output.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private string Error
    {
        get
        {
            lock (_error)
            {
                var text = _error.ToString();
                return text.Length > 4000 ? "..." + text[^4000..] : text;
            }
        }
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            _lines.Writer.TryComplete();
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        _lines.Writer.TryWrite(line);
    }
}
