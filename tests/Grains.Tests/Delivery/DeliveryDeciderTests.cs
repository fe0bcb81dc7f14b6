using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.Tests.Delivery;

/// <summary>The delivery rules as a pure function, one rule per test.</summary>
public sealed class DeliveryDeciderTests
{
    private static readonly DateOnly s_today = new(2026, 3, 2);
    private static readonly HashSet<string> s_global = ["uddannelses-og-forskningsstyrelsen"];

    private static RecipientFacts Adult(bool exempt = false, Residence residence = Residence.Resident, bool voluntary = false, bool deceased = false,
        string[]? exceptions = null, string[]? consents = null, DateOnly? born = null) =>
        new(MailboxKind.Citizen, born ?? new DateOnly(1980, 1, 1), deceased, false, residence, voluntary, exempt,
            (exceptions ?? []).ToHashSet(), (consents ?? []).ToHashSet());

    private static IncomingMessageFacts Public(string sender = "aalborg-kommune", DateOnly? until = null) => new(SenderKind.Authority, sender, until);

    private static DeliveryDecision Decide(RecipientFacts r, IncomingMessageFacts m) => DeliveryDecider.Decide(r, m, s_today, s_global);

    [Fact]
    public void Public_post_reaches_an_active_adult_mailbox() =>
        Assert.Equal(DeliveryAction.Deliver, Decide(Adult(), Public()).Action);

    [Fact]
    public void Public_post_to_an_exempt_person_goes_to_print() =>
        Assert.Equal(DeliveryAction.Print, Decide(Adult(exempt: true), Public()).Action);

    [Fact]
    public void Public_post_from_a_sender_on_the_exemptions_own_exception_list_is_delivered_digitally() =>
        Assert.Equal(DeliveryAction.Deliver, Decide(Adult(exempt: true, exceptions: ["region-hovedstaden"]), Public("region-hovedstaden")).Action);

    [Fact]
    public void Public_post_from_a_globally_excepted_sender_such_as_SU_is_delivered_digitally_to_an_exempt_person() =>
        Assert.Equal(DeliveryAction.Deliver, Decide(Adult(exempt: true), Public("uddannelses-og-forskningsstyrelsen")).Action);

    [Fact]
    public void Post_to_a_deceased_person_is_refused_with_recipient_is_closed()
    {
        var decision = Decide(Adult(deceased: true), Public());
        Assert.Equal(DeliveryAction.Refuse, decision.Action);
        Assert.Equal(ReceiptReasons.RecipientIsClosed, decision.ReasonCode);
    }

    [Fact]
    public void Post_to_a_person_without_permanent_residence_who_is_not_registered_voluntarily_goes_to_print() =>
        Assert.Equal(DeliveryAction.Print, Decide(Adult(residence: Residence.NoPermanentResidence), Public()).Action);

    [Fact]
    public void Post_to_an_emigrated_person_who_registered_voluntarily_is_delivered_digitally() =>
        Assert.Equal(DeliveryAction.Deliver, Decide(Adult(residence: Residence.Emigrated, voluntary: true), Public()).Action);

    [Fact]
    public void Public_post_to_a_child_under_15_goes_to_print_and_reaches_the_mailbox_on_the_15th_birthday()
    {
        Assert.Equal(DeliveryAction.Print, Decide(Adult(born: s_today.AddYears(-15).AddDays(1)), Public()).Action);
        Assert.Equal(DeliveryAction.Deliver, Decide(Adult(born: s_today.AddYears(-15)), Public()).Action);
    }

    [Fact]
    public void Private_post_without_the_recipients_consent_is_refused()
    {
        var decision = Decide(Adult(), new IncomingMessageFacts(SenderKind.Company, "12345678", null));
        Assert.Equal(DeliveryAction.Refuse, decision.Action);
        Assert.Equal(ReceiptReasons.RecipientHasNoConsent, decision.ReasonCode);
    }

    [Fact]
    public void Private_post_with_consent_is_delivered_even_to_an_exempt_person_because_exemption_never_covers_private_senders() =>
        Assert.Equal(DeliveryAction.Deliver, Decide(Adult(exempt: true, consents: ["12345678"]), new IncomingMessageFacts(SenderKind.Company, "12345678", null)).Action);

    [Fact]
    public void A_future_doNotDeliverUntilDate_holds_the_message_until_that_date()
    {
        var until = s_today.AddDays(3);
        var decision = Decide(Adult(), Public(until: until));
        Assert.Equal(DeliveryAction.Hold, decision.Action);
        Assert.Equal(until, decision.HoldUntil);
        Assert.Equal(DeliveryAction.Deliver, Decide(Adult(), Public(until: s_today)).Action);
    }

    [Fact]
    public void A_deceased_recipient_is_refused_even_when_the_message_would_be_held() =>
        Assert.Equal(DeliveryAction.Refuse, Decide(Adult(deceased: true), Public(until: s_today.AddDays(3))).Action);

    [Fact]
    public void A_person_forwarding_to_someone_who_is_exempt_is_refused_rather_than_printed() =>
        Assert.Equal(DeliveryAction.Refuse, Decide(Adult(exempt: true), new IncomingMessageFacts(SenderKind.MailboxHolder, "0101801234", null)).Action);

    [Fact]
    public void Authorities_receive_what_citizens_write() =>
        Assert.Equal(DeliveryAction.Deliver, DeliveryDecider.Decide(
            new RecipientFacts(MailboxKind.Authority, null, false, false, Residence.Resident, false, false, new HashSet<string>(), new HashSet<string>()),
            new IncomingMessageFacts(SenderKind.MailboxHolder, "0101801234", null), s_today, s_global).Action);
}
