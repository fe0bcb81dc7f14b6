using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Npgsql;

namespace DigitalPost.Grains.Tests.AccessLog;

/// <summary>The append-only access log: who did what, for whom, from where and when; the owner reads their own.</summary>
public sealed class AccessLogTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task Reads_moves_deletes_grants_revocations_and_setting_changes_are_logged_with_actor_behalf_and_platform()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var owner = TestPeople.Adult();
        var helper = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(owner));
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        var mailbox = host.Citizen(owner);
        var grant = await mailbox.GrantAccessAsync(TestPeople.Self(owner, Platform.MitDk), helper, AccessLevel.Read, null);
        await mailbox.OpenMessageAsync(TestPeople.For(helper, owner, Platform.EBoks), letter.Header.MessageUuid);
        await mailbox.MoveMessageAsync(TestPeople.For(helper, owner, Platform.EBoks), letter.Header.MessageUuid, SystemFolders.Archive);
        await mailbox.DeleteMessageAsync(TestPeople.Self(owner), letter.Header.MessageUuid);
        await mailbox.UpdateNotificationSettingsAsync(TestPeople.Self(owner), new NotificationSettings(["x@example.dk"], [], []));
        await mailbox.RevokeGrantAsync(TestPeople.Self(owner), grant.GrantId);

        var log = await mailbox.ReadAccessLogAsync(TestPeople.Self(owner), 100, null);

        Assert.Equal(
            [AccessAction.GrantGiven, AccessAction.Read, AccessAction.Move, AccessAction.Delete, AccessAction.SettingChanged, AccessAction.GrantRevoked],
            log.Reverse().Select(e => e.Action));
        var read = log.Single(e => e.Action == AccessAction.Read);
        Assert.Equal(helper.Value, read.ActorId);
        Assert.Equal(MailboxId.ForCitizen(owner).Value, read.OnBehalfOf);
        Assert.Equal(Platform.EBoks, read.Platform);
        Assert.Equal(letter.Header.MessageUuid, read.MessageUuid);
        Assert.Equal(MailboxTestHost.Start, read.At);
        Assert.Equal(Platform.MitDk, log.Single(e => e.Action == AccessAction.GrantGiven).Platform);
    }

    [Fact]
    public async Task Only_the_owner_reads_the_access_log()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var owner = TestPeople.Adult();
        var helper = TestPeople.Adult();
        await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), helper, AccessLevel.ReadWrite, null);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).ReadAccessLogAsync(TestPeople.For(helper, owner), 10, null));

        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
    }

    [Fact]
    public async Task The_access_log_refuses_updates_and_deletes()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var owner = TestPeople.Adult();
        await host.Citizen(owner).CreateFolderAsync(TestPeople.Self(owner), "Mappe");

        await Assert.ThrowsAsync<PostgresException>(() => host.ScalarAsync<object>("UPDATE mailbox_access_log SET actor_id = 'x' WHERE mailbox_id = $1", MailboxId.ForCitizen(owner).Value));
        await Assert.ThrowsAsync<PostgresException>(() => host.ScalarAsync<object>("DELETE FROM mailbox_access_log WHERE mailbox_id = $1", MailboxId.ForCitizen(owner).Value));
        Assert.Single(await host.Citizen(owner).ReadAccessLogAsync(TestPeople.Self(owner), 10, null));
    }
}
