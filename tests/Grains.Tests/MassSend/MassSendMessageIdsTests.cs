using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.MassSend;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Grains.Tests.MassSend.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>
/// The layout of a mass send's messageUUIDs: deterministic per job, slice and first line; ordered by slice,
/// then line; nothing of the recipient's CPR/CVR number in it; and the upload gives a recipient listed twice
/// one UUID.
/// </summary>
public sealed class MassSendMessageIdsTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    private static readonly Guid Job = new("0f6e2b1c-8d3a-4c59-9e7f-2a1b3c4d5e6f");

    [Fact]
    public void The_same_job_slice_and_first_line_give_the_same_uuid()
    {
        Assert.Equal(MassSendMessageIds.For(Job, 3, 17), MassSendMessageIds.For(Job, 3, 17));
    }

    [Fact]
    public void The_first_line_reads_back_from_the_uuid_of_its_job_and_slice_only()
    {
        var prefix = MassSendMessageIds.JobPrefix(Job);
        foreach (var line in new long[] { 0, 1, 4_999_999, MassSendMessageIds.MaxLine })
        {
            var id = MassSendMessageIds.For(Job, 9, line);
            Assert.Equal(id, MassSendMessageIds.For(prefix, 9, line));
            Assert.True(MassSendMessageIds.TryReadFirstLine(id, prefix, 9, out var read));
            Assert.Equal(line, read);
            Assert.False(MassSendMessageIds.TryReadFirstLine(id, prefix, 10, out _));
            Assert.False(MassSendMessageIds.TryReadFirstLine(id, MassSendMessageIds.JobPrefix(Guid.NewGuid()), 9, out _));
        }

        Assert.False(MassSendMessageIds.TryReadFirstLine(Guid.NewGuid(), prefix, 9, out var none));
        Assert.Equal(-1, none);
    }

    [Fact]
    public void The_uuid_is_version_8_with_the_rfc_variant()
    {
        foreach (var id in new[] { MassSendMessageIds.For(Job, 4095, MassSendMessageIds.MaxLine), MassSendMessageIds.For(Job, 0, 0) })
        {
            var bytes = id.ToByteArray(bigEndian: true);
            Assert.Equal(0x80, bytes[6] & 0xF0);
            Assert.Equal(0x80, bytes[8] & 0xC0);
        }
    }

    [Fact]
    public void Within_a_slice_uuids_sort_as_line_numbers_as_postgresql_compares_them()
    {
        long[] lines = [0, 1, 2, 255, 256, 65_536, 6_000_000, 1L << 40, MassSendMessageIds.MaxLine];
        var bytes = lines.Select(l => MassSendMessageIds.For(Job, 7, l).ToByteArray(bigEndian: true)).ToList();

        for (var i = 1; i < bytes.Count; i++)
        {
            Assert.True(bytes[i - 1].AsSpan().SequenceCompareTo(bytes[i]) < 0, $"line {lines[i - 1]} should sort before line {lines[i]}");
        }
    }

    [Fact]
    public void A_jobs_slices_are_separate_regions_under_the_jobs_prefix_and_jobs_differ_in_the_prefix()
    {
        var inOrder = new[]
        {
            MassSendMessageIds.For(Job, 0, MassSendMessageIds.MaxLine),
            MassSendMessageIds.For(Job, 1, 0),
            MassSendMessageIds.For(Job, 1, MassSendMessageIds.MaxLine),
            MassSendMessageIds.For(Job, 300, 0),
            MassSendMessageIds.For(Job, 4095, 1),
        };
        var bytes = inOrder.Select(id => id.ToByteArray(bigEndian: true)).ToList();
        Assert.All(bytes, b => Assert.Equal(bytes[0].AsSpan(0, 6).ToArray(), b.AsSpan(0, 6).ToArray()));
        for (var i = 1; i < bytes.Count; i++)
        {
            Assert.True(bytes[i - 1].AsSpan().SequenceCompareTo(bytes[i]) < 0, $"{inOrder[i - 1]} should sort before {inOrder[i]}");
        }

        var other = MassSendMessageIds.For(new Guid("6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), 0, MassSendMessageIds.MaxLine).ToByteArray(bigEndian: true);
        Assert.NotEqual(bytes[0].AsSpan(0, 6).ToArray(), other.AsSpan(0, 6).ToArray());
        Assert.Equal(bytes[0].AsSpan(6).ToArray(), other.AsSpan(6).ToArray());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(MassSendMessageIds.MaxSlices)]
    public void A_slice_outside_the_twelve_bits_is_refused(int slice)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MassSendMessageIds.For(Job, slice, 1));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(MassSendMessageIds.MaxLine + 1)]
    public void A_line_number_outside_the_62_bits_is_refused(long line)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MassSendMessageIds.For(Job, 0, line));
    }

    [Fact]
    public async Task A_recipient_listed_twice_gets_its_first_lines_uuid_on_both_lines_and_one_delivery()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 2, slices: 1);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a))), [b.Value, a.Value, b.Value, a.Value, a.Value]);
        await host.Processor.RunDueJobsAsync();

        var uuidsOfA = await UuidsAsync(host, job.JobId, a.Value);
        var uuidsOfB = await UuidsAsync(host, job.JobId, b.Value);
        Assert.Equal(Enumerable.Repeat(MassSendMessageIds.For(job.JobId, 0, 2), 3), uuidsOfA);
        Assert.Equal(Enumerable.Repeat(MassSendMessageIds.For(job.JobId, 0, 1), 2), uuidsOfB);
        foreach (var (person, uuid) in new[] { (a, uuidsOfA[0]), (b, uuidsOfB[0]) })
        {
            var mailbox = MailboxId.ForCitizen(person).Value;
            Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", mailbox));
            Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", mailbox, uuid));
        }
    }

    [Fact]
    public async Task An_uploaded_uuid_holds_the_first_line_and_nothing_of_the_cpr_number()
    {
        await using var host = await MassSendTestHost.StartAsync(database, slices: 1);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var template = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a)));

        // Two different recipients, each on line 1 of its own job in the only slice.
        var jobA = await host.SubmitAsync(authority, template, [a.Value]);
        var jobB = await host.SubmitAsync(authority, template, [b.Value]);

        var bytesA = (await UuidsAsync(host, jobA.JobId, a.Value)).Single().ToByteArray(bigEndian: true);
        var bytesB = (await UuidsAsync(host, jobB.JobId, b.Value)).Single().ToByteArray(bigEndian: true);
        Assert.NotEqual(a, b);
        Assert.Equal(bytesA.AsSpan(6).ToArray(), bytesB.AsSpan(6).ToArray());
        Assert.Equal(new byte[] { 0x80, 0x00, 0x80, 0, 0, 0, 0, 0, 0, 1 }, bytesA.AsSpan(6).ToArray());
    }

    [Fact]
    public async Task An_uploaded_slices_uuids_increase_in_line_order_as_its_batches_insert_them()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 3, slices: 4);
        var authority = TestPeople.Authority();
        var people = new List<Cpr>();
        for (var i = 0; i < 16; i++)
        {
            people.Add(await host.PersonAsync());
        }

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(people[0]))), people.Select(p => p.Value));

        Assert.Equal(16L, await host.ScalarAsync<long>("SELECT count(DISTINCT message_uuid) FROM mass_send_recipients WHERE job_id = $1", job.JobId));
        Assert.Equal(0L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT message_uuid, lag(message_uuid) OVER (PARTITION BY slice ORDER BY ordinal) AS previous " +
            "FROM mass_send_recipients WHERE job_id = $1) x WHERE x.previous >= x.message_uuid", job.JobId));
        Assert.Equal(0L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT message_uuid, lag(message_uuid) OVER (ORDER BY slice, ordinal) AS previous " +
            "FROM mass_send_recipients WHERE job_id = $1) x WHERE x.previous >= x.message_uuid", job.JobId));
    }

    private static async Task<List<Guid>> UuidsAsync(MassSendTestHost host, Guid jobId, string recipient)
    {
        await using var command = host.Database.DataSource.CreateCommand("SELECT message_uuid FROM mass_send_recipients WHERE job_id = $1 AND recipient = $2 ORDER BY ordinal");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = jobId });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = recipient });
        var uuids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            uuids.Add(reader.GetGuid(0));
        }

        return uuids;
    }
}
