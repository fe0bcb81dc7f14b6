using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>Read and read-and-write delegation, expiry, revocation, company people and "Mailboxes I can open".</summary>
public sealed class DelegationTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private static async Task<(Cpr Owner, Cpr Delegate, MeMoMessage Letter)> SetUpAsync(MailboxTestHost host, AccessLevel level, DateTimeOffset? expires = null, bool reply = false)
    {
        var owner = TestPeople.Adult();
        var helper = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), helper, level, expires);
        var letter = TestLetters.Letter(MailboxId.ForCitizen(owner), reply: reply);
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        return (owner, helper, letter);
    }

    [Fact]
    public async Task A_read_delegate_can_read_move_mark_unread_and_use_folders()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (owner, helper, letter) = await SetUpAsync(host, AccessLevel.Read);
        var asHelper = TestPeople.For(helper, owner);
        var mailbox = host.Citizen(owner);

        await mailbox.OpenMessageAsync(asHelper, letter.Header.MessageUuid);
        await mailbox.MarkUnreadAsync(asHelper, letter.Header.MessageUuid);
        var folder = await mailbox.CreateFolderAsync(asHelper, "Fra hjælper");
        await mailbox.MoveMessageAsync(asHelper, letter.Header.MessageUuid, folder.FolderId);

        var moved = Assert.Single((await mailbox.ListMessagesAsync(asHelper, new MessageQuery(FolderId: folder.FolderId))).Items);
        Assert.True(moved.Unread);
    }

    [Fact]
    public async Task A_read_delegate_deleting_is_refused_and_nothing_changes()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (owner, helper, letter) = await SetUpAsync(host, AccessLevel.Read);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).DeleteMessageAsync(TestPeople.For(helper, owner), letter.Header.MessageUuid));

        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
        Assert.Equal(SystemFolders.Inbox, Assert.Single((await host.Citizen(owner).ListMessagesAsync(TestPeople.Self(owner), new MessageQuery())).Items).FolderId);
    }

    [Fact]
    public async Task A_read_delegate_replying_is_refused_and_a_read_and_write_delegate_may_reply()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (owner, reader, letter) = await SetUpAsync(host, AccessLevel.Read, reply: true);
        var writer = TestPeople.Adult();
        await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), writer, AccessLevel.ReadWrite, null);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() =>
            host.Citizen(owner).ReplyAsync(TestPeople.For(reader, owner), new ReplyRequest(letter.Header.MessageUuid, "svar", [])));
        var sent = await host.Citizen(owner).ReplyAsync(TestPeople.For(writer, owner), new ReplyRequest(letter.Header.MessageUuid, "svar", []));

        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
        Assert.Equal(DeliveryOutcome.Delivered, sent.Delivery.Outcome);
    }

    [Fact]
    public async Task A_read_and_write_delegate_may_write_new_messages_on_behalf_of_the_owner_but_never_delete()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (owner, writer, letter) = await SetUpAsync(host, AccessLevel.ReadWrite);
        var authority = TestPeople.Authority();

        var sent = await host.Citizen(owner).WriteToAuthorityAsync(TestPeople.For(writer, owner), new NewMessage(authority, "generelt", "Hej", "tekst", []));
        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).DeleteMessageAsync(TestPeople.For(writer, owner), letter.Header.MessageUuid));

        var received = await host.Authority(authority).OpenMessageAsync(ActorContext.Authority(authority), sent.MessageUuid);
        Assert.Equal(MailboxId.ForCitizen(owner).Value, received.Summary.SenderId);
        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
    }

    [Fact]
    public async Task Delegates_never_change_settings()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (owner, writer, _) = await SetUpAsync(host, AccessLevel.ReadWrite);

        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).UpdateNotificationSettingsAsync(TestPeople.For(writer, owner), NotificationSettings.None));
        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).GrantAccessAsync(TestPeople.For(writer, owner), TestPeople.Adult(), AccessLevel.Read, null));
        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).GiveConsentAsync(TestPeople.For(writer, owner), TestPeople.Company()));
    }

    [Fact]
    public async Task A_grant_stops_working_at_its_expiry()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (owner, helper, letter) = await SetUpAsync(host, AccessLevel.Read, expires: MailboxTestHost.Start.AddDays(7));
        await host.Citizen(owner).OpenMessageAsync(TestPeople.For(helper, owner), letter.Header.MessageUuid);

        host.Time.AdvanceTo(MailboxTestHost.Start.AddDays(7));

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).OpenMessageAsync(TestPeople.For(helper, owner), letter.Header.MessageUuid));
        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
        Assert.Single(await host.Citizen(helper).ListOpenableMailboxesAsync(TestPeople.Self(helper)));
    }

    [Fact]
    public async Task A_revoked_grant_no_longer_gives_access_and_leaves_the_delegates_list()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (owner, helper, letter) = await SetUpAsync(host, AccessLevel.Read);
        var grant = Assert.Single((await host.Citizen(owner).GetProfileAsync(TestPeople.Self(owner))).Grants);
        var before = await host.Citizen(helper).ListOpenableMailboxesAsync(TestPeople.Self(helper));

        await host.Citizen(owner).RevokeGrantAsync(TestPeople.Self(owner), grant.GrantId);

        Assert.Contains(before, m => m.Mailbox == MailboxId.ForCitizen(owner) && m.Kind == GrantKind.Delegate && m.Level == AccessLevel.Read);
        Assert.Single(await host.Citizen(helper).ListOpenableMailboxesAsync(TestPeople.Self(helper)));
        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).OpenMessageAsync(TestPeople.For(helper, owner), letter.Header.MessageUuid));
    }

    [Fact]
    public async Task Mailboxes_I_can_open_lists_own_delegated_and_company_mailboxes()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var person = TestPeople.Adult();
        var mother = TestPeople.Adult();
        var company = TestPeople.Company();
        await host.Citizen(mother).GrantAccessAsync(TestPeople.Self(mother), person, AccessLevel.ReadWrite, null);
        await host.Business(company).SetCompanyPeopleAsync([person.Value]);

        var openable = await host.Citizen(person).ListOpenableMailboxesAsync(TestPeople.Self(person));

        Assert.Equal(3, openable.Count);
        Assert.True(openable[0].IsOwn);
        Assert.Contains(openable, m => m.Mailbox == MailboxId.ForCitizen(mother) && m.Level == AccessLevel.ReadWrite);
        Assert.Contains(openable, m => m.Mailbox == MailboxId.ForBusiness(company) && m.Kind == GrantKind.Company);
    }

    [Fact]
    public async Task The_companys_people_from_the_registry_can_act_for_the_business_mailbox_and_others_cannot()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var company = TestPeople.Company();
        var employee = TestPeople.Adult();
        var stranger = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Business(company).SetCompanyPeopleAsync([employee.Value]);
        var letter = TestLetters.Letter(MailboxId.ForBusiness(company));
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        var opened = await host.Business(company).OpenMessageAsync(ActorContext.Person(employee, Platform.BorgerDk, MailboxId.ForBusiness(company)), letter.Header.MessageUuid);
        var refused = await Assert.ThrowsAsync<MailboxActionException>(() =>
            host.Business(company).OpenMessageAsync(ActorContext.Person(stranger, Platform.BorgerDk, MailboxId.ForBusiness(company)), letter.Header.MessageUuid));

        Assert.Equal(employee.Value, opened.Summary.FirstReadBy);
        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
    }

    [Fact]
    public async Task A_delegate_who_opted_in_is_notified_of_new_post_too()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var owner = TestPeople.Adult();
        var helper = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), helper, AccessLevel.Read, null);
        await host.Citizen(owner).SetDelegateNotificationsAsync(TestPeople.For(helper, owner), true);
        var letter = TestLetters.Letter(MailboxId.ForCitizen(owner));

        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        var request = Assert.Single(host.Outbox.Requests, r => r.MessageUuid == letter.Header.MessageUuid);
        Assert.Equal(helper.Value, request.DelegateCpr);
        Assert.Equal(NotificationKind.NewPost, request.Kind);
    }

    [Fact]
    public async Task Mailboxes_I_can_open_carry_the_grant_id_and_the_delegates_notification_choice()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var owner = TestPeople.Adult();
        var helper = TestPeople.Adult();
        var grant = await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), helper, AccessLevel.ReadWrite, null);

        var before = (await host.Citizen(helper).ListOpenableMailboxesAsync(TestPeople.Self(helper))).Single(m => !m.IsOwn);
        await host.Citizen(owner).SetDelegateNotificationsAsync(TestPeople.For(helper, owner), true);
        var after = (await host.Citizen(helper).ListOpenableMailboxesAsync(TestPeople.Self(helper))).Single(m => !m.IsOwn);

        Assert.Equal(grant.GrantId, before.GrantId);
        Assert.False(before.Notify);
        Assert.Equal(grant.GrantId, after.GrantId);
        Assert.True(after.Notify);
    }
}
