using DigitalPost.LoadTests.Population;
using Npgsql;

namespace DigitalPost.LoadTests.Tests.Population;

public sealed class PopulationSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("load-tests-population-").FullName;

    [Fact]
    public void The_private_clusters_connection_comes_from_its_pid_file_and_password()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "pgdata"));
        File.WriteAllLines(Path.Combine(_folder, "pgdata", "postmaster.pid"), ["4242", Path.Combine(_folder, "pgdata"), "1700000000", "54321", "", "127.0.0.1"]);
        File.WriteAllText(Path.Combine(_folder, "superuser.password"), "s3cret\n");

        var builder = new NpgsqlConnectionStringBuilder(PrivateClusterConnection.For(_folder));

        Assert.Equal(("127.0.0.1", 54321, "postgres", "s3cret", "digitalpost"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void A_cluster_that_is_not_running_says_how_to_go_on()
    {
        var failure = Assert.Throws<PopulationUnavailableException>(() => PrivateClusterConnection.For(_folder));

        Assert.Contains("Start the silo", failure.Message, StringComparison.Ordinal);
        Assert.Contains("--cprs-file", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cpr_file_skips_comments_and_blanks_and_reads_both_forms()
    {
        var path = Path.Combine(_folder, "cprs.txt");
        File.WriteAllLines(path, ["# header", "", "0101901234", " 020290-2345 "]);

        var source = CprListPopulationSource.FromFile(path);

        Assert.Equal(["0101901234", "0202902345"], await source.CitizensAsync(10, CancellationToken.None).ToListAsync());
        Assert.Equal(["0101901234"], await source.PeopleAsync(1, CancellationToken.None).ToListAsync());
    }

    [Fact]
    public void A_line_that_is_no_cpr_is_named_with_its_line_number()
    {
        var path = Path.Combine(_folder, "bad.txt");
        File.WriteAllLines(path, ["0101901234", "01019012"]);

        var failure = Assert.Throws<FormatException>(() => CprListPopulationSource.FromFile(path));

        Assert.Contains("bad.txt:2", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
