using DigitalPost.Silo.Logging;
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
        var output = new StringWriter();
        using (var writer = new BatchingConsoleWriter(TextWriter.Synchronized(output)))
        {
            Parallel.For(0, 4, thread =>
            {
                for (var i = 0; i < 2000; i++)
                {
                    writer.Write($"t{thread} {i}\n");
                }
            });
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
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
        var output = new StringWriter();
        var writer = new BatchingConsoleWriter(TextWriter.Synchronized(output));
        writer.Write("before\n");
        writer.Dispose();

        writer.Write("after\n");

        Assert.Equal("before\nafter\n", output.ToString());
    }

    [Fact]
    public void Lines_are_formatted_by_the_configured_framework_formatter()
    {
        var output = new StringWriter();
        using var services = Services(options => options.FormatterName = ConsoleFormatterNames.Simple);
        using (var provider = Provider(services, output))
        {
            provider.CreateLogger("DigitalPost.Test").Log(LogLevel.Information, new EventId(5200), "GraphQL query Q answered in 1.0 ms: ok");
            provider.CreateLogger("DigitalPost.Test").LogWarning("second");
        }

        Assert.Equal("info: DigitalPost.Test[5200]\n      GraphQL query Q answered in 1.0 ms: ok\nwarn: DigitalPost.Test[0]\n      second\n", output.ToString());
    }

    [Fact]
    public void The_json_formatter_is_used_when_configured()
    {
        var output = new StringWriter();
        using var services = Services(options => options.FormatterName = ConsoleFormatterNames.Json);
        using (var provider = Provider(services, output))
        {
            provider.CreateLogger("DigitalPost.Test").LogInformation("hello");
        }

        Assert.StartsWith("{\"EventId\":0,\"LogLevel\":\"Information\",\"Category\":\"DigitalPost.Test\",\"Message\":\"hello\"", output.ToString(), StringComparison.Ordinal);
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

    private static ServiceProvider Services(Action<ConsoleLoggerOptions> configure) =>
        new ServiceCollection()
            .AddLogging(logging => logging.AddConsole(configure))
            .Configure<SimpleConsoleFormatterOptions>(simple => simple.ColorBehavior = LoggerColorBehavior.Disabled)
            .BuildServiceProvider();

    private static BatchingConsoleLoggerProvider Provider(ServiceProvider services, StringWriter output) =>
        new(services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(), services.GetServices<ConsoleFormatter>(), new BatchingConsoleWriter(TextWriter.Synchronized(output)));
}
