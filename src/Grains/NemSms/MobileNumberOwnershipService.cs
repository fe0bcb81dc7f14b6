using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DigitalPost.Grains.NemSms;

/// <summary>
/// <see cref="IMobileNumberOwnership"/>: records the declaration, looks the number up in the
/// <see cref="IMobileNumberIndex"/> and has every other person's mailbox release it. Only citizen
/// mailboxes (persons) lose the number; a business mailbox's notification number is the company's
/// business. Holders are released one by one; a failure does not stop the others and is reported,
/// and the index keeps the failed holder so a repeated declaration tries it again.
/// </summary>
public sealed class MobileNumberOwnershipService(
    DataSourceProvider dataSource,
    IMobileNumberIndex index,
    IMobileNumberHolders holders,
    TimeProvider timeProvider,
    ILogger<MobileNumberOwnershipService> logger) : IMobileNumberOwnership
{
    /// <inheritdoc />
    public async Task<MobileNumberDeclarationResult> DeclareAsync(Cpr owner, string phoneNumber, CancellationToken cancellationToken = default)
    {
        var number = DanishMobileNumber.Parse(phoneNumber);
        var declarant = MailboxId.ForCitizen(owner);
        await RecordAsync(number, declarant, cancellationToken).ConfigureAwait(false);

        var others = (await index.FindHoldersAsync(number, cancellationToken).ConfigureAwait(false))
            .Select(h => h.Mailbox)
            .Where(m => m.Kind == MailboxKind.Citizen && m != declarant)
            .Distinct()
            .ToList();
        var released = new List<MailboxId>();
        var failed = new List<MailboxId>();
        foreach (var holder in others)
        {
            try
            {
                await holders.ReleaseAsync(holder, number, declarant, cancellationToken).ConfigureAwait(false);
                // The grain updates the index itself; this makes sure a declaration never leaves the
                // released holder listed, whatever the grain did.
                await index.UnregisterAsync(holder, number, MobileNumberPurpose.NemSms, cancellationToken).ConfigureAwait(false);
                await index.UnregisterAsync(holder, number, MobileNumberPurpose.Notification, cancellationToken).ConfigureAwait(false);
                released.Add(holder);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                NotificationsLog.ReleaseFailed(logger, ex, number.Masked, holder.Masked);
                failed.Add(holder);
            }
        }

        NotificationsLog.NumberDeclared(logger, number.Masked, declarant.Masked, released.Count);
        return new MobileNumberDeclarationResult(number, released, failed);
    }

    private async Task RecordAsync(DanishMobileNumber number, MailboxId declarant, CancellationToken cancellationToken)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(
            "INSERT INTO mobile_number_declaration (number, mailbox_id, declared_at) VALUES ($1, $2, $3) " +
            "ON CONFLICT (number) DO UPDATE SET mailbox_id = excluded.mailbox_id, declared_at = excluded.declared_at");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = number.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = declarant.Value });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
