namespace DigitalPost.Grains.Messages;

/// <summary>
/// The one rule of delivery idempotency, shared by the mailbox grain's delivery statement
/// (<see cref="DeliveryStatement"/>), the mass-send batch and <see cref="MessageStore.GetDeliveryAsync"/>:
/// a (mailbox, messageUUID) was offered before when a <c>mailbox_messages</c> row or a
/// <c>mailbox_deliveries</c> record has that key. A delivered letter writes only its message row (the
/// row is the record: same key, and a purge leaves a tombstone record, Mailboxes/Migrations/0003);
/// every other accepted outcome (printed, held) writes a record and no message row. Each writer
/// inserts its own row with <c>ON CONFLICT DO NOTHING</c> guarded by "no row in the other table", so
/// a repeat writes nothing whichever outcome it would have had.
/// <para>
/// The two inserts are decided by two keys, not one: two offers of one key racing each other with
/// different outcomes could both write. Offers of one mailbox are serialised by whoever writes them
/// (the mailbox grain's turns; a mass-send slice's row lock, and a mailbox belongs to one slice), and
/// the mass send's messageUUIDs are derived from its own job id, so no two writers race for one key.
/// </para>
/// </summary>
internal static class DeliveryRecords
{
    /// <summary>True (SQL) when no delivery record has the key; guards the insert of a delivered letter's message row.</summary>
    public static string NoRecord(string mailbox, string uuid) =>
        $"NOT EXISTS (SELECT 1 FROM mailbox_deliveries x WHERE x.mailbox_id = {mailbox} AND x.message_uuid = {uuid} {ProbePerRow})";

    /// <summary>True (SQL) when no message row has the key; guards the insert of a delivery record.</summary>
    public static string NoMessage(string mailbox, string uuid) =>
        $"NOT EXISTS (SELECT 1 FROM mailbox_messages y WHERE y.mailbox_id = {mailbox} AND y.message_uuid = {uuid} {ProbePerRow})";

    /// <summary>
    /// Keeps each NOT EXISTS a primary-key probe per offered row. Without it the planner turns the
    /// subquery into an anti join and, for a mass-send batch (a few hundred refusals against a table
    /// of millions, with sequential scans off), chose a merge anti join that read the whole
    /// <c>mailbox_deliveries</c> key index on every batch: 175,600 index entries and 181,045 heap
    /// fetches for 133 refusals at 1,000,000 recipients, a cost that grows with the table
    /// (auto_explain, session 5). <c>OFFSET 0</c> stops the pull-up into a join.
    /// </summary>
    private const string ProbePerRow = "OFFSET 0";

    /// <summary>True (SQL) when the key was never offered (a refusal's receipt is written only then).</summary>
    public static string NeverOffered(string mailbox, string uuid) => NoRecord(mailbox, uuid) + " AND " + NoMessage(mailbox, uuid);

    /// <summary>
    /// The recorded answer of an earlier offer ($1 mailbox, $2 messageUUID): the record's outcome, or
    /// Delivered / Received for a message row without a record.
    /// </summary>
    public const string LookupSql =
        "SELECT outcome, receipt_status, reason_code, detail, 0 AS o FROM mailbox_deliveries WHERE mailbox_id = $1 AND message_uuid = $2 " +
        "UNION ALL SELECT 0::smallint, 0::smallint, NULL, NULL, 1 FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2 ORDER BY o LIMIT 1";
}
