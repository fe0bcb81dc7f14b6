using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Notifications;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class NotificationSettingsValidatorTests
{
    [Fact]
    public void Settings_are_normalised_and_duplicates_removed()
    {
        var settings = NotificationSettingsValidator.Normalise(new NotificationSettings(
            ["jens@Example.dk", "jens@example.DK"], ["12 34 56 78", "+4512345678", "0045 87654321"], ["apns:0f3a9b27c4d1e8f6"]));

        Assert.Equal(["jens@example.dk"], settings.Emails);
        Assert.Equal(["+4512345678", "+4587654321"], settings.PhoneNumbers);
        Assert.Equal(["apns:0f3a9b27c4d1e8f6"], settings.PushDevices);
    }

    [Fact]
    public void A_foreign_number_in_the_settings_is_refused_with_the_clear_message()
    {
        var error = Assert.Throws<NotificationAddressException>(() =>
            NotificationSettingsValidator.Normalise(new NotificationSettings([], ["+46701234567"], [])));

        Assert.Equal("SMS notifications accept Danish +45 numbers only; got +46701234567", error.Message);
    }

    [Fact]
    public void More_entries_than_the_limit_are_refused()
    {
        var numbers = Enumerable.Range(0, NotificationSettingsValidator.MaxEntriesPerChannel + 1).Select(i => $"{20000000 + i}").ToArray();

        var error = Assert.Throws<NotificationAddressException>(() => NotificationSettingsValidator.Normalise(new NotificationSettings([], numbers, [])));
        Assert.Contains("At most 10 mobile numbers", error.Message, StringComparison.Ordinal);
    }
}
