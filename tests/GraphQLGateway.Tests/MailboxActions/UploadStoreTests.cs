using DigitalPost.GraphQLGateway.MailboxActions;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>Stored uploads: only the owner finds them, they expire, quotas refuse whole requests, the sweep deletes files.</summary>
public sealed class UploadStoreTests : IAsyncLifetime
{
    private const string Alice = "cpr:0101901234";
    private const string Bob = "cpr:0202801234";

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dp-upload-store-" + Guid.NewGuid().ToString("N"));
    private UploadOptions _options = null!;
    private UploadTempStorage _storage = null!;
    private UploadStore _store = null!;

    public Task InitializeAsync()
    {
        _options = new UploadOptions { Directory = _directory, TimeToLive = TimeSpan.FromMinutes(30), MaxFilesPerViewer = 3, MaxBytesPerViewer = 100 };
        _storage = new UploadTempStorage(Options.Create(_options));
        _store = new UploadStore(Options.Create(_options), _time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _storage.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_owner_finds_an_upload_and_another_person_does_not()
    {
        var file = await WriteAsync(10);
        var (stored, refusal) = await _store.TryAddAsync(Alice, [file]);

        Assert.Null(refusal);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(30), Assert.Single(stored).ExpiresAt);
        Assert.Same(file, _store.Find(Alice, file.Id)?.File);
        Assert.Null(_store.Find(Bob, file.Id));
        Assert.Null(_store.Find(Alice, Guid.NewGuid()));
    }

    [Fact]
    public async Task An_upload_is_unusable_once_its_time_to_live_has_passed_and_the_sweep_deletes_it()
    {
        var file = await WriteAsync(10);
        await _store.TryAddAsync(Alice, [file]);

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(_store.Find(Alice, file.Id));
        Assert.Equal(0, await _store.SweepAsync());

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(_store.Find(Alice, file.Id));
        Assert.True(File.Exists(file.Path));
        Assert.Equal(1, await _store.SweepAsync());
        Assert.False(File.Exists(file.Path));
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public async Task A_request_that_would_pass_the_viewers_file_count_stores_none_of_its_files()
    {
        await _store.TryAddAsync(Alice, [await WriteAsync(1), await WriteAsync(1)]);
        var extra = new[] { await WriteAsync(1), await WriteAsync(1) };

        var (stored, refusal) = await _store.TryAddAsync(Alice, extra);

        Assert.Empty(stored);
        Assert.Contains("at most 3 are kept per person", refusal, StringComparison.Ordinal);
        Assert.All(extra, f => Assert.Null(_store.Find(Alice, f.Id)));
        Assert.Equal((2, 2L), _store.HeldBy(Alice));
        Assert.Equal(2, _store.Count);
    }

    [Fact]
    public async Task A_request_that_would_pass_the_viewers_bytes_is_refused_but_another_person_has_their_own_quota()
    {
        await _store.TryAddAsync(Alice, [await WriteAsync(60)]);

        var (_, refusal) = await _store.TryAddAsync(Alice, [await WriteAsync(41)]);
        var (bobs, bobRefusal) = await _store.TryAddAsync(Bob, [await WriteAsync(41)]);

        Assert.Contains("at most 100 bytes are kept per person", refusal, StringComparison.Ordinal);
        Assert.Null(bobRefusal);
        Assert.Single(bobs);
    }

    [Fact]
    public async Task Expired_uploads_no_longer_count_towards_the_quota()
    {
        await _store.TryAddAsync(Alice, [await WriteAsync(1), await WriteAsync(1), await WriteAsync(1)]);
        _time.Advance(TimeSpan.FromMinutes(31));

        var (stored, refusal) = await _store.TryAddAsync(Alice, [await WriteAsync(1)]);

        Assert.Null(refusal);
        Assert.Single(stored);
        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public async Task Removing_deletes_the_file_and_only_the_owner_can_remove()
    {
        var file = await WriteAsync(5);
        await _store.TryAddAsync(Alice, [file]);

        await _store.RemoveAsync(Bob, file.Id);
        Assert.NotNull(_store.Find(Alice, file.Id));

        await _store.RemoveAsync(Alice, file.Id);
        Assert.Null(_store.Find(Alice, file.Id));
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public async Task Writing_a_file_over_the_limit_leaves_nothing_on_disk()
    {
        using var source = new MemoryStream(new byte[101]);

        var file = await _storage.WriteAsync(source, "a.pdf", "application/pdf", 100, CancellationToken.None);

        Assert.Null(file);
        Assert.Empty(Directory.GetFiles(_directory));
    }

    private async Task<UploadedFile> WriteAsync(int size)
    {
        using var source = new MemoryStream(new byte[size]);
        return (await _storage.WriteAsync(source, "a.pdf", "application/pdf", 1000, CancellationToken.None))!;
    }
}
