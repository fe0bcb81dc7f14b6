using DigitalPost.Silo.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace DigitalPost.Silo.Tests.Logging;

public sealed class BatchingConsoleLoggerTests
{
    [Fact]
    public void Every_line_is_written_once_and_each_thread_keeps_its_order()
    {
        var output = new MemoryStream();
        using (var writer = new BatchingConsoleWriter(output, new BatchedConsoleLogOptions()))
        {
            Parallel.For(0, 4, thread =>
            {
                for (var i = 0; i < 2000; i++)
                {
                    writer.Write($"t{thread} {i}\n");
                }
            });
        }

        var lines = Text(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8000, lines.Length);
        for (var thread = 0; thread < 4; thread++)
        {
            var own = lines.Where(line => line.StartsWith($"t{thread} ", StringComparison.Ordinal)).Select(line => int.Parse(line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(0, 2000), own);
        }
    }

    [Fact]
    public void A_line_after_disposal_is_written_at_once()
    {
        var output = new MemoryStream();
        var writer = new BatchingConsoleWriter(output, new BatchedConsoleLogOptions());
        writer.Write("before\n");
        writer.Dispose();

        writer.Write("after\n");

        Assert.Equal("before\nafter\n", Text(output));
    }

    [Fact]
    public void Lines_are_formatted_by_the_configured_framework_formatter()
    {
        var output = new MemoryStream();
        using var services = Services(options => options.FormatterName = ConsoleFormatterNames.Simple);
        using (var provider = Provider(services, output))
        {
            provider.CreateLogger("DigitalPost.Test").Log(LogLevel.Information, new EventId(5200), "GraphQL query Q answered in 1.0 ms: ok");
            provider.CreateLogger("DigitalPost.Test").LogWarning("second");
        }

        Assert.Equal("info: DigitalPost.Test[5200]\n      GraphQL query Q answered in 1.0 ms: ok\nwarn: DigitalPost.Test[0]\n      second\n", Text(output));
    }

    [Fact]
    public void The_direct_simple_format_writes_exactly_what_the_framework_formatter_writes()
    {
        static void LogAll(ILoggerProvider provider)
        {
            var logger = provider.CreateLogger("DigitalPost.Gateway.Requests");
            logger.Log(LogLevel.Information, new EventId(5202, "AnsweredFromCache"), "GraphQL query ListInbox answered in 0.1 ms: ok (cached)");
            logger.Log(LogLevel.Warning, new EventId(7), "two\nlines\nhere");
            logger.Log(LogLevel.Debug, new EventId(0), string.Empty);
            logger.Log(LogLevel.Critical, new EventId(12345678), "crit {Value}", 42);
            logger.Log(LogLevel.Error, new EventId(3), new InvalidOperationException("boom"), "with an exception");
            logger.Log(LogLevel.Trace, new EventId(0), "trace");
        }

        var direct = new MemoryStream();
        var framework = new MemoryStream();
        using var services = Services(options => options.FormatterName = ConsoleFormatterNames.Simple);
        var simple = services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>();
        using (var provider = Provider(services, direct, simple))
        {
            Assert.True(provider.SimpleFormatApplies);
            LogAll(provider);
        }

        using (var provider = Provider(services, framework))
        {
            Assert.False(provider.SimpleFormatApplies);
            LogAll(provider);
        }

        Assert.Contains("info: DigitalPost.Gateway.Requests[5202]\n      GraphQL query ListInbox", Text(direct), StringComparison.Ordinal);
        Assert.Equal(Text(framework), Text(direct));
    }

    [Theory]
    [InlineData("timestamp")]
    [InlineData("scopes")]
    [InlineData("single-line")]
    [InlineData("colors")]
    public void Any_simple_formatter_option_that_adds_something_sends_lines_to_the_framework_formatter(string option)
    {
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConsole(console => console.FormatterName = ConsoleFormatterNames.Simple))
            .Configure<SimpleConsoleFormatterOptions>(simple =>
            {
                simple.ColorBehavior = option == "colors" ? LoggerColorBehavior.Enabled : LoggerColorBehavior.Disabled;
                simple.TimestampFormat = option == "timestamp" ? "HH:mm:ss " : null;
                simple.IncludeScopes = option == "scopes";
                simple.SingleLine = option == "single-line";
            })
            .BuildServiceProvider();
        using var provider = Provider(services, new MemoryStream(), services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>());

        Assert.False(provider.SimpleFormatApplies);
    }

    [Fact]
    public void The_json_formatter_is_used_when_configured()
    {
        var output = new MemoryStream();
        using var services = Services(options => options.FormatterName = ConsoleFormatterNames.Json);
        using (var provider = Provider(services, output))
        {
            provider.CreateLogger("DigitalPost.Test").LogInformation("hello");
        }

        Assert.StartsWith("{\"EventId\":0,\"LogLevel\":\"Information\",\"Category\":\"DigitalPost.Test\",\"Message\":\"hello\"", Text(output), StringComparison.Ordinal);
    }

