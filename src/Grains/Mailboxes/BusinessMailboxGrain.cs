using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Storage;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>A business's mailbox (key <c>cvr:…</c>): the company's people act as its owner; the company also sends private post.</summary>
[GrainType("business-mailbox")]
public sealed class BusinessMailboxGrain(
    [PersistentState("profile")] IPersistentState<MailboxState> profile,
    MailboxServices services)
    : MailboxGrainBase(profile, services), IBusinessMailboxGrain
{
    protected override string SenderLabel => "Virksomhed";

    protected override AccessLevel PersonLevel(string cpr) =>
        !State.Closed && State.CompanyPeople.Contains(cpr) ? AccessLevel.Owner : base.PersonLevel(cpr);

    public async Task SetCompanyPeopleAsync(IReadOnlyList<string> cprs)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        var people = cprs.Select(c => Cpr.Parse(c).Value).Distinct(StringComparer.Ordinal).ToList();
        State.CompanyPeople = people;
        await SaveAsync();

        // The index lets each person find the company under "Mailboxes I can open".
        var commands = new List<Npgsql.NpgsqlBatchCommand> { AccessGrantIndex.RemoveAllCommand(Key, GrantKind.Company) };
        commands.AddRange(people.Select(p => AccessGrantIndex.UpsertCommand(Key, new DelegationGrant(CompanyGrantId(p), p, AccessLevel.Owner, GrantKind.Company, Now, null, false))));
        commands.Add(Log(ActorContext.System(), AccessAction.GrantGiven, null, $"company people: {people.Count}"));
        await Services.Database.ExecuteAsync(commands);
    }

    public async Task CloseAsync()
    {
        State.Closed = true;
        await SaveAsync();
        await Services.Database.ExecuteAsync([AccessGrantIndex.RemoveAllCommand(Key), Log(ActorContext.System(), AccessAction.StatusChanged, null, "closed")]);
    }

    public async Task<DeliveryResult> SendPrivatePostAsync(ActorContext actor, MeMoMessage message, Platform contractedPlatform)
    {
        ArgumentNullException.ThrowIfNull(message);
        Require(actor, AccessLevel.ReadWrite, "send private post");
        if (PlatformFamily(contractedPlatform) is null)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "Private post names the platform the company contracted with (Digital Post, e-Boks or mit.dk).");
        }

        var recipient = MailboxGrains.FromRecipient(message.Header.Recipient.IdType, message.Header.Recipient.RecipientId);
        if (recipient is null)
        {
            var detail = "The Recipient is not a CPR or CVR number.";
            await Services.Receipts.InsertAsync(Key, message.Header.MessageUuid, message.Header.Recipient.RecipientId, ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound, detail, Now);
            return new DeliveryResult(message.Header.MessageUuid, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound, detail);
        }

        return await MailboxGrains.Get(GrainFactory, recipient.Value).DeliverAsync(new DeliveryRequest(message, Id, SenderKind.Company, contractedPlatform));
    }

    /// <summary>A stable grant id per (company, person), so re-reading the registry replaces rather than adds.</summary>
    private Guid CompanyGrantId(string cpr)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Key + "/" + cpr));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
