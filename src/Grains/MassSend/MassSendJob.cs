using DigitalPost.Grains.Interfaces.MassSend;

namespace DigitalPost.Grains.MassSend;

/// <summary>A running job as the workers need it: sender, kind, and the template's letter (template jobs).</summary>
internal sealed record MassSendJob(Guid JobId, string SenderId, string AuthorityKey, MassSendKind Kind, MassSendLetter? Template, int SliceCount);
