using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>The mailbox grains composed with the real notifications component, as the silo composes them.</summary>
public sealed class MailboxCompositionTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task Grains_and_notifications_together_resolve_and_a_nemsms_message_reaches_the_real_outbox_once()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notifications:DispatcherEnabled"] = "false",
            ["Notifications:DevelopmentFilePath"] = Path.Combine(Path.GetTempPath(), "mailbox-composition-" + Guid.NewGuid().ToString("N") + ".jsonl"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(MailboxTestHost.Start));
        services.AddGrainRuntime(options =>
        {
            options.SiloId = "composition-test-silo";
            options.AddGrainAssembly(typeof(CitizenMailboxGrain).Assembly);
        });
        services.AddPostgresGrainStorage(database.Configure);
        services.AddDigitalPostGrains();
        services.AddDigitalPostNotifications(configuration);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var started = new List<IHostedService>();
        try
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
                started.Add(hosted);
            }

            var mailboxServices = provider.GetRequiredService<MailboxServices>();
            Assert.IsType<PostgresNotificationOutbox>(mailboxServices.Outbox);
            Assert.IsType<NemSmsSender>(mailboxServices.NemSms);
            Assert.IsType<PostgresMobileNumberIndex>(mailboxServices.MobileNumbers);

            var grains = provider.GetRequiredService<IGrainFactory>();
            var cpr = TestPeople.Adult();
            var authority = TestPeople.Authority();
            var mailbox = MailboxId.ForCitizen(cpr);
            await grains.GetGrain<ICitizenMailboxGrain>(mailbox.Value).RegisterNemSmsAsync(TestPeople.Self(cpr), "42434445");
            var sms = TestLetters.NemSms(mailbox);
            var sender = grains.GetGrain<IAuthorityMailboxGrain>(MailboxId.ForAuthority(authority).Value);

            var first = await sender.SendAsync(ActorContext.Authority(authority), sms);
            var second = await sender.SendAsync(ActorContext.Authority(authority), sms);

            Assert.Equal((ReceiptStatus.Received, DeliveryOutcome.Delivered), (first.Receipt, first.Outcome));
            Assert.True(second.Duplicate);
            var id = NotificationIds.For(mailbox, sms.Header.MessageUuid, NotificationKind.NemSms);
            Assert.Equal(1L, await CountAsync("SELECT count(*) FROM notification WHERE notification_id = $1", id));
            Assert.Equal(1L, await CountAsync("SELECT count(*) FROM notification"));
        }
        finally
        {
            for (var i = started.Count - 1; i >= 0; i--)
            {
                await started[i].StopAsync(CancellationToken.None);
            }
        }
    }

    private async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
