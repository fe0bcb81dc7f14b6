using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Notifications.Hosting;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class PostgresNotificationOutboxTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    [Fact]
    public async Task Enqueue_stores_one_row_per_channel_address()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var request = TestRequests.NewPost(new NotificationSettings(["jens@example.dk"], ["12345678", "+45 87 65 43 21"], ["apns:0f3a9b27c4d1e8f6"]), harness.Time.GetUtcNow());

        await harness.Outbox.EnqueueAsync(request);

        var rows = await harness.RowsAsync(request.NotificationId);
        Assert.Equal(
            [("sms", "+4512345678"), ("sms", "+4587654321"), ("email", "jens@example.dk"), ("push", "apns:0f3a9b27c4d1e8f6")],
            rows.Select(r => (r.Channel, r.Address)));
        Assert.All(rows, r => Assert.Equal("pending", r.State));
    }

    [Fact]
    public async Task Enqueue_is_idempotent_by_notification_id()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var request = TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow());

        await harness.Outbox.EnqueueAsync(request);
        await harness.Outbox.EnqueueAsync(request);
        await harness.Outbox.EnqueueAsync(request with { Channels = TestRequests.Sms("87654321") });

        Assert.Equal(1, await harness.CountAsync("notification"));
        var row = Assert.Single(await harness.RowsAsync());
        Assert.Equal("+4512345678", row.Address);
    }

    [Fact]
    public async Task A_foreign_number_in_the_settings_is_dead_lettered_at_once_with_the_reason()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var request = TestRequests.NewPost(TestRequests.Sms("+46701234567", "12345678"), harness.Time.GetUtcNow());

        await harness.Outbox.EnqueueAsync(request);

        var rows = await harness.RowsAsync(request.NotificationId);
        var foreign = Assert.Single(rows, r => r.State == "dead");
        Assert.Equal("SMS notifications accept Danish +45 numbers only; got +46701234567", foreign.LastError);
        Assert.Equal(0, foreign.Attempts);
        Assert.Equal("+4512345678", Assert.Single(rows, r => r.State == "pending").Address);
    }

    [Fact]
    public async Task Texts_come_from_the_Danish_template_and_carry_no_personal_data()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var request = TestRequests.NewPost(new NotificationSettings(["jens@example.dk"], ["12345678"], []), harness.Time.GetUtcNow(),
            text: "Ny post fra Skattestyrelsen om din årsopgørelse");

        await harness.Outbox.EnqueueAsync(request);

        var template = NotificationTemplate.Defaults["da"][NotificationKind.NewPost];
        foreach (var row in await harness.RowsAsync(request.NotificationId))
        {
            Assert.Equal(template.Subject, row.Subject);
            Assert.Equal(template.Text, row.Body);
            Assert.DoesNotContain("Skattestyrelsen", row.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(TestRequests.Owner.Value, row.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_configured_language_chooses_the_template()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o => o.Language = "en");
        var request = TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow()) with { Kind = NotificationKind.NewLegalNotification };

        await harness.Outbox.EnqueueAsync(request);

        Assert.Equal(NotificationTemplate.Defaults["en"][NotificationKind.NewLegalNotification].Text, Assert.Single(await harness.RowsAsync()).Body);
    }

    [Theory]
    [InlineData("Ny post til 010190-1234")]
    [InlineData("Ny post til 0101901234")]
    [InlineData("Ny post til jens@example.dk")]
    public async Task A_request_text_carrying_personal_data_is_refused_and_nothing_is_stored(string text)
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var request = TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow(), text: text);

        var error = await Assert.ThrowsAsync<NotificationTextRejectedException>(() => harness.Outbox.EnqueueAsync(request));

        Assert.StartsWith("Notification texts carry no personal data", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("notification"));
    }

    [Fact]
    public async Task A_delegate_notification_waits_as_one_delegate_row()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var request = TestRequests.NewPost(NotificationSettings.None, harness.Time.GetUtcNow(), delegateCpr: TestRequests.Delegate.Value);

        await harness.Outbox.EnqueueAsync(request);

        var row = Assert.Single(await harness.RowsAsync(request.NotificationId));
        Assert.Equal(("delegate", TestRequests.Delegate.Value, "pending"), (row.Channel, row.Address, row.State));
    }
}