    [Fact]
    public void The_silo_replaces_the_framework_console_logger_unless_switched_off()
    {
        var batched = SiloApplication.CreateBuilder(["--Postgres:DataDirectory", "/nonexistent"]).Services;
        var framework = SiloApplication.CreateBuilder(["--Postgres:DataDirectory", "/nonexistent", "--Silo:BatchedConsoleLog=false"]).Services;

        Assert.Contains(batched, d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(BatchingConsoleLoggerProvider));
        Assert.DoesNotContain(batched, d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider));
        Assert.Contains(framework, d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider));
        Assert.DoesNotContain(framework, d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(BatchingConsoleLoggerProvider));
    }

    [Fact]
    public void Queued_lines_leave_in_writes_of_at_most_MaxWriteBytes_and_a_longer_line_alone()
    {
        var line = new string('x', 99) + "\n";
        var longLine = new string('y', 3000) + "\n";
        var batched = new RecordingStream();
        using (var writer = new BatchingConsoleWriter(batched, new BatchedConsoleLogOptions { MaxWriteBytes = 1024 }))
        {
            for (var i = 0; i < 50; i++)
            {
                writer.Write(line);
            }

            writer.Write(longLine);
            writer.Write(line);
        }

        Assert.All(batched.Writes.Where(w => w.Length != longLine.Length), w => Assert.True(w.Length <= 1024, $"a write of {w.Length} bytes"));
        Assert.Contains(batched.Writes, w => w.Length == longLine.Length);
        Assert.Equal(string.Concat(Enumerable.Repeat(line, 50)) + longLine + line, System.Text.Encoding.UTF8.GetString(batched.Writes.SelectMany(w => w).ToArray()));
    }

    [Fact]
    public void Over_MaxQueuedLines_a_logging_thread_writes_its_own_line_and_nothing_is_lost()
    {
        var output = new RecordingStream();
        using (var writer = new BatchingConsoleWriter(output, new BatchedConsoleLogOptions { MaxQueuedLines = 1 }))
        {
            for (var i = 0; i < 500; i++)
            {
                writer.Write($"{i}\n");
            }
        }

        var text = System.Text.Encoding.UTF8.GetString(output.Writes.SelectMany(w => w).ToArray());
        Assert.Equal(Enumerable.Range(0, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_limits_are_read_from_Silo_BatchedConsoleLog_and_refused_when_not_positive()
    {
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Silo:BatchedConsoleLog"] = "true",
            ["Silo:BatchedConsoleLog:MaxQueuedLines"] = "10",
            ["Silo:BatchedConsoleLog:MaxWriteBytes"] = "4096",
        }).Build();
        var defaults = new ConfigurationBuilder().Build();
        var zero = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Silo:BatchedConsoleLog:MaxQueuedLines"] = "0" }).Build();

        var options = BatchingConsoleLoggerProvider.ReadOptions(configured);

        Assert.Equal((10, 4096), (options.MaxQueuedLines, options.MaxWriteBytes));
        Assert.Equal((2500, 65536), (BatchingConsoleLoggerProvider.ReadOptions(defaults).MaxQueuedLines, BatchingConsoleLoggerProvider.ReadOptions(defaults).MaxWriteBytes));
        Assert.Throws<InvalidOperationException>(() => BatchingConsoleLoggerProvider.ReadOptions(zero));
    }

    [Fact]
    public void The_silo_binds_the_switch_next_to_the_limits()
    {
        var builder = SiloApplication.CreateBuilder(["--Postgres:DataDirectory", "/nonexistent", "--Silo:BatchedConsoleLog:MaxQueuedLines=10"]);

        Assert.Contains(builder.Services, d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(BatchingConsoleLoggerProvider));
    }

    private sealed class RecordingStream : Stream
    {
        public List<byte[]> Writes { get; } = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (Writes)
            {
                Writes.Add(buffer.ToArray());
            }
        }
    }

    private static ServiceProvider Services(Action<ConsoleLoggerOptions> configure) =>
        new ServiceCollection()
            .AddLogging(logging => logging.AddConsole(configure))
            .Configure<SimpleConsoleFormatterOptions>(simple => simple.ColorBehavior = LoggerColorBehavior.Disabled)
            .BuildServiceProvider();

    private static BatchingConsoleLoggerProvider Provider(ServiceProvider services, MemoryStream output, IOptionsMonitor<SimpleConsoleFormatterOptions>? simple = null) =>
        new(services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(), services.GetServices<ConsoleFormatter>(), new BatchingConsoleWriter(output, new BatchedConsoleLogOptions()), simple);

    private static string Text(MemoryStream output) => System.Text.Encoding.UTF8.GetString(output.ToArray());
}
