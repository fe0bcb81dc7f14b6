using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>Reading, folders, moving, deleting, replying, writing and forwarding, on real PostgreSQL.</summary>
public sealed class MailboxActionsTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private static async Task<(Cpr Cpr, AuthorityId Authority, MeMoMessage Letter)> DeliverAsync(MailboxTestHost host, Func<MailboxId, MeMoMessage>? build = null)
    {
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = (build ?? (id => TestLetters.Letter(id)))(MailboxId.ForCitizen(cpr));
        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        return (cpr, authority, letter);
    }

    [Fact]
    public async Task Opening_a_message_records_the_first_reader_and_platform_once_and_returns_the_full_message()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _, letter) = await DeliverAsync(host);
        var citizen = host.Citizen(cpr);

        var opened = await citizen.OpenMessageAsync(TestPeople.Self(cpr, Platform.DigitalPostApp), letter.Header.MessageUuid);
        host.Time.Advance(TimeSpan.FromHours(1));
        var again = await citizen.OpenMessageAsync(TestPeople.Self(cpr, Platform.MitDk), letter.Header.MessageUuid);

        Assert.Equal(letter.Header.Label, opened.Message.Header.Label);
        Assert.Equal(letter.Body, opened.Message.Body);
        Assert.Equal(letter.Header.Recipient.RecipientId, opened.Message.Header.Recipient.RecipientId);
        Assert.False(again.Summary.Unread);
        Assert.Equal(cpr.Value, again.Summary.FirstReadBy);
        Assert.Equal(Platform.DigitalPostApp, again.Summary.FirstReadPlatform);
        Assert.Equal(MailboxTestHost.Start, again.Summary.FirstReadAt);
    }

    [Fact]
    public async Task Mark_unread_makes_a_read_message_unread_again_and_publishes_the_change()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _, letter) = await DeliverAsync(host);
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        var citizen = host.Citizen(cpr);
        await citizen.OpenMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);

        var published = host.NextEvent(e => e.Kind == MailboxEventKind.MarkedUnread && e.MessageUuid == letter.Header.MessageUuid);
        await citizen.MarkUnreadAsync(TestPeople.Self(cpr, Platform.EBoks), letter.Header.MessageUuid);
        await published;

        Assert.True(Assert.Single((await citizen.ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery(Unread: true))).Items).Unread);
        Assert.Equal([MailboxEventKind.Read, MailboxEventKind.MarkedUnread], host.EventsOf(MailboxId.ForCitizen(cpr)).Select(e => e.Kind));
        Assert.Equal(Platform.EBoks, host.EventsOf(MailboxId.ForCitizen(cpr))[1].Platform);
    }

    [Fact]
    public async Task User_folders_can_be_created_renamed_and_deleted_and_their_messages_return_to_the_inbox()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _, letter) = await DeliverAsync(host);
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);

        var folder = await citizen.CreateFolderAsync(me, "Skat");
        await citizen.MoveMessageAsync(me, letter.Header.MessageUuid, folder.FolderId);
        await citizen.RenameFolderAsync(me, folder.FolderId, "Skat 2026");
        var renamed = (await citizen.GetProfileAsync(me)).Folders.Single(f => f.FolderId == folder.FolderId);
        var inFolder = await citizen.ListMessagesAsync(me, new MessageQuery(FolderId: folder.FolderId));
        await citizen.DeleteFolderAsync(me, folder.FolderId);

        Assert.Equal("Skat 2026", renamed.Name);
        Assert.Single(inFolder.Items);
        Assert.DoesNotContain((await citizen.GetProfileAsync(me)).Folders, f => f.FolderId == folder.FolderId);
        Assert.Single((await citizen.ListMessagesAsync(me, new MessageQuery())).Items);
        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => citizen.RenameFolderAsync(me, SystemFolders.Inbox, "x"));
        Assert.Equal(MailboxErrorCode.InvalidFolder, refused.Code);
    }

    [Fact]
    public async Task Moving_to_a_folder_that_does_not_exist_is_refused()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _, letter) = await DeliverAsync(host);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).MoveMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid, "f999"));

        Assert.Equal(MailboxErrorCode.FolderNotFound, refused.Code);
    }

    [Fact]
    public async Task A_deleted_message_goes_to_deleted_items_can_be_restored_to_its_folder_and_is_purged_after_30_days()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, letter) = await DeliverAsync(host);
        var second = TestLetters.Letter(MailboxId.ForCitizen(cpr));
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), second);
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        var citizen = host.Citizen(cpr);
        var me = TestPeople.Self(cpr);
        await citizen.MoveMessageAsync(me, letter.Header.MessageUuid, SystemFolders.Archive);

        await citizen.DeleteMessageAsync(me, letter.Header.MessageUuid);
        var deleted = await citizen.ListMessagesAsync(me, new MessageQuery(FolderId: SystemFolders.Deleted));
        await citizen.RestoreMessageAsync(me, letter.Header.MessageUuid);
        var archived = await citizen.ListMessagesAsync(me, new MessageQuery(FolderId: SystemFolders.Archive));
        await citizen.DeleteMessageAsync(me, second.Header.MessageUuid);

        Assert.Equal(letter.Header.MessageUuid, Assert.Single(deleted.Items).MessageUuid);
        Assert.NotNull(deleted.Items[0].DeletedAt);
        Assert.Equal(letter.Header.MessageUuid, Assert.Single(archived.Items).MessageUuid);

        var purged = host.NextEvent(e => e.Kind == MailboxEventKind.Purged && e.Mailbox == MailboxId.ForCitizen(cpr).Value);
        host.Time.AdvanceTo(MailboxTestHost.Start.AddDays(30));
        await purged;
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", second.Header.MessageUuid));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
    }

    [Fact]
    public async Task A_reply_before_the_deadline_reaches_the_sender_threaded_with_ReplyData_and_is_kept_in_sent()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, letter) = await DeliverAsync(host, id => TestLetters.Letter(id, reply: true, replyBy: MailboxTestHost.Start.AddDays(14)));
        var me = TestPeople.Self(cpr);

        var sent = await host.Citizen(cpr).ReplyAsync(me, new ReplyRequest(letter.Header.MessageUuid, "Tak for brevet", []));

        Assert.Equal(DeliveryOutcome.Delivered, sent.Delivery.Outcome);
        var received = await host.Authority(authority).OpenMessageAsync(ActorContext.Authority(authority), sent.MessageUuid);
        Assert.Equal(letter.Header.MessageUuid, Assert.Single(received.Message.Header.ReplyData).MessageUuid);
        Assert.Equal("Tak for brevet", TestLetters.Text(received.Message.Body!.MainDocument.Files[0].Content));
        var inSent = Assert.Single((await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery(FolderId: SystemFolders.Sent))).Items);
        var original = Assert.Single((await host.Citizen(cpr).ListMessagesAsync(me, new MessageQuery())).Items);
        Assert.Equal(original.ThreadId, inSent.ThreadId);
    }

    [Fact]
    public async Task A_reply_after_the_deadline_is_refused_and_nothing_is_sent()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, letter) = await DeliverAsync(host, id => TestLetters.Letter(id, reply: true, replyBy: MailboxTestHost.Start.AddDays(1)));
        host.Time.Advance(TimeSpan.FromDays(2));

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() =>
            host.Citizen(cpr).ReplyAsync(TestPeople.Self(cpr), new ReplyRequest(letter.Header.MessageUuid, "For sent", [])));

        Assert.Equal(MailboxErrorCode.ReplyDeadlinePassed, refused.Code);
        Assert.Empty((await host.Authority(authority).ListMessagesAsync(ActorContext.Authority(authority), new MessageQuery())).Items);
        Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery(FolderId: SystemFolders.Sent))).Items);
    }

    [Fact]
    public async Task A_reply_to_a_message_that_does_not_allow_replies_is_refused()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _, letter) = await DeliverAsync(host);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() =>
            host.Citizen(cpr).ReplyAsync(TestPeople.Self(cpr), new ReplyRequest(letter.Header.MessageUuid, "Hej", [])));

        Assert.Equal(MailboxErrorCode.ReplyNotAllowed, refused.Code);
    }

    [Fact]
    public async Task Writing_to_an_authority_delivers_to_its_contact_point_with_attachments_and_keeps_a_copy_in_sent()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var message = new NewMessage(authority, "byggesager", "Spørgsmål om byggetilladelse", "Hej, ...", [new Attachment("tegning.pdf", "application/pdf", new byte[2048])]);

        var sent = await host.Citizen(cpr).WriteToAuthorityAsync(TestPeople.Self(cpr), message);

        var received = await host.Authority(authority).OpenMessageAsync(ActorContext.Authority(authority), sent.MessageUuid);
        Assert.Equal("byggesager", received.Message.Header.Recipient.ContactPoint!.ContactPointId);
        Assert.Equal("tegning.pdf", received.Message.Body!.AdditionalDocuments[0].Files[0].Filename);
        Assert.Equal(MailboxId.ForCitizen(cpr).Value, received.Summary.SenderId);
        Assert.Single((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery(FolderId: SystemFolders.Sent))).Items);
    }

    [Fact]
    public async Task Writing_more_than_the_limit_to_an_authority_is_refused_unless_the_contact_point_raises_it()
    {
        await using var host = await MailboxTestHost.StartAsync(database, o => o.MaxToAuthorityBytes = 1000);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var big = new NewMessage(authority, "generelt", "Stor fil", "", [new Attachment("scan.pdf", "application/pdf", new byte[1500])]);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).WriteToAuthorityAsync(TestPeople.Self(cpr), big));

        Assert.Equal(MailboxErrorCode.AttachmentTooLarge, refused.Code);
        Assert.Empty((await host.Authority(authority).ListMessagesAsync(ActorContext.Authority(authority), new MessageQuery())).Items);
        Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery(FolderId: SystemFolders.Sent))).Items);
    }

    [Fact]
    public async Task A_forbidden_attachment_type_to_an_authority_is_refused()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var message = new NewMessage(TestPeople.Authority(), "generelt", "Program", "", [new Attachment("setup.exe", "application/octet-stream", new byte[10])]);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).WriteToAuthorityAsync(TestPeople.Self(cpr), message));

        Assert.Equal(MailboxErrorCode.FileTypeNotAllowed, refused.Code);
    }

    [Fact]
    public async Task Forwarding_sends_a_copy_with_ForwardData_to_another_Digital_Post_recipient()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, _, letter) = await DeliverAsync(host);
        var friend = TestPeople.Adult();

        var sent = await host.Citizen(cpr).ForwardAsync(TestPeople.Self(cpr), new ForwardRequest(letter.Header.MessageUuid, MailboxId.ForCitizen(friend), "Se her"));

        var received = await host.Citizen(friend).OpenMessageAsync(TestPeople.Self(friend), sent.MessageUuid);
        Assert.Equal(letter.Header.MessageUuid, received.Message.Header.ForwardData!.MessageUuid);
        Assert.Equal("Se her", received.Message.Header.ForwardData.Comment);
        Assert.Equal(letter.Body, received.Message.Body);
    }

    [Fact]
    public async Task Listing_pages_newest_first_and_filters_by_text_on_label_and_sender_and_by_sender_and_date()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var other = TestPeople.Authority();
        for (var i = 0; i < 5; i++)
        {
            await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr), label: $"Brev {i}"));
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await host.Authority(other).SendAsync(ActorContext.Authority(other), TestLetters.Letter(MailboxId.ForCitizen(cpr), label: "Årsopgørelse", senderLabel: "Skattestyrelsen"));
        var me = TestPeople.Self(cpr);
        var citizen = host.Citizen(cpr);

        var first = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 4));
        var second = await citizen.ListMessagesAsync(me, new MessageQuery(PageSize: 4, After: first.NextCursor));
        var byText = await citizen.ListMessagesAsync(me, new MessageQuery(Text: "skattestyr"));
        var byLabel = await citizen.ListMessagesAsync(me, new MessageQuery(Text: "årsopg"));
        var bySender = await citizen.ListMessagesAsync(me, new MessageQuery(SenderId: MailboxId.ForAuthority(authority).Value));
        var byDate = await citizen.ListMessagesAsync(me, new MessageQuery(From: MailboxTestHost.Start.AddMinutes(3)));

        Assert.Equal(["Årsopgørelse", "Brev 4", "Brev 3", "Brev 2"], first.Items.Select(i => i.Label));
        Assert.Equal(["Brev 1", "Brev 0"], second.Items.Select(i => i.Label));
        Assert.Null(second.NextCursor);
        Assert.Equal("Årsopgørelse", Assert.Single(byText.Items).Label);
        Assert.Equal("Årsopgørelse", Assert.Single(byLabel.Items).Label);
        Assert.Equal(5, bySender.Items.Count);
        Assert.Equal(3, byDate.Items.Count);
    }

    [Fact]
    public async Task Registrations_list_the_authorities_and_consented_companies_a_mailbox_receives_from()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, authority, _) = await DeliverAsync(host);
        var company = TestPeople.Company();
        await host.Citizen(cpr).GiveConsentAsync(TestPeople.Self(cpr), company);

        var registrations = await host.Citizen(cpr).ListRegistrationsAsync(TestPeople.Self(cpr));
        await host.Citizen(cpr).WithdrawConsentAsync(TestPeople.Self(cpr), company);
        var after = await host.Citizen(cpr).ListRegistrationsAsync(TestPeople.Self(cpr));

        Assert.Contains(registrations, r => r.SenderId == MailboxId.ForAuthority(authority).Value && r.Kind == SenderKind.Authority && r.MessageCount == 1);
        Assert.Contains(registrations, r => r.SenderId == MailboxId.ForBusiness(company).Value && r.Consented);
        Assert.DoesNotContain(after, r => r.SenderId == MailboxId.ForBusiness(company).Value);
    }
}
