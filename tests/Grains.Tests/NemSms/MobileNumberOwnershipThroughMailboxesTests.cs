using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.NemSms;

/// <summary>An ownership declaration carried out by the real citizen mailbox grains (IMobileNumberHolder).</summary>
public sealed class MobileNumberOwnershipThroughMailboxesTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task A_declaration_by_one_person_removes_the_number_from_another_persons_nemsms_and_notification_settings()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var anna = TestPeople.Adult();
        var bo = TestPeople.Adult();
        var company = TestPeople.Company();
        var annaBox = MailboxId.ForCitizen(anna);
        var boBox = MailboxId.ForCitizen(bo);
        var number = DanishMobileNumber.Parse("22334455");
        await host.Citizen(bo).RegisterNemSmsAsync(TestPeople.Self(bo), "22 33 44 55");
        await host.Citizen(bo).UpdateNotificationSettingsAsync(TestPeople.Self(bo), new NotificationSettings(["bo@example.dk"], ["+4522334455", "+4566778899"], []));
        await host.Citizen(anna).RegisterNemSmsAsync(TestPeople.Self(anna), "+4522334455");
        await host.Business(company).UpdateNotificationSettingsAsync(ActorContext.System(), new NotificationSettings([], ["+4522334455"], []));
        await host.WatchAsync(boBox);
        var changed = host.NextEvent(e => e.Mailbox == boBox.Value && e.Kind == MailboxEventKind.SettingsChanged);

        var result = await host.Services.GetRequiredService<IMobileNumberOwnership>().DeclareAsync(anna, "+45 22 33 44 55");

        Assert.Equal([boBox], result.ReleasedFrom);
        Assert.Empty(result.Failed);
        var boProfile = await host.Citizen(bo).GetProfileAsync(TestPeople.Self(bo));
        Assert.Null(boProfile.NemSms);
        Assert.Equal(["+4566778899"], boProfile.Notifications.PhoneNumbers);
        Assert.Equal(["bo@example.dk"], boProfile.Notifications.Emails);
        Assert.Equal("+4522334455", (await host.Citizen(anna).GetProfileAsync(TestPeople.Self(anna))).NemSms?.PhoneNumber);
        var holders = (await host.Services.GetRequiredService<IMobileNumberIndex>().FindHoldersAsync(number)).Select(h => (h.Mailbox, h.Purpose)).ToList();
        Assert.Equal(2, holders.Count);
        Assert.Contains((annaBox, MobileNumberPurpose.NemSms), holders);
        Assert.Contains((MailboxId.ForBusiness(company), MobileNumberPurpose.Notification), holders);
        var entry = (await host.Citizen(bo).ReadAccessLogAsync(TestPeople.Self(bo), 10, null))[0];
        Assert.Equal((ActorKind.System, AccessAction.SettingChanged), (entry.ActorKind, entry.Action));
        Assert.Equal("mobile number +45 ******55 removed from NemSMS and notifications: declared by another person as theirs", entry.Detail);
        Assert.DoesNotContain(anna.Value, entry.Detail, StringComparison.Ordinal);
        Assert.Equal(MailboxEventKind.SettingsChanged, (await changed).Kind);
    }

    [Fact]
    public async Task Releasing_a_number_the_mailbox_does_not_hold_changes_nothing_and_returns_no_purposes()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var bo = TestPeople.Adult();
        await host.Citizen(bo).RegisterNemSmsAsync(TestPeople.Self(bo), "33445566");

        var removed = await host.Grains.GetGrain<IMobileNumberHolder>(MailboxId.ForCitizen(bo).Value)
            .ReleaseMobileNumberAsync("+4599887766", MailboxId.ForCitizen(TestPeople.Adult()).Value);

        Assert.Empty(removed);
        Assert.Equal("+4533445566", (await host.Citizen(bo).GetProfileAsync(TestPeople.Self(bo))).NemSms?.PhoneNumber);
        Assert.Single(await host.Citizen(bo).ReadAccessLogAsync(TestPeople.Self(bo), 10, null));
    }
}
