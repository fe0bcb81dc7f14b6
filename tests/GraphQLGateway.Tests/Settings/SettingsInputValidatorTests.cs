using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class SettingsInputValidatorTests
{
    [Fact]
    public void A_foreign_mobile_number_is_refused_naming_the_field_and_the_danish_rule()
    {
        var check = SettingsInputValidator.CheckPhoneNumber("phoneNumber", "+46701234567", out _);

        Assert.NotNull(check);
        Assert.Equal("phoneNumber", check.Field);
        Assert.Contains("+45", check.Problem, StringComparison.Ordinal);
        Assert.Contains("+46701234567", check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+45 12 34 56 78")]
    [InlineData("12345678")]
    [InlineData("004512345678")]
    public void Danish_spellings_are_accepted_in_canonical_form(string input)
    {
        Assert.Null(SettingsInputValidator.CheckPhoneNumber("phoneNumber", input, out var number));
        Assert.Equal("+4512345678", number.Value);
    }

    [Fact]
    public void A_bad_notification_entry_is_reported_with_its_channel_and_index()
    {
        var settings = new NotificationSettings(["anna@example.dk"], ["+4512345678", "+4412345678"], []);

        var check = SettingsInputValidator.CheckNotificationSettings(settings);

        Assert.NotNull(check);
        Assert.Equal("phoneNumbers[1]", check.Field);
    }

    [Fact]
    public void Bad_email_and_push_entries_name_their_own_fields()
    {
        Assert.Equal("emails[0]", SettingsInputValidator.CheckNotificationSettings(new NotificationSettings(["no-at-sign"], [], []))?.Field);
        Assert.Equal("pushDevices[0]", SettingsInputValidator.CheckNotificationSettings(new NotificationSettings([], [], ["symbian:abcdefgh"]))?.Field);
    }

    [Fact]
    public void Good_settings_pass()
    {
        var settings = new NotificationSettings(["Anna@Example.DK"], ["+45 12 34 56 78"], ["fcm:abcdefgh12345678"]);

        Assert.Null(SettingsInputValidator.CheckNotificationSettings(settings));
    }

    [Fact]
    public void More_than_ten_distinct_numbers_are_refused_but_spellings_of_one_number_count_once()
    {
        var eleven = Enumerable.Range(0, 11).Select(i => $"+45 20 00 00 {i:00}").ToList();
        var tooMany = SettingsInputValidator.CheckNotificationSettings(new NotificationSettings([], eleven, []));
        var sameNumberTwelveTimes = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? "+4520000000" : "20 00 00 00").ToList();

        Assert.Equal("phoneNumbers", tooMany?.Field);
        Assert.Null(SettingsInputValidator.CheckNotificationSettings(new NotificationSettings([], sameNumberTwelveTimes, [])));
    }

    [Fact]
    public void A_bad_cpr_is_refused_without_repeating_the_value()
    {
        var check = SettingsInputValidator.CheckCpr("delegateCpr", "01019012", out _);

        Assert.NotNull(check);
        Assert.Equal("delegateCpr", check.Field);
        Assert.DoesNotContain("01019012", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_cpr_and_cvr_parse()
    {
        Assert.Null(SettingsInputValidator.CheckCpr("delegateCpr", "0101901234", out var cpr));
        Assert.Equal("0101901234", cpr.Value);
        Assert.Null(SettingsInputValidator.CheckCvr("senderCvr", "12345678", out var cvr));
        Assert.Equal("12345678", cvr.Value);
        Assert.Equal("senderCvr", SettingsInputValidator.CheckCvr("senderCvr", "1234", out _)?.Field);
    }
}
