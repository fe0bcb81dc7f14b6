using DigitalPost.Grains.Notifications;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class PersonalDataDetectorTests
{
    [Theory]
    [InlineData("Brev til 010190-1234")]
    [InlineData("CPR 0101901234 har post")]
    [InlineData("cpr: 311299 4321.")]
    public void CPR_numbers_in_their_usual_forms_are_found(string text)
    {
        Assert.Equal("a CPR number", PersonalDataDetector.FindCprLike(text));
    }

    [Theory]
    [InlineData("Du har modtaget ny post i Digital Post.")]
    [InlineData("Ring på 70 20 00 00 ved spørgsmål")]
    [InlineData("Sagsnummer 12345678901")]
    [InlineData("Dato 991399-1234")]
    public void Texts_without_a_CPR_like_number_pass(string text)
    {
        Assert.Null(PersonalDataDetector.FindCprLike(text));
    }

    [Fact]
    public void An_email_address_counts_as_personal_data_in_notification_texts()
    {
        Assert.Equal("an e-mail address", PersonalDataDetector.FindPersonalData("Skriv til jens@example.dk"));
    }
}
